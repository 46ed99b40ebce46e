import { lines } from './text.js'

/**
 * Article metadata lines: the byline, timestamp, reading-time, view-counter and share-bar lines
 * that sit above or below an article, often several on one line joined by "·" or "|":
 * "Posted by Jane Doe · 14 November 2022 · 6 min read". A line is split into segments at those
 * separators and every segment must be one of the kinds below; prose never is, since a word
 * outside the small vocabulary of each kind ("Updated figures show …") fails the segment.
 * Every test is anchored and bounded by `MAX_META_CHARS`, so a line costs time linear in its length.
 */

export type MetaKind = 'date' | 'byline' | 'counter' | 'share' | 'platform' | 'agency'

/** Longer lines are never metadata. */
export const MAX_META_CHARS = 300

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const WEEKDAY = '(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?'
const END = '(?![\\p{L}\\p{N}])'

/**
 * Date and time tokens, tried in order at each position (no backtracking across tokens):
 * 1. a numeric date or time, or a relative time ("2 hours ago"); 2. a month or weekday name or
 * "today"; 3. a bare number; 4. a label ("Updated", "Published:") or a time zone or filler word.
 */
const NUMERIC = [
  '\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?',
  '\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}',
  '\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?',
  '\\d{1,2}\\s*[ap]\\.?m\\.?',
  '\\d+\\s*(?:h|m|min|d|w|mo|y)\\s+ago',
  '(?:\\d+|an?|one)\\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)\\s+ago',
]
const NAMED = ['just now|yesterday|today', MONTH, WEEKDAY]
const NUMBER = '\\d{1,4}(?:st|nd|rd|th)?'
const LABEL =
  '(?:last\\s+)?(?:updated|published|posted|modified|created|edited|first\\s+published|dated?|released|issued)(?:\\s+(?:on|at))?\\s*:?'
const FILLER = [
  '(?:gmt|utc|bst|cet|cest|eet|eest|wet|west|msk|et|ct|pt|est|edt|cst|cdt|pst|pdt|kyiv time|local time)(?:\\s*[+−-]\\s*\\d{1,2}(?::?\\d{2})?)?',
  'on|at|of',
]
const TOKEN = new RegExp(
  `[\\s,]*(?:(${NUMERIC.join('|')})|(${NAMED.join('|')})|(${NUMBER})|(${LABEL})|(?:${FILLER.join('|')}))${END}[\\s,.]*`,
  'iuy',
)

/**
 * Is the segment only date and time tokens, and a date or time at that: a numeric date or time,
 * or a month or weekday name with a number or a label ("5 May", "Updated yesterday"), never a
 * lone "May" or "2022". "November 4, 2022 10:17 AM GMT+2 Updated 2 hours ago", "21.11.2023, 10:42".
 */
export function isDateSegment(s: string): boolean {
  let numeric = false
  let named = false
  let other = false
  let i = 0
  while (i < s.length) {
    TOKEN.lastIndex = i
    const m = TOKEN.exec(s)
    if (!m || m[0].length === 0) return false
    if (m[1] !== undefined) numeric = true
    else if (m[2] !== undefined) named = true
    else if (m[3] !== undefined || m[4] !== undefined) other = true
    i += m[0].length
  }
  return numeric || (named && other)
}

/** A name word: "Jane", "O’Neill", "J.", "Doe-Smith", "DOE". */
const WORD = "\\p{Lu}[\\p{L}'’-]*\\.?"
const PARTICLE = '(?:van|von|de|der|den|da|di|du|la|le|al|el|bin|ibn|ten|ter|dos|das)'
const NAME = `${WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}${WORD}){0,3}`
const NAMES = `${NAME}(?:\\s*,\\s*${NAME}){0,4}(?:\\s*,?\\s+(?:and|&|AND)\\s+${NAME})?`
/** What may follow a byline's names after a comma: "Reuters", "Senior Correspondent". */
const AFFILIATION = "\\p{Lu}[\\p{L}'’&.-]*(?:\\s+[\\p{L}'’&.-]+){0,6}"
/** Job titles that make "Jane Doe, Reporter" a byline without "By". */
const ROLE =
  "(?:[\\p{L}-]+\\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|analyst|researcher|fellow|photographer|producer|commentator|author|staff)s?(?:\\s+(?:at|for|of|with)\\s+[\\p{L}\\p{N}'’&. -]{1,40})?"

