import type { NumberExpr } from './numbers.js'
import { isDash, type Tok, touches } from './tokens.js'

/** Two numbers read as one range: "60-70%", "between 20 and 30", "from two to three thousand". */
export interface RangeExpr {
  /** Token index where the range starts ("from"/"between" included) and ends (exclusive). */
  readonly from: number
  readonly to: number
  readonly low: number
  readonly high: number
  /** Both ends look like years ("2014-2022"): the times stage reads it, not this one. */
  readonly years: boolean
  readonly rule: string
}

const PERCENT_ECHO = (toks: readonly Tok[], i: number): number => {
  if (toks[i]?.text === '%' && touches(toks[i - 1], toks[i])) return 1
  if (toks[i]?.lower === 'percent') return 1
  if (toks[i]?.lower === 'per' && toks[i + 1]?.lower === 'cent') return 2
  return 0
}

const CURRENCY_SIGN = new Set(['$', '€', '£', '₽', '₴'])

const isYearLike = (n: NumberExpr, toks: readonly Tok[]): boolean =>
  n.digits &&
  n.scale === 1 &&
  n.to - n.from === 1 &&
  /^\d{4}$/.test(toks[n.from]!.text) &&
  n.value! >= 1800 &&
  n.value! <= 2100

/**
 * Joins `a` and `b` into a range when a connector stands between them and `b` is larger.
 * "and" needs "between" before `a`; a scale on `b` carries over to `a` ("20-30 thousand").
 */
export function joinRange(toks: readonly Tok[], a: NumberExpr, b: NumberExpr): RangeExpr | null {
  if (a.value === null || b.value === null) return null
  let i = a.to
  i += PERCENT_ECHO(toks, i)
  const conn = toks[i]
  if (!conn) return null
  let kind: string
  if (isDash(conn)) kind = 'dash'
  else if (conn.lower === 'to' || conn.lower === 'through') kind = 'to'
  else if (conn.lower === 'and') kind = 'between'
  else if (conn.lower === 'or') kind = 'or'
  else return null
  i++
  if (CURRENCY_SIGN.has(toks[i]?.text ?? '') && touches(toks[i], toks[i + 1])) i++
  if (i !== b.from) return null

  // "between 20 and 30", "from 20 to 30" (a currency sign may stand before `a`)
  let start = a.from
  if (CURRENCY_SIGN.has(toks[start - 1]?.text ?? '') && touches(toks[start - 1], toks[start])) start--
  const lead = toks[start - 1]?.lower
  if (kind === 'between' && lead !== 'between') return null
  if ((lead === 'between' && (kind === 'between' || kind === 'dash')) || (lead === 'from' && kind !== 'or'))
    start--

  let low = a.value
  const high = b.value
  if (a.scale === 1 && b.scale > 1 && low * b.scale <= high) low *= b.scale
  if (!(low < high)) return null
  return {
    from: start,
    to: b.to,
    low,
    high,
    years: isYearLike(a, toks) && isYearLike(b, toks),
    rule: `ranges.${kind}`,
  }
}

export { isYearLike }
