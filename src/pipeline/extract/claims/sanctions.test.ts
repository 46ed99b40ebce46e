import { describe, expect, it } from 'vitest'
import { extractDocument } from '../../../app/extract.js'
import { sourceFromText } from '../../../ingest/readers/txt.js'
import { brief, COMMON, claimsOf, type HandMention } from './test-support.js'

const M: readonly HandMention[] = [
  ...COMMON,
  ['EU', 'ORG', 'European Union'],
  ['UK', 'GPE', 'United Kingdom'],
  ['Canada', 'GPE', 'Canada'],
  ['US Treasury', 'ORG', 'U.S. Department of the Treasury'],
  ['MZKT', 'ORG', 'Minsk Wheeled Tractor Plant'],
  ['Peleng', 'ORG', 'Peleng'],
  ['Integral', 'ORG', 'Integral'],
  ['Viktor Khrenin', 'PERSON', 'Viktor Khrenin'],
]

const sanctions = (text: string) =>
  claimsOf(text, M)
    .map(brief)
    .filter((c) => c.relation === 'SANCTION')
    .map((c) => [c.agent, c.recipient, c.item, c.hedge])

describe('sanctions told in other words', () => {
  it('designating, blocking property and freezing assets', () => {
    expect(sanctions('The US Treasury designated Peleng on Tuesday.')).toEqual([
      ['U.S. Department of the Treasury', 'Peleng', 'Peleng', 'asserted'],
    ])
    expect(sanctions('The UK froze the assets of Integral last year.')).toEqual([
      ['United Kingdom', 'Integral', 'Integral', 'asserted'],
    ])
    expect(sanctions('The US Treasury blocked the property of MZKT in 2021.')).toEqual([
      ['U.S. Department of the Treasury', 'Minsk Wheeled Tractor Plant', 'MZKT', 'asserted'],
    ])
  })
  it('measures that target counted and named people and entities, whose measures they are', () => {
    expect(
      sanctions("Canada's measures target 12 people and 3 entities, including MZKT and Viktor Khrenin."),
    ).toEqual([
      ['Canada', null, '12 people', 'asserted'],
      ['Canada', null, '3 entities', 'asserted'],
      ['Canada', 'Minsk Wheeled Tractor Plant', 'MZKT', 'asserted'],
      ['Canada', 'Viktor Khrenin', 'Viktor Khrenin', 'asserted'],
    ])
  })
  it('every owner of the frozen assets, and each counted group', () => {
    expect(sanctions('The UK froze the assets of Peleng, Integral and four other entities.')).toEqual([
      ['United Kingdom', 'Peleng', 'Peleng', 'asserted'],
      ['United Kingdom', 'Integral', 'Integral', 'asserted'],
      ['United Kingdom', null, 'four other entities', 'asserted'],
    ])
    expect(
      sanctions('The EU on Monday designated eight Belarusian enterprises and three officials.'),
    ).toEqual([
      ['European Union', null, 'eight Belarusian enterprises', 'asserted'],
      ['European Union', null, 'three officials', 'asserted'],
    ])
  })
  it('"the measures", "the department": the body that imposed sanctions before', () => {
    const found = sanctions('The EU sanctioned MZKT in May. The measures also target Peleng.')
    expect(found).toContainEqual(['European Union', 'Peleng', 'Peleng', 'asserted'])
  })
  it('a list of names after "Among the companies listed are"', () => {
    const found = sanctions(
      'The EU sanctioned Viktor Khrenin in March. Among the companies listed are the optics maker Peleng, the chipmaker Integral, based in Minsk, and MZKT, which builds chassis.',
    )
    expect(found.map((c) => c[1])).toEqual([
      'Viktor Khrenin',
      'Peleng',
      'Integral',
      'Minsk Wheeled Tractor Plant',
    ])
    expect(new Set(found.map((c) => c[0]))).toEqual(new Set(['European Union']))
  })
  it('"Also designated were …"', () => {
    const found = sanctions('The EU sanctioned Peleng. Also designated were Viktor Khrenin and MZKT.')
    expect(found.map((c) => c[1])).toEqual(['Peleng', 'Viktor Khrenin', 'Minsk Wheeled Tractor Plant'])
  })
  it('"Those designated by X include …"', () => {
    expect(
      sanctions('Those designated by the US Treasury include Peleng and MZKT.').map((c) => c[1]),
    ).toEqual(['Peleng', 'Minsk Wheeled Tractor Plant'])
  })
  it('denied designations; a date is no target', () => {
    expect(sanctions('The UK did not announce new Belarus-related designations on Friday.')).toEqual([
      ['United Kingdom', null, 'designations', 'denied'],
    ])
  })
})

