import { describe, expect, it } from 'vitest'
import { brief, COMMON, claimsOf, type HandMention } from './test-support.js'

const M: readonly HandMention[] = [
  ...COMMON,
  ['Kalinouski Regiment', 'UNIT', 'Kalinouski Regiment'],
  ['Peleng', 'ORG', 'Peleng'],
  ['Sosna-U', 'EQUIPMENT', 'Sosna-U'],
  ['BMPs', 'EQUIPMENT', 'BMP'],
  ['Ural', 'EQUIPMENT', 'Ural truck'],
  ['US Treasury', 'ORG', 'U.S. Department of the Treasury'],
  ['Brest', 'GPE', 'Brest', 'brest'],
  ['MZKT', 'ORG', 'Minsk Wheeled Tractor Plant', 'mzkt'],
]

// Passive voice: the subject is the item, the agent comes from "by", "from" or the item's nationality.
// [sentence, relation, agent, item]
const PASSIVE: Array<[string, string, string, string]> = [
  // a state shipping weapons hands over its stock; a plant shipping its output supplies it
  ['Shells were shipped from Belarus to Russia.', 'TRANSFER', 'Belarus', 'Shells'],
  ['Spare parts were shipped from Belarus to Russia.', 'SUPPLY', 'Belarus', 'Spare parts'],
  ['Forty sights were shipped by Peleng to Russia.', 'SUPPLY', 'Peleng', 'Forty sights'],
  ['Russian missiles have been launched from Belarus.', 'ATTACK', 'Russia', 'Russian missiles'],
  ['The sights were supplied by Peleng to the Russian army.', 'SUPPLY', 'Peleng', 'The sights'],
  [
    'Twenty T-72B3 tanks were transferred by Belarus to Russia.',
    'TRANSFER',
    'Belarus',
    'Twenty T-72B3 tanks',
  ],
  [
    'Components for the Russian army are manufactured in Belarus.',
    'PRODUCE',
    'Belarusian military-industrial complex',
    'Components',
  ],
  [
    'Analysts count the ammunition transferred from Belarusian stocks to Russia.',
    'TRANSFER',
    'Belarus',
    'ammunition',
  ],
  // a town or a site shipped from stands for its state; a firm stays the supplier
  ['In May, 40 tanks were shipped to Russia from Brest.', 'TRANSFER', 'Belarus', '40 tanks'],
  ['Shells were sent to Russia from a depot near Brest.', 'TRANSFER', 'Belarus', 'Shells'],
  ['Chassis were shipped to Russia from MZKT.', 'SUPPLY', 'Minsk Wheeled Tractor Plant', 'Chassis'],
  // a call-up with no "by": the state where it happens or whose reservists they are
  ['Hundreds of reservists were called up for training in Brest.', 'MOBILIZE', 'Belarus', 'Hundreds'],
  [
    'Reservists were called up by the Belarusian military.',
    'MOBILIZE',
    'Armed Forces of Belarus',
    'Reservists',
  ],
]

// "… In May, 40 more tanks were shipped to Russia.": a passive load with no giver goes the way
// the last transfer between two states went. [text, claims of the second sentence as "agent>recipient item"]
const ON_ROUTE: Array<[string, string[]]> = [
  [
    'Belarus has handed Russia 120 tanks. In May, 40 more tanks were shipped to Russia.',
    ['Belarus>Russia 40 more tanks'],
  ],
  ['Belarus has handed Russia 120 tanks. Later, shells were sent as well.', ['Belarus>Russia shells']],
  // not stock a state hands over, or another receiver: no giver
  ['Belarus has handed Russia 120 tanks. In May, components were shipped to Russia.', []],
  ['Belarus has handed Russia 120 tanks. In May, 40 tanks were shipped to Iran.', []],
  // no transfer before
  ['The plant was busy. In May, 40 tanks were shipped to Russia.', []],
]

describe('a passive load on the route of the last transfer', () => {
  it.each(ON_ROUTE)('%s', (text, expected) => {
    const second = text.indexOf('. ') + 2
    const got = claimsOf(text, M)
      .filter((c) => c.evidence.start >= second)
      .map((c) => `${c.agent?.canonical}>${c.recipient?.canonical ?? ''} ${c.item?.text}`)
    expect(got).toEqual(expected)
  })
})

describe('passive voice', () => {
  it.each(PASSIVE)('%s', (sentence, relation, agent, item) => {
    const c = claimsOf(sentence, M)
      .map(brief)
      .find((x) => x.relation === relation)
    expect(c, sentence).toBeDefined()
    expect(c!.agent).toBe(agent)
    expect(c!.item).toContain(
      item
        .replace(/^The /, '')
        .replace(/^Twenty /, '')
        .split(' ')[0],
    )
  })
})

