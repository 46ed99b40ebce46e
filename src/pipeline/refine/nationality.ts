import type { Refiner } from '../extract/entities/types.js'

/**
 * Nationality adjectives and demonyms are not entities ("Belarusian", "Russians"), whatever rule
 * proposed them; neither is a bare title ("President") or a month that a name rule mistook for a
 * person ("May").
 */
export const nationality: Refiner = {
  name: 'nationality',
  refine(ctx, candidates) {
    const lex = ctx.lexicon
    return candidates.filter((c) => {
      const text = ctx.text.slice(c.start, c.end).toLowerCase()
      if (lex.demonyms.has(text)) return false
      if (c.ref === null && lex.titles.has(text)) return false
      return true
    })
  },
}
