import { describe, expect, it } from 'vitest'
import { extractDocument } from '../../../app/extract.js'
import { sourceFromText } from '../../../ingest/readers/txt.js'
import { brief, COMMON, claimsOf, type HandMention } from './test-support.js'

const M: readonly HandMention[] = [
  ...COMMON,
  ['EU', 'ORG', 'European Union'],
  ['UK', 'GPE', 'United Kingdom'],
  ['US', 'GPE', 'United States'],
  ['MZKT', 'ORG', 'Minsk Wheeled Tractor Plant'],
  ['Peleng', 'ORG', 'Peleng'],
  ['Gomel', 'GPE', 'Gomel'],
  ['Brest', 'GPE', 'Brest'],
  ['Kyiv', 'GPE', 'Kyiv'],
  ['Tom Hale', 'PERSON', 'Tom Hale'],
  ['Hale', 'PERSON', 'Tom Hale'],
  ['Anna Berg', 'PERSON', 'Anna Berg'],
  ['Dobrush Tractor Works', 'ORG', 'Dobrush Tractor Works'],
  ['Orsha Gear Plant', 'ORG', 'Orsha Gear Plant'],
]

// Common constructions in unseen articles, in made-up sentences. [sentence, relation, agent, recipient | null, item fragment | null]
const ROWS: Array<[string, string, string, string | null, string | null]> = [
  // a word of a name the tagger reads as a verb ("Works") is part of the name, not the predicate
  [
    'The Dobrush Tractor Works supplied trucks to Russia.',
    'SUPPLY',
    'Dobrush Tractor Works',
    'Russia',
    'trucks',
  ],
  // an -s form after a relative pronoun is the relative clause's verb, not a plural noun
  [
    'The Orsha Gear Plant, which repairs Mi-8 helicopters for Russia, is busy.',
    'REPAIR',
    'Orsha Gear Plant',
    'Russia',
    'helicopters',
  ],
  ['Belarus has been supplying Russia with diesel fuel.', 'SUPPLY', 'Belarus', 'Russia', 'diesel fuel'],
  [
    'Minsk has been supplying trucks to the Russian army.',
    'SUPPLY',
    'Minsk',
    'Russian Armed Forces',
    'trucks',
  ],
  ['Artillery shells were delivered to Russia by Belarus.', 'SUPPLY', 'Belarus', 'Russia', 'shells'],
  ['Belarus sells Russia spare parts for helicopters.', 'SUPPLY', 'Belarus', 'Russia', 'spare parts'],
  ['Russia received 40 trucks from Belarus last year.', 'SUPPLY', 'Belarus', 'Russia', 'trucks'],
  ['The Russian army received new sights from Peleng.', 'SUPPLY', 'Peleng', 'Russian Armed Forces', 'sights'],
  [
    'MZKT began producing heavy chassis for Russia in 2022.',
    'PRODUCE',
    'Minsk Wheeled Tractor Plant',
    'Russia',
    'chassis',
  ],
  [
    'Peleng has started manufacturing gun sights for the Russian army.',
    'PRODUCE',
    'Peleng',
    'Russian Armed Forces',
    'sights',
  ],
  [
    "Belarus's plants repair Russian helicopters.",
    'REPAIR',
    'Belarusian military-industrial complex',
    null,
    'helicopters',
  ],
  ['Russia moved 3,000 troops to Gomel in January.', 'DEPLOY', 'Russia', null, 'troops'],
  [
    'Lukashenko and Putin held talks in Minsk on Friday.',
    'MEET',
    'Alexander Lukashenko',
    'Vladimir Putin',
    null,
  ],
  ['Belarus and Russia signed an agreement on air defence.', 'AGREE', 'Belarus', 'Russia', null],
  ['The EU imposed sanctions on MZKT.', 'SANCTION', 'European Union', 'Minsk Wheeled Tractor Plant', null],
  ['The US has imposed new sanctions on Peleng.', 'SANCTION', 'United States', 'Peleng', null],
  [
    'MZKT was added to the EU sanctions list in 2021.',
    'SANCTION',
    'European Union',
    'Minsk Wheeled Tractor Plant',
    null,
  ],
  ['The UK added Peleng to its sanctions list.', 'SANCTION', 'United Kingdom', 'Peleng', null],
  ['Monitors counted deliveries of fuel to Russia by Belarus.', 'SUPPLY', 'Belarus', 'Russia', 'fuel'],
  [
    'Analysts tracked the transfer of tanks from Belarus to Russia.',
    'TRANSFER',
    'Belarus',
    'Russia',
    'tanks',
  ],
  [
    'Belarus has not sent any of its paratroopers to fight in Syria.',
    'DEPLOY',
    'Belarus',
    null,
    'paratroopers',
  ],
  [
    'Belarusian units moved closer to the border near Brest.',
    'DEPLOY',
    'Armed Forces of Belarus',
    null,
    'units',
  ],
  [
    'Some 800 Russian soldiers remain at the range near Gomel.',
    'DEPLOY',
    'Russian Armed Forces',
    null,
    'soldiers',
  ],
  [
    'The EU added MZKT and three of its managers to its sanctions list.',
    'SANCTION',
    'European Union',
    null,
    'MZKT',
  ],
  [
    'The UK sanctioned MZKT, which it said had repaired Russian helicopters.',
    'REPAIR',
    'Minsk Wheeled Tractor Plant',
    null,
    'helicopters',
  ],
  [
    'The US sanctioned Peleng in Minsk, which officials say has supplied sights to the Russian army.',
    'SUPPLY',
    'Peleng',
    'Russian Armed Forces',
    'sights',
  ],
  [
    'The EU estimates that Belarusian deliveries of shells to Russia doubled.',
    'SUPPLY',
    'Belarus',
    'Russia',
    'shells',
  ],
  ["Belarus's deliveries of fuel to Russia continued in May.", 'SUPPLY', 'Belarus', 'Russia', 'fuel'],
  [
    'Peleng, which repaired old sights before 2022, has supplied new sights to the Russian army.',
    'SUPPLY',
    'Peleng',
    'Russian Armed Forces',
    'new sights',
  ],
  [
    'MZKT builds heavy chassis for Russian launchers.',
    'PRODUCE',
    'Minsk Wheeled Tractor Plant',
    null,
    'chassis',
  ],
  [
    'Traders said shipments of parts for military trucks from Belarus to Russia doubled.',
    'SUPPLY',
    'Belarus',
    'Russia',
    'parts',
  ],
  [
    'The Belarusian leader met Putin in Sochi on Friday.',
    'MEET',
    'Alexander Lukashenko',
    'Vladimir Putin',
    null,
  ],
  [
    'Russian forces have not launched missiles from Belarus since May.',
    'ATTACK',
    'Russian Armed Forces',
    null,
    'missiles',
  ],
  [
    'Belarus has never transferred Iskander systems to Russia.',
    'TRANSFER',
    'Belarus',
    'Russia',
    'Iskander systems',
  ],
  [
    'Russian troops are still in Gomel, the ministry said.',
    'DEPLOY',
    'Russian Armed Forces',
    null,
    'Russian troops',
  ],
  // "make" with military goods; the export noun; "keep" with weapons, or units past a hyphenated word
  [
    'Belarusian plants are making parts for Russian drones.',
    'PRODUCE',
    'Belarusian military-industrial complex',
    null,
    'parts',
  ],
  [
    'MZKT makes heavy chassis for Russian launchers.',
    'PRODUCE',
    'Minsk Wheeled Tractor Plant',
    null,
    'chassis',
  ],
  ['Belarusian exports of optics to Russia rose sharply in 2023.', 'SUPPLY', 'Belarus', 'Russia', 'optics'],
  ['Russia has kept nuclear warheads in Belarus since 2023.', 'DEPLOY', 'Russia', null, 'warheads'],
  [
    'The Belarusian military will keep most of its combat-ready battalions near Brest.',
    'DEPLOY',
    'Armed Forces of Belarus',
    null,
    'battalions',
  ],
  // two objects after "hand", the receiver first; "Since then" and "Since 2022" open no background phrase
  [
    'Since then Belarus has quietly handed Moscow old tanks from storage.',
    'TRANSFER',
    'Belarus',
    'Moscow',
    'old tanks',
  ],
  ['Belarus handed them 40 tanks in March.', 'TRANSFER', 'Belarus', null, '40 tanks'],
  [
    'Since 2022 Belarus has sent shells to Russia by rail, and the trains run at night.',
    'TRANSFER',
    'Belarus',
    'Russia',
    'shells',
  ],
  // a discourse marker set off by commas, or a quoted hedge, inside the verb group
  ['Belarus, however, has sent shells to Russia.', 'TRANSFER', 'Belarus', 'Russia', 'shells'],
  ["Belarus has 'almost certainly' sent shells to Russia.", 'TRANSFER', 'Belarus', 'Russia', 'shells'],
  // goods made or repaired at a named organisation were made or repaired by it
  [
    'According to Tom Hale, the trucks were assembled at MZKT and shipped east.',
    'PRODUCE',
    'Minsk Wheeled Tractor Plant',
    null,
    'trucks',
  ],
  ['The helicopters were overhauled at Peleng in Minsk.', 'REPAIR', 'Peleng', null, 'helicopters'],
  // (non-)participation in a war
  ['Minsk insists it is not a party to the war in Ukraine.', 'OTHER', 'Minsk', null, null],
  // "tractor units" are trucks, not forces
  [
    'MZKT supplied tractor units to the Russian army.',
    'SUPPLY',
    'Minsk Wheeled Tractor Plant',
    'Russian Armed Forces',
    'tractor units',
  ],
  // "that" before a plural noun and its verb opens a clause; the name before it is no subject
  [
    'Tom Hale told the weekly Peleng News in May that Belarusian plants were making shells for Russia.',
    'PRODUCE',
    'Belarusian military-industrial complex',
    null,
    'shells',
  ],
  // the one accused of a gerund is its subject, and the accusation is reported
  ['Kyiv accused Minsk of secretly repairing Russian tanks.', 'REPAIR', 'Minsk', null, 'Russian tanks'],
  [
    'Ukraine accused Belarus of supplying fuel to the Russian army.',
    'SUPPLY',
    'Belarus',
    'Russian Armed Forces',
    'fuel',
  ],
  // the object after the recipient or the giver ("handed over to Russia 20 trains")
  [
    'Belarus transferred to Russia about 130 units of military equipment.',
    'TRANSFER',
    'Belarus',
    'Russia',
    'units of military equipment',
  ],
  [
    'Minsk has received from Moscow a new batch of Tor-M2 systems.',
    'SUPPLY',
    'Moscow',
    'Minsk',
    'batch of Tor-M2 systems',
  ],
  // goods named after a country come from it
  ['The supply of Belarusian tanks to Russia continues.', 'SUPPLY', 'Belarus', 'Russia', 'Belarusian tanks'],
  // the maker named before goods shipped in the passive supplies them
  [
    'MZKT chassis are being delivered to Russia by rail.',
    'SUPPLY',
    'Minsk Wheeled Tractor Plant',
    'Russia',
    'chassis',
  ],
  // forces that train are at an exercise
  ['Russian troops are training at ranges near Brest.', 'EXERCISE', 'Russian Armed Forces', null, null],
  // forces massed, concentrated or reinforced are deployed; a military presence is a deployment by the forces
  ['Russia concentrated about 30,000 troops near Brest.', 'DEPLOY', 'Russia', null, '30,000 troops'],
  ['Moscow continues to amass forces in Belarus.', 'DEPLOY', 'Moscow', null, 'forces'],
  ['Russia is reinforcing its grouping in Belarus.', 'DEPLOY', 'Russia', null, 'grouping'],
  ['The Russian military presence in Belarus has grown.', 'DEPLOY', 'Russian Armed Forces', null, 'presence'],
  // a withdrawal of forces is a military assertion of its own
  ['Russia announced the withdrawal of its aircraft from Belarus.', 'OTHER', 'Russia', null, 'aircraft'],
  // "equip" takes the receiver as object and the goods after "with"
  ['Belarus equipped the Russian army with trucks.', 'SUPPLY', 'Belarus', 'Russian Armed Forces', 'trucks'],
  // a ban on deliveries is a restriction on where they go
  [
    'The UK banned exports of machine tools to Belarus.',
    'SANCTION',
    'United Kingdom',
    'Belarus',
    'exports of machine tools',
  ],
  // a leader's forces are his state's armed forces
  [
    "Putin's troops have been training near Brest for months.",
    'EXERCISE',
    'Russian Armed Forces',
    null,
    null,
  ],
  // forces committed to a war are deployed (here denied)
  ['Minsk has not committed any troops to the war.', 'DEPLOY', 'Minsk', null, 'troops'],
  // the user of the means acts: "using X to strike", "allowed Y to use X to attack" (Y uses it)
  [
    'Russia is using Belarusian airfields to launch strikes on Ukraine.',
    'ATTACK',
    'Russia',
    'Ukraine',
    'strikes',
  ],
  [
    'Minsk allowed Russian forces to use its roads to attack Kyiv.',
    'ATTACK',
    'Russian Armed Forces',
    'Kyiv',
    null,
  ],
  // airstrikes are attacks, launched from where "from" says
  [
    'Russian aircraft carried out airstrikes from Belarusian airspace.',
    'ATTACK',
    'Russian Armed Forces',
    null,
    'airstrikes',
  ],
  // the first to/for phrase that names an actor receives ("chassis for X launchers to Y")
  [
    'MZKT delivered 30 chassis for Iskander launchers to Russian manufacturers.',
    'SUPPLY',
    'Minsk Wheeled Tractor Plant',
    'Russian military-industrial complex',
    'chassis',
  ],
  // a readiness check is an exercise, not an attack launched
  [
    'Belarus launched a snap combat readiness check of its army.',
    'EXERCISE',
    'Belarus',
    null,
    'readiness check',
  ],
  // stock lent, donated or carried along a route changes hands
  ['Minsk lent Moscow a dozen Tor launchers last spring.', 'TRANSFER', 'Minsk', 'Moscow', 'Tor launchers'],
  [
    'Belarus donated shells to the Russian army in May.',
    'TRANSFER',
    'Belarus',
    'Russian Armed Forces',
    'shells',
  ],
  ['Belarus transported 50 T-72B3 tanks to Russia by rail.', 'TRANSFER', 'Belarus', 'Russia', 'tanks'],
  // the second verb of an irregular past shares its subject
  ['Minsk took 30 tanks out of storage and handed them to Russia.', 'TRANSFER', 'Minsk', 'Russia', null],
  // forces assembled, built up or bolstered are deployed; weapons that hit or target a city attack it
  ['Russia assembled 10,000 troops near Gomel.', 'DEPLOY', 'Russia', null, 'troops'],
  ['Moscow is building up forces in Belarus.', 'DEPLOY', 'Moscow', null, 'forces'],
  ['Russian missiles hit Kyiv overnight.', 'ATTACK', 'Russian Armed Forces', 'Kyiv', null],
  ['Russia targeted Kyiv with drones launched from Belarus.', 'ATTACK', 'Russia', 'Kyiv', null],
  // men drafted are mobilised; a plant that fixes tanks repairs them; a phone call is a meeting
  ['Belarus drafted 3,000 reservists in March.', 'MOBILIZE', 'Belarus', null, 'reservists'],
  ['MZKT fixes Russian army trucks.', 'REPAIR', 'Minsk Wheeled Tractor Plant', null, 'trucks'],
  ['Lukashenko spoke by phone with Putin on Monday.', 'MEET', 'Alexander Lukashenko', 'Vladimir Putin', null],
]

