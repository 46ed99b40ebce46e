/** A partial calendar date: year, or year and month, or a full day. Months and days count from 1. */
export interface YMD {
  readonly y: number
  readonly m?: number
  readonly d?: number
}

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

/** Capitalised month names and abbreviations ("Feb." keeps its dot outside), for regexes. */
export const MONTH_PATTERN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)'

export const monthNumber = (name: string): number => MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0

/** The UTC calendar day of a reference instant (publication dates are calendar days, read in UTC). */
export const fromDate = (d: Date): Required<YMD> => ({
  y: d.getUTCFullYear(),
  m: d.getUTCMonth() + 1,
  d: d.getUTCDate(),
})

const pad = (n: number): string => String(n).padStart(2, '0')

/** ISO form at the date's own precision: `2022`, `2022-02`, `2022-02-24`. */
export function iso(w: YMD): string {
  if (w.m === undefined) return String(w.y)
  if (w.d === undefined) return `${w.y}-${pad(w.m)}`
  return `${w.y}-${pad(w.m)}-${pad(w.d)}`
}

/** Compares `a` with `b` at `a`'s precision: a month is not after the reference in its own month. */
export function compareAt(a: YMD, b: Required<YMD>): number {
  if (a.y !== b.y) return a.y - b.y
  if (a.m === undefined) return 0
  if (a.m !== b.m) return a.m - b.m
  if (a.d === undefined) return 0
  return a.d - b.d
}

export const shiftYears = (w: YMD, n: number): YMD => ({ ...w, y: w.y + n })

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** Adds months, keeping the precision; a day past the month's end is clamped (Jan 31 + 1 month → Feb 28). */
export function addMonths(w: YMD, n: number): YMD {
  if (w.m === undefined) return { y: w.y + Math.trunc(n / 12) }
  const total = w.y * 12 + (w.m - 1) + n
  const y = Math.floor(total / 12)
  const m = (total % 12) + 1
  return w.d === undefined ? { y, m } : { y, m, d: Math.min(w.d, daysIn(y, m)) }
}

export function addDays(w: Required<YMD>, n: number): Required<YMD> {
  const t = new Date(Date.UTC(w.y, w.m - 1, w.d + n))
  return fromDate(t)
}

/** Day of the week, 0 = Sunday. */
export const weekdayOf = (w: Required<YMD>): number => new Date(Date.UTC(w.y, w.m - 1, w.d)).getUTCDay()

/** Adds an ISO-style amount: `unit` is `D`, `W`, `M` or `Y`. */
export function addAmount(w: Required<YMD>, n: number, unit: 'D' | 'W' | 'M' | 'Y'): Required<YMD> {
  if (unit === 'D') return addDays(w, n)
  if (unit === 'W') return addDays(w, 7 * n)
  const months = unit === 'Y' ? 12 * n : n
  if (!Number.isInteger(months)) return addDays(w, Math.round(months * 30.44))
  return addMonths(w, months) as Required<YMD>
}
