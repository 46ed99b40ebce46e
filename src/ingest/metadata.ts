import type { DocumentMeta } from '../model/document.js'
import { type Message, message } from '../model/message.js'
import { findDate, findDateline, normalizePublished } from './dates.js'
import { detectLanguage, languageName, MIN_LANGUAGE_CHARS, normalizeLanguage } from './language.js'
import { knownOutletNames, outletFromDomain, outletFromName, sameOutlet } from './outlets.js'

const SOURCE = 'ingest.metadata'

export interface InferredMeta {
  readonly meta: DocumentMeta
  readonly messages: readonly Message[]
}

/**
 * Metadata of a plain text, with what was given (JSONL fields, HTML or feed metadata) winning
 * over what is inferred from the text:
 * - title: the headline — the first line that reads like one after a preamble of bylines,
 *   datelines, breadcrumbs and mastheads, else a headline-like line at the end, where scraped
 *   pages sometimes put it (just before a "Source…" trailer);
 * - outlet: the given URL's domain, else the text — the outlet naming itself ("Follow Army
 *   Recognition on Google News", "Army Recognition Global Defense and Security news"), a trailer
 *   ("Source: express.co.uk", "Sourceexpress.co.uk", "Source — Reuters"), a wire dateline
 *   ("VILNIUS, Nov 4 (Baltic Wire) -"), a copyright line, "explained in the material by
 *   RBC-Ukraine"; domains become display names through `outlets.ts`. When a trailer credits
 *   another outlet (a repost), an `outlet.credited-source` message keeps that credit;
 * - published: a dateline ("Published: 12 October 2022"), never the current date;
 * - language: franc-min over at least 100 characters; a non-English document gets a
 *   `language.non-english` warning (it is still stored).
 *
 * @example inferMeta('Putin meets Lukashenko in Minsk\n\nThe two leaders…\nSource: belta.by', {})
 *   // meta.title 'Putin meets Lukashenko in Minsk', meta.outlet 'BelTA'
 */
export function inferMeta(text: string, given: Partial<DocumentMeta> = {}): InferredMeta {
  const messages: Message[] = []
  const lines = nonEmptyLines(text)

  const url = clean(given.url)
  const title = clean(given.title) ?? inferTitle(lines)
  const givenOutlet = clean(given.outlet)
  let outlet = (givenOutlet && outletFromName(givenOutlet)) ?? (url && outletFromDomain(url)) ?? null
  const fromText = inferOutlet(lines, text)
  outlet ??= fromText.outlet
  const credited = fromText.credited
  if (credited && outlet && !sameOutlet(credited, outlet)) {
    messages.push(
      message(
        'info',
        SOURCE,
        'outlet.credited-source',
        `the text credits ${credited} as its source; the outlet is ${outlet}`,
      ),
    )
  }

  const givenPublished = clean(given.published)
  const normalized = givenPublished ? normalizePublished(givenPublished) : null
  if (givenPublished && !normalized) {
    messages.push(
      message(
        'warning',
        SOURCE,
        'published.unreadable',
        `the given publication date "${givenPublished}" is not a date Dossier can read; it is kept as given`,
      ),
    )
  }
  const published = givenPublished ? (normalized ?? givenPublished) : findDateline(text)

  let language = normalizeLanguage(given.language)
  if (!language) {
    language = detectLanguage(text)
    if (!language) {
      const letters = text.replace(/[^\p{L}]/gu, '').length
      messages.push(
        message(
          'info',
          SOURCE,
          'language.undetermined',
          letters < MIN_LANGUAGE_CHARS
            ? `too little text (${letters} letters) to tell the language`
            : 'the language could not be determined',
        ),
      )
    }
  }
  if (language && language !== 'eng') {
    messages.push(
      message(
        'warning',
        SOURCE,
        'language.non-english',
        `the document is in ${languageName(language)} (${language}), not English: it is stored as it is, but extraction rules are written for English`,
      ),
    )
  }
  return { meta: { title, outlet, url, published, language }, messages }
}

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim()
  return t ? t : null
}

interface Line {
  readonly text: string
  readonly index: number
}

function nonEmptyLines(text: string): Line[] {
  return text
    .split(/\r?\n/)
    .map((l, index) => ({ text: l.trim(), index }))
    .filter((l) => l.text !== '')
}

