import { describe, expect, it } from 'vitest'
import { brief, COMMON, claimsOf, type HandMention } from './test-support.js'

// Made-up firms and bodies; the forms are the ones news text uses for supplies, transfers and sanctions.
const M: readonly HandMention[] = [
  ...COMMON,
  ['Japan', 'GPE', 'Japan'],
  ['Canada', 'GPE', 'Canada'],
  ['EU', 'ORG', 'European Union'],
  ['Brasko', 'ORG', 'Brasko'],
  ['Dravnik Optics', 'ORG', 'Dravnik Optics'],
  ['Ivo Marchenka', 'PERSON', 'Ivo Marchenka'],
  ['Office of Trade, Industry and Energy', 'ORG', 'Office of Trade, Industry and Energy'],
  ['Halden Radio Plant', 'ORG', 'Halden Radio Plant'],
  ['Treasury Department', 'ORG', 'U.S. Department of the Treasury'],
  ['Pelvin', 'ORG', 'Pelvin'],
]

const found = (text: string, relation: string) =>
  claimsOf(text, M)
    .map(brief)
    .filter((c) => c.relation === relation)
    .map((c) => [c.agent, c.recipient, c.item, c.quantity])

// [sentence, relation, expected [agent, recipient, item, quantity] rows]
type Row = [string, string, Array<[string | null, string | null, string | null, string | null]>]

const SUPPLIES: Row[] = [
  // a pair of goods that change hands: one claim each
  [
    'Brasko sold cargo trucks and fuel tankers to the Russian army.',
    'SUPPLY',
    [
      ['Brasko', 'Russian Armed Forces', 'cargo trucks', null],
      ['Brasko', 'Russian Armed Forces', 'fuel tankers', null],
    ],
  ],
  // a relative clause with a reporting frame tells of the name before it
  [
    'Brasko, which the ministry said had supplied cargo trucks and fuel tankers to the Russian army, was listed.',
    'SUPPLY',
    [
      ['Brasko', 'Russian Armed Forces', 'cargo trucks', null],
      ['Brasko', 'Russian Armed Forces', 'fuel tankers', null],
    ],
  ],
  // rolling stock named as the object: the loads it carries are what changes hands
  [
    'Belarus dispatched 14 goods trains carrying howitzers, mortar rounds and fuel trucks to Russia.',
    'TRANSFER',
    [
      ['Belarus', 'Russia', 'howitzers', null],
      ['Belarus', 'Russia', 'mortar rounds', null],
      ['Belarus', 'Russia', 'fuel trucks', null],
    ],
  ],
  // two objects, a pronoun first: "them" is the other side named before; one claim per good
  [
    'Russian units crossed the border in winter. Belarus gave them barracks, diesel and field kitchens.',
    'SUPPLY',
    [
      ['Belarus', 'Russian Armed Forces', 'barracks', null],
      ['Belarus', 'Russian Armed Forces', 'diesel', null],
      ['Belarus', 'Russian Armed Forces', 'field kitchens', null],
    ],
  ],
  // a pseudo-cleft: what the list after the copula names is what is sent; going on, it is a supply
  [
    'What Minsk sends nowadays is less visible: rebuilt gearboxes, sights and mortar rounds.',
    'SUPPLY',
    [
      ['Minsk', null, 'rebuilt gearboxes', null],
      ['Minsk', null, 'sights', null],
      ['Minsk', null, 'mortar rounds', null],
    ],
  ],
  ['Belarus still sends mortar rounds to Russia.', 'SUPPLY', [['Belarus', 'Russia', 'mortar rounds', null]]],
  [
    'Belarus sent mortar rounds to Russia in 2022.',
    'TRANSFER',
    [['Belarus', 'Russia', 'mortar rounds', null]],
  ],
  // the exports of "the plant" named before are the plant's, even after a verb of saying
  [
    'Halden Radio Plant makes radars. A trade analyst said the plant’s official exports to Russia had tripled.',
    'SUPPLY',
    [['Halden Radio Plant', 'Russia', 'official exports', null]],
  ],
  // goods sent in for repair are the sender's own stock
  [
    'Since spring, Halden Radio Plant has received 40 damaged radar sets from Russia.',
    'TRANSFER',
    [['Russia', 'Halden Radio Plant', '40 damaged radar sets', '40 damaged radar sets']],
  ],
  // a described receiver before "with", the goods after it
  [
    'Belarusian arms factories keep supplying Russian producers with barrels.',
    'SUPPLY',
    [['Belarusian military-industrial complex', 'Russian military-industrial complex', 'barrels', null]],
  ],
  // a participle right after its noun tells what the firm does
  [
    'Halden Radio Plant makes radars. An ex-director recalls the plant fulfilling big orders for Moscow.',
    'SUPPLY',
    [['Halden Radio Plant', 'Moscow', 'big orders', null]],
  ],
]