describe('no sanction', () => {
  it.each([
    'Officials named in the report include Viktor Khrenin.',
    'Among the companies listed on the exchange are Peleng and Integral.',
    'The plant blocked the road to the depot.',
    'Customs officers froze in the cold.',
    'Western governments should sanction the Belarusian suppliers of chassis.',
  ])('%s', (text) => {
    expect(sanctions(text)).toEqual([])
  })
})

// A sanctioning sentence that announces a list, and the list set out line by line.
describe('sanctions told as lists', () => {
  const INTRO = 'The US Treasury said on Friday it had put the following firms on its blocked list:'
  it('one sanction per listed line, by the body that announced the list', () => {
    const text = [
      INTRO,
      '- Peleng, which makes rifle scopes for the Russian army;',
      '- MZKT, a builder of heavy chassis;',
      '- and two unnamed suppliers of circuit boards.',
    ].join('\n')
    expect(sanctions(text)).toEqual([
      ['U.S. Department of the Treasury', 'Peleng', 'Peleng', 'asserted'],
      ['U.S. Department of the Treasury', 'Minsk Wheeled Tractor Plant', 'MZKT', 'asserted'],
      ['U.S. Department of the Treasury', null, 'two unnamed suppliers of circuit boards', 'asserted'],
    ])
  })
  it('a line with no bullet ends the list', () => {
    const text = [INTRO, '- Peleng;', 'Integral was not on it.'].join('\n')
    expect(sanctions(text).map(([, r]) => r)).toEqual(['Peleng'])
  })
  it('no list without "the following" and a colon, and no bullets without a list', () => {
    expect(sanctions('The EU kept the following rule in place:\n- Integral stays open.')).toEqual([])
    expect(sanctions('Analysts named two firms.\n- Peleng;\n- Integral.')).toEqual([])
  })
  it('"added … to its Entity List, including X and Y": the counted group and each named one', () => {
    expect(
      sanctions(
        'The US Treasury added four Belarusian firms to its Entity List, including Peleng and Integral.',
      ).map(([a, r]) => [a, r]),
    ).toEqual([
      ['U.S. Department of the Treasury', null],
      ['U.S. Department of the Treasury', 'Peleng'],
      ['U.S. Department of the Treasury', 'Integral'],
    ])
  })
})

describe('suppliers are who they are', () => {
  it('"two smaller suppliers of parts" is no supply by the last actor', () => {
    const c = claimsOf('Peleng makes sights for tanks. Two smaller suppliers of parts were also named.', M)
    expect(c.filter((x) => x.relation === 'SUPPLY')).toEqual([])
  })
})

