/**
 * Figures compared as ranges: a quantity becomes an interval in a base unit ("over 65 thousand
 * tons" → [65000, ∞) tons, "about 9,000 troops" → [8100, 9900] troops, "up to 4,000" → [0, 4000]),
 * a time an interval of days ("May 2022" → 2022-05-01…2022-05-31). Two figures agree when their
 * intervals overlap and conflict when they do not; a conflict says by how much, and whether the
 * two numbers as written look like one typed wrong (a transposed, changed, dropped or added digit).
 */
import type { Quantity, TimeValue } from '../model/annotations.js'

export interface Range {
  readonly low: number
  /** `Infinity` for an open upper bound ("over 65,000"). */
  readonly high: number
}

export interface QuantityRange extends Range {
  /** The base unit: `tons`, `items`, `troops`, `percent`, a currency code… */
  readonly unit: string
  /** The number as written, for the typo check: the value, else the bound. */
  readonly stated: number
  /** Which number was written: an exact or approximate `value`, a `low` or a `high` bound. */
  readonly form: 'value' | 'low' | 'high'
  readonly text: string
}

/** Units that are other units times a factor ("kg" → 0.001 tons). Anything else is its own base. */
const UNIT_FACTORS: Readonly<Record<string, readonly [string, number]>> = Object.freeze({
  ton: ['tons', 1],
  tonne: ['tons', 1],
  tonnes: ['tons', 1],
  t: ['tons', 1],
  kg: ['tons', 0.001],
  kilograms: ['tons', 0.001],
  kilotons: ['tons', 1000],
  soldiers: ['troops', 1],
  servicemen: ['troops', 1],
  personnel: ['troops', 1],
  pieces: ['items', 1],
  units: ['items', 1],
  m: ['km', 0.001],
  metres: ['km', 0.001],
  meters: ['km', 0.001],
})

/** "about 9,000": read as ±10%, the usual reading of a rounded figure. */
const APPROXIMATE =
  /\b(about|around|approximately|approx\.?|roughly|some|circa|an estimated|estimated|близько|около|приблизно|примерно)\b|~/iu
const APPROXIMATE_SPREAD = 0.1

/** A quantity as a range in its base unit; null when it has no number (a share, "a large fraction"). */
export function quantityRange(q: Quantity | null | undefined): QuantityRange | null {
  if (!q || (q.value === null && q.low === null && q.high === null)) return null
  const raw = (q.unit ?? 'items').toLowerCase()
  const [unit, factor] = UNIT_FACTORS[raw] ?? [raw, 1]
  const f = (n: number) => n * factor
  if (q.value !== null) {
    const v = f(q.value)
    const spread = APPROXIMATE.test(q.text) ? Math.abs(v) * APPROXIMATE_SPREAD : 0
    return { low: v - spread, high: v + spread, unit, stated: q.value, form: 'value', text: q.text }
  }
  return {
    low: q.low !== null ? f(q.low) : 0,
    high: q.high !== null ? f(q.high) : Number.POSITIVE_INFINITY,
    unit,
    stated: (q.low ?? q.high)!,
    form: q.low !== null ? 'low' : 'high',
    text: q.text,
  }
}

export const overlap = (a: Range, b: Range): boolean => a.low <= b.high && b.low <= a.high

const fmt = (n: number): string =>
  Number.isFinite(n) ? n.toLocaleString('en-GB', { maximumFractionDigits: 2 }) : '∞'

export interface QuantityConflict {
  /** How far apart the two ranges are, in the base unit. */
  readonly gap: number
  /** Larger over smaller of the nearest ends (≥ 1), Infinity when the smaller is 0. */
  readonly ratio: number
  /** Why the two numbers as written may be one figure mistyped, else null. */
  readonly typo: string | null
  readonly description: string
}

