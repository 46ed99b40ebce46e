import type { Candidate, Refiner } from '../extract/entities/types.js'
import { wordStartingAt } from '../extract/entities/words.js'

/**
 * Trims what the corpus convention keeps outside a mention: a leading determiner ("the Kremlin"
 * → "Kremlin"), a trailing possessive ("Putin’s" → "Putin", "Belarus’" → "Belarus") and stray
 * punctuation or space. A reference alias that includes its article ("The Wall Street Journal")
 * keeps it: the gazetteer only starts a match at "The" when the alias does, and a capital "The"
 * inside a sentence is taken as part of a name.
 */
export const determiners: Refiner = {
  name: 'determiners',
  refine(ctx, candidates) {
    const out: Candidate[] = []
    for (const c of candidates) {
      let { start, end } = c
      // a capital "The" inside a sentence is part of a name ("reported The Moscow Times")
      const first = ctx.words[wordStartingAt(ctx.words, c.start)]
      const keepsArticle = c.rule === 'gazetteer' || (first?.text === 'The' && !first.initial)
      for (;;) {
        const head = ctx.text.slice(start, end)
        const det = keepsArticle ? null : /^(?:the|a|an|this|that|these|those)\s+/i.exec(head)
        const punct = /^[\s"'“”‘’«»(),.:;]+/.exec(head)
        const m = det ?? punct
        if (!m) break
        start += m[0].length
      }
      for (;;) {
        const tail = ctx.text.slice(start, end)
        const m = /(?:['’]s|[\s"'“”‘’«»(),:;])$/.exec(tail)
        if (!m || (m[0] === "'s" && c.rule === 'gazetteer')) break
        end -= m[0].length
      }
      if (end <= start) continue
      out.push(start === c.start && end === c.end ? c : { ...c, start, end })
    }
    return out
  },
}
