import type { Stage } from '../../stage.js'
import { layer } from '../../stage.js'
import { parseTimes } from './parse.js'

/**
 * Time expressions in the clean text, resolved against the document's reference date (its
 * publication date) when known. Sentences bound the cues ("will") that decide between a past and
 * a future reading.
 */
export const times: Stage = {
  name: 'times',
  requires: ['clean', 'sentences'],
  produces: ['times'],
  run(doc) {
    const clean = layer(doc, 'clean')
    const sentences = layer(doc, 'sentences')
    return { layers: { times: parseTimes(clean.text, { referenceDate: doc.referenceDate, sentences }) } }
  },
}
