import type { Refiner } from '../extract/entities/types.js'

/**
 * Nationality adjectives and demonyms are not entities ("Belarusian", "Russians"), whatever rule
 * proposed them; neither is a bare title ("President"). The demonym lexicon also lists country
 * names used attributively ("Belarus", "US" as in "US military"): those stay when the reference
 * data knows them as names of the country.
 */
export const nationality: Refiner = {
  name: 'nationality',
  refine(ctx, candidates) {
    const lex = ctx.lexicon
    return candidates.filter((c) => {
      const text = ctx.text.slice(c.start, c.end).toLowerCase()
      const country = lex.demonyms.get(text)
      if (country && !(c.ref && c.ref === country.ref)) return false
      if (c.ref === null && lex.titles.has(text)) return false
      return true
    })
  },
}