const SANCTIONS: Row[] = [
  // "under X sanctions": X sanctions the subject of the clause
  [
    'Brasko has been under EU sanctions since 2021.',
    'SANCTION',
    [['European Union', 'Brasko', 'EU sanctions', null]],
  ],
  // counted groups of targets: one claim each
  [
    'Canada imposed sanctions on 12 Belarusian judges and 4 companies.',
    'SANCTION',
    [
      ['Canada', null, '12 Belarusian judges', '12'],
      ['Canada', null, '4 companies', '4 companies'],
    ],
  ],
  // "place"/"put" with the sanctions phrase after the object, in both voices
  ['Canada put Brasko under sanctions.', 'SANCTION', [['Canada', 'Brasko', 'Brasko', null]]],
  ['Pelvin was placed under sanctions by Japan.', 'SANCTION', [['Japan', 'Pelvin', 'Pelvin', null]]],
  // ("its sanctions list": a noun after a possessive is no verb, so no second claim for "list")
  ['Japan placed Brasko on its sanctions list.', 'SANCTION', [['Japan', 'Brasko', 'Brasko', null]]],
  [
    'The EU placed Brasko and two of its directors under sanctions on Monday.',
    'SANCTION',
    [
      ['European Union', 'Brasko', 'Brasko', null],
      ['European Union', null, 'two of its directors', 'two'],
    ],
  ],
  // "the department" is the department named before; a second owner after "and of"
  [
    'The EU sanctioned Brasko. A Treasury Department official said the department had frozen the assets of Pelvin in 2020 and of Brasko in 2022.',
    'SANCTION',
    [
      ['European Union', 'Brasko', 'Brasko', null],
      ['U.S. Department of the Treasury', 'Pelvin', 'Pelvin', null],
      ['U.S. Department of the Treasury', 'Brasko', 'Brasko', null],
    ],
  ],
  // the owner of the measures, even when no entity was recognised in it
  [
    "Tallinn's measures target 9 people and 2 entities.",
    'SANCTION',
    [
      ['Tallinn', null, '9 people', '9 people'],
      ['Tallinn', null, '2 entities', '2 entities'],
    ],
  ],
  // an entry ban told as people barred: the state entered imposes it
  [
    'Seven Belarusian judges were also barred from entering Japan.',
    'SANCTION',
    [['Japan', null, 'Seven Belarusian judges', 'Seven']],
  ],
  [
    'Canada banned the arms dealer Ivo Marchenka from travelling to Canada.',
    'SANCTION',
    [['Canada', 'Ivo Marchenka', 'arms dealer Ivo Marchenka', null]],
  ],
  // an export ban on goods bound for a state targets that state; a name with commas is one subject
  [
    'The Office of Trade, Industry and Energy imposed an export ban on lathes and servo motors bound for Belarus.',
    'SANCTION',
    [['Office of Trade, Industry and Energy', 'Belarus', 'export ban', null]],
  ],
  [
    'The EU imposed an arms embargo on Belarus.',
    'SANCTION',
    [['European Union', 'Belarus', 'arms embargo', null]],
  ],
]

describe('supplies and transfers in more forms', () => {
  it.each(SUPPLIES)('%s', (text, relation, rows) => {
    expect(found(text, relation)).toEqual(rows)
  })
})

describe('sanctions in more forms', () => {
  it.each(SANCTIONS)('%s', (text, relation, rows) => {
    expect(found(text, relation)).toEqual(rows)
  })
  it('a described group in an announced list keeps its count', () => {
    const text = [
      'The EU said it had put the following firms on its list:',
      '- Dravnik Optics;',
      '- and four smaller makers of gun sights.',
    ].join('\n')
    expect(found(text, 'SANCTION')).toEqual([
      ['European Union', 'Dravnik Optics', 'Dravnik Optics', null],
      ['European Union', null, 'four smaller makers of gun sights', 'four'],
    ])
  })
})