describe('restrictive measures, trade bans and lists announced after them', () => {
  const M2: readonly HandMention[] = [
    ...M,
    ['Council of the EU', 'ORG', 'Council of the European Union'],
    ['140th Repair Plant', 'ORG', '140th Repair Plant'],
  ]
  const all = (text: string) =>
    claimsOf(text, M2)
      .map(brief)
      .map((c) => [c.relation, c.agent, c.recipient])
  it('restrictive measures imposed on counted targets: one claim per item', () => {
    expect(sanctions('The EU imposed restrictive measures on 9 individuals and 4 entities.')).toEqual([
      ['European Union', null, '9 individuals', 'asserted'],
      ['European Union', null, '4 entities', 'asserted'],
    ])
  })
  it('"Today the council …": the body named before, with a time word before it (whole pipeline)', () => {
    const text =
      'The Council of the European Union met in May. Yesterday the council imposed restrictive measures on Peleng.'
    const claims = extractDocument(sourceFromText(text, 'council.txt')).claims
    expect(claims.map((c) => [c.relation, c.agent?.canonical, c.recipient?.canonical])).toEqual([
      ['SANCTION', 'Council of the European Union', 'Peleng'],
    ])
  })
  it('"Those listed include:" takes the body that sanctioned just before for each item', () => {
    const text =
      'In June the EU renewed restrictive measures on two entities. Those listed include:\n- Peleng, a maker of sights;\n- the 140th Repair Plant.\n\nThe weather was mild.'
    expect(all(text).filter((c) => c[0] === 'SANCTION')).toEqual([
      ['SANCTION', 'European Union', null],
      ['SANCTION', 'European Union', 'Peleng'],
      ['SANCTION', 'European Union', '140th Repair Plant'],
    ])
  })
  it('a list announced in reported speech, its items on lines of their own with no bullet', () => {
    const text =
      'In June the EU renewed restrictive measures on two entities. The Council said the two entities are:\nPeleng, a maker of sights;\nthe 140th Repair Plant.\n\nThe weather was mild.'
    expect(all(text).filter((c) => c[0] === 'SANCTION')).toEqual([
      ['SANCTION', 'European Union', null],
      ['SANCTION', 'European Union', 'Peleng'],
    ])
    // (the item that ends with a full stop is the last)
    const more =
      'In June the EU renewed restrictive measures on two entities. The Council said the two entities are:\nPeleng, a maker of sights;\n140th Repair Plant, a tank works.\n\nPeleng denied it.'
    expect(all(more).filter((c) => c[0] === 'SANCTION')).toEqual([
      ['SANCTION', 'European Union', null],
      ['SANCTION', 'European Union', 'Peleng'],
      ['SANCTION', 'European Union', '140th Repair Plant'],
    ])
  })
  it('a passive listing with no agent is by the body that sanctioned last', () => {
    const text = 'The EU imposed sanctions on 12 firms in May. The 140th Repair Plant was designated too.'
    expect(all(text).filter((c) => c[0] === 'SANCTION')).toEqual([
      ['SANCTION', 'European Union', null],
      ['SANCTION', 'European Union', '140th Repair Plant'],
    ])
    // (with no body before, nobody)
    expect(all('The 140th Repair Plant was designated in May.')).toEqual([])
  })
  it('targets added "along with" the one named, and a follower "with designations of its own"', () => {
    const text =
      'The EU froze the assets of Peleng, the Minsk works that has repaired radars, along with the 140th Repair Plant and two optics makers, and Canada followed a day later with its own listings.'
    expect(all(text).filter((c) => c[0] === 'SANCTION')).toEqual([
      ['SANCTION', 'European Union', 'Peleng'],
      ['SANCTION', 'European Union', '140th Repair Plant'],
      ['SANCTION', 'European Union', null],
      ['SANCTION', 'Canada', 'Peleng'],
    ])
    // (the goods the relative clause names stop before the party "along with" joins)
    expect(claimsOf(text, M2).find((c) => c.relation === 'REPAIR')?.item?.text).toBe('radars')
  })
  it('"along with" after goods adds no target', () => {
    expect(
      all('The EU sanctioned Peleng, which ships sights along with spare parts.').filter(
        (c) => c[0] === 'SANCTION',
      ),
    ).toEqual([['SANCTION', 'European Union', 'Peleng']])
  })
  it('a line that ends with a semicolon after a list ended is no item', () => {
    const text =
      'The EU imposed sanctions on Peleng in June.\nPeleng, a maker of sights;\nthe rest is unknown.'
    expect(all(text).filter((c) => c[0] === 'SANCTION')).toEqual([['SANCTION', 'European Union', 'Peleng']])
  })
  it('an export or transit ban is a sanction, and the trade it stops is no supply', () => {
    expect(all('The EU prohibited the export of machine tools to Belarus.')).toEqual([
      ['SANCTION', 'European Union', 'Belarus'],
    ])
    expect(
      all('The EU banned the transit of goods destined for Belarusian arms makers.').map((c) => c[0]),
    ).not.toContain('SUPPLY')
    // a tool that can be used to make weapons makes none
    expect(all('MZKT bought lathes that can be used to manufacture shells.').map((c) => c[0])).not.toContain(
      'PRODUCE',
    )
    // a ban on another trade is no sanction
    expect(all('Minsk banned the sale of alcohol after midnight.')).toEqual([])
  })
  it('"the Lukashenko regime" is the government of the state he leads; a statement issued is no supply', () => {
    expect(all('The Lukashenko regime overhauls Russian helicopters.')).toEqual([
      ['REPAIR', 'Government of Belarus', 'Russian Armed Forces'],
    ])
    expect(all('The ministry issued a statement on Friday.')).toEqual([])
  })
})

describe('a sanctions list named after its theme', () => {
  it('"added … to its Russia sanctions list": the subject sanctions, the list names no party', () => {
    const doc = extractDocument(
      sourceFromText(
        'Sanctions\n\nBritain added four Belarusian firms to its Russia sanctions list.\n',
        'x.txt',
      ),
    )
    const got = doc.claims.map((c) => `${c.relation} ${c.agent?.canonical} ${c.item?.text}`)
    expect(got).toEqual(['SANCTION United Kingdom four Belarusian firms'])
  })
})
