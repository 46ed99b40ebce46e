import type { Span } from '../../../model/span.js'
import type { SentenceRule } from './rule.js'
import { trimSpan } from './rule.js'

/**
 * No sentence crosses a paragraph boundary: a sentence is cut at every paragraph edge. wink-nlp
 * runs over many paragraphs at once and happily joins "…in late February.\n\nInstead, they…"
 * when the first paragraph lacks final punctuation.
 */
export const splitParagraph: SentenceRule = {
  id: 'split-paragraph',
  apply(sentences, { text, paragraphs }) {
    const out: Span[] = []
    let p = 0
    for (const s of sentences) {
      while (p < paragraphs.length && paragraphs[p]!.end <= s.start) p++
      let q = p
      let placed = false
      while (q < paragraphs.length && paragraphs[q]!.start < s.end) {
        const para = paragraphs[q]!
        const piece = trimSpan(text, Math.max(s.start, para.start), Math.min(s.end, para.end))
        if (piece) out.push(piece)
        placed = true
        q++
      }
      if (!placed) out.push(s)
    }
    return out
  },
}
