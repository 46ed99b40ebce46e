import { MONTH_PATTERN, monthNumber } from '../calendar.js'
import { matchesIn } from '../context.js'
import type { PeriodPart, TimeCandidate, TimeParser } from '../types.js'

// "early", "mid-", "late", "the beginning of", "the end of", "the middle of", "the first days of"
const PART =
  '(?:([Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+)|(?:[Tt]he\\s+)?(?:very\\s+)?(beginning|start|middle|end|first\\s+days|last\\s+days|first\\s+weeks|last\\s+weeks|first\\s+half|second\\s+half)\\s+of\\s+)'

// "mid-October", "late February 2022", "the beginning of June"
const MONTH_PART = new RegExp(`\\b${PART}(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?(?![\\w])`, 'g')
// "early 2023", "the end of 2022", "mid-2023", "the first half of 2022"
const YEAR_PART = new RegExp(`\\b${PART}(?:the\\s+year\\s+)?((?:19|20)\\d{2})\\b(?![-–]\\d)`, 'g')
// "the first quarter of 2023", "Q3 2022"
const QUARTER =
  /\b(?:[Tt]he\s+)?(?:(first|second|third|fourth|last)\s+quarter\s+of|Q([1-4]))\s+((?:19|20)\d{2})\b/g
const QUARTER_NUMBER: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: 4 }

// "by the end of the year", "the beginning of this year", "the end of last year"
const RELATIVE_YEAR_PART = new RegExp(`\\b${PART}(this|last|next|the)\\s+year\\b`, 'g')

/** What a sentence needs for a part of a month, and for a part of a year or a quarter. */
const MONTH_CUE = new RegExp(MONTH_PATTERN)
const YEAR_CUE = /(?:19|20)\d{2}/

function partOf(word: string): PeriodPart | 'h1' | 'h2' {
  const w = word.toLowerCase().replace(/\s+/g, ' ')
  if (w === 'first half') return 'h1'
  if (w === 'second half') return 'h2'
  if (w === 'mid' || w === 'middle') return 'mid'
  if (w === 'late' || w === 'end' || w.startsWith('last')) return 'late'
  return 'early'
}

/** A part of year `y`: a half is a range of months; "early 2023" is the year with its part. */
function yearPart(
  part: PeriodPart | 'h1' | 'h2',
  y: number,
): Pick<TimeCandidate, 'from' | 'to' | 'precision' | 'part'> {
  if (part === 'h1' || part === 'h2')
    return { from: { y, m: part === 'h1' ? 1 : 7 }, to: { y, m: part === 'h1' ? 6 : 12 }, precision: 'range' }
  return { from: { y }, to: null, precision: 'year', part }
}

/**
 * Parts of months and years: "mid-October" (month, mid), "early 2023" (year, early), "the first
 * half of 2022" and "the third quarter of 2023" (range).
 */
export const monthPartParser: TimeParser = (ctx) => {
  const out: TimeCandidate[] = []
  for (const m of matchesIn(ctx, MONTH_PART, MONTH_CUE)) {
    const start = m.index ?? 0
    const part = partOf(m[1] ?? m[2]!)
    const month = monthNumber(m[3]!)
    const year = m[4] ? Number(m[4]) : ctx.working.y
    out.push({
      start,
      end: start + m[0].length,
      rule: 'month-part',
      from: { y: year, m: month },
      to: null,
      precision: 'month',
      yearStated: !!m[4],
      relative: false,
      part: part === 'h1' ? 'early' : part === 'h2' ? 'late' : part,
    })
  }
  for (const m of matchesIn(ctx, YEAR_PART, YEAR_CUE)) {
    const start = m.index ?? 0
    const part = partOf(m[1] ?? m[2]!)
    out.push({
      start,
      end: start + m[0].length,
      rule: 'year-part',
      ...yearPart(part, Number(m[3])),
      yearStated: true,
      relative: false,
    })
  }
  // the patterns below open with optional words, which V8 tries at every position: a plain scan
  // for the word each needs skips them in most texts
  if (/year/i.test(ctx.text))
    for (const m of ctx.text.matchAll(RELATIVE_YEAR_PART)) {
      const start = m.index ?? 0
      const part = partOf(m[1] ?? m[2]!)
      const which = m[3]!.toLowerCase()
      const y = ctx.working.y + (which === 'last' ? -1 : which === 'next' ? 1 : 0)
      out.push({
        start,
        end: start + m[0].length,
        rule: 'year-part.relative',
        ...yearPart(part, y),
        yearStated: false,
        relative: true,
      })
    }
  if (/quarter|Q[1-4]/.test(ctx.text))
    for (const m of matchesIn(ctx, QUARTER, YEAR_CUE)) {
      const start = m.index ?? 0
      const q = m[1] ? QUARTER_NUMBER[m[1]]! : Number(m[2])
      const y = Number(m[3])
      out.push({
        start,
        end: start + m[0].length,
        rule: 'quarter',
        from: { y, m: 3 * q - 2 },
        to: { y, m: 3 * q },
        precision: 'range',
        yearStated: true,
        relative: false,
      })
    }
  return out
}
