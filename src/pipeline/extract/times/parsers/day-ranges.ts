import { MONTH_PATTERN, monthNumber } from '../calendar.js'
import { matchesIn } from '../context.js'
import type { TimeCandidate, TimeParser } from '../types.js'

const ORD = '(?:st|nd|rd|th)?'
const JOIN = '\\s*(?:and|&|-|–|to|through)\\s*'
const YEAR = '(?:,?\\s+((?:19|20)\\d{2}))?'
// "May 9 and 10", "June 9-11, 2023"
const MONTH_FIRST = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})${ORD}${JOIN}(\\d{1,2})${ORD}${YEAR}\\b`,
  'g',
)
// "24 and 25 February", "10-16 March 2023", "9 to 11 of May"
const DAY_FIRST = new RegExp(
  `\\b(\\d{1,2})${ORD}${JOIN}(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_PATTERN})${YEAR}(?![\\w])`,
  'g',
)

/** What a sentence needs for a range of days: a month's name. */
const MONTH_CUE = new RegExp(MONTH_PATTERN)

const candidate = (
  start: number,
  end: number,
  y: number,
  m: number,
  d1: number,
  d2: number,
  stated: boolean,
) =>
  ({
    start,
    end,
    rule: 'day-range',
    from: { y, m, d: d1 },
    to: { y, m, d: d2 },
    precision: 'range',
    yearStated: stated,
    relative: false,
  }) satisfies TimeCandidate

/** Several days of one month: precision range. Days must rise and fit a month. */
export const dayRangeParser: TimeParser = (ctx) => {
  const out: TimeCandidate[] = []
  for (const m of matchesIn(ctx, MONTH_FIRST, MONTH_CUE)) {
    const d1 = Number(m[2])
    const d2 = Number(m[3])
    if (!(d1 < d2 && d2 <= 31)) continue
    const start = m.index ?? 0
    const y = m[4] ? Number(m[4]) : ctx.working.y
    out.push(candidate(start, start + m[0].length, y, monthNumber(m[1]!), d1, d2, !!m[4]))
  }
  for (const m of matchesIn(ctx, DAY_FIRST, MONTH_CUE)) {
    const d1 = Number(m[1])
    const d2 = Number(m[2])
    if (!(d1 < d2 && d2 <= 31)) continue
    const start = m.index ?? 0
    const y = m[4] ? Number(m[4]) : ctx.working.y
    out.push(candidate(start, start + m[0].length, y, monthNumber(m[3]!), d1, d2, !!m[4]))
  }
  return out
}
