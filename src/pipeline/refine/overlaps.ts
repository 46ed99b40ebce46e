import type { EntityType } from '../../model/annotations.js'
import { firstAtOrAfter } from '../../model/span.js'
import type { Candidate, Refiner } from '../extract/entities/types.js'

/**
 * Overlap policy. Mentions never nest or overlap (corpus convention: "Minsk Mechanical Plant named
 * after I. V. Vavilov" is one ORG, and "Union State" inside "Forum of the Regions of the Union
 * State" is not listed). Among overlapping candidates the winner is, in order:
 *
 * 1. the longest span;
 * 2. a reference-data match (a candidate with `ref`);
 * 3. the type earlier in `TYPE_PRIORITY` (a name with an organisation suffix is an organisation
 *    before it is a person with a speech verb);
 * 4. the candidate proposed first (extractors run in a deliberate order).
 *
 * Candidates are taken greedily in that order; one that overlaps a taken one is dropped. A
 * dropped candidate with exactly the winner's span hands over its `role` when the winner has
 * none ("President Putin": the gazetteer's Putin keeps the title the name rule found).
 */
export const TYPE_PRIORITY: readonly EntityType[] = [
  'ORG',
  'UNIT',
  'EVENT',
  'FACILITY',
  'EQUIPMENT',
  'PERSON',
  'GPE',
  'LOC',
]

export const overlaps: Refiner = {
  name: 'overlaps',
  refine(_ctx, candidates) {
    return resolveOverlaps(candidates)
  },
}

export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const order = candidates.map((c, i) => ({ c, i }))
  order.sort(
    (a, b) =>
      b.c.end - b.c.start - (a.c.end - a.c.start) ||
      Number(b.c.ref !== null) - Number(a.c.ref !== null) ||
      TYPE_PRIORITY.indexOf(a.c.type) - TYPE_PRIORITY.indexOf(b.c.type) ||
      a.i - b.i,
  )
  const taken: Candidate[] = []
  // taken spans, kept sorted by start for the overlap test
  const spans: Candidate[] = []
  for (const { c } of order) {
    const at = firstAtOrAfter(spans, c.start, (x) => x.start)
    const prev = spans[at - 1]
    const next = spans[at]
    const clash = (prev && prev.end > c.start ? prev : null) ?? (next && next.start < c.end ? next : null)
    if (clash) {
      if (clash.start === c.start && clash.end === c.end && c.role && !clash.role) {
        const merged = { ...clash, role: c.role }
        spans[spans.indexOf(clash)] = merged
        taken[taken.indexOf(clash)] = merged
      }
      continue
    }
    spans.splice(at, 0, c)
    taken.push(c)
  }
  return taken.sort((a, b) => a.start - b.start)
}