describe('common constructions', () => {
  it.each(ROWS)('%s → %s', (sentence, relation, agent, recipient, item) => {
    const claims = claimsOf(sentence, M).map(brief)
    const found = claims.find((c) => c.relation === relation)
    expect(found, JSON.stringify(claims)).toBeDefined()
    expect(found!.agent).toBe(agent)
    if (recipient !== null) expect(found!.recipient).toBe(recipient)
    if (item !== null) expect(found!.item ?? '').toContain(item)
  })
})

// Headings and verbless lines are no claims.
const NEGATIVE: Array<[string, string]> = [
  ['a one-word heading after a claim', 'Belarus supplies fuel to Russia.\n\nRepair\n\nThe weather was mild.'],
  [
    'a verbless subheading',
    'Lukashenko met Putin in Minsk.\n\nJoint exercises and deployments\n\nThe weather was mild.',
  ],
  ['a heading naming a relation', 'Sanctions'],
  ['"which supplies" followed by its verb: a noun', 'Nobody knows which supplies reached Russia.'],
  ['sanctions that hit an economy attack nothing', 'The sanctions hit the Belarusian economy.'],
]

// Words with a second sense read in the other one: [sentence, relation it must not give, relation it gives | null]
const OTHER_SENSE: Array<[string, string, string | null]> = [
  ['A Russian transport landed in Gomel.', 'TRANSFER', 'DEPLOY'],
  ['MZKT assembles trucks.', 'DEPLOY', 'PRODUCE'],
  ['The sanctions hit the Belarusian economy.', 'ATTACK', null],
  ['Belarus took part in talks and sent a delegation to Moscow.', 'DEPLOY', null],
]

