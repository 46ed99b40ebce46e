import type { Span } from '../../../model/span.js'
import type { SentenceRule } from './rule.js'

/** A colon, optional spaces, then an opening quote mark and a non-space character. */
const COLON_QUOTE = /:[ \t\u00a0]*(?=[‘“"«]\S)/g

/**
 * A sentence that ends in a colon before a quotation is one unit with what precedes it, and the
 * quotation starts a new sentence: "According to her, … in the financial sector:" | "“I would like
 * to add …”". The part before the colon must have at least two words, so a label ("Q:") is kept.
 */
export const splitColonQuote: SentenceRule = {
  id: 'split-colon-quote',
  apply(sentences, { text }) {
    const out: Span[] = []
    for (const s of sentences) {
      let start = s.start
      const part = text.slice(s.start, s.end)
      for (const m of part.matchAll(COLON_QUOTE)) {
        const colonEnd = s.start + m.index + 1
        const before = text.slice(start, colonEnd)
        if (!/\S+\s+\S+/.test(before)) continue
        out.push({ start, end: colonEnd })
        start = s.start + m.index + m[0].length
      }
      out.push({ start, end: s.end })
    }
    return out
  },
}
