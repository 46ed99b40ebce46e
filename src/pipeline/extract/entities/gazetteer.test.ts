import { describe, expect, it } from 'vitest'
import { extractDocument } from '../../../app/extract.js'
import { sourceFromText } from '../../../ingest/readers/txt.js'
import { caseMatches } from './gazetteer.js'
import { mentionsOf, typed } from './test-support.js'

describe('gazetteer', () => {
  it.each([
    [
      'Officials in Kyiv said Belarus would comply.',
      [
        ['Kyiv', 'GPE'],
        ['Belarus', 'GPE'],
      ],
    ],
    ['The Republic of Belarus signed it.', [['Republic of Belarus', 'GPE']]],
    [
      'The US and NATO objected.',
      [
        ['US', 'GPE'],
        ['NATO', 'ORG'],
      ],
    ],
    ['The U.S. objected.', [['U.S.', 'GPE']]],
    [
      'Two Su-25s and three AKMs were seen.',
      [
        ['Su-25s', 'EQUIPMENT'],
        ['AKMs', 'EQUIPMENT'],
      ],
    ],
    ['Sosna-U sights were delivered.', [['Sosna-U', 'EQUIPMENT']]],
    ['Reporters of The Wall Street Journal asked.', [['The Wall Street Journal', 'ORG']]],
    [
      'Putin’s envoy met Lukashenka’s aide.',
      [
        ['Putin', 'PERSON'],
        ['Lukashenka', 'PERSON'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected)
  })

  it('names an entry by its reference name and id', () => {
    expect(mentionsOf('Лукашэнка arrived.')).toEqual([
      { text: 'Лукашэнка', type: 'PERSON', canonical: 'Alexander Lukashenko', ref: 'alexander-lukashenko' },
    ])
  })

  it.each([
    ['Ural trucks crossed the border.', [['Ural', 'EQUIPMENT']]],
    [
      'Tanks, Su-25s and Ural trucks were sent.',
      [
        ['Su-25s', 'EQUIPMENT'],
        ['Ural', 'EQUIPMENT'],
      ],
    ],
    ['The Ural is a long river.', []],
    ['Ural military trucks left.', [['Ural', 'EQUIPMENT']]],
    // a company named by a descriptive noun phrase before it or an apposition after it
    ['The chipmaker Integral was listed.', [['Integral', 'ORG']]],
    ['Integral, the state-owned microelectronics producer, denied it.', [['Integral', 'ORG']]],
    ['The optics maker Peleng hired staff; Integral did too.', [['Peleng', 'ORG']]],
    [
      'Integral hired staff, said the chipmaker Integral.',
      [
        ['Integral', 'ORG'],
        ['Integral', 'ORG'],
      ],
    ],
    ['Integral calculus is hard, the teacher said.', []],
    // a place-based modifier says the name is a firm's
    ['Minsk-based Integral was listed.', [['Integral', 'ORG']]],
    ['A Minsk-based integral equation solver.', []],
  ])('ambiguous alias needs context: %s', (text, expected) => {
    expect(typed(text)).toEqual(expected)
  })

  it.each([
    ['US', 'US', true],
    ['us', 'US', false],
    ['Us', 'US', false],
    ['turkey', 'Turkey', false],
    ['SKY NEWS', 'Sky News', true],
    ['sky news', 'Sky News', false],
    ['The independent', 'The Independent', false],
    ['Wagner group', 'Wagner Group', true],
    ['Kalinovsky regiment', 'Kalinovsky Regiment', true],
    ['Kalinovsky Regiment', 'Kalinovsky regiment', true],
  ])('caseMatches(%s, %s) = %s', (surface, alias, expected) => {
    expect(caseMatches(surface, alias, (w) => w === 'group' || w === 'regiment')).toBe(expected)
  })
})

describe('an ambiguous armed group named before its members (shipped reference data)', () => {
  const orgs = (text: string) =>
    extractDocument(sourceFromText(text, 'armed-group.txt'))
      .mentions.filter((m) => m.type === 'ORG')
      .map((m) => m.canonical)
  it('"Wagner fighters" names the group; the composer does not', () => {
    expect(orgs('Wagner fighters set up tents near the lake.')).toEqual(['Wagner Group'])
    expect(orgs('The orchestra played Wagner all night.')).toEqual([])
  })
})

describe('an ambiguous capital with the project’s reference data', () => {
  const places = (text: string) => {
    const body = `Talks\n\n${text}\n`
    return extractDocument(sourceFromText(body, 'capital.txt'))
      .mentions.filter((m) => m.type === 'GPE')
      .map((m) => body.slice(m.start, m.end))
  }
  it.each([
    // a capital that acts, or stands in a list of places, speaks for its government
    ['The EU listed the plant, and Washington followed.', ['Washington']],
    ['Officials in London and Washington agreed.', ['London', 'Washington']],
    ['The state of Washington grows apples.', []],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected)
  })
})
