import { describe, expect, it } from 'vitest'
import { emptyMeta } from '../../../model/document.js'
import { OffsetMap } from '../../../model/offsets.js'
import type { Span } from '../../../model/span.js'
import type { Doc } from '../../doc.js'
import { buildPipeline, layer, PipelineError } from '../../stage.js'
import { quantities } from './stage.js'

/** A hand-built document: clean text equal to the raw text, sentences given as spans. */
function doc(text: string, sentences: readonly Span[]): Doc {
  return {
    id: 'test',
    text,
    meta: emptyMeta,
    referenceDate: null,
    messages: [],
    layers: { clean: { text, map: OffsetMap.identity(text.length) }, sentences },
  }
}

describe('quantities stage', () => {
  it('produces quantities with spans into the clean text', () => {
    const text = 'Minsk sent over 40 wagons. They invaded on Feb. 24. Up to 7 battalions stand by.'
    const sentences = [
      { start: 0, end: 26 },
      { start: 27, end: 51 },
      { start: 52, end: text.length },
    ]
    const out = buildPipeline([quantities], ['clean', 'sentences']).run(doc(text, sentences))
    const qs = layer(out, 'quantities')
    expect(qs.map((q) => text.slice(q.span!.start, q.span!.end))).toEqual([
      'over 40 wagons',
      'Up to 7 battalions',
    ])
    expect(qs.map((q) => [q.low, q.high, q.unit])).toEqual([
      [40, null, 'items'],
      [null, 7, 'battalions'],
    ])
  })

  it('does not read a day as a count when the splitter cuts after "Feb."', () => {
    const text = 'They came on Feb. 24 with tanks.'
    const out = quantities.run(
      doc(text, [
        { start: 0, end: 17 },
        { start: 18, end: text.length },
      ]),
    )
    expect(out.layers.quantities).toEqual([])
  })

  it('declares what it needs, so a pipeline without sentences fails when built', () => {
    expect(() => buildPipeline([quantities], ['clean'])).toThrow(PipelineError)
  })
})
