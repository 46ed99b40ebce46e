import { describe, expect, it } from 'vitest'
import { segmentText } from '../../segment/index.js'
import { extractMentions } from './index.js'
import { fixtureReference, typed } from './test-support.js'

describe('media and geographic features', () => {
  it.each([
    [
      'Belarus stayed close, example.org said.',
      [
        ['Belarus', 'GPE'],
        ['example.org', 'ORG'],
      ],
    ],
    ['According to news.example.com, it rained.', [['news.example.com', 'ORG']]],
    ['This was quoted by the state agency Tass.', [['Tass', 'ORG']]],
    ['Units crossed the Pripyat River at night.', [['Pripyat River', 'LOC']]],
    ['Ships sailed the Sea of Azov.', [['Sea of Azov', 'LOC']]],
    ['Troops camped by Lake Naroch.', [['Lake Naroch', 'LOC']]],
    // an event named in capitals with its year
    ['The VOLNA-2024 arms fair opened.', [['VOLNA-2024', 'EVENT']]],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected)
  })

  it.each(['Read it at example.org today.', 'The file is report.pdf here.'])('nothing in: %s', (text) => {
    expect(typed(text)).toEqual([])
  })
})

describe('the publisher named in its own text', () => {
  const withPublisher = (text: string, publisher: string) => {
    const { sentences, tokens } = segmentText(text, [{ start: 0, end: text.length }])
    return extractMentions({ text, sentences, tokens, publisher }, { reference: fixtureReference() }).map(
      (m) => [text.slice(m.start, m.end), m.type, m.canonical],
    )
  }

  it('is an ORG wherever its name stands, even when the name reads like a person', () => {
    expect(withPublisher('Ledgers obtained by Maris Vale show the repairs.', 'Maris Vale')).toEqual([
      ['Maris Vale', 'ORG', 'Maris Vale'],
    ])
  })

  it('needs the whole name, in its case, at word edges', () => {
    expect(
      withPublisher('Harbour Posting rules and the harbour post office opened.', 'Harbour Post'),
    ).toEqual([])
  })

  it('leaves a one-word name that opens a sentence to the other rules', () => {
    expect(withPublisher('Express trains left. Readers of Express wrote in.', 'Express')).toEqual([
      ['Express', 'ORG', 'Express'],
    ])
  })
})
