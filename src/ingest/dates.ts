/**
 * Publication dates: datelines in plain text ("Published: 12 October 2022", "October 12, 2022
 * 10:45") and date values in metadata (ISO 8601, RFC 822 `pubDate`). A date without a zone stays
 * without one (`2022-10-12T10:45`): the source did not say which clock it meant.
 */

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap(
    (name, k): Array<[string, number]> => [
      [name, k + 1],
      [name.slice(0, 3), k + 1],
      ...(name === 'september' ? ([['sept', 9]] as Array<[string, number]>) : []),
    ],
  ),
)

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?'
const TIME =
  '(?:\\s*(?:,|at|-|–|\\|)?\\s*(\\d{1,2})[:.](\\d{2})(?:\\s*([ap])\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,4}|GMT[+-]?\\d*|UTC[+-]?\\d*))?)?'

// "12 October 2022", "12 Oct, 2022 10:45"
const DAY_MONTH_YEAR = new RegExp(
  `${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TIME}`,
  'i',
)
// "October 12, 2022", "Oct. 12 2022 10:45 am"
const MONTH_DAY_YEAR = new RegExp(
  `${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`,
  'i',
)
// "2022-10-12", "2022-10-12 10:45"
const ISO_DATE = new RegExp(`(\\d{4})-(\\d{2})-(\\d{2})${TIME}`)
// "12.10.2022" (day first, as on Ukrainian, Russian and Belarusian sites)
const DOTTED = new RegExp(`(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME}`)

export interface FoundDate {
  readonly iso: string
  readonly index: number
  readonly length: number
}

/**
 * The first date written in `s` as ISO 8601 (`2022-10-12`, or `2022-10-12T10:45` with a time),
 * or null. Only whole dates with a year count: "12 October" alone is not a publication date.
 */
export function parseDate(s: string): string | null {
  return findDate(s)?.iso ?? null
}

/** The first date written in `s`, with where it is; see {@link parseDate}. */
export function findDate(s: string): FoundDate | null {
  const found: FoundDate[] = []
  const dmy = DAY_MONTH_YEAR.exec(s)
  if (dmy) push(found, dmy, Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]), dmy.slice(4, 7))
  const mdy = MONTH_DAY_YEAR.exec(s)
  if (mdy) push(found, mdy, Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]), mdy.slice(4, 7))
  const iso = ISO_DATE.exec(s)
  if (iso) push(found, iso, Number(iso[1]), Number(iso[2]), Number(iso[3]), iso.slice(4, 7))
  const dotted = DOTTED.exec(s)
  if (dotted) push(found, dotted, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), dotted.slice(4, 7))
  found.sort((a, b) => a.index - b.index)
  return found[0] ?? null
}

function push(
  out: FoundDate[],
  m: RegExpExecArray,
  year: number,
  month: number,
  day: number,
  time: ReadonlyArray<string | undefined>,
): void {
  const date = isoDate(year, month, day)
  if (!date) return
  out.push({ iso: date + isoTime(time), index: m.index, length: m[0].length })
}

const monthNumber = (name: string): number => MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? 0

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCMonth() !== month - 1) return null // 31 February
  return `${year}-${pad(month)}-${pad(day)}`
}

function isoTime([h, m, ampm]: ReadonlyArray<string | undefined>): string {
  if (h === undefined || m === undefined) return ''
  let hour = Number(h)
  const minute = Number(m)
  if (ampm) {
    const pm = ampm.toLowerCase() === 'p'
    if (hour < 1 || hour > 12) return ''
    hour = (hour % 12) + (pm ? 12 : 0)
  }
  if (hour > 23 || minute > 59) return ''
  return `T${pad(hour)}:${pad(minute)}`
}

const pad = (n: number): string => String(n).padStart(2, '0')

// "Published: 12 October 2022", "Posted on October 12, 2022", "Posted by NBW desk · 14 November 2022"
const LABELLED = /^\s*(?:first\s+)?(published|posted|date|updated|last\s+updated)\b(.*)$/i
/** Datelines are short lines; a longer one is a sentence that happens to start with "Updated". */
const MAX_DATELINE = 100
/** How many lines from the top or the bottom an unlabelled dateline may sit. */
const EDGE_LINES = 5
const FIELD_SEPARATOR = /\s+[·|•—–]\s+/
/** The label of a masthead field that holds the date: "Published on", "Broadcast on", "Aired:". */
const FIELD_LABEL = /^(?:(?:first\s+)?published|posted|broadcast|aired|recorded|issued)(?:\s+on|\s*:)?\s+/i

/**
 * The publication date from a dateline of a plain-text article, or null. A short labelled line
 * ("Published: …", "Posted on …", "Posted by … · 14 November 2022") counts anywhere, and
 * "Published"/"Posted" win over "Updated". An unlabelled short line counts only among the first
 * or last lines, where pages put datelines, and only when it starts with the date ("05.11.2022 |
 * World") or one of its separated fields is the date ("Central Europe Daily · 6 December 2024"),
 * so dates inside the story never do.
 *
 * @example findDateline('Title\nOctober 12, 2022 10:45\nBody…') // '2022-10-12T10:45'
 */
export function findDateline(text: string): string | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  let updated: string | null = null
  for (const line of lines) {
    if (line.length > MAX_DATELINE || line.endsWith('.')) continue
    const m = LABELLED.exec(line)
    const date = m ? findDate(m[2]!) : null
    if (!m || !date) continue
    if (/updated/i.test(m[1]!)) updated ??= date.iso
    else return date.iso
  }
  if (updated) return updated
  const edges =
    lines.length <= 2 * EDGE_LINES ? lines : [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]
  for (const line of edges) {
    // (a masthead of several fields may run longer than a dateline)
    if (line.length > (FIELD_SEPARATOR.test(line) ? 160 : 80) || line.endsWith('.')) continue
    const date = findDate(line)
    if (date?.index === 0) return date.iso
    for (const whole of line.split(FIELD_SEPARATOR)) {
      // ("Published on Monday, 23 September 2024", "Broadcast on 6 November 2025": a labelled field)
      const field = whole.replace(FIELD_LABEL, '')
      const d = findDate(field)
      if (d && d.index === 0 && d.length === field.length) return d.iso
    }
  }
  return null
}

/**
 * A date value from metadata, as ISO 8601: ISO values are kept as given; others (RFC 822
 * `Wed, 12 Oct 2022 10:45:00 +0000`, "12 October 2022") are converted; unreadable values → null.
 */
export function normalizePublished(value: string | null | undefined): string | null {
  const s = value?.trim() ?? ''
  if (s === '') return null
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) {
    return isoDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) ? s : null
  }
  // A zone makes Date.parse exact; without one it would read the value in the machine's zone.
  if (/(?:\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b|[+-]\d{4})\s*$/.test(s)) {
    const ms = Date.parse(s)
    if (!Number.isNaN(ms)) return new Date(ms).toISOString().replace('.000Z', 'Z')
  }
  return parseDate(s)
}