describe('a trigger word in its other sense', () => {
  it.each(OTHER_SENSE)('%s is no %s', (sentence, not, relation) => {
    const relations = claimsOf(sentence, M).map((c) => c.relation)
    expect(relations).not.toContain(not)
    if (relation) expect(relations).toContain(relation)
  })
})

describe('no claim from a heading', () => {
  it.each(NEGATIVE)('%s', (_why, text) => {
    const claims = claimsOf(text, M)
    const bad = claims.filter(
      (c) => !/Belarus supplies|Lukashenko met/.test(text.slice(c.evidence.start, c.evidence.end)),
    )
    expect(bad).toEqual([])
  })
})

describe('pronoun agents', () => {
  it('takes "he" from the last person named as a subject, not the last agent', () => {
    const text =
      'Russia deployed troops to Belarus. Lukashenko spoke in Minsk on Monday. He also sent tanks to Russia.'
    const c = claimsOf(text, M)
      .map(brief)
      .find((x) => x.relation === 'TRANSFER')
    expect(c?.agent).toBe('Alexander Lukashenko')
  })
  it('does not take the speaker of a quote as "he" inside it', () => {
    const text =
      'Lukashenko has kept his army at home. Tom Hale, an analyst, follows the depots. "He sends the tanks instead," Hale said.'
    const claims = claimsOf(text, M, {
      attributions: (t) => {
        const s = t.indexOf('He sends')
        return [
          {
            id: 'a1',
            speaker: { text: 'Hale', canonical: 'Tom Hale' },
            cue: 'said',
            outlet: null,
            quote: { start: s, end: t.indexOf(',"') },
          } as never,
        ]
      },
    }).map(brief)
    expect(claims.every((c) => c.agent !== 'Tom Hale')).toBe(true)
  })
  it('never takes a person for "it"', () => {
    const c = claimsOf('Tom Hale said that the shells it sent in May were old.', M)
      .map(brief)
      .filter((x) => x.agent === 'Tom Hale')
    expect(c).toEqual([])
  })
  it('gives no agent rather than a non-person for "she"', () => {
    const text = 'Russia deployed troops to Belarus. She sent tanks to Russia.'
    const c = claimsOf(text, M)
      .map(brief)
      .find((x) => x.relation === 'TRANSFER')
    expect(c).toBeUndefined()
  })
})

