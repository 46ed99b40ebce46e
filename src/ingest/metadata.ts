import type { DocumentMeta } from '../model/document.js'
import { type Message, message } from '../model/message.js'
import { findDateline, normalizePublished, parseDate } from './dates.js'
import { detectLanguage, languageName, MIN_LANGUAGE_CHARS, normalizeLanguage } from './language.js'
import { knownOutletNames, outletFromDomain, outletFromName } from './outlets.js'

const SOURCE = 'ingest.metadata'

export interface InferredMeta {
  readonly meta: DocumentMeta
  readonly messages: readonly Message[]
}

/**
 * Metadata of a plain text, with what was given (JSONL fields, HTML or feed metadata) winning
 * over what is inferred from the text:
 * - title: the headline — the first line when it reads like one, else a headline-like line at
 *   the end, where scraped pages sometimes put it (just before a "Source…" trailer);
 * - outlet: the given URL's domain, a trailer ("Source: express.co.uk", "Sourceexpress.co.uk",
 *   "Source — Reuters"), or the outlet naming itself ("Follow Army Recognition on Google News",
 *   "Army Recognition Global Defense and Security news", "explained in the material by RBC-Ukraine");
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
  const outlet =
    (givenOutlet && outletFromName(givenOutlet)) ?? (url && outletFromDomain(url)) ?? inferOutlet(lines, text)

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
  /^(?:read (?:more|next|also)\b|don[’']?t miss|related\b|more (?:on|from|stories)\b|previous (?:post|article)|next (?:post|article)|leave a (?:reply|comment)|your email address|required fields|share\b|follow\b|subscribe|sign up|comments?\b|tags?\s*:|advertisement|photo\s*:|image\s*:|\(image|picture source|copyright|©|all rights reserved)/iu
// "By Jane Smith"
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u

/** A line that reads like a headline: short, capitalised, not ending like a sentence, not furniture. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim()
  if (t.length < 12 || t.length > 200) return false
  const words = t.split(/\s+/).length
  if (words < 3 || words > 35) return false
  if (FURNITURE.test(t) || BYLINE.test(t) || TRAILER.test(t)) return false
  if (!/\p{Ll}/u.test(t)) return false // ALL CAPS lines are section labels ("RELATED ARTICLES")
  if (!/^["'“‘«]?[\p{Lu}\p{N}]/u.test(t)) return false
  if (/[.,;:*]$/.test(t) && !/\.\.\.$|…$/.test(t)) return false
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(t)) return false
  if (parseDate(t) && t.length < 40) return false
  // A headline may hold a second sentence ("Putin's backbone. How Belarus…"), not a paragraph.
  return (t.match(/[.!?]["'”’]?\s+["'“‘]?\p{Lu}/gu) ?? []).length <= 2
}

// Lines before the headline that are not it: a dateline, a byline, a bare URL.
const PREAMBLE = /^(?:(?:published|posted|updated)\b|https?:\/\/\S+$|www\.\S+$)/i

function inferTitle(lines: readonly Line[]): string | null {
  let first = 0
  while (first < Math.min(3, lines.length - 1)) {
    const t = lines[first]!.text
    if (PREAMBLE.test(t) || BYLINE.test(t) || (parseDate(t) && t.length < 40)) first++
    else break
  }
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
// "Source: express.co.uk", "Sourceexpress.co.uk" (a lost separator), "Source — Reuters"
const TRAILER =
  /^sources?\s*(?:[:\-–—|]\s*|(?=(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b))(.+)$/iu

function findTrailerIndex(lines: readonly Line[]): number {
  for (let k = lines.length - 1; k >= Math.max(0, lines.length - TRAILER_WINDOW); k--) {
    const t = lines[k]!.text
    if (t.length <= 100 && TRAILER.test(t)) return k
  }
  return -1
}

const DOMAIN = /(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?/i
// "Follow Army Recognition on Google News"
const FOLLOW = /^follow\s+(.{2,50}?)\s+on\s+(?:google news|twitter|x|telegram|facebook|instagram)\b/imu
// "… is explained in the material by RBC-Ukraine."
const MATERIAL_BY =
  /\b(?:explained|described|told|detailed|revealed|discussed|analy[sz]ed)\s+in\s+(?:the|this|a)\s+material\s+(?:by|of|from)\s+(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3})/u

function inferOutlet(lines: readonly Line[], text: string): string | null {
  const trailer = findTrailerIndex(lines)
  if (trailer >= 0) {
    const value = TRAILER.exec(lines[trailer]!.text)![1]!.trim()
    const domain = DOMAIN.exec(value)
    if (domain && domain.index === 0) return outletFromDomain(domain[0])
    const name = value.split(/[,;|(]/)[0]!.replace(/[.\s]+$/, '')
    if (name && name.split(/\s+/).length <= 6) return outletFromName(name)
  }
  for (const line of lines) {
    const follow = FOLLOW.exec(line.text)
    if (follow && !/^(?:us|me)$/i.test(follow[1]!)) return outletFromName(follow[1]!)
  }
  // "Army Recognition Global Defense and Security news": a site line starting with a known outlet.
  for (const line of lines) {
    if (line.text.length > 80 || !/\bnews$/i.test(line.text)) continue
    const name = knownOutletNames.find((n) => line.text.startsWith(`${n} `))
    if (name) return name
  }
  const material = MATERIAL_BY.exec(text)
  if (material) return outletFromName(material[1]!)
  return null
}
