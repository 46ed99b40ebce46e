import { describe, expect, it } from 'vitest'
import { extractDocument } from '../../../app/extract.js'
import { sourceFromText } from '../../../ingest/readers/txt.js'
import { mentionsOf } from './test-support.js'

const people = (text: string) =>
  mentionsOf(text)
    .filter((m) => m.type === 'PERSON')
    .map((m) => [m.text, m.canonical, m.role ?? null])

describe('names', () => {
  it.each([
    ['Speaking on radio, Mr Dobbs explained the plan.', [['Dobbs', 'Dobbs', 'Mr']]],
    [
      'The retired Air Vice-Marshal Tom Dobbs reported it.',
      [['Tom Dobbs', 'Tom Dobbs', 'retired Air Vice-Marshal']],
    ],
    [
      'The plan, said military expert Ivan Petrenko, is doomed.',
      [['Ivan Petrenko', 'Ivan Petrenko', 'military expert']],
    ],
    [
      'Ukrainian Prime Minister Denys Koval arrived.',
      [['Denys Koval', 'Denys Koval', 'Ukrainian Prime Minister']],
    ],
    ['Opposition figure Gennady Orlov made his case.', [['Gennady Orlov', 'Gennady Orlov', null]]],
    ['Tomas Verbitsky believes the talks failed.', [['Tomas Verbitsky', 'Tomas Verbitsky', null]]],
    ['According to Tomas Verbitsky, the talks failed.', [['Tomas Verbitsky', 'Tomas Verbitsky', null]]],
    ['“It failed,” said Ieva Gaile, a lawyer.', [['Ieva Gaile', 'Ieva Gaile', null]]],
    ['We met Ieva Gaile, the expert on tanks.', [['Ieva Gaile', 'Ieva Gaile', null]]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })

  it('links surnames to the full name', () => {
    expect(people('Sean Dobbs spoke first. Later Dobbs said more, and Mr Dobbs left.')).toEqual([
      ['Sean Dobbs', 'Sean Dobbs', null],
      ['Dobbs', 'Sean Dobbs', null],
      ['Dobbs', 'Sean Dobbs', 'Mr'],
    ])
  })

  it('keeps the title as the role of a reference person', () => {
    expect(people('Then President Putin spoke.')).toEqual([['Putin', 'Vladimir Putin', 'President']])
  })

  it('finds a reference person under another romanisation', () => {
    expect(mentionsOf('Oleg Zhdanov believes it.')).toEqual([
      { text: 'Oleg Zhdanov', type: 'PERSON', canonical: 'Oleh Zhdanov', ref: 'oleh-zhdanov' },
    ])
  })
})

describe('an article is no part of a name', () => {
  it('"…readout.[9] The Vostok stated": a footnote hides the sentence start, not the article', () => {
    const text =
      'Talks\n\nThe mayors met, according to a readout.[9] The Vostok stated that talks went well.\n'
    const record = extractDocument(sourceFromText(text, 'vostok.txt'))
    expect(record.mentions.filter((m) => m.type === 'PERSON')).toEqual([])
  })
})

describe('an article after a colon opens a sentence', () => {
  it('"Host: The Harbour Council added …" names the council without the article', () => {
    const text = 'Talks\n\nBerg: The Harbour Council added two firms to its list.\n'
    const record = extractDocument(sourceFromText(text, 'council.txt'))
    const council = record.mentions.find((m) => /Council/.test(text.slice(m.start, m.end)))
    expect(council && text.slice(council.start, council.end)).toBe('Harbour Council')
  })
})

describe('a party tag after a name', () => {
  it('"Ola Brun (R-Ohio)" makes no alias of the name', () => {
    const text = 'Talks\n\nRep. Ola Brun (R-Ohio) said the ferries were late.\n'
    const record = extractDocument(sourceFromText(text, 'tag.txt'))
    expect(record.mentions.map((m) => text.slice(m.start, m.end))).not.toContain('R-Ohio')
  })
})

describe('bodies that speak', () => {
  it.each([
    ['Global Affairs Canada said the listings were final.', 'Global Affairs Canada'],
    ['Officials said Harbour Files reported that the barges left.', 'Harbour Files'],
  ])('%s is an organisation, not a person', (text, name) => {
    const ms = mentionsOf(text)
    expect(ms.filter((m) => m.type === 'PERSON')).toEqual([])
    expect(ms.some((m) => m.type === 'ORG' && m.text === name)).toBe(true)
  })
})

describe('a person named by a given name alone', () => {
  it.each([
    [
      'Maria, a 52-year-old crane operator who asked that her surname be withheld, said the yard was busy.',
      [['Maria', 'Maria', null]],
    ],
    [
      'One of the welders, who gave his name only as Gennady, spoke by phone. Gennady left soon after.',
      [
        ['Gennady', 'Gennady', null],
        ['Gennady', 'Gennady', null],
      ],
    ],
    ['The hangar was empty, said Oleg, a mechanic.', [['Oleg', 'Oleg', null]]],
    [
      'Sean said the barges were late. For Sean, that was the end.',
      [
        ['Sean', 'Sean', null],
        ['Sean', 'Sean', null],
      ],
    ],
    // negative: no cue next to the lone name, or the name opens a longer run
    ['The town of Vladimir is old.', []],
    ['Vladimir Putin spoke. Vladimir then left.', [['Vladimir Putin', 'Vladimir Putin', null]]],
    [
      'Maria Kovac said it. Maria Kovac left.',
      [
        ['Maria Kovac', 'Maria Kovac', null],
        ['Maria Kovac', 'Maria Kovac', null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected)
  })
})
