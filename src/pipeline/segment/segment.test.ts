import { describe, expect, it } from 'vitest'
import { emptyMeta } from '../../model/document.js'
import { clean } from '../clean/index.js'
import type { Doc } from '../doc.js'
import { buildPipeline, PipelineError } from '../stage.js'
import { chunks, segment, segmentText } from './index.js'

const doc = (text: string): Doc => ({
  id: 't',
  text,
  meta: emptyMeta,
  referenceDate: null,
  messages: [],
  layers: {},
})

const sentencesOf = (raw: string): string[] => {
  const out = buildPipeline([clean, segment]).run(doc(raw))
  const c = out.layers.clean!.text
  return out.layers.sentences!.map((s) => c.slice(s.start, s.end))
}

describe('segment stage', () => {
  const rows: [string, string[]][] = [
    [
      'Minsk sends tanks\nBelarus sent 40 tanks.In his view, the deal was done.',
      ['Minsk sends tanks', 'Belarus sent 40 tanks.', 'In his view, the deal was done.'],
    ],
    [
      'Mr Petrov explained: ‘It looks like Minsk will help. ‘They gave up 40 tanks.’This shows the state of things.’',
      [
        'Mr Petrov explained:',
        '‘It looks like Minsk will help.',
        '‘They gave up 40 tanks.’',
        'This shows the state of things.’',
      ],
    ],
    [
      'Instead, they invaded on Feb. 24. But U.S. defense officials said the plant named after I. V. Vavilov in St. Petersburg was idle.',
      [
        'Instead, they invaded on Feb. 24.',
        'But U.S. defense officials said the plant named after I. V. Vavilov in St. Petersburg was idle.',
      ],
    ],
    [
      'Moscow kept its grip, npr.org recalls. Growth was 3.5 percent.',
      ['Moscow kept its grip, npr.org recalls.', 'Growth was 3.5 percent.'],
    ],
    [
      'Expert Opinion\n\nIvan Petrov, political scientist:\n\n– It is a huge risk. He knows it.',
      ['Expert Opinion', 'Ivan Petrov, political scientist:', '– It is a huge risk.', 'He knows it.'],
    ],
    [
      'Troops gathered in late February\n\nInstead, they invaded.',
      ['Troops gathered in late February', 'Instead, they invaded.'],
    ],
    [
      '“Putin needs a second front,” military expert Ivan Petrov believes. Minsk agreed.',
      ['“Putin needs a second front,” military expert Ivan Petrov believes.', 'Minsk agreed.'],
    ],
  ]
  it.each(rows)('%j', (input, expected) => expect(sentencesOf(input)).toEqual(expected))

  it('fails at build time when clean has not run', () => {
    expect(() => buildPipeline([segment])).toThrow(PipelineError)
  })

  it('gives the same result whatever the chunk size, as long as each paragraph fits', () => {
    const text = 'Para one is here. It ends.\nPara two, Feb. 24.\n\nPara three “quoted.” Done.'
    const paragraphs = [
      { start: 0, end: 26 },
      { start: 27, end: 45 },
      { start: 47, end: text.length },
    ]
    const whole = segmentText(text, paragraphs)
    const small = segmentText(text, paragraphs, { chunkSize: 30 })
    expect(chunks(text, paragraphs, 30)).toHaveLength(3)
    expect(small).toEqual(whole)
    expect(whole.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Para one is here.',
      'It ends.',
      'Para two, Feb. 24.',
      'Para three “quoted.”',
      'Done.',
    ])
  })

  it('cuts a paragraph longer than a chunk at a sentence end, and tokens stay exact', () => {
    const text = 'Minsk sent tanks to the border. '.repeat(40).trim()
    const cut = chunks(text, [{ start: 0, end: text.length }], 100)
    expect(cut.length).toBeGreaterThan(10)
    for (const c of cut) expect(text.slice(c.start, c.end)).toMatch(/^Minsk.*border\.$/)
    const { sentences, tokens } = segmentText(text, [{ start: 0, end: text.length }], { chunkSize: 100 })
    expect(sentences).toHaveLength(40)
    expect(tokens.map((t) => text.slice(t.start, t.end)).join(' ')).toBe(text.replace(/\./g, ' .'))
  })

  it('handles an empty text', () => {
    expect(segmentText('', [])).toEqual({ sentences: [], tokens: [] })
  })
})
