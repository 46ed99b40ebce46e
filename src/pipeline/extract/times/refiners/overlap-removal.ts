import type { TimeCandidate, TimeRefiner } from '../types.js'

/**
 * Overlapping candidates: the longer wins ("mid-October" over chrono's "October"); on equal
 * length the earlier parser in the configuration wins (ours before chrono's). Sorting is stable,
 * so the parser order is kept among ties.
 */
export const overlapRemoval: TimeRefiner = (_ctx, cands) => {
  const ranked = cands
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order)
  // kept spans never overlap, so sorted by start they are also sorted by end: binary search
  const kept: TimeCandidate[] = []
  for (const { c } of ranked) {
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (kept[mid]!.end <= c.start) lo = mid + 1
      else hi = mid
    }
    const next = kept[lo]
    if (next && next.start < c.end) continue
    kept.splice(lo, 0, c)
  }
  return kept
}