// Coordination: one claim per listed model or counted item, the quantity scoped to the item it precedes.
describe('coordination', () => {
  it('gives one claim per listed item, each with its own quantity', () => {
    const claims = claimsOf(
      'Within seven months, Lukashenko transferred over 65 thousand tons of ammunition, hundreds of T-72B3 tanks, BMPs, and Ural trucks to Russia.',
      M,
    ).map(brief)
    expect(claims.map((c) => [c.relation, c.item, c.quantity])).toEqual([
      ['TRANSFER', '65 thousand tons of ammunition', 'over 65 thousand tons'],
      ['TRANSFER', 'hundreds of T-72B3 tanks', 'hundreds of T-72B3 tanks'],
      ['TRANSFER', 'BMPs', null],
      ['TRANSFER', 'Ural trucks', null],
    ])
    expect(new Set(claims.map((c) => c.recipient))).toEqual(new Set(['Russia']))
  })
  it('reads the goods after the receiver of a trade noun, a participle modifying one of them', () => {
    const claims = claimsOf(
      'Belarusian shipments to Russia of thermal sights, fuses and printed wiring boards doubled.',
      M,
    ).map(brief)
    expect(claims.map((c) => [c.relation, c.agent, c.recipient, c.item])).toEqual([
      ['SUPPLY', 'Belarus', 'Russia', 'thermal sights'],
      ['SUPPLY', 'Belarus', 'Russia', 'fuses'],
      ['SUPPLY', 'Belarus', 'Russia', 'printed wiring boards'],
    ])
    // ("to the heart of Europe": no receiver named before "of")
    expect(
      claimsOf('Belarusian exports to the heart of Europe rose.', M).map((c) => c.item?.text),
    ).not.toContain('Europe')
  })
  it('keeps a list of generic nouns as one item', () => {
    const claims = claimsOf(
      'Belarusian plants produce optical devices, radio equipment and wheeled vehicles.',
      M,
    )
    expect(claims).toHaveLength(1)
  })
  it('gives one claim per coordinated agent', () => {
    const claims = claimsOf(
      'Other countries, primarily Iran and North Korea, have become suppliers of weapons for Russia.',
      M,
    ).map(brief)
    expect(claims.map((c) => c.agent)).toEqual(['Iran', 'North Korea'])
    expect(claims.every((c) => c.recipient === 'Russia')).toBe(true)
  })
  it('gives one claim per name in a list of sanctioning states', () => {
    const claims = claimsOf(
      'The EU, Britain and the United States have imposed sanctions on Belarusian officials.',
      [
        ...M,
        ['EU', 'ORG', 'European Union'],
        ['Britain', 'GPE', 'United Kingdom'],
        ['United States', 'GPE', 'United States'],
      ],
    ).map(brief)
    expect(claims.map((c) => c.agent)).toEqual(['European Union', 'United Kingdom', 'United States'])
    // the target is only described: no recipient, the description is the item
    expect(claims[0]).toMatchObject({ relation: 'SANCTION', recipient: null, item: 'Belarusian officials' })
  })
  it('takes the recipient before the object ("handed over to Russia more than …")', () => {
    const [c] = claimsOf('Belarus handed over to Russia more than 65 thousand tons of ammunition.', M).map(
      brief,
    )
    expect(c).toMatchObject({
      relation: 'TRANSFER',
      agent: 'Belarus',
      recipient: 'Russia',
      quantity: 'more than 65 thousand tons',
    })
  })
  it('shares the subject between coordinated verbs', () => {
    const claims = claimsOf('Russian forces coming from Belarus approached Kyiv and attacked Chernihiv.', [
      ...M,
      ['Kyiv', 'GPE', 'Kyiv'],
      ['Chernihiv', 'GPE', 'Chernihiv'],
    ]).map(brief)
    expect(claims).toContainEqual(
      expect.objectContaining({ relation: 'ATTACK', agent: 'Russian Armed Forces', recipient: 'Chernihiv' }),
    )
  })
})