describe('nouns after a verb of saying', () => {
  it('does not make the speaker the actor of a noun in the reported clause', () => {
    const c = claimsOf("Tom Hale said the plant's exports to Russia had doubled.", M).map(brief)
    expect(c.filter((x) => x.agent === 'Tom Hale')).toEqual([])
  })
  it('keeps the actor of a noun that is the object of another verb', () => {
    const c = claimsOf('Putin ordered the mobilisation of reservists in May.', M).map(brief)
    expect(c.find((x) => x.relation === 'MOBILIZE')?.agent).toBe('Vladimir Putin')
  })
})

describe('one sentence, several claims or none', () => {
  it('keeps two verbs of one actor with different items', () => {
    const claims = claimsOf('MZKT repaired old trucks in May and has repaired new chassis since June.', M)
      .map(brief)
      .filter((c) => c.relation === 'REPAIR')
    expect(claims.map((c) => c.item)).toEqual(['old trucks', 'new chassis'])
  })
  it('reads radar units as equipment, not forces', () => {
    const c = claimsOf('Russia sent 70 damaged radar units to Belarus.', M).map(brief)
    expect(c.map((x) => x.relation)).toEqual(['TRANSFER'])
  })
  it('reads a participle after a possessive as an adjective', () => {
    const c = claimsOf("Peleng supplies sights fitted to Russia's modernised tanks.", M).map(brief)
    expect(c.map((x) => x.relation)).toEqual(['SUPPLY'])
  })
  it('takes no claim from a rumour set as background', () => {
    const c = claimsOf('Troops were moved twice, amid reports that Belarus could send tanks to Russia.', M)
    expect(c.filter((x) => x.relation === 'TRANSFER')).toEqual([])
  })
})