describe('a pair of goods made is one item', () => {
  it('only goods that change hands are split', () => {
    expect(found('Brasko builds cargo trucks and fuel tankers.', 'PRODUCE')).toEqual([
      ['Brasko', null, 'cargo trucks and fuel tankers', null],
    ])
  })
})

describe('verb phrases that share a subject', () => {
  it.each([
    [
      'Brasko builds cargo trucks and overhauls fuel tankers.',
      [
        ['PRODUCE', 'Brasko', null, 'cargo trucks'],
        ['REPAIR', 'Brasko', null, 'fuel tankers'],
      ],
    ],
    // the second phrase's "for …" belongs to it alone
    [
      'Pelvin builds gun sights and has repaired howitzers for the Russian army.',
      [
        ['PRODUCE', 'Pelvin', null, 'gun sights'],
        ['REPAIR', 'Pelvin', 'Russian Armed Forces', 'howitzers'],
      ],
    ],
    // in a relative clause, the name before "which" is the subject of both
    [
      'Japan listed Pelvin, which makes radars and has overhauled tanks for Iran, on Monday.',
      [
        ['PRODUCE', 'Pelvin', null, 'radars'],
        ['REPAIR', 'Pelvin', 'Iran', 'tanks'],
      ],
    ],
  ] as const)('%s', (text, rows) => {
    const got = claimsOf(text, M)
      .map(brief)
      .filter((c) => c.relation !== 'SANCTION')
      .map((c) => [c.relation, c.agent, c.recipient, c.item])
    expect(got).toEqual(rows)
  })

  it('a plural noun after "and" is still an object ("tanks and supplies")', () => {
    expect(found('Japan sends generators and supplies to Ukraine.', 'TRANSFER').map((r) => r[2])).toEqual([
      'generators',
      'supplies',
    ])
  })
})

describe('named aircraft received are goods, not forces', () => {
  it('"received Su-25 fighters from Russia" is a supply by Russia to the receiver', () => {
    expect(
      claimsOf('Belarus received a batch of Su-25 fighters from Russia in December.', M)
        .map(brief)
        .map((c) => [c.relation, c.agent, c.recipient, c.item, c.place]),
    ).toEqual([['SUPPLY', 'Russia', 'Belarus', 'batch of Su-25 fighters', null]])
  })
})

describe('a counted subject of a passive', () => {
  it('"About 9,000 Russian soldiers are stationed in Belarus" is one deployment, by the forces', () => {
    expect(
      claimsOf('About 9,000 Russian soldiers are stationed in Belarus.', M)
        .map(brief)
        .map((c) => [c.relation, c.agent, c.quantity]),
    ).toEqual([['DEPLOY', 'Russian Armed Forces', 'About 9,000 Russian soldiers']])
  })
})

// What these forms must not turn into.
describe('no claim from these forms', () => {
  it.each([
    ['a recommended entry ban', 'The judges should be barred from entering Japan.'],
    ['a planned entry ban', 'Canada plans to ban the arms dealer Ivo Marchenka from entering Canada.'],
    ['a question', 'Were the judges barred from entering Japan?'],
    ['a recommended embargo', 'Analysts say the EU should impose an arms embargo on Belarus.'],
    [
      'a forecast of an export ban',
      'Traders expect the EU to impose an export ban on lathes bound for Belarus.',
    ],
    ['a condition', 'If Canada imposed an export ban on lathes bound for Belarus, prices would rise.'],
    ['goods named after the country they go to', 'Shipments of Japanese fuel to Japan fell.'],
    ['deliveries halted', 'Brasko halted deliveries of fuel to Russia in May.'],
    ['life "under sanctions" with no one imposing them', 'Life under sanctions is hard for Brasko.'],
    ['"put" with no sanctions phrase', 'Canada put pressure on Brasko despite sanctions.'],
    ['"place" with no sanctions phrase', 'Japan placed an order with Brasko before the sanctions.'],
    ['"give" with something that is no goods', 'Belarus gave them access to its airspace.'],
    ['"give" with a single thing', 'The war gave Minsk an excuse.'],
    ['"give" with a span of time', 'The court gave them three weeks.'],
    ['"give" to a person', 'Lukashenko gave Putin two tractors.'],
    ['a pseudo-cleft that names no goods', 'What Belarus sent was never made public.'],
    ['a pseudo-cleft asked', 'What does Belarus send to Russia now?'],
    [
      'a participle that only describes the object before it',
      'Minsk repairs damaged armour delivered by rail.',
    ],
    ['a gerund after a preposition', 'The cost of supplying Russia with shells is high for Minsk.'],
    [
      'a participle in a phrase about sanctions',
      'Sanctions on Belarusian firms supplying Russia were widened.',
    ],
  ])('%s', (_why, text) => {
    expect(claimsOf(text, M).filter((c) => /^(SUPPLY|TRANSFER|SANCTION)$/.test(c.relation))).toEqual([])
  })
})