/** "…, with additional reporting by Jane Doe in London" after a byline's names. */
const MORE_REPORTING = `(?:\\s*,?\\s+with\\s+(?:additional\\s+)?reporting\\s+by\\s+${NAMES}(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*)?)?`
/** "…, and the Kestrel Russia Team" after a byline's names: the rest of the authors, as a team. */
const AND_TEAM =
  "(?:\\s*,?\\s+(?:and|&)\\s+the\\s+\\p{Lu}[\\p{L}'’&.-]*(?:\\s+\\p{Lu}[\\p{L}'’&.-]*){0,4}\\s+(?:[Tt]eam|[Dd]esk|[Ss]taff|[Nn]ewsroom|[Bb]ureau|[Ee]ditors))?"
const BY = new RegExp(
  `^(?:[Bb]y|BY|(?:[Pp]osted|[Ww]ritten|[Rr]eported|[Ww]ords|[Tt]ext|[Ss]tory|[Ii]nterview(?:ed)?|[Cc]ompiled|[Ee]dited|[Pp]hotos?|[Pp]hotographs) by|(?:[Aa]uthors?|[Tt]ext|[Ww]ords)\\s*:)\\s+(${NAMES})${AND_TEAM}${MORE_REPORTING}(?:\\s*,\\s*${AFFILIATION})?$`,
  'u',
)
/** "Compiled by the Digest desk", "Edited by the news team": a desk, not a person. */
const BY_DESK =
  /^(?:[Cc]ompiled|[Ee]dited|[Pp]roduced|[Ww]ritten|[Pp]repared)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}'’&. -]{0,40}\s+(?:desk|team|staff|newsroom|editors)$/u
const NAME_ROLE = new RegExp(`^${NAMES}\\s*,\\s*(?:${ROLE})$`, 'iu')
const NAME_ROLE_CASED = new RegExp(`^${NAMES}\\s*,`, 'u')
/** A byline of one word only names an agency or the staff: "By Reuters", "By AFP". */
const AGENCY =
  /^(?:Reuters|AP|AFP|Associated Press|Bloomberg|Staff|Interfax|Ukrinform|UNIAN|BelTA|TASS|dpa|DPA)$/
/** Words that start a phrase, not a name: "By The Numbers", "By This Time". */
const NOT_NAME = /^(?:The|A|An|This|That|These|Those|Our|Its|His|Her|Their|Then|Now|Far|Land|Sea|Air)$/

/** "By Jane Doe", "By Jane Doe and John Roe", "Posted by X", "Jane Doe, Reporter". */
export function isBylineSegment(s: string): boolean {
  if (BY_DESK.test(s)) return true
  const by = BY.exec(s)
  if (by) {
    const names = by[1]!.split(/\s*,\s*|\s+(?:and|&|AND)\s+/)
    if (names.some((n) => NOT_NAME.test(n.split(/\s+/)[0]!))) return false
    return names.some((n) => /\s/.test(n)) || names.every((n) => AGENCY.test(n))
  }
  return NAME_ROLE_CASED.test(s) && NAME_ROLE.test(s)
}

const PLATFORM =
  '(?:telegram|twitter|x|facebook|whatsapp|viber|linkedin|e-?mail|copy link|print|reddit|vk|pinterest|messenger|bluesky|threads|mastodon|flipboard|link)'

/** "Views: 4 812", "4,812 views", "5 min read", "Reading time: 6 minutes", "12 comments". */
const COUNTER = new RegExp(
  '^(?:(?:views?|reads?|hits|comments?|likes?|shares?)\\s*:?\\s*\\d[\\d\\s,.]*[km]?' +
    '|(?:views?|comments?)\\s*\\(\\d[\\d\\s,.]*\\)' +
    '|\\d[\\d\\s,.]*[km]?\\s+(?:views?|reads?|comments?|likes?|shares?)' +
    '|\\d+\\s*(?:-\\s*)?(?:min(?:ute)?s?|m)\\.?\\s+read(?:ing)?(?:\\s+time)?' +
    '|(?:reading|read)\\s+time\\s*:?\\s*(?:\\d+\\s*(?:-\\s*)?(?:min(?:ute)?s?|m)\\.?|less than a minute)' +
    '|👁\\s*\\d[\\d\\s,.]*)$',
  'iu',
)

/**
 * "Share: Telegram, X", "Share this article", "Share on", "Download PDF (412 KB)", "Print", and a
 * live page's or audio player's controls: "Follow live", "Key events", "Listen to this article (4 min)".
 */