// Subject carry-over: pronouns and "those forces" take the actor of the sentence before.
describe('subject carry-over', () => {
  it.each([
    [
      'Over the winter, 30,000 Russian troops gathered in Belarus. Instead, they invaded Ukraine.',
      'ATTACK',
      'Russian Armed Forces',
    ],
    ['Belarus is going to support Russia. They gave up 90 of their tanks.', 'TRANSFER', 'Belarus'],
    [
      'The Belarusian defence industry has changed little. The plants still produce optical sights.',
      'PRODUCE',
      'Belarusian military-industrial complex',
    ],
    [
      'Strategically, Belarus matters: it shares nearly 700 miles of border with Ukraine.',
      'OTHER',
      'Belarus',
    ],
  ])('%s', (text, relation, agent) => {
    const c = claimsOf(text, M)
      .map(brief)
      .find((x) => x.relation === relation)
    expect(c, text).toBeDefined()
    expect(c!.agent).toBe(agent)
  })
  it('resolves a pronoun to the subject of the clause before it, with its quantity', () => {
    const [c] = claimsOf(
      'It is evident that 80 percent of the Belarusian military have said they will not fight in Ukraine.',
      M,
    ).map(brief)
    expect(c).toMatchObject({
      relation: 'OTHER',
      agent: 'Armed Forces of Belarus',
      quantity: '80 percent',
      hedge: 'reported',
    })
  })
  it('gives an adverbial gerund the subject of the verb before it', () => {
    const claims = claimsOf('Lukashenko spoke to reporters while meeting Putin in Moscow.', M).map(brief)
    expect(claims).toContainEqual(
      expect.objectContaining({
        relation: 'MEET',
        agent: 'Alexander Lukashenko',
        recipient: 'Vladimir Putin',
        place: 'Moscow',
      }),
    )
  })
  it('resolves a relative pronoun to the phrase before it', () => {
    const c = claimsOf('Analysts name Peleng, which produced Sosna-U sights for the Russian army.', M).map(
      brief,
    )
    expect(c).toContainEqual(
      expect.objectContaining({ relation: 'PRODUCE', agent: 'Peleng', recipient: 'Russian Armed Forces' }),
    )
  })
  it('names an unnamed member of an organisation, past a parenthesis', () => {
    const c = claimsOf(
      'A high-ranking employee of the Belarusian KGB (state security committee) handed over secret documents to Ukrainian special services.',
      [...M, ['KGB', 'ORG', 'KGB of Belarus']],
    ).map(brief)
    expect(c).toContainEqual(
      expect.objectContaining({
        relation: 'TRANSFER',
        agent: 'unnamed KGB of Belarus employee',
        recipient: 'Ukrainian special services',
      }),
    )
  })
  it('takes a named unit before an appositive', () => {
    const c = claimsOf(
      'The Kalinouski Regiment, hundreds of Belarusian soldiers, are active in Ukraine.',
      M,
    ).map(brief)
    expect(c).toContainEqual(expect.objectContaining({ relation: 'OTHER', agent: 'Kalinouski Regiment' }))
    expect(c.find((x) => x.relation === 'OTHER')?.quantity).toMatch(/^hundreds of/)
  })
})

// Hedges as claims carry them.
describe('hedges on claims', () => {
  it.each([
    ['The Kremlin will likely absorb the Belarusian defence industry.', 'likely'],
    ['Belarus is ready to produce Su-25 aircraft for Russia.', 'possible'],
    ['Russia may deploy troops to Belarus.', 'possible'],
    ['The Belarusian military has not got directly involved in the war.', 'denied'],
    ['Officials say they have seen no evidence that Belarusian troops have joined the invasion.', 'denied'],
    ['According to reports, Belarus supplied shells to Russia.', 'reported'],
    ['Reportedly, Belarus supplied shells to Russia.', 'reported'],
    ['Belarus supplied shells to Russia.', 'asserted'],
    ['Putin will travel to Minsk, where he will meet with Lukashenko.', 'asserted'],
  ])('%s → %s', (text, hedge) => {
    const claims = claimsOf(text, [...M, ['Kremlin', 'ORG', 'Kremlin']])
    expect(claims.length, text).toBeGreaterThan(0)
    expect(claims[0]!.hedge).toBe(hedge)
  })
  it('makes the outlet the source of unnamed relays', () => {
    const [c] = claimsOf(
      'According to Ukrainian media, the plant repairs Mi-8 helicopters.',
      [['plant', 'ORG', 'Plant']],
      {
        outlet: 'RBC-Ukraine',
      },
    )
    expect(c?.source?.canonical).toBe('RBC-Ukraine')
    expect(c?.hedge).toBe('reported')
  })
})

// A plant known by its number: "the 412th plant" is the reference plant with that number.
describe('numbered plants', () => {
  const agents = (text: string) => claimsOf(text, M).map((c) => [c.relation, c.agent?.canonical ?? null])
  it.each([
    ['The 412th plant in Minsk has been overhauling Russian tanks since 2023.', 'REPAIR'],
    ['The 412 repair plant refurbished Su-25 jets for the Russian army.', 'REPAIR'],
    ['The 412th armour plant builds chassis for Russian launchers.', 'PRODUCE'],
  ])('%s', (text, relation) => {
    expect(agents(text)).toContainEqual([relation, '412 Armour Repair Plant'])
  })
  it.each([
    'The 77th plant repaired Russian radars.',
    'The 918th plant repaired Russian radars.',
    'The 412th brigade repaired Russian radars.',
  ])('no plant: %s', (text) => {
    expect(agents(text).some(([, a]) => /Plant/.test(a ?? ''))).toBe(false)
  })
})