describe('a ban on deliveries', () => {
  it('is a sanction by who bans them, on where they go, and no supply', () => {
    expect(found('Japan banned the export of machine tools to Belarus.', 'SANCTION')).toEqual([
      ['Japan', 'Belarus', 'export of machine tools', null],
    ])
    expect(found('Japan banned the export of machine tools to Belarus.', 'SUPPLY')).toEqual([])
  })
})

describe('goods named after a country', () => {
  it('a repair of "Russian tanks" is not a repair by Russia', () => {
    const agents = claimsOf('The repair of Russian tanks goes on in Brasko.', M).map(
      (c) => c.agent?.canonical,
    )
    expect(agents).not.toContain('Russia')
  })
})

describe('goods moved by a passive with two participles', () => {
  it.each<Row>([
    // the origin named with the first participle gives the goods the second one sends
    [
      'Howitzers were pulled from Belarusian storage bases and then sent to Russia.',
      'TRANSFER',
      [['Belarus', 'Russia', 'Howitzers', null]],
    ],
    [
      'Mortars were taken from Belarus and shipped to Russia.',
      'TRANSFER',
      [['Belarus', 'Russia', 'Mortars', null]],
    ],
  ])('%s', (text, relation, rows) => {
    expect(found(text, relation)).toEqual(rows)
  })

  it('a second verb with a subject of its own is no passive', () => {
    expect(found('The mortars were overhauled and Russia sent them to the front.', 'TRANSFER')).toEqual([
      ['Russia', null, 'them', null],
    ])
  })
})

describe('a state named by its stocks', () => {
  it.each<Row>([
    [
      'In May, Belarusian depots handed mortar rounds to the Russian army.',
      'TRANSFER',
      [['Belarus', 'Russian Armed Forces', 'mortar rounds', null]],
    ],
    ['Russian arsenals sent missiles to Belarus.', 'TRANSFER', [['Russia', 'Belarus', 'missiles', null]]],
  ])('%s', (text, relation, rows) => {
    expect(found(text, relation)).toEqual(rows)
  })
})

describe('what a firm makes, said in a relative clause without a pronoun', () => {
  it.each<Row>([
    // "each week" is how often, not what is made; "the number of" is the count, not the goods
    [
      'Pelvin has tripled the number of thermal sights it assembles each week.',
      'PRODUCE',
      [['Pelvin', null, 'thermal sights', null]],
    ],
    ['Pelvin repairs tanks every month.', 'REPAIR', [['Pelvin', null, 'tanks', null]]],
  ])('%s', (text, relation, rows) => {
    expect(found(text, relation)).toEqual(rows)
  })
})

describe('a place that only locates the actor', () => {
  it('"Minsk-based Pelvin" is Pelvin', () => {
    expect(found('Minsk-based Pelvin supplied microchips to Russia.', 'SUPPLY')).toEqual([
      ['Pelvin', 'Russia', 'microchips', null],
    ])
  })
})

describe('a sanctions package, and a participle after a comma', () => {
  it.each<Row>([
    [
      'Japan adopted its fifth sanctions package against Belarus.',
      'SANCTION',
      [['Japan', 'Belarus', 'fifth sanctions package', null]],
    ],
    [
      'Japan approved a new package of sanctions against Belarus.',
      'SANCTION',
      [['Japan', 'Belarus', 'new package of sanctions', null]],
    ],
    // the participle's subject is the subject of the finite verb before the comma
    [
      'Belarus is a co-belligerent, supplying diesel to Russia.',
      'SUPPLY',
      [['Belarus', 'Russia', 'diesel', null]],
    ],
  ])('%s', (text, relation, rows) => {
    expect(found(text, relation)).toEqual(rows)
  })
  it.each([
    ['a package only prepared', 'Japan is preparing a sanctions package against Belarus.'],
    ['a participle with no finite verb before it', 'Supplying diesel to Russia, the trains run nightly.'],
  ])('none: %s', (_why, text) => {
    expect(claimsOf(text, M).filter((c) => /^(SANCTION|SUPPLY)$/.test(c.relation))).toEqual([])
  })
})

