import type { TimeRefiner, TimeRelation } from '../types.js'

/** Words before a time that say how the event relates to it; they join the expression. */
const PREFIXES: readonly (readonly [RegExp, TimeRelation, boolean])[] = [
  // [words, relation, durations only]
  [/\b(?:ever\s+)?since\s+$/i, 'since', false],
  [/\b(?:until|till|up\s+until)\s+$/i, 'until', false],
  [/\bafter\s+$/i, 'after', false],
  [/\b(?:before|prior\s+to)\s+$/i, 'before', false],
  [/\bby\s+$/i, 'by', false],
  [/\bfrom\s+$/i, 'from', false],
  [/\b(?:during|throughout|over|within|in\s+the\s+course\s+of)\s+$/i, 'during', false],
  [/\bfor\s+$/i, 'during', true],
]

/**
 * "since mid-October", "until June 25", "over the winter", "for some eight months": the relation
 * word becomes part of the span and is recorded as `relation`.
 */
export const relationPrefix: TimeRefiner = (ctx, cands) =>
  cands.map((c) => {
    if (c.relation || c.anaphora) return c
    const before = ctx.text.slice(Math.max(0, c.start - 24), c.start)
    for (const [re, relation, durationsOnly] of PREFIXES) {
      if (durationsOnly && c.precision !== 'duration') continue
      if (relation === 'from' && c.precision === 'range') continue
      const m = re.exec(before)
      if (!m) continue
      return { ...c, start: c.start - m[0].length, relation }
    }
    return c
  })