describe('loads moving between states', () => {
  it.each([
    [
      'Monitors counted 400 wagons of military cargo leaving Belarus for Russia.',
      'Belarus',
      'Russia',
      'military cargo',
    ],
    [
      'Some 90 flatcars carried armoured vehicles from Belarus to Russia in May.',
      'Belarus',
      'Russia',
      'armoured vehicles',
    ],
  ])('%s', (sentence, agent, recipient, item) => {
    const c = claimsOf(sentence, M)
      .map(brief)
      .find((x) => x.relation === 'TRANSFER')
    expect(c).toMatchObject({ agent, recipient, item })
  })
  it('hands over no stock when the load is forces', () => {
    const c = claimsOf('Forty trains carried Russian troops from Russia to Belarus in October.', M)
      .map(brief)
      .filter((x) => x.relation === 'TRANSFER')
    expect(c).toEqual([])
  })
  it('needs a stated origin in another state', () => {
    expect(claimsOf('Forty trains crossed the river at night.', M)).toEqual([])
    expect(claimsOf('Forty wagons of grain left Belarus for Belarus.', M)).toEqual([])
  })
})

describe('list members', () => {
  it('keeps a range as one member and an elaboration with it; "along with" adds one', () => {
    const items = claimsOf(
      'Belarus transferred between 120 and 200 tanks, mostly T-72s, along with 90,000 shells to Russia.',
      M,
    )
      .map(brief)
      .filter((c) => c.relation === 'TRANSFER')
      .map((c) => c.item)
    expect(items).toEqual(['between 120 and 200 tanks', '90,000 shells'])
  })
})

describe('short closed lists of goods', () => {
  const items = (text: string, relation: string) =>
    claimsOf(text, M)
      .map(brief)
      .filter((c) => c.relation === relation)
      .map((c) => c.item)
  it('gives one claim per member of "A, B and C"', () => {
    expect(items('Belarus sent shells, trucks and spare engines to Russia.', 'TRANSFER')).toEqual([
      'shells',
      'trucks',
      'spare engines',
    ])
    expect(items('Belarusian exports of optics, microchips and tyres to Russia rose.', 'SUPPLY')).toEqual([
      'optics',
      'microchips',
      'tyres',
    ])
  })
  it('keeps an open or a long list as one item', () => {
    expect(items('MZKT produces chassis, cranes, trailers, etc. for Russia.', 'PRODUCE')).toHaveLength(1)
    expect(
      items('Peleng produces sights, lenses, range finders, night scopes and laser modules.', 'PRODUCE'),
    ).toHaveLength(1)
    // a pair is split only for goods that change hands
    expect(items('Peleng produces sights and lenses.', 'PRODUCE')).toHaveLength(1)
    expect(items('Belarus sent shells and trucks to Russia.', 'TRANSFER')).toEqual(['shells', 'trucks'])
  })
})

describe('the value of goods', () => {
  it('takes the sum the goods were worth', () => {
    const c = claimsOf('Belarusian deliveries of shells to Russia were worth nearly €1.1 billion in 2023.', M)
      .map(brief)
      .find((x) => x.relation === 'SUPPLY')
    expect(c?.quantity).toBe('nearly €1.1 billion')
  })
  it('takes a sum earned before the trigger', () => {
    const c = claimsOf('Belarus earned about $2 billion from arms exports to Russia in 2023.', M)
      .map(brief)
      .find((x) => x.relation === 'SUPPLY')
    expect(c?.quantity).toBe('about $2 billion')
  })
  it('gives the change in what is supplied to every item of the predicate', () => {
    const q = claimsOf('Belarusian exports of optics and engine parts to Russia rose by about 35 percent.', M)
      .map(brief)
      .filter((x) => x.relation === 'SUPPLY')
      .map((x) => [x.item, x.quantity])
    expect(q).toEqual([
      ['optics', 'about 35 percent'],
      ['engine parts', 'about 35 percent'],
    ])
  })
  it('gives an exercise the number of troops it involves', () => {
    const c = claimsOf('Russia and Belarus began joint exercises involving about 12,000 troops.', M)
      .map(brief)
      .find((x) => x.relation === 'EXERCISE')
    expect(c?.quantity).toBe('about 12,000 troops')
  })
  it('leaves a sum that values nothing supplied', () => {
    const c = claimsOf('Belarus sent tanks to Russia, and its budget was worth $2 billion.', M)
      .map(brief)
      .find((x) => x.relation === 'TRANSFER')
    expect(c?.quantity ?? null).toBeNull()
  })
})