// Goods told by where they came from: a state's stock is handed over, a maker's goods supplied.
// [text, relation, agent, item]
const CAME_FROM: Array<[string, string, string, string]> = [
  ['Most of the shells came from a depot near Brest.', 'TRANSFER', 'Belarus', 'shells'],
  ['The tanks came from Belarusian storage bases.', 'TRANSFER', 'Belarus', 'tanks'],
  ['About 40 of the trucks came from Russia’s own reserves.', 'TRANSFER', 'Russia', 'trucks'],
  ['The sights came from Peleng.', 'SUPPLY', 'Peleng', 'sights'],
]

describe('goods that came from somewhere', () => {
  it.each(CAME_FROM)('%s', (text, relation, agent, item) => {
    const got = claimsOf(text, M).map(brief)
    expect(got).toHaveLength(1)
    expect(got[0]).toMatchObject({ relation, agent })
    expect(got[0]!.item).toContain(item)
  })

  it.each([
    ['no goods', 'The money came from Peleng.'],
    ['a statement', 'The statement came from the Belarusian military.'],
    ['an order from a person', 'The tanks came from Lukashenko.'],
    ['no named origin', 'The shells came from somewhere else.'],
  ])('not for %s', (_, text) => {
    expect(claimsOf(text, M)).toEqual([])
  })

  it('tells the origin of goods already handed over once', () => {
    const got = claimsOf('Belarus shipped 20 tanks to Russia, adding that the tanks had come from Brest.', M)
    expect(got.map((c) => c.relation)).toEqual(['TRANSFER'])
  })
})

// Stock seen being loaded for a journey: a handover by the state the loading site lies in.
// [text, claims of the last sentence as "agent>recipient item"]
const L: readonly HandMention[] = [
  ...M,
  ['Barysaw junction', 'FACILITY', 'Barysaw junction'],
  ['Zhodzina siding', 'FACILITY', 'Zhodzina siding'],
  ['Barysaw', 'GPE', 'Barysaw', 'barysaw'],
]
const LOADINGS: Array<[string, string[]]> = [
  ['At least 20 tanks were loaded onto flatcars at Barysaw.', ['Belarus> At least 20 tanks']],
  [
    'Imagery shows 30 armoured vehicles being loaded onto flatcars in Barysaw for shipment to Russia.',
    ['Belarus>Russia 30 armoured vehicles'],
  ],
  // a site named after its town; the receiver of the last transfer from that state
  [
    'Belarus has sent shells to Russia for months. In May, 300 wagons were loaded at the Barysaw junction.',
    ['Belarus>Russia 300 wagons'],
  ],
  // the load before a share of it set off by commas
  [
    'Drone footage shows 30 armoured vehicles, most of them tanks, being loaded onto flatcars at Barysaw.',
    ['Belarus> 30 armoured vehicles'],
  ],
  // a site of no known town, placed by the town near it
  [
    'Most of the trains were loaded at the Zhodzina siding near Barysaw and crossed into Russia.',
    ['Belarus>Russia Most of the trains'],
  ],
  // forces moving their own kit; goods that are no stock; a load with no site or carrier
  ['Russian tanks were loaded onto trains at Barysaw.', []],
  ['The trucks were loaded with food at Barysaw.', []],
  ['At least 20 tanks were loaded at night.', []],
]

describe('stock loaded for a journey', () => {
  it.each(LOADINGS)('%s', (text, expected) => {
    const last = text.lastIndexOf('. ', text.length - 2)
    const got = claimsOf(text, L)
      .filter((c) => c.evidence.start > last)
      .map((c) => `${c.agent?.canonical}>${c.recipient?.canonical ?? ''} ${c.item?.text}`)
    expect(got).toEqual(expected)
  })
})

// Repairs in the passive: the workshop named "there" or "at the plant", never whose goods they are.
describe('a passive repair at the plant named before', () => {
  const R: readonly HandMention[] = [
    ...M,
    ['412 Armour Repair Plant', 'ORG', '412 Armour Repair Plant', '412-arp'],
  ]
  it.each([
    [
      'The 412 Armour Repair Plant is in Brest. Russian tanks are repaired there.',
      ['412 Armour Repair Plant'],
    ],
    [
      'The 412 Armour Repair Plant is in Brest. Russian tanks are repaired at the plant.',
      ['412 Armour Repair Plant'],
    ],
    // no plant named before; a body named before is no workshop
    ['Russian tanks are repaired there.', []],
    ['The Russian army said so. Russian tanks are repaired there.', []],
  ])('%s', (text, agents) => {
    const last = text.lastIndexOf('. ', text.length - 2)
    const got = claimsOf(text, R)
      .filter((c) => c.relation === 'REPAIR' && c.evidence.start > last)
      .map((c) => c.agent?.canonical)
    expect(got).toEqual(agents)
  })
})
