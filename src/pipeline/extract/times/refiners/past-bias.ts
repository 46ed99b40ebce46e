import { compareAt, shiftYears, type YMD } from '../calendar.js'
import { hasFutureCue } from '../context.js'
import type { TimeCandidate, TimeRefiner } from '../types.js'

const days = (w: YMD): number => Date.UTC(w.y, (w.m ?? 1) - 1, w.d ?? 1) / 864e5

const shifted = (c: TimeCandidate, n: number, rule: string): TimeCandidate =>
  n === 0
    ? c
    : { ...c, from: shiftYears(c.from!, n), to: c.to ? shiftYears(c.to, n) : null, rule: `${c.rule}+${rule}` }

/**
 * News reports what happened: a date whose year the text leaves open is the latest one on or
 * before the publication day ("Feb. 24" in an October 2022 article is 2022-02-24, where chrono
 * picks the nearer 2023-02-24); a range must have ended by then, a season must have begun. When
 * the sentence speaks of the future ("will be held on June 30"), it is the first one on or after.
 * "until June 25" and "by March" look either way, so they take the nearest year. Only with a
 * known reference date.
 */
export const pastBias: TimeRefiner = (ctx, cands) => {
  const ref = ctx.reference
  if (!ref) return cands
  return cands.map((c) => {
    if (!c.from || c.yearStated || c.relative || c.weekday !== undefined) return c
    if (c.relation === 'until' || c.relation === 'by') {
      const options = [-1, 0, 1].map((n) => ({ n, gap: Math.abs(days(shiftYears(c.from!, n)) - days(ref)) }))
      const best = options.reduce((a, b) => (b.gap < a.gap ? b : a))
      return shifted(c, best.n, 'nearest')
    }
    if (hasFutureCue(ctx, c.start))
      return shifted(c, compareAt(c.to ?? c.from, ref) < 0 ? 1 : 0, 'future-bias')
    const last = c.precision === 'range' && c.to ? c.to : c.from
    return shifted(c, compareAt(last, ref) > 0 ? -1 : 0, 'past-bias')
  })
}