describe('forces described in apposition, travelling by rail, rotated', () => {
  it.each<Row>([
    // the actor is the described phrase before the apposition; "by rail" says how, not who
    [
      'The Belarusian contingent, an engineer battalion, arrived by rail in Brest on Monday.',
      'DEPLOY',
      [['Armed Forces of Belarus', null, 'engineer battalion', null]],
    ],
    [
      'Moscow rotated paratroopers through the ranges in 2023.',
      'DEPLOY',
      [['Moscow', null, 'paratroopers', null]],
    ],
  ])('%s', (text, relation, rows) => {
    expect(found(text, relation)).toEqual(rows)
  })
  it('"sent by" a name is still a passive with its agent', () => {
    expect(found('Howitzers, sent by Belarus, reached Russia.', 'TRANSFER').map((r) => r[0])).toEqual([
      'Belarus',
    ])
  })
  it('crops rotated are no forces', () => {
    expect(found('Farmers in Belarus rotated crops every year.', 'DEPLOY')).toEqual([])
  })
})

describe('forces reinforced with weapons, and an act done again by another actor', () => {
  it('"units … were reinforced with howitzers": the units’ forces deploy the howitzers', () => {
    expect(found('Belarusian units near Brest were reinforced with howitzers.', 'DEPLOY')).toEqual([
      ['Armed Forces of Belarus', null, 'howitzers', null],
    ])
    expect(found('The old bridge was reinforced with steel.', 'DEPLOY')).toEqual([])
  })
  it('"X does the same for Y": the last act told, by X, on Y', () => {
    const text = 'Halden Radio Plant repairs Russian radars. Pelvin does the same for Russian jammers.'
    expect(found(text, 'REPAIR')).toEqual([
      ['Halden Radio Plant', 'Russian Armed Forces', 'Russian radars', null],
      ['Pelvin', 'Russian Armed Forces', 'Russian jammers', null],
    ])
  })
  it('"does the same" with no act before, or at the end of a sentence, adds nothing', () => {
    expect(claimsOf('Pelvin does the same for Russian jammers.', M)).toEqual([])
    expect(found('Halden Radio Plant repairs Russian radars. Pelvin has', 'REPAIR')).toHaveLength(1)
  })
})

describe('a name in apposition to a place-named works, and goods compared', () => {
  it('"X, the Minsk works that has repaired …" is X’s repair; "more … than …" names the goods', () => {
    expect(
      found(
        'Japan listed Halden Radio Plant, the Minsk works that has repaired more Russian radars than any other plant.',
        'REPAIR',
      ),
    ).toEqual([['Halden Radio Plant', 'Russian Armed Forces', 'Russian radars', null]])
  })
})

describe('what a relative pronoun stands for', () => {
  it('not the subject of the verb whose object comes before it', () => {
    // (Brasko is a hand mention; an unknown name before "which" leaves the claim without an actor)
    expect(found('Japan listed Brasko, which repairs radars for the Russian army.', 'REPAIR')).toEqual([
      ['Brasko', 'Russian Armed Forces', 'radars', null],
    ])
    expect(found('Japan listed Voltar, which repairs radars for the Russian army.', 'REPAIR')).toEqual([])
  })
  it('a frame set off by commas after the pronoun', () => {
    expect(
      found(
        'Japan listed Brasko, which, according to the ministry, repairs radars for the Russian army.',
        'REPAIR',
      ),
    ).toEqual([['Brasko', 'Russian Armed Forces', 'radars', null]])
  })
  it('a passive with no object before the pronoun keeps its subject as the antecedent', () => {
    expect(
      found('New Belarusian plants were set up, which produce sights.', 'PRODUCE').map((r) => r[0]),
    ).toEqual(['Belarusian military-industrial complex'])
  })
})
