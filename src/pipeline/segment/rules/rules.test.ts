import { describe, expect, it } from 'vitest'
import type { Span } from '../../../model/span.js'
import { attachClosingQuote } from './attach-closing-quote.js'
import { mergeAbbreviation } from './merge-abbreviation.js'
import { mergeLowercaseStart } from './merge-lowercase-start.js'
import type { SentenceRule } from './rule.js'
import { splitColonQuote } from './split-colon-quote.js'
import { splitLine } from './split-line.js'
import { splitParagraph } from './split-paragraph.js'

/**
 * Each rule alone, on hand-built sentence lists: the input is the text with "|" marking where the
 * incoming sentences end (a sentence runs from the previous mark, trimmed); the expected output is
 * the list of sentence texts.
 */
function run(rule: SentenceRule, marked: string, paragraphs?: Span[]): string[] {
  const text = marked.replace(/\|/g, '')
  const sentences: Span[] = []
  let start = 0
  let offset = 0
  for (const piece of marked.split('|')) {
    const end = offset + piece.length
    let s = start
    let e = end
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /\s/.test(text[e - 1]!)) e--
    if (e > s) sentences.push({ start: s, end: e })
    offset = end
    start = end
  }
  const paras = paragraphs ?? [{ start: 0, end: text.length }]
  return rule.apply(sentences, { text, tokens: [], paragraphs: paras }).map((s) => text.slice(s.start, s.end))
}

describe('split-paragraph', () => {
  it('cuts a sentence at paragraph edges', () => {
    const text = 'Russia had claimed so in late February\n\nInstead, they invaded.'
    const paras = [
      { start: 0, end: 38 },
      { start: 40, end: text.length },
    ]
    expect(run(splitParagraph, text, paras)).toEqual([
      'Russia had claimed so in late February',
      'Instead, they invaded.',
    ])
  })
})

describe('split-line', () => {
  const rows: [string, string[]][] = [
    [
      'Belarus lends a hand\nThe industry has not changed.',
      ['Belarus lends a hand', 'The industry has not changed.'],
    ],
    [
      'Expert Opinion\nIvan Petrov, political scientist:\n– Text.',
      ['Expert Opinion', 'Ivan Petrov, political scientist:', '– Text.'],
    ],
  ]
  it.each(rows)('%j', (input, expected) => expect(run(splitLine, input)).toEqual(expected))
})

describe('merge-abbreviation', () => {
  const rows: [string, string[]][] = [
    ['They invaded on Feb.| 24 and stayed.', ['They invaded on Feb. 24 and stayed.']],
    ['He met Gen.| Petrov at the base.', ['He met Gen. Petrov at the base.']],
    ['He flew to St.| Petersburg.', ['He flew to St. Petersburg.']],
    [
      'The plant named after I.| V.| Vavilov (MMZ) was busy.',
      ['The plant named after I. V. Vavilov (MMZ) was busy.'],
    ],
    ['But U.S.| defense officials said no.', ['But U.S. defense officials said no.']],
    ['Officials of the U.S.| Army said no.', ['Officials of the U.S. Army said no.']],
    ['Optics, vehicles, etc.| and more.', ['Optics, vehicles, etc. and more.']],
    ['He cited e.g.| Belarus.', ['He cited e.g. Belarus.']],
    // real sentence ends stay split
    [
      'Sanctions were imposed by the U.S.| The ministry said so.',
      ['Sanctions were imposed by the U.S.', 'The ministry said so.'],
    ],
    ['Vehicles, systems, etc.| They also repair.', ['Vehicles, systems, etc.', 'They also repair.']],
    ['It was late Feb.| Troops moved.', ['It was late Feb.', 'Troops moved.']],
    ['So did I.| The rest left.', ['So did I.', 'The rest left.']],
  ]
  it.each(rows)('%j', (input, expected) => expect(run(mergeAbbreviation, input)).toEqual(expected))

  it('never merges across a line break', () => {
    expect(run(mergeAbbreviation, 'He met Gen.|\nPetrov said no.')).toEqual([
      'He met Gen.',
      'Petrov said no.',
    ])
  })
})

describe('merge-lowercase-start', () => {
  const rows: [string, string[]][] = [
    ['Moscow kept its influence, npr.|org recalls.', ['Moscow kept its influence, npr.org recalls.']],
    ['It was approx.| ten tanks.', ['It was approx. ten tanks.']],
    ['First.| Second.', ['First.', 'Second.']],
  ]
  it.each(rows)('%j', (input, expected) => expect(run(mergeLowercaseStart, input)).toEqual(expected))
})

describe('attach-closing-quote', () => {
  const rows: [string, string[]][] = [
    ['‘It is over.|’ This shows it.', ['‘It is over.’', 'This shows it.']],
    ['“They left.|” Then he went.', ['“They left.”', 'Then he went.']],
    ['"Done.|" The end.', ['"Done."', 'The end.']],
    ['«Fine.|»', ['«Fine.»']],
    // an opening quote glued to the next word stays
    ['He left.|’We have had the story.', ['He left.', '’We have had the story.']],
  ]
  it.each(rows)('%j', (input, expected) => expect(run(attachClosingQuote, input)).toEqual(expected))
})

describe('split-colon-quote', () => {
  const rows: [string, string[]][] = [
    [
      'According to her, the sides agreed in the financial sector: "I would like to add that it works."',
      ['According to her, the sides agreed in the financial sector:', '"I would like to add that it works."'],
    ],
    ['Mr Petrov explained: ‘It looks bad.', ['Mr Petrov explained:', '‘It looks bad.']],
    ['The ministry reported:“Troops left.”', ['The ministry reported:', '“Troops left.”']],
    // no quote after the colon, or a one-word label: unchanged
    ['It is important: it shares a border.', ['It is important: it shares a border.']],
    ['Q: “Why?”', ['Q: “Why?”']],
  ]
  it.each(rows)('%j', (input, expected) => expect(run(splitColonQuote, input)).toEqual(expected))
})