// Site furniture that can look like a headline: link blocks, comment forms, share bars, credits.
const FURNITURE =
  /^(?:read (?:more|next|also)\b|don[’']?t miss|related\b|more (?:on|from|stories)\b|previous (?:post|article)|next (?:post|article)|leave a (?:reply|comment)|your email address|required fields|share\b|follow\b|subscribe|sign up|download\b|comments?\b|views?\s*:|tags?\s*:|advertisement|photo\s*:|image\s*:|\(image|picture source|copyright|©|all rights reserved|home\s*[/>»›])/iu
// "By Jane Smith"
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u
// "Home / Research / Monitor": a breadcrumb trail.
const BREADCRUMB = /\S\s+[/>»›]\s+\S.*\s+[/>»›]\s+\S/u
// "Central Europe Daily · World · 6 December 2024": a masthead or meta line of separated fields.
const FIELDS = /\s[·|•]\s/gu

const isFieldLine = (t: string): boolean => (t.match(FIELDS) ?? []).length >= 2

/** A line that reads like a headline: short, capitalised, not ending like a sentence, not furniture. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim()
  if (t.length < 12 || t.length > 200) return false
  const words = t.split(/\s+/).length
  if (words < 3 || words > 35) return false
  if (FURNITURE.test(t) || BYLINE.test(t) || TRAILER.test(t) || BREADCRUMB.test(t) || isFieldLine(t))
    return false
  if (!/\p{Ll}/u.test(t)) return false // ALL CAPS lines are section labels ("RELATED ARTICLES")
  if (!/^["'“‘«]?[\p{Lu}\p{N}]/u.test(t)) return false
  if (/[.,;:*]$/.test(t) && !/\.\.\.$|…$/.test(t)) return false
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(t)) return false
  if (isDateLine(t)) return false
  // A headline may hold a second sentence ("Putin's backbone. How Belarus…"), not a paragraph.
  return (t.match(/[.!?]["'”’]?\s+["'“‘]?\p{Lu}/gu) ?? []).length <= 2
}

/** "October 12, 2022 10:45", "12 October 2022: Minsk" — a line that is, or leads with, a date. */
function isDateLine(t: string): boolean {
  const d = findDate(t)
  return d !== null && (d.index === 0 || d.length > t.length / 2)
}

// Lines above a headline that are not it: datelines, bylines, URLs, breadcrumbs, mastheads.
const PREAMBLE = /^(?:(?:published|posted|updated)\b|https?:\/\/\S+$|www\.\S+$|home\s*[/>»›])/i
/** How many lines above the headline may be preamble. */
const MAX_PREAMBLE = 4

function isPreamble(t: string): boolean {
  return (
    PREAMBLE.test(t) ||
    BYLINE.test(t) ||
    BREADCRUMB.test(t) ||
    isFieldLine(t) ||
    FOLLOW.test(t) ||
    (!/\p{Ll}/u.test(t) && t.length <= 60) || // "NORTHERN BORDER WATCH"
    isDateLine(t)
  )
}

function inferTitle(lines: readonly Line[]): string | null {
  let first = 0
  while (first < Math.min(MAX_PREAMBLE, lines.length - 1) && isPreamble(lines[first]!.text)) first++
  const head = lines[first]
  if (head && first < lines.length - 1 && isHeadlineLike(head.text)) return head.text

  // Scraped pages sometimes end with the headline, just before a "Source…" trailer.
  const trailer = findTrailerIndex(lines)
  const end = trailer >= 0 ? trailer : lines.length
  for (let k = end - 1; k >= Math.max(first + 1, end - 4); k--) {
    const t = lines[k]!.text
    if (t.length > 200) break // reached the body
    if (isHeadlineLike(t)) return t
  }
  return null
}

/** How far from the end a trailer ("Source: …") may sit. */
const TRAILER_WINDOW = 10
// "Source: express.co.uk", "Sourceexpress.co.uk" (a lost separator), "Source — Reuters". Not
// "Sources: …", which lists what a story cites.
const TRAILER =
  /^source\s*(?:[:\-–—|]\s*|(?=(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b))(.+)$/iu

function findTrailerIndex(lines: readonly Line[]): number {
  for (let k = lines.length - 1; k >= Math.max(0, lines.length - TRAILER_WINDOW); k--) {
    const t = lines[k]!.text
    if (t.length <= 100 && TRAILER.test(t)) return k
  }
  return -1
}

const DOMAIN = /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?/i
const NETWORKS = '(?:google news|twitter|x|telegram|facebook|instagram|youtube|whatsapp|viber)'
// "Follow Army Recognition on Google News", "Subscribe to Siver News on Telegram"
const FOLLOW = new RegExp(`^(?:follow|subscribe to|join)\\s+(.{2,50}?)\\s+on\\s+${NETWORKS}\\b`, 'iu')
// "Subscribe to the Belarus Defence Monitor": a publication asking for readers, by its name.
const SUBSCRIBE =
  /^[Ss]ubscribe\s+to\s+(?:the\s+)?(\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*(?:\s+\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*){0,4})$/u
// "VILNIUS, Nov 4 (Baltic Wire) -": a wire-service dateline naming the agency.
const WIRE_DATELINE =
  /^\p{Lu}[\p{Lu}\p{Lt} ./'’-]+(?:,\s*\p{Lu}[\p{L} .'’-]*)?,\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s+\(([^()]{2,40})\)\s+[-–—]/u
// "© 2023 Eastern Flank Institute. All rights reserved." / "Copyright 2022 Example Daily"
const COPYRIGHT =
  /^(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*©?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(\p{Lu}(?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*(?:\s+[\p{Lu}&](?:[\p{L}\p{N}&'’-]|\.(?=\p{L}))*){0,5})/u
// "… is explained in the material by RBC-Ukraine."
const MATERIAL_BY =
  /\b(?:explained|described|told|detailed|revealed|discussed|analy[sz]ed)\s+in\s+(?:the|this|a)\s+material\s+(?:by|of|from)\s+(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3})/u

/** How many lines from the top a wire dateline may sit. */
const DATELINE_WINDOW = 6

/**
 * The outlet named by the text, strongest evidence first: the outlet promoting itself ("Follow
 * X on Google News", "Subscribe to X on Telegram", a "X … news" site line), then a "Source:"
 * trailer, a wire dateline "(Reuters) -", a copyright line, "Subscribe to X", and "explained in
 * the material by X". A self-reference
 * beats a trailer because a repost credits the original in its trailer; the trailer's outlet is
 * returned as `credited` either way, so that credit is not lost.
 */
function inferOutlet(
  lines: readonly Line[],
  text: string,
): { outlet: string | null; credited: string | null } {
  const credited = trailerOutlet(lines)
  const outlet =
    selfReference(lines) ??
    credited ??
    mastheadOutlet(lines) ??
    namedElsewhere(lines, text) ??
    mastheadOutlet(lines, true)
  return { outlet, credited }
}

/** Sections and page kinds that share a masthead line with the outlet: "Analysis", "Opinion". */
const SECTION =
  /^(?:analysis|opinion|comment(?:ary)?|news|world|europe|politics|security|defen[cs]e|economy|business|sanctions|investigations?|interviews?|features?|explainers?|live|briefing|report|reports|research|publications?|blog|podcast|video|editorial|column|columns|insight|updates?|breaking(?: news)?|exclusive|long read|in depth)$/i
/** Last words of a publication's or publisher's name: "… Review", "… Post", "… Institute". */
const OUTLET_HEAD =
  /\s(?:Review|Post|Courier|Wire|Digest|Desk|Times|News|Herald|Monitor|Journal|Gazette|Perspective|Tribune|Observer|Daily|Weekly|Telegraph|Record|Press|Media|Bulletin|Dispatch|Chronicle|Express|Guardian|Independent|Mirror|Standard|Globe|Insider|Today|Radio|TV|Network|Agency)$/u
/** A publisher of research, which a series line names after the series: "Belarus Watch | X Institute | date". */
const INSTITUTION_HEAD =
  /\s(?:Institute|Institution|Centre|Center|Council|Foundation|Studies|University|Academy|Endowment|School|Group|Project|Initiative|Society|Association)$/u
/** A name: capitalised words, with the small words names keep ("Institute for the Study of War"). */
const NAME_SEGMENT =
  /^(?:The\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:of|for|the|and|on|in|&)\s+)*\p{Lu}[\p{L}\p{N}&'’.-]*){0,7}(?:\s+live)?$/u

/**
 * The outlet of a masthead line among the first lines: fields between bars, dots or dashes, one a
 * date, the others names or sections — "Harbour Review | Investigations | 20 November 2024",
 * "Belarus Watch | Baltic Institute | 3 June 2024" (a series, then its publisher), "Harbour Post
 * live | Monday 17 October 2022". A research publisher beats a series, else a name ending like a
 * publication's ("… Post", "… Review"). A name that ends like neither may be a series or a column,
 * not the outlet: null, as when the line has no date. With `loose` (tried only when nothing else
 * in the text names the outlet), also a name of two words or more that opens the line, followed
 * by sections and dates only or by a date ("Harbour Ledger | Explainers | 5 March 2025", "Harbour
 * Ledger | World | Live").
 */
function mastheadOutlet(lines: readonly Line[], loose = false): string | null {
  for (const line of lines.slice(0, DATELINE_WINDOW)) {
    const t = line.text
    // ("Harbour Herald — Ports — Monday, 4 May 2026": dashes part the fields too)
    if (t.length > 160 || !/\s[|·•—–]\s/u.test(t)) continue
    const fields = t.split(/\s+[|·•—–]\s+/u).map((f) => f.trim())
    const dated = (f: string) => isDateLine(f) && findDate(f)!.length >= f.length - 12
    // "Kyiv Ledger | Explainers | 5 March 2025", "Lowland Herald | World | Live": a name of two or
    // more words first, then only sections and dates
    const [first, ...rest] = fields
    if (
      loose &&
      first &&
      rest.length > 0 &&
      /\s/.test(first) &&
      NAME_SEGMENT.test(first) &&
      !first.split(/\s+/).every((w) => SECTION.test(w)) &&
      rest.every((f) => SECTION.test(f) || dated(f)) &&
      rest.some((f) => SECTION.test(f))
    )
      return outletFromName(first.replace(/\s+live$/, ''))
    if (!fields.some(dated)) continue
    const names = fields
      .filter((f) => !isDateLine(f) && !SECTION.test(f) && NAME_SEGMENT.test(f))
      .map((f) => f.replace(/\s+live$/, ''))
    if (names.length === 0) continue
    const pick = names.find((n) => INSTITUTION_HEAD.test(n)) ?? names.find((n) => OUTLET_HEAD.test(n))
    if (pick) return outletFromName(pick)
    // ("Dvina Geodata | Harbour Photo Notes | 3 May 2024": the name that opens the line)
    // (a series alone before its date is no outlet: "Border Watch | 3 May 2024")
    if (loose && names.length > 1 && names[0] === fields[0] && /\s/.test(names[0]!))
      return outletFromName(names[0]!)
  }
  return null
}

function namedElsewhere(lines: readonly Line[], text: string): string | null {
  for (const line of lines.slice(0, DATELINE_WINDOW)) {
    const wire = WIRE_DATELINE.exec(line.text)
    if (wire) return outletFromName(wire[1]!)
  }
  for (const line of lines.slice(-TRAILER_WINDOW)) {
    const copyright = COPYRIGHT.exec(line.text)
    if (copyright && line.text.length <= 120) return outletFromName(copyright[1]!.replace(/[.\s]+$/, ''))
  }
  // After the copyright line: "Subscribe to the Belarus Defence Monitor" may name a series, not its publisher.
  for (const line of lines) {
    const subscribe = SUBSCRIBE.exec(line.text)
    if (subscribe) return outletFromName(subscribe[1]!)
  }
  const material = MATERIAL_BY.exec(text)
  return material ? outletFromName(material[1]!) : null
}

function selfReference(lines: readonly Line[]): string | null {
  for (const line of lines) {
    const follow = FOLLOW.exec(line.text)
    if (follow && !/^(?:us|me|our\b.*)$/i.test(follow[1]!))
      return outletFromName(follow[1]!.replace(/^the\s+(?=\p{Lu})/u, ''))
  }
  // "Army Recognition Global Defense and Security news": a site line starting with a known outlet.
  for (const line of lines) {
    if (line.text.length > 80 || !/\bnews$/i.test(line.text)) continue
    const name = knownOutletNames.find((n) => line.text.startsWith(`${n} `))
    if (name) return name
  }
  return null
}

function trailerOutlet(lines: readonly Line[]): string | null {
  const trailer = findTrailerIndex(lines)
  if (trailer < 0) return null
  const value = TRAILER.exec(lines[trailer]!.text)![1]!.trim()
  const domain = DOMAIN.exec(value)
  if (domain && domain.index === 0) return outletFromDomain(domain[0])
  const name = value.split(/[,;|(]/)[0]!.replace(/[.\s]+$/, '')
  return name && name.split(/\s+/).length <= 6 ? outletFromName(name) : null
}
