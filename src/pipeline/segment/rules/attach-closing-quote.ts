import type { Span } from '../../../model/span.js'
import { type SentenceRule, sameLine } from './rule.js'

const CLOSING = '’”"»'

/**
 * A closing quote mark stays with the sentence it closes: "…at the moment.’ This shows…" must not
 * yield a sentence starting with "’". When a sentence starts with closing quote marks glued to the
 * previous sentence's end and followed by a space (or nothing), the marks move back to it.
 */
export const attachClosingQuote: SentenceRule = {
  id: 'attach-closing-quote',
  apply(sentences, { text }) {
    const out: Span[] = []
    for (const s of sentences) {
      const prev = out[out.length - 1]
      if (prev && prev.end === s.start && CLOSING.includes(text[s.start]!) && sameLine(text, prev, s)) {
        let q = s.start
        while (q < s.end && CLOSING.includes(text[q]!)) q++
        if (q === s.end || /\s/.test(text[q]!)) {
          out[out.length - 1] = { start: prev.start, end: q }
          let r = q
          while (r < s.end && /\s/.test(text[r]!)) r++
          if (r < s.end) out.push({ start: r, end: s.end })
          continue
        }
      }
      out.push(s)
    }
    return out
  },
}