describe('lists the object phrase does not hold', () => {
  const rows = (text: string, relation: string) =>
    claimsOf(text, M)
      .map(brief)
      .filter((c) => c.relation === relation)
      .map((c) => [c.agent, c.recipient, c.item])
  it('a list joined on after the prepositional phrases: one claim per member', () => {
    expect(
      rows('Russia moved 4,000 troops into Belarus, along with attack helicopters and Su-25 jets.', 'DEPLOY'),
    ).toEqual([
      ['Russia', null, '4,000 troops'],
      ['Russia', null, 'attack helicopters'],
      ['Russia', null, 'Su-25 jets'],
    ])
  })
  it('partners joined on are no goods', () => {
    expect(rows('Belarus sent shells to Russia, together with its allies.', 'TRANSFER')).toEqual([
      ['Belarus', 'Russia', 'shells'],
    ])
  })
  it('munitions launched or fired: one attack each', () => {
    expect(
      rows('Russian rockets and drones were fired from the Gomel region.', 'ATTACK').map((r) => r[2]),
    ).toEqual(['Russian rockets', 'drones'])
  })
  it('named targets as the object: one attack each, the target as item', () => {
    expect(rows('Russian forces shelled Kyiv and Gomel from Belarus.', 'ATTACK')).toEqual([
      ['Russian Armed Forces', 'Kyiv', 'Kyiv'],
      ['Russian Armed Forces', 'Gomel', 'Gomel'],
    ])
  })
})

describe('an offensive is an attack only when launched or prepared', () => {
  it.each([
    ['Moscow is said to be preparing a new offensive in the north.', 1],
    ['Kyiv fears a renewed offensive from the north.', 0],
    ['For a new offensive from Belarus, Russia would need a far larger grouping.', 0],
  ])('%s', (text, n) => {
    expect(claimsOf(text, M).filter((c) => c.relation === 'ATTACK')).toHaveLength(n)
  })
})

describe('"reinforce" deploys only forces', () => {
  const items = (text: string) =>
    claimsOf(text, M)
      .filter((c) => c.relation === 'DEPLOY')
      .map((c) => c.item?.text)
  it('a grouping reinforced is deployed', () => {
    expect(items('Russia is reinforcing its grouping in Belarus.')).toEqual(['grouping'])
  })
  it('the protection of a border reinforced is not', () => {
    expect(items('Russian troops arrived to reinforce the protection of the border.')).not.toContain(
      'protection of the border',
    )
  })
})

describe('a state that agrees with no other party named', () => {
  const agreements = (text: string) =>
    claimsOf(text, M)
      .map(brief)
      .filter((c) => c.relation === 'AGREE')
      .map((c) => [c.agent, c.recipient, c.item, c.hedge])
  it('agrees to do something: the agreement has its own item', () => {
    expect(agreements('Officials said Belarus had agreed to host two more air-defence units.')).toEqual([
      ['Belarus', null, 'host two more air-defence units', 'asserted'],
    ])
  })
  it('a past-tense clause after ", and" is a clause of its own', () => {
    expect(
      agreements(
        'Putin and Lukashenko met in Minsk, and Lukashenko denied that Belarus had agreed to host mercenaries.',
      ),
    ).toContainEqual(['Belarus', null, 'host mercenaries', 'denied'])
  })
  it('a person or a group agreeing with nobody named is no agreement', () => {
    expect(agreements('Analysts agree that the threat is low.')).toEqual([])
  })
})

describe('the receiver read from the nationality of the weapons served', () => {
  const recipients = (text: string, relation: string) =>
    claimsOf(text, M)
      .map(brief)
      .filter((c) => c.relation === relation)
      .map((c) => c.recipient)
  it('weapons repaired serve the armed forces that use them', () => {
    expect(recipients('Dobrush Tractor Works is overhauling damaged Russian howitzers.', 'REPAIR')).toEqual([
      'Russian Armed Forces',
    ])
  })
  it('parts made for a nation’s weapons go to that nation', () => {
    expect(recipients('Orsha Gear Plant makes gearboxes for Russian missile launchers.', 'PRODUCE')).toEqual([
      'Russia',
    ])
  })
  it('a later handover by the same state with no receiver goes the way the last one went', () => {
    const text =
      'Belarus transferred 90 old tanks to Russia in 2022. Belarus has not transferred any of its newest howitzers.'
    expect(recipients(text, 'TRANSFER')).toEqual(['Russia', 'Russia'])
    expect(recipients('Belarus has not transferred any of its newest howitzers.', 'TRANSFER')).toEqual([null])
  })
  it('parts that go into a nation’s weapons go to that nation', () => {
    expect(
      recipients('Orsha Gear Plant produces gearboxes that go straight into Russian tanks.', 'PRODUCE'),
    ).toEqual(['Russia'])
  })
  it('no receiver from goods that are no weapons, or from the maker’s own country', () => {
    expect(recipients('Orsha Gear Plant produces gearboxes for Russian tractors.', 'PRODUCE')).toEqual([null])
    expect(recipients('Belarusian plants produce gearboxes for Belarusian tanks.', 'PRODUCE')).toEqual([null])
  })
})

