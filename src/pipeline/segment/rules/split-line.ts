import type { Span } from '../../../model/span.js'
import type { SentenceRule } from './rule.js'
import { trimSpan } from './rule.js'

/**
 * A line is never part of a longer sentence: a line without final punctuation is a headline, a
 * subheading ("Belarus lends a hand") or the header of an expert box ("Vladimir Fesenko, political
 * scientist:"), so it is a sentence of its own. (With paragraphs cut at every line break this
 * follows from `split-paragraph`; it is kept as its own rule so it holds whatever the paragraphs.)
 */
export const splitLine: SentenceRule = {
  id: 'split-line',
  apply(sentences, { text }) {
    const out: Span[] = []
    for (const s of sentences) {
      let start = s.start
      let nl = text.indexOf('\n', start)
      while (nl >= 0 && nl < s.end) {
        const piece = trimSpan(text, start, nl)
        if (piece) out.push(piece)
        start = nl + 1
        nl = text.indexOf('\n', start)
      }
      const last = trimSpan(text, start, s.end)
      if (last) out.push(last)
    }
    return out
  },
}