/** Null when the ranges agree (overlap) or cannot be compared (different units). */
export function compareQuantities(a: QuantityRange, b: QuantityRange): QuantityConflict | null {
  if (a.unit !== b.unit || overlap(a, b)) return null
  const [lo, hi] = a.high < b.low ? [a, b] : [b, a]
  const gap = hi.low - lo.high
  const ratio = lo.high > 0 ? hi.low / lo.high : Number.POSITIVE_INFINITY
  const typo = typoBetween(a.stated, b.stated)
  const pct = Number.isFinite(ratio) ? ` (${Math.round((ratio - 1) * 100)}% higher)` : ''
  const description =
    `"${lo.text}" [${fmt(lo.low)}–${fmt(lo.high)} ${lo.unit}] vs "${hi.text}" [${fmt(hi.low)}–${fmt(hi.high)} ${hi.unit}]: ` +
    `apart by ${fmt(gap)} ${lo.unit}${pct}${typo ? `; may be a typo (${typo})` : ''}`
  return { gap, ratio, typo, description }
}

/**
 * Whether two numbers as written look like one mistyped: same digits with two neighbours
 * swapped (65,000 / 56,000), one inner digit changed (65,000 / 63,000), or one digit dropped or
 * added (65,000 / 6,500). Returns the kind, or null.
 */
export function typoBetween(a: number, b: number): string | null {
  if (a === b || !Number.isFinite(a) || !Number.isFinite(b)) return null
  const x = String(Math.abs(a)).replace('.', '')
  const y = String(Math.abs(b)).replace('.', '')
  if (x.length === y.length) {
    const diff = [...x].flatMap((c, i) => (c === y[i] ? [] : [i]))
    if (
      diff.length === 2 &&
      diff[1] === diff[0]! + 1 &&
      x[diff[0]!] === y[diff[1]!] &&
      x[diff[1]!] === y[diff[0]!]
    ) {
      return `digits ${x[diff[0]!]}${x[diff[1]!]} transposed`
    }
    // a changed leading digit (50 / 90) is a different figure; a changed inner one (65,000 / 63,000) may be a slip
    if (diff.length === 1 && diff[0]! > 0 && x.length >= 3)
      return `one digit differs (${x[diff[0]!]} / ${y[diff[0]!]})`
    return null
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  if (long.length !== short.length + 1) return null
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) {
      return Math.max(a, b) / Math.min(a, b) === 10
        ? 'a factor of ten: a zero dropped or added'
        : 'a digit dropped or added'
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// Times

export interface DayRange {
  /** ISO dates, inclusive; `high` null when open ("since May 2022"). */
  readonly low: string
  readonly high: string | null
  readonly precision: string
}

const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()
const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

/** The first and last day of a partial ISO date (`2022`, `2022-05`, `2022-05-14`). */
export function dayBounds(partial: string): { low: string; high: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(partial)
  if (!m) return null
  const y = Number(m[1])
  if (m[3]) {
    const d = `${m[1]}-${m[2]}-${m[3]}`
    return { low: d, high: d }
  }
  if (m[2]) {
    const mo = Number(m[2])
    return { low: `${y}-${pad(mo)}-01`, high: `${y}-${pad(mo)}-${pad(daysIn(y, mo))}` }
  }
  return { low: `${y}-01-01`, high: `${y}-12-31` }
}

/** A claim's time as a range of days; null when it is unresolved. */
export function timeRange(t: TimeValue | null | undefined): DayRange | null {
  if (!t?.date) return null
  const start = dayBounds(t.date)
  if (!start) return null
  if (t.end) {
    const end = dayBounds(t.end)
    return { low: start.low, high: end?.high ?? null, precision: t.precision }
  }
  if (t.precision === 'season') {
    const d = new Date(`${start.low}T00:00:00Z`)
    d.setUTCMonth(d.getUTCMonth() + 3)
    d.setUTCDate(d.getUTCDate() - 1)
    return { low: start.low, high: d.toISOString().slice(0, 10), precision: t.precision }
  }
  // a duration or range without an end is open: "within the first seven months of the war"
  if (t.precision === 'duration' || t.precision === 'range') {
    return { low: start.low, high: null, precision: t.precision }
  }
  return { low: start.low, high: start.high, precision: t.precision }
}

export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)

/** Days between two ranges: 0 when they overlap, else the gap. */
export function dayGap(a: DayRange, b: DayRange): number {
  const aHigh = a.high ?? '9999-12-31'
  const bHigh = b.high ?? '9999-12-31'
  if (a.low <= bHigh && b.low <= aHigh) return 0
  return aHigh < b.low ? daysBetween(aHigh, b.low) : daysBetween(bHigh, a.low)
}