describe('what a speaker goes on to say after ", saying"', () => {
  it('is asserted whatever the verb before, and the participle is no part of the item', () => {
    const c = claimsOf(
      'The spokesman rejected the report, saying Russian Su-25 jets stationed near Gomel had flown sorties.',
      M,
    )
      .map(brief)
      .find((x) => x.relation === 'DEPLOY')
    expect(c).toMatchObject({ agent: 'Russian Armed Forces', item: 'Russian Su-25 jets', hedge: 'asserted' })
  })
})

describe('several targets of one sanction', () => {
  it('gives one claim per named target', () => {
    const claims = claimsOf('The UK sanctioned Peleng, the analyst Tom Hale and MZKT on Friday.', M)
      .map(brief)
      .filter((c) => c.relation === 'SANCTION')
    expect(claims.map((c) => [c.agent, c.recipient])).toEqual([
      ['United Kingdom', 'Peleng'],
      ['United Kingdom', 'Tom Hale'],
      ['United Kingdom', 'Minsk Wheeled Tractor Plant'],
    ])
  })
})

describe('a second verb of the subject', () => {
  it('reads "… modernised jets in 2023 and overhauled helicopters" as two repairs of one plant', () => {
    const claims = claimsOf(
      'MZKT modernised twelve Su-25 jets in 2023 and overhauled Mi-8 helicopters, according to Peleng.',
      [...M, ['Mi-8', 'EQUIPMENT', 'Mi-8']],
    )
      .map(brief)
      .filter((c) => c.relation === 'REPAIR')
    expect(claims.map((c) => [c.agent, c.recipient, c.item])).toEqual([
      ['Minsk Wheeled Tractor Plant', null, 'twelve Su-25 jets'],
      ['Minsk Wheeled Tractor Plant', null, 'Mi-8 helicopters'],
    ])
  })
})

describe('a pair named by a plural', () => {
  it('reads "the two presidents" and "the leaders" as the last two leaders named', () => {
    const text =
      'Putin and Lukashenko spent five hours in Sochi. The two presidents agreed on a loan, an aide told reporters. The leaders last met in Minsk in December.'
    const claims = claimsOf(text, M).map(brief)
    expect(claims.filter((c) => c.relation === 'AGREE' || c.relation === 'MEET')).toMatchObject([
      { relation: 'AGREE', agent: 'Vladimir Putin', recipient: 'Alexander Lukashenko' },
      { relation: 'MEET', agent: 'Vladimir Putin', recipient: 'Alexander Lukashenko' },
    ])
  })
})

describe('item boundaries', () => {
  it.each([
    [
      'Russia moved the Iskander systems, which Moscow began sending to Belarus in May.',
      'TRANSFER',
      'Iskander systems',
    ],
    ['Putin said Russia "could station" new missiles in Belarus.', 'DEPLOY', 'new missiles'],
    ['Russia moved armoured vehicles toward the border.', 'DEPLOY', 'armoured vehicles'],
    ['Belarus sent tanks towards Smolensk in March.', 'TRANSFER', 'tanks'],
    ['Belarus has sent soldiers to fight in Ukraine.', 'DEPLOY', 'soldiers'],
  ])('%s', (sentence, relation, item) => {
    const c = claimsOf(sentence, M)
      .map(brief)
      .find((x) => x.relation === relation)
    expect(c?.item).toBe(item)
  })
})

describe('time of the event', () => {
  const timeOf = (s: string, rel: string) =>
    claimsOf(s, M).find((c) => c.relation === rel)?.time?.text ?? null
  it.each([
    ['The ministry said on Monday that Russian troops arrived in Gomel in May.', 'DEPLOY', 'in May'],
    ['On Monday the ministry said Russia had sent tanks to Belarus in March.', 'TRANSFER', 'March'],
    ['In October Lukashenko announced that Russian troops would arrive in Belarus.', 'DEPLOY', null],
    ['Russia deployed troops to Belarus in February, the ministry said on Tuesday.', 'DEPLOY', 'February'],
  ])('%s', (sentence, rel, time) => {
    const t = timeOf(sentence, rel)
    if (time === null) expect(t).toBeNull()
    else expect(t ?? '').toContain(time.replace(/^in /, ''))
  })
})

