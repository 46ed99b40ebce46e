import type { TimeRefiner } from '../types.js'

/**
 * Overlapping candidates: the longer wins ("mid-October" over chrono's "October"); on equal
 * length the earlier parser in the configuration wins (ours before chrono's). Sorting is stable,
 * so the parser order is kept among ties.
 */
export const overlapRemoval: TimeRefiner = (_ctx, cands) => {
  const ranked = cands
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order)
  const kept: typeof cands = []
  for (const { c } of ranked) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue
    kept.push(c)
  }
  return kept.sort((a, b) => a.start - b.start)
}
