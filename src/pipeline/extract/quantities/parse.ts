import type { Quantity } from '../../../model/annotations.js'
import type { Span } from '../../../model/span.js'
import { applyBound, boundAfter, boundBefore, type Reading } from './bounds.js'
import { rejectNumber } from './negatives.js'
import { type NumberExpr, scanNumbers } from './numbers.js'
import { isYearLike, joinRange } from './ranges.js'
import { scanShares } from './shares.js'
import { type Tok, tokenize } from './tokens.js'
import { currencyBefore, TO_KM, unitAfter } from './units.js'

/** A quantity with what the rules found besides the contract's fields. */
export interface ParsedQuantity extends Quantity {
  readonly span: Span
  /** The rules that read it, joined by `+`: `bounds.low.over+numbers.digits-scale+units.measure`. */
  readonly rule: string
  /** The counted noun phrase, modifiers included ("newly mobilised reservists"), when one was read. */
  readonly counted: Span | null
  /** The period of a rate: "20 tons per month" → `month` (the unit stays `tons`). */
  readonly per: string | null
  /** Distances converted to kilometres ("nearly 700 miles" → high 1126.54); null for other units. */
  readonly km: Reading | null
}

/** A candidate before overlap removal, in token indexes. */
interface Candidate {
  readonly from: number
  readonly to: number
  readonly reading: Reading
  readonly unit: string | null
  readonly counted: { readonly from: number; readonly to: number } | null
  readonly per: string | null
  readonly rule: string
}

const PERCENT_AFTER = (toks: readonly Tok[], i: number): boolean =>
  toks[i]?.text === '%' ||
  toks[i]?.lower === 'percent' ||
  (toks[i]?.lower === 'per' && toks[i + 1]?.lower === 'cent')

// A number and everything around it: bounds, range partner, currency, unit, rate.
function readNumber(
  toks: readonly Tok[],
  nums: readonly NumberExpr[],
  k: number,
): { cand: Candidate | null; used: number } {
  const a = nums[k]!
  const b = nums[k + 1]
  const range = b ? joinRange(toks, a, b) : null
  const rules: string[] = [range ? range.rule : a.rule]
  let reading: Reading = range
    ? { value: null, low: range.low, high: range.high }
    : { value: a.value, low: a.low, high: null }
  let from = range ? range.from : a.from
  let to = range ? range.to : a.to
  const used = range ? 2 : 1

  const currency = currencyBefore(toks, a.from)
  if (currency) from = Math.min(from, currency.at)
  const before = range ? null : boundBefore(toks, from)
  if (before) {
    reading = applyBound(reading, before.kind)
    from = before.at
    rules.unshift(before.rule)
  }
  // "30,000 or more troops": a bound between the number and its unit
  let after = boundAfter(toks, to)
  if (after) to = after.at
  const u = unitAfter(toks, to)
  if (u.unit === 'time') return { cand: null, used } // a duration ("eight months"): the times stage reads it
  if (u.unit === 'multiplier') return { cand: null, used }
  if (!after) after = boundAfter(toks, u.to)
  if (after) {
    reading = applyBound(reading, after.kind)
    rules.push(after.rule)
  }
  // "500 kg" → 0.5 tons, "800 metres" → 0.8 km
  if (u.factor !== 1 && !currency) reading = scale(reading, u.factor)
  let unit = currency?.unit ?? u.unit
  if (!unit && range && PERCENT_AFTER(toks, a.to)) unit = 'percent'
  if (currency) rules.push('units.currency-sign')
  else if (u.unit) rules.push(u.rule)

  // a bare year ("in 2022", "2014-2022") needs a unit right after it to count something
  const yearLike = range ? range.years : isYearLike(a, toks)
  if (yearLike && !currency && !before && !(u.unit && u.adjacent)) return { cand: null, used }
  // "one of the key allies", "one can earn": "one" alone is not a count
  if (!a.digits && a.value === 1 && a.to - a.from === 1 && !u.unit) return { cand: null, used }

  // with a currency sign the number is the amount; a noun after it ("$2 billion in aid") is not its unit
  const end = Math.max(currency ? to : u.to, after?.at ?? 0)
  return {
    cand: {
      from,
      to: end,
      reading,
      unit,
      counted: currency ? null : u.counted,
      per: u.per,
      rule: rules.join('+'),
    },
    used,
  }
}

const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 100) / 100)

const times = (n: number | null, f: number): number | null =>
  n === null ? null : Math.round(n * f * 1e6) / 1e6
const scale = (r: Reading, f: number): Reading => ({
  value: times(r.value, f),
  low: times(r.low, f),
  high: times(r.high, f),
})

/**
 * Every quantity in `text`, left to right, with spans shifted by `offset` (the position of `text`
 * in the document).
 *
 * ```ts
 * parseQuantities('Belarus sent over 65 thousand tons of shells.')
 * // [{ value: null, low: 65000, high: null, unit: 'tons', text: 'over 65 thousand tons', … }]
 * ```
 */
export function parseQuantities(text: string, offset = 0): ParsedQuantity[] {
  const toks = tokenize(text)
  const nums = scanNumbers(toks).filter((n) => rejectNumber(toks, n, text) === null)
  const cands: Candidate[] = []
  for (let k = 0; k < nums.length; ) {
    const { cand, used } = readNumber(toks, nums, k)
    if (cand) cands.push(cand)
    k += used
  }
  for (const s of scanShares(toks)) {
    const value = s.value
    cands.push({
      from: s.from,
      to: s.to,
      reading: { value, low: null, high: null },
      unit: s.unit,
      counted: null,
      per: null,
      rule: s.rule,
    })
  }
  // overlap removal: leftmost first, then longest
  cands.sort((x, y) => x.from - y.from || y.to - x.to)
  const out: ParsedQuantity[] = []
  let lastEnd = -1
  for (const c of cands) {
    if (c.from < lastEnd) continue
    lastEnd = c.to
    const start = toks[c.from]!.start
    const end = toks[c.to - 1]!.end
    const factor = c.unit ? TO_KM[c.unit] : undefined
    out.push({
      value: c.reading.value,
      low: c.reading.low,
      high: c.reading.high,
      unit: c.unit,
      text: text.slice(start, end),
      span: { start: start + offset, end: end + offset },
      rule: c.rule,
      counted: c.counted
        ? { start: toks[c.counted.from]!.start + offset, end: toks[c.counted.to - 1]!.end + offset }
        : null,
      per: c.per,
      km: factor
        ? {
            value: round(c.reading.value === null ? null : c.reading.value * factor),
            low: round(c.reading.low === null ? null : c.reading.low * factor),
            high: round(c.reading.high === null ? null : c.reading.high * factor),
          }
        : null,
    })
  }
  return out
}
