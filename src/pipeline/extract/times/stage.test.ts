import { describe, expect, it } from 'vitest'
import { emptyMeta } from '../../../model/document.js'
import { OffsetMap } from '../../../model/offsets.js'
import type { Span } from '../../../model/span.js'
import type { Doc } from '../../doc.js'
import { buildPipeline, layer, PipelineError } from '../../stage.js'
import { times } from './stage.js'

function doc(text: string, sentences: readonly Span[], referenceDate: Date | null): Doc {
  return {
    id: 'test',
    text,
    meta: emptyMeta,
    referenceDate,
    messages: [],
    layers: { clean: { text, map: OffsetMap.identity(text.length) }, sentences },
  }
}

const TEXT = 'They came on Feb. 24. The forum will be held on June 30 and July 1.'
const SENTENCES = [
  { start: 0, end: 21 },
  { start: 22, end: TEXT.length },
]

describe('times stage', () => {
  it("resolves against the document's reference date, with sentence-bound cues", () => {
    const out = buildPipeline([times], ['clean', 'sentences']).run(
      doc(TEXT, SENTENCES, new Date('2022-10-20')),
    )
    const ts = layer(out, 'times')
    expect(
      ts.map((t) => [TEXT.slice(t.span!.start, t.span!.end), t.date, t.end ?? null, t.precision]),
    ).toEqual([
      ['Feb. 24', '2022-02-24', null, 'day'],
      // "will" is in this sentence only: the forum lies ahead
      ['June 30 and July 1', '2023-06-30', '2023-07-01', 'range'],
    ])
  })

  it('keeps the surface and leaves dates unresolved without a reference date', () => {
    const ts = times.run(doc(TEXT, SENTENCES, null)).layers.times!
    expect(ts.map((t) => [t.text, t.date, t.precision])).toEqual([
      ['Feb. 24', null, 'unresolved'],
      ['June 30 and July 1', null, 'unresolved'],
    ])
  })

  it('reads the same dates, at the same offsets, with sentences as without (chrono skips the dateless ones)', () => {
    const text = [
      'The column moved west.',
      'Three weeks ago the ministry said so.',
      'Nobody confirmed it.',
      'Trains left Orsha on Monday, March 3.',
      'Officials gave no reason.',
      'The register logs it as 2023-03-05 and counts 12 wagons.',
      'The talks end next week.',
    ].join(' ')
    const sentences: Span[] = []
    for (const m of text.matchAll(/[^.]+\./g)) {
      const start = m.index + (m[0].length - m[0].trimStart().length)
      sentences.push({ start, end: m.index + m[0].length })
    }
    const ref = new Date('2023-03-20')
    const withSentences = times.run(doc(text, sentences, ref)).layers.times!
    const without = times.run(doc(text, [], ref)).layers.times!
    const read = (ts: typeof without) => ts.map((t) => [text.slice(t.span!.start, t.span!.end), t.date])
    expect(read(withSentences)).toEqual(read(without))
    expect(read(withSentences).map(([surface]) => surface)).toEqual([
      'Three weeks ago',
      'Monday, March 3',
      '2023-03-05',
      'next week',
    ])
  })

  it('declares what it needs, so a pipeline without sentences fails when built', () => {
    expect(() => buildPipeline([times], ['clean'])).toThrow(PipelineError)
  })
})
