import type { TimeRefiner } from '../types.js'

/**
 * With no publication date, a date survives only when the text states it fully ("February 24,
 * 2022", "in 1991", "the spring of 2022", a dated event such as the invasion). Everything else
 * keeps its surface with `date` null and precision `unresolved` — never today's date. Durations
 * stay durations: their amount does not depend on the reference.
 */
export const withoutReference: TimeRefiner = (ctx, cands) => {
  if (ctx.reference) return cands
  return cands.map((c) => {
    if (c.yearStated || !c.from) return c
    if (c.precision === 'duration') return { ...c, from: null, to: null }
    return { ...c, from: null, to: null, precision: 'unresolved', rule: `${c.rule}+unresolved` }
  })
}