// Claims framed as belief, report or plan keep their subject (their hedges come from the packaged
// cues: see hedge.test.ts); subjects found through a gerund or an apposition.
// [sentence, relation, agent]
const FRAMED: Array<[string, string, string]> = [
  ['Belarus is believed to have supplied shells to Russia.', 'SUPPLY', 'Belarus'],
  ['MZKT is reported to have shipped chassis to Russia.', 'SUPPLY', 'Minsk Wheeled Tractor Plant'],
  ['Peleng plans to produce thermal sights for Russia.', 'PRODUCE', 'Peleng'],
  ['Lukashenko offered to repair Russian helicopters.', 'REPAIR', 'Alexander Lukashenko'],
  ['Minsk helped Moscow by supplying fuel.', 'SUPPLY', 'Minsk'],
  ['The EU sanctioned Peleng, a plant producing sights for Russian tanks.', 'PRODUCE', 'Peleng'],
  // a territory used as a springboard attacks from it; leaders who sit down meet
  ['Russia used Belarus as a launchpad for its offensive on Kyiv.', 'ATTACK', 'Russia'],
  ['Lukashenko sat down with Putin in Sochi.', 'MEET', 'Alexander Lukashenko'],
  // the works where a repair is done does it
  [
    'Forty Russian trucks went to Gomel for repair at MZKT last year.',
    'REPAIR',
    'Minsk Wheeled Tractor Plant',
  ],
]

describe('beliefs, reports and plans; subjects of gerunds and appositions', () => {
  it.each(FRAMED)('%s → %s by %s', (sentence, relation, agent) => {
    const found = claimsOf(sentence, M)
      .map(brief)
      .find((c) => c.relation === relation)
    expect(found, sentence).toBeDefined()
    expect(found!.agent).toBe(agent)
  })
  it.each([
    // plans as a noun, a means with no actor, an apposition that names no actor
    ['The plans to produce drones were shelved.', 'PRODUCE'],
    ['The war is fuelled by supplying arms.', 'SUPPLY'],
    ['The report, a study producing new figures, was cited.', 'PRODUCE'],
  ])('none: %s', (sentence, relation) => {
    expect(claimsOf(sentence, M).filter((c) => c.relation === relation)).toEqual([])
  })
})

describe('clauses after a medium, firms named by their city, followers and a leader\'s "we"', () => {
  it('"said on its channel that X had drilled": the clause after "that" has its own subject', () => {
    const claims = claimsOf(
      'The Russian army said on its Telegram channel that Belarusian crews had practised launches in a joint drill.',
      M,
    ).map(brief)
    expect(claims.map((c) => c.agent)).not.toContain('Telegram')
  })
  it('"two Gomel firms" are no city; the firms act, unnamed', () => {
    expect(
      claimsOf('Two Gomel firms delivered night sights to Russian units.', M)
        .map(brief)
        .map((c) => c.agent),
    ).not.toContain('Gomel')
  })
  it('"…, and the UK followed suit": the same act by the follower; "followed orders" is none', () => {
    const rel = (text: string) =>
      claimsOf(text, M)
        .map(brief)
        .map((c) => [c.relation, c.agent, c.recipient])
    expect(rel('The EU sanctioned Peleng in 2021, and the UK followed suit a year later.')).toEqual([
      ['SANCTION', 'European Union', 'Peleng'],
      ['SANCTION', 'United Kingdom', 'Peleng'],
    ])
    expect(rel('Russia moved troops to Gomel, and the units followed orders.').length).toBe(1)
  })
  it('a head of state\'s "we" in his own quotation is his state (whole pipeline)', () => {
    const text = '"We will overhaul every helicopter they send us," Lukashenko said in Minsk.'
    const claims = extractDocument(sourceFromText(text, 'we.txt')).claims
    expect(claims.map((c) => [c.relation, c.agent?.canonical])).toEqual([['REPAIR', 'Belarus']])
  })
})

describe('owners before "whose", denied lists joined by "or", and "our" in a leader\'s words', () => {
  const rel = (text: string) =>
    claimsOf(text, M)
      .map(brief)
      .map((c) => [c.relation, c.agent, c.item, c.hedge])
  it('"MZKT, whose lorries have hauled shells from Gomel to Russia": the owner hauls', () => {
    expect(
      rel('MZKT, whose lorries have hauled shells from Gomel to Russia, was listed.')[0]?.slice(0, 2),
    ).toEqual(['TRANSFER', 'Minsk Wheeled Tractor Plant'])
  })
  it('"has not sent a tank, a shell or a soldier": one denied claim per member', () => {
    expect(rel('Minsk has not sent a tank, a shell or a soldier to Russia.')).toEqual([
      ['TRANSFER', 'Minsk', 'tank', 'denied'],
      ['TRANSFER', 'Minsk', 'shell', 'denied'],
      ['DEPLOY', 'Minsk', 'soldier', 'denied'],
    ])
    // without a negation "or" offers alternatives, one item
    expect(rel('Minsk sent tanks or shells to Russia.').length).toBe(1)
    expect(rel('Minsk has sent nothing to Russia.').map((c) => c[3])).toEqual(['denied'])
  })
  it('"our plants" in a head of state\'s quotation are his state\'s industry (whole pipeline)', () => {
    const text = '"Our plants overhaul Russian helicopters," Lukashenko said.'
    const claims = extractDocument(sourceFromText(text, 'our.txt')).claims
    expect(claims.map((c) => [c.relation, c.agent?.canonical])).toEqual([
      ['REPAIR', 'Belarusian military-industrial complex'],
    ])
  })
})
