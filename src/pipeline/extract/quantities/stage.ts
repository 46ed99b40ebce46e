import { contains } from '../../../model/span.js'
import type { Stage } from '../../stage.js'
import { layer } from '../../stage.js'
import { parseQuantities } from './parse.js'

/**
 * Quantities in the clean text: numbers with their bounds, ranges and units. It reads the whole
 * clean text at once, so a sentence split inside "Feb. 24" cannot turn the day into a count, and
 * then keeps only quantities that lie inside one sentence.
 */
export const quantities: Stage = {
  name: 'quantities',
  requires: ['clean', 'sentences'],
  produces: ['quantities'],
  run(doc) {
    const clean = layer(doc, 'clean')
    const sentences = layer(doc, 'sentences')
    const found = parseQuantities(clean.text)
    let s = 0
    const kept = found.filter((q) => {
      while (s < sentences.length && sentences[s]!.end <= q.span.start) s++
      const sentence = sentences[s]
      return sentence !== undefined && contains(sentence, q.span)
    })
    return { layers: { quantities: kept } }
  },
}