const SHARE = new RegExp(
  `^(?:share(?:\\s+(?:this|the))?(?:\\s+(?:article|story|post|page|report|publication|news|brief|analysis|piece|interview|commentary|update|explainer|assessment))?(?:\\s+(?:on|via))?\\s*:?\\s*(?:(?:share (?:on|via) )?${PLATFORM}(?:\\s*[,/]\\s*|\\s+|$))*` +
    '|download(?:\\s+(?:the\\s+)?(?:full\\s+)?(?:pdf|report|publication|file|article|assessment|analysis|brief|paper|study|document|dataset|summary|text|version))+(?:\\s*\\([^()]{0,30}\\))?' +
    // a live page's furniture: "Follow live", "Key events", "Show key events only"; an audio player
    '|follow\\s+live|live(?:\\s+updates?)?|(?:show\\s+)?key\\s+events(?:\\s+only)?' +
    '|listen(?:\\s+to)?(?:\\s+this)?\\s+(?:article|story)(?:\\s*\\(?\\d{1,3}\\s*(?:min(?:ute)?s?|m)\\.?\\)?)?' +
    '|print(?:\\s+this(?:\\s+(?:article|page))?)?)$',
  'iu',
)
const ONE_PLATFORM = new RegExp(`^${PLATFORM}$`, 'iu')

/** The kind of one segment, or undefined when it is not metadata. */
export function segmentKind(s: string): MetaKind | undefined {
  if (ONE_PLATFORM.test(s)) return 'platform'
  if (AGENCY.test(s)) return 'agency'
  if (COUNTER.test(s)) return 'counter'
  if (SHARE.test(s)) return 'share'
  if (isDateSegment(s)) return 'date'
  if (isBylineSegment(s)) return 'byline'
  return undefined
}

/** Segment separators: "·", "•", "|", and a dash between spaces. */
const SEPARATOR = /\s*[|·•]\s*|\s+[-–—]\s+/u
/** Where a segment may be split once more: "By Jane Doe on 4 Nov 2022", "Posted on 4 Nov by X". */
const INNER = /\s+(?=(?:on|at|by)\s)/u
/** Tried first, so that "Posted on 4 Nov" stays one part: "Posted on 4 Nov | by Jane Doe". */
const INNER_BY = /\s+(?=by\s)/u
export const MAX_INNER_PARTS = 3

/** A segment's kinds, trying its parts when it is not metadata as a whole. */
function segmentKinds(seg: string): MetaKind[] | undefined {
  const k = segmentKind(seg)
  if (k) return [k]
  return partKinds(seg.split(INNER_BY)) ?? partKinds(seg.split(INNER))
}

function partKinds(parts: readonly string[]): MetaKind[] | undefined {
  if (parts.length < 2 || parts.length > MAX_INNER_PARTS) return undefined
  const out: MetaKind[] = []
  for (const p of parts) {
    const pk = segmentKind(p)
    if (!pk || pk === 'platform' || pk === 'agency') return undefined
    out.push(pk)
  }
  return out
}

/**
 * The kinds of every segment of a line if the whole line is metadata, else undefined. Lines of
 * platform names only ("Facebook · Telegram") need three of them to count as a share bar; an
 * agency name counts only beside other metadata ("By Jane Doe | Reuters").
 */
export function metaLineKinds(content: string): ReadonlySet<MetaKind> | undefined {
  if (content.length === 0 || content.length > MAX_META_CHARS) return undefined
  const kinds = new Set<MetaKind>()
  let platforms = 0
  for (const seg of content.split(SEPARATOR)) {
    if (seg.length === 0) continue
    const ks = segmentKinds(seg)
    if (!ks) return undefined
    for (const k of ks) {
      if (k === 'platform') platforms++
      kinds.add(k)
    }
  }
  // an agency name ("Reuters") only fills out a line that has other metadata
  const only = (...ks: MetaKind[]): boolean => [...kinds].every((k) => ks.includes(k))
  if (only('platform', 'agency') && (platforms < 3 || kinds.has('agency'))) return undefined
  return kinds.size ? kinds : undefined
}

let memo: { text: string; kinds: readonly (ReadonlySet<MetaKind> | undefined)[] } | undefined

/**
 * `metaLineKinds` of every line of `lines(text)`, by line index. The result for the last text is
 * kept, since the byline, timestamp and counter rules all ask for it.
 */
export function metaKindsByLine(text: string): readonly (ReadonlySet<MetaKind> | undefined)[] {
  if (memo && memo.text === text) return memo.kinds
  const kinds = lines(text).map((l) => (l.contentEnd > l.contentStart ? metaLineKinds(l.content) : undefined))
  memo = { text, kinds }
  return kinds
}
