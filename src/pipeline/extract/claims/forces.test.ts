import { describe, expect, it } from 'vitest'
import { brief, COMMON, claimsOf, type HandMention } from './test-support.js'

const M: readonly HandMention[] = [
  ...COMMON,
  ['Gomel', 'GPE', 'Gomel'],
  ['Lida air base', 'FACILITY', 'Lida air base'],
  ['Zyabrovka airfield', 'FACILITY', 'Zyabrovka airfield'],
  ['Ruzhany', 'FACILITY', 'Ruzhany'],
  ['Su-34', 'EQUIPMENT', 'Su-34'],
  ['Il-76', 'EQUIPMENT', 'Il-76'],
]

// Forces, and equipment of a nation's forces, that arrive, land, stay or are based somewhere.
// [sentence, agent, item fragment, place | null, hedge]
const PRESENT: Array<[string, string, string, string | null, string]> = [
  [
    'Some 400 Russian marines have arrived at Lida air base, the border service says.',
    'Russian Armed Forces',
    '400 Russian marines',
    'Lida air base',
    'asserted',
  ],
  [
    'Two Russian Su-34 bombers landed at Zyabrovka airfield on Monday.',
    'Russian Armed Forces',
    'Su-34',
    'Zyabrovka airfield',
    'asserted',
  ],
  [
    'A Russian Il-76 took off from Ruzhany before dawn.',
    'Russian Armed Forces',
    'Il-76',
    'Ruzhany',
    'asserted',
  ],
  [
    'Belarusian helicopters stayed in Gomel for a week.',
    'Armed Forces of Belarus',
    'helicopters',
    'Gomel',
    'asserted',
  ],
  [
    'The minister said no Russian jets were based at Lida air base.',
    'Russian Armed Forces',
    'jets',
    'Lida air base',
    'denied',
  ],
  ['Russia will likely keep a small contingent in Belarus.', 'Russia', 'contingent', 'Belarus', 'likely'],
  // an appositive closed by a comma before the verb; its owner named by the phrase it describes
  [
    'The Russian contingent, a tank battalion of the Western Military District, arrived in Gomel.',
    'Russian Armed Forces',
    'tank battalion',
    'Gomel',
    'asserted',
  ],
]

// "no <forces> in/at <place>": forces said to be absent.
const ABSENT: Array<[string, string, string, string]> = [
  [
    'The monitors have counted no new Russian units in Gomel since May.',
    'Russian Armed Forces',
    'Russian units',
    'Gomel',
  ],
  [
    'Imagery from April shows no Russian armour at Zyabrovka airfield.',
    'Russian Armed Forces',
    'armour',
    'Zyabrovka airfield',
  ],
]

// Sentences with the same verbs that put no forces anywhere.
const NONE: string[] = [
  'Belarusian officials remain silent about the plan.',
  'The land border remains closed to trucks.',
  'Prices of Russian tanks stayed high.',
  'The delegation arrived in Gomel on Monday.',
  'No decision on the new base has been taken.',
  'Minsk, a city of two million, arrived at a decision.',
]

describe('forces somewhere', () => {
  it.each(PRESENT)('%s', (sentence, agent, item, place, hedge) => {
    const c = claimsOf(sentence, M)
      .map(brief)
      .find((x) => x.relation === 'DEPLOY')
    expect(c, sentence).toBeDefined()
    expect(c!.agent).toBe(agent)
    expect(c!.item ?? '').toContain(item)
    if (place) expect(c!.place).toBe(place)
    expect(c!.hedge).toBe(hedge)
  })
  it.each(ABSENT)('%s', (sentence, agent, item, place) => {
    const c = claimsOf(sentence, M)
      .map(brief)
      .find((x) => x.relation === 'DEPLOY')
    expect(c, sentence).toBeDefined()
    expect(c).toMatchObject({ agent, place, hedge: 'denied' })
    expect(c!.item ?? '').toContain(item)
  })
  it.each(NONE)('%s', (sentence) => {
    expect(claimsOf(sentence, M).filter((c) => c.relation === 'DEPLOY')).toEqual([])
  })
})

describe('lists and modals', () => {
  it('a passive subject that closes a list takes every member', () => {
    const items = claimsOf(
      'About 20 T-72 tanks, 12 BMP-2s and 30 trucks were shipped from Belarus to Russia.',
      M,
    )
      .map(brief)
      .map((c) => [c.relation, c.agent, c.item])
    expect(items).toEqual([
      ['TRANSFER', 'Belarus', 'About 20 T-72 tanks'],
      ['TRANSFER', 'Belarus', '12 BMP-2s'],
      ['TRANSFER', 'Belarus', '30 trucks'],
    ])
  })
  it('an opening phrase before the list is no member', () => {
    const items = claimsOf('In October, 12 BMP-2s and 30 trucks were shipped from Belarus to Russia.', M).map(
      (c) => brief(c).item,
    )
    expect(items).toEqual(['12 BMP-2s', '30 trucks'])
  })
})

describe('relative clauses without a pronoun', () => {
  // [sentence, relation, agent, recipient | null, item]
  const ROWS: Array<[string, string, string, string | null, string]> = [
    ['Analysts counted the shells Minsk sent to Russia last year.', 'TRANSFER', 'Minsk', 'Russia', 'shells'],
    [
      'Officials listed the T-72B3 tanks Belarus handed to Russia in 2022.',
      'TRANSFER',
      'Belarus',
      'Russia',
      'T-72B3 tanks',
    ],
    [
      'Its real contribution is not the tanks it handed over but its plants.',
      'TRANSFER',
      'Belarus',
      null,
      'tanks',
    ],
  ]
  it.each(ROWS)('%s', (sentence, relation, agent, recipient, item) => {
    const text = `Belarus is a close ally of Russia. ${sentence}`
    const c = claimsOf(text, M)
      .map(brief)
      .find((x) => x.relation === relation)
    expect(c, sentence).toBeDefined()
    expect(c).toMatchObject({ agent, item })
    if (recipient) expect(c!.recipient).toBe(recipient)
  })
  it('"they" before a verb is no such clause: the workers know where the products they make go', () => {
    expect(claimsOf('Workers know where the products they manufacture are going.', M)).toEqual([])
  })
  it('an object that opens with "no" denies the claim', () => {
    const c = claimsOf('Minsk sent no troops to Ukraine.', M).map(brief)
    expect(c).toEqual([expect.objectContaining({ relation: 'DEPLOY', agent: 'Minsk', hedge: 'denied' })])
  })
})

describe('two nations named together', () => {
  const brief2 = (text: string, relation: string) =>
    claimsOf(text, M)
      .map(brief)
      .filter((c) => c.relation === relation)
      .map((c) => [c.agent, c.recipient, c.hedge])
  it('a joint exercise: the first nation’s forces with the second’s', () => {
    expect(
      brief2('The joint Russian-Belarusian exercise began on Friday at six ranges.', 'EXERCISE'),
    ).toEqual([['Russian Armed Forces', 'Armed Forces of Belarus', 'asserted']])
    expect(brief2('Russian and Belarusian troops held joint drills near Gomel.', 'EXERCISE')).toEqual([
      ['Russian Armed Forces', 'Armed Forces of Belarus', 'asserted'],
    ])
  })
  it('"the drills" later are the exercise named before', () => {
    const text =
      'The joint Russian-Belarusian exercise began on Friday. The drills will run until 16 September.'
    expect(brief2(text, 'EXERCISE')).toEqual([
      ['Russian Armed Forces', 'Armed Forces of Belarus', 'asserted'],
      ['Russian Armed Forces', 'Armed Forces of Belarus', 'asserted'],
    ])
  })
  it('a build-up by each side named, denied after "no"', () => {
    expect(brief2('Border guards recorded no Russian or Belarusian build-up near Gomel.', 'DEPLOY')).toEqual([
      ['Russian Armed Forces', null, 'denied'],
      ['Armed Forces of Belarus', null, 'denied'],
    ])
    expect(brief2('Kyiv reports a Russian build-up near Gomel.', 'DEPLOY')).toEqual([
      ['Russian Armed Forces', null, 'asserted'],
    ])
    expect(brief2('There has been no new deployment.', 'DEPLOY')).toEqual([])
  })
  it('a phrase around an exercise already named is background', () => {
    const text = 'Belarus held drills in May. Alongside the drills, Belarus summoned 3,000 reservists.'
    expect(brief2(text, 'EXERCISE')).toHaveLength(1)
    expect(brief2(text, 'MOBILIZE')).toEqual([['Belarus', null, 'asserted']])
  })
})

describe('"the plant", "the company"', () => {
  const M2: readonly HandMention[] = [
    ...M,
    ['MZKT', 'ORG', 'Minsk Wheeled Tractor Plant'],
    ['Peleng', 'ORG', 'Peleng'],
    ['Rostec', 'ORG', 'Rostec'],
    ['Ministry of Defence', 'ORG', 'Ministry of Defence of Belarus'],
  ]
  const agents = (text: string) =>
    claimsOf(text, M2)
      .map(brief)
      .map((c) => [c.relation, c.agent])
  it('refer back to the organisation named before; "the plant" to a plant by its name', () => {
    expect(
      agents('Peleng employs optics engineers. The company also refurbished two tanks in 2023.'),
    ).toEqual([['REPAIR', 'Peleng']])
    expect(
      agents('MZKT lies near Minsk, and Peleng is nearby. In 2019 the plant signed a contract with Rostec.'),
    ).toEqual([['AGREE', 'Minsk Wheeled Tractor Plant']])
  })
  it('never to a state body', () => {
    expect(agents('The Ministry of Defence spoke on Monday. The company repaired two tanks.')).toEqual([])
  })
  it('"the facility" to the plant named before', () => {
    expect(
      agents('MZKT lies near Minsk, and Peleng is nearby. The facility has serviced tanks since 2022.'),
    ).toEqual([['REPAIR', 'Minsk Wheeled Tractor Plant']])
    expect(
      agents('The Ministry of Defence spoke on Monday. The facility has serviced tanks since 2022.'),
    ).toEqual([])
  })
})

describe('forces that leave, and lists of aircraft', () => {
  const moves = (text: string) =>
    claimsOf(text, M)
      .map(brief)
      .filter((c) => c.relation === 'DEPLOY' || c.relation === 'OTHER')
      .map((c) => [c.relation, c.agent, c.item])
  it.each([
    ['About 900 Russian troops pulled out of Gomel last week.', 'About 900 Russian troops'],
    ['Two Russian Su-34 bombers took off for Russia on Monday.', 'Two Russian Su-34 bombers'],
    ['Three battalions of Russian troops returned to Russia by rail.', 'Three battalions of Russian troops'],
    ['The Russian helicopters were ferried back across the border on flatcars.', 'Russian helicopters'],
    ['Russian troops, by contrast, have largely left Gomel.', 'Russian troops'],
  ])('%s is a withdrawal', (text, item) => {
    expect(moves(text)).toEqual([['OTHER', 'Russian Armed Forces', item]])
  })
  it('a state that withdraws its forces', () => {
    expect(moves('Russia withdrew its last Su-34 bombers from Lida air base in May.')).toEqual([
      ['OTHER', 'Russia', 'last Su-34 bombers'],
    ])
  })
  it('a promise to leave, or leaving after something, is none', () => {
    expect(moves('Moscow said the Russian troops would return home after the drills.')).toEqual([])
    expect(moves('Repairs resumed after Russian units withdrew from Gomel.')).toEqual([])
    expect(moves('Belarusian officials left the meeting early.')).toEqual([])
    expect(moves('Belarus’s own army may be left short of Russian tanks.')).toEqual([])
  })
  it('"took off from" a base puts them there; "left behind" keeps them', () => {
    expect(moves('A Russian Il-76 took off from Ruzhany at dawn.')).toEqual([
      ['DEPLOY', 'Russian Armed Forces', 'Russian Il-76'],
    ])
    expect(moves('Russian troops left some units behind in Gomel.')[0]?.[0]).toBe('DEPLOY')
  })
  it('one claim per listed aircraft type, owned by the forces named before', () => {
    const text =
      'Russian aircraft arrived in Belarus. Su-34 bombers and Il-76 transports were seen arriving at Lida air base.'
    const found = moves(text)
    expect(found.map((c) => c.slice(0, 2))).toEqual([
      ['DEPLOY', 'Russian Armed Forces'],
      ['DEPLOY', 'Russian Armed Forces'],
      ['DEPLOY', 'Russian Armed Forces'],
    ])
    expect(found[1]![2]).toBe('Su-34 bombers')
    expect(found[2]![2]).toMatch(/^Il-76/)
  })
  it('"the jets" are of the nation named earlier in the same sentence, before the forces of the last one', () => {
    const text =
      'The Belarusian military held drills in May. A Russian signals battalion is still in Gomel, but the jets went home in June.'
    expect(moves(text).at(-1)?.slice(0, 2)).toEqual(['OTHER', 'Russian Armed Forces'])
  })
})

describe('loads on the route the document gave', () => {
  const transfers = (text: string) =>
    claimsOf(text, M)
      .map(brief)
      .filter((c) => c.relation === 'TRANSFER')
      .map((c) => [c.agent, c.recipient, c.item])
  it('trains that haul goods, or cross into the destination, move from the origin named before', () => {
    const text =
      'In May, 30 tanks were shipped from Belarus to Russia. The trains hauled 12 T-72B3 tanks and 80 wagons of shells. Most of the trains crossed into Russia at night.'
    expect(transfers(text)).toEqual([
      ['Belarus', 'Russia', '30 tanks'],
      ['Belarus', 'Russia', '12 T-72B3 tanks'],
      ['Belarus', 'Russia', '80 wagons of shells'],
      ['Belarus', 'Russia', 'Most of the trains'],
    ])
  })
  it('with no route named before, a load without an origin is no claim', () => {
    expect(transfers('The trains hauled 12 T-72B3 tanks and 80 wagons of shells.')).toEqual([])
  })
  it('a load leaving a state a demonym names, and one bound on the route after its auxiliary', () => {
    expect(transfers('At least 900 wagons left Belarusian stations for Russia in May.')).toEqual([
      ['Belarus', 'Russia', 'At least 900 wagons'],
    ])
    const text =
      'In May, 30 tanks were shipped from Belarus to Russia. The wagons were nearly always bound for Bryansk.'
    expect(transfers(text)).toEqual([
      ['Belarus', 'Russia', '30 tanks'],
      ['Belarus', 'Russia', 'wagons'],
    ])
    expect(transfers('The wagons were bound for Russia. The wagons were empty.')).toEqual([])
  })
  it('"with at least N": the quantity opens the item', () => {
    const c = claimsOf('Belarus has provided Russia with at least 100 T-72B3 tanks.', M).map(brief)
    expect(c).toEqual([
      expect.objectContaining({ relation: 'SUPPLY', recipient: 'Russia', item: 'at least 100 T-72B3 tanks' }),
    ])
  })
})

describe('denials in the subject, and a verb after "and" that shares it', () => {
  it('"not one Belarusian soldier is fighting": denied, by the Belarusian armed forces', () => {
    const c = claimsOf('Not one Belarusian soldier is fighting in Ukraine.', M).map(brief)
    expect(c).toEqual([
      expect.objectContaining({ relation: 'OTHER', agent: 'Armed Forces of Belarus', hedge: 'denied' }),
    ])
  })
  it('"Belarus is not a party to the war and has not handed over any weapons"', () => {
    const c = claimsOf(
      'He said Belarus is not a party to the war and has not handed over any weapons to Moscow.',
      M,
    ).map(brief)
    expect(c).toContainEqual(
      expect.objectContaining({
        relation: 'TRANSFER',
        agent: 'Belarus',
        recipient: 'Moscow',
        hedge: 'denied',
      }),
    )
  })
})

describe('attacks by equipment, and what is launched without an attack', () => {
  const M3: readonly HandMention[] = [
    ...M,
    ['Kyiv', 'GPE', 'Kyiv'],
    ['Chernihiv', 'GPE', 'Chernihiv'],
    ['Iskander', 'EQUIPMENT', 'Iskander'],
  ]
  const attacks = (text: string) =>
    claimsOf(text, M3)
      .map(brief)
      .filter((c) => c.relation === 'ATTACK' || c.relation === 'EXERCISE')
      .map((c) => [c.relation, c.agent, c.recipient])
  it('"Russian Iskanders fired at Kyiv and Chernihiv": the forces that own them, one attack per target', () => {
    expect(
      attacks(
        'Officers said Russian Iskander missiles fired at Kyiv and Chernihiv from launch sites in Gomel.',
      ),
    ).toEqual([
      ['ATTACK', 'Russian Armed Forces', 'Kyiv'],
      ['ATTACK', 'Russian Armed Forces', 'Chernihiv'],
    ])
  })
  it('"launched the active phase of their joint exercise" is the exercise', () => {
    expect(
      attacks('Russia and Belarus launched the active phase of their joint exercise on Thursday.'),
    ).toEqual([['EXERCISE', 'Russia', 'Belarus']])
    expect(attacks('Minsk launched an investigation into the blast.')).toEqual([])
  })
  it('a place the subject is in is not the actor', () => {
    expect(claimsOf('The old plant in Gomel has been refurbishing Russian tanks since 2022.', M3)).toEqual([])
  })
})

describe('bringing, hosting, going home, and loads of forces', () => {
  const moves = (text: string) =>
    claimsOf(text, M)
      .map(brief)
      .filter((c) => c.relation === 'DEPLOY' || c.relation === 'OTHER')
      .map((c) => [c.relation, c.agent, c.hedge])
  it('"brought 30,000 troops into Belarus"', () => {
    expect(moves('Russia had brought around 30,000 troops into Belarus.')).toEqual([
      ['DEPLOY', 'Russia', 'asserted'],
    ])
  })
  it('"ready to host Russian forces permanently": the forces hosted deploy', () => {
    expect(moves('He added that Belarus was ready to host Russian forces permanently.')).toEqual([
      ['DEPLOY', 'Russian Armed Forces', 'possible'],
    ])
  })
  it('"the combat jets went home": the forces named before withdraw', () => {
    expect(moves('Russian aircraft were in Belarus. The combat jets went home in 2023.')).toEqual([
      ['DEPLOY', 'Russian Armed Forces', 'asserted'],
      ['OTHER', 'Russian Armed Forces', 'asserted'],
    ])
  })
  it('"trains carrying Russian troops and equipment have arrived": the load deploys', () => {
    expect(
      moves('Nine military trains carrying Russian troops and equipment have arrived in Gomel.')[0],
    ).toEqual(['DEPLOY', 'Russian Armed Forces', 'asserted'])
  })
})

describe('conditions, coordinated verbs and who holds exercises', () => {
  it('"If Russian bombers ever start arriving…" puts no forces anywhere', () => {
    expect(
      claimsOf('If Russian bombers ever start arriving at Lida air base again, that is the warning sign.', M),
    ).toEqual([])
  })
  it('"have not supplied and do not supply X": the object after the second verb, denied', () => {
    const c = claimsOf(
      'Belarusian enterprises have not supplied and do not supply military vehicles to Russia.',
      M,
    ).map(brief)
    expect(c[0]).toMatchObject({
      relation: 'SUPPLY',
      item: 'military vehicles',
      recipient: 'Russia',
      hedge: 'denied',
    })
  })
  it('"the drills" after a speaker are not the speaker’s', () => {
    const M2: readonly HandMention[] = [
      ...M,
      ['Ministry of Defence', 'ORG', 'Ministry of Defence of Belarus'],
    ]
    const text = 'The Ministry of Defence announced it on Monday. The drills will run until 20 February.'
    expect(claimsOf(text, M2).filter((c) => c.relation === 'EXERCISE')).toEqual([])
  })
})

// "send them": the pronoun stands for troops when the sentence before named troops.
describe('a pronoun object for troops named before', () => {
  const rel = (text: string) =>
    claimsOf(text, M)
      .map(brief)
      .filter((c) => c.item === 'them')
      .map((c) => [c.relation, c.agent])
  it.each([
    ['Will Belarusian soldiers ever fight in Ukraine? Lukashenko will not send them.', 'DEPLOY'],
    ['Minsk trained two new battalions this spring. Lukashenko sent them to the border.', 'DEPLOY'],
    ['Belarus keeps old tanks in storage. Lukashenko will send them to Russia.', 'TRANSFER'],
    [
      'Lukashenko met the soldiers in May. The officers liked him. Lukashenko sent them to Russia.',
      'TRANSFER',
    ],
  ])('%s', (text, relation) => {
    expect(rel(text)).toEqual([[relation, 'Alexander Lukashenko']])
  })
})

describe('forces whose owner the sentence or the text before gives', () => {
  const M4: readonly HandMention[] = [
    ...M,
    ['Dubrava range', 'FACILITY', 'Dubrava range'],
    ['Kolno station', 'FACILITY', 'Kolno station'],
    ['Tor-M2', 'EQUIPMENT', 'Tor'],
    ['Russian Ministry of Defence', 'ORG', 'Ministry of Defence of Russia'],
  ]
  const deploys = (text: string) =>
    claimsOf(text, M4)
      .map(brief)
      .filter((c) => c.relation === 'DEPLOY' || c.relation === 'OTHER')
      .map((c) => [c.relation, c.agent, c.item, c.quantity, c.place, c.hedge])
  // [text, relation, agent, item, place | null, hedge]
  const ROWS: Array<[string, string, string, string, string | null, string]> = [
    [
      'Some 900 Russian paratroopers left the Dubrava range on Friday, while a second battalion of roughly equal strength arrived at Kolno station.',
      'DEPLOY',
      'Russian Armed Forces',
      'second battalion of roughly equal strength',
      'Kolno station',
      'asserted',
    ],
    [
      'The Russian Ministry of Defence reported that the vanguard echelon of its paratroopers had landed at Lida air base.',
      'DEPLOY',
      'Russian Armed Forces',
      'vanguard echelon of its paratroopers',
      'Lida air base',
      'asserted',
    ],
    [
      'Around 30 Russian armoured vehicles were parked in rows at Kolno station.',
      'DEPLOY',
      'Russian Armed Forces',
      'Around 30 Russian armoured vehicles',
      'Kolno station',
      'asserted',
    ],
    [
      'Russian Tor-M2 launchers were being unloaded from flatcars at Kolno station on Sunday.',
      'DEPLOY',
      'Russian Armed Forces',
      'Russian Tor-M2 launchers',
      'Kolno station',
      'asserted',
    ],
    [
      'Two Russian Il-76 transports flew in for the drills on Monday.',
      'DEPLOY',
      'Russian Armed Forces',
      'Two Russian Il-76',
      null,
      'asserted',
    ],
    [
      'Local monitors photographed four Russian T-72B3 tanks on a platform at Kolno station.',
      'DEPLOY',
      'Russian Armed Forces',
      'four Russian T-72B3 tanks',
      'Kolno station',
      'asserted',
    ],
    [
      'Commercial satellite pictures show eight Russian-marked helicopters parked on the apron of Lida air base.',
      'DEPLOY',
      'Russian Armed Forces',
      'eight Russian-marked helicopters',
      'Lida air base',
      'asserted',
    ],
    [
      'Russian air-defence units moved into Belarus in May. Footage showed Tor-M2 launchers being unloaded at Kolno station.',
      'DEPLOY',
      'Russian Armed Forces',
      'Tor-M2 launchers',
      'Kolno station',
      'asserted',
    ],
    [
      'The border guards had not recorded any Belarusian armoured vehicles crossing into Ukraine.',
      'DEPLOY',
      'Armed Forces of Belarus',
      'any Belarusian armoured vehicles',
      'Ukraine',
      'denied',
    ],
    [
      'A company of Russian marines has been sighted near Gomel twice this week.',
      'DEPLOY',
      'Russian Armed Forces',
      'company of Russian marines',
      'Gomel',
      'asserted',
    ],
    [
      'Long columns of Belarusian armoured vehicles were filmed driving through Gomel at night.',
      'DEPLOY',
      'Armed Forces of Belarus',
      'Belarusian armoured vehicles',
      'Gomel',
      'asserted',
    ],
    [
      'Four Russian Tor-M2 launchers are now positioned near Kolno station.',
      'DEPLOY',
      'Russian Armed Forces',
      'Four Russian Tor-M2 launchers',
      'Kolno station',
      'asserted',
    ],
    [
      'No journalist has photographed Russian helicopters at Lida air base since March.',
      'DEPLOY',
      'Russian Armed Forces',
      'Russian helicopters',
      'Lida air base',
      'denied',
    ],
    [
      'Nobody in the town has seen Russian armour at Kolno station.',
      'DEPLOY',
      'Russian Armed Forces',
      'Russian armour',
      'Kolno station',
      'denied',
    ],
    [
      'Minsk might let Russian combat aviation return to Lida air base next year.',
      'DEPLOY',
      'Russian Armed Forces',
      'Russian combat aviation',
      'Lida air base',
      'possible',
    ],
    [
      'In the end Minsk permitted Russian Su-34 bombers to land at Zyabrovka airfield.',
      'DEPLOY',
      'Russian Armed Forces',
      'Russian Su-34 bombers',
      'Zyabrovka airfield',
      'asserted',
    ],
    [
      'Border officials confirmed the arrival of some 350 Russian marines at Kolno station on Friday.',
      'DEPLOY',
      'Russian Armed Forces',
      'some 350 Russian marines',
      'Kolno station',
      'asserted',
    ],
    [
      'Analysts warned that Russia could leave two battalions behind in Belarus.',
      'DEPLOY',
      'Russia',
      'two battalions',
      'Belarus',
      'possible',
    ],
  ]
  it.each(ROWS)('%s', (text, relation, agent, item, place, hedge) => {
    const found = deploys(text)
      .filter((c) => c[0] === relation && String(c[2]).startsWith(item))
      .map((c) => [c[0], c[1], c[4], c[5]])
    expect(found, text).toContainEqual([relation, agent, place, hedge])
  })
  it('one claim per counted item, the count of the forces included', () => {
    const text =
      'The ministry said the Russian grouping would number 6,500 servicemen and that about 80 tanks, up to 120 armoured vehicles and 60 artillery pieces would arrive next week.'
    expect(deploys(text).map((c) => [c[0], c[1], c[3]])).toEqual([
      ['DEPLOY', 'Russian Armed Forces', '6,500 servicemen'],
      ['DEPLOY', 'Russian Armed Forces', 'about 80 tanks'],
      ['DEPLOY', 'Russian Armed Forces', 'up to 120 armoured vehicles'],
      ['DEPLOY', 'Russian Armed Forces', '60 artillery pieces'],
    ])
  })
  it('a list of counted forces gives one claim per member, not one more for the whole list', () => {
    expect(
      deploys('About 600 Russian troops and 25 tanks have arrived at Lida air base.').map((c) => c[2]),
    ).toEqual(['About 600 Russian troops', '25 tanks'])
  })
  it('"the jets were already there", "the Russians are here": forces named before, or a people for its forces', () => {
    const there = deploys(
      'Russian jets arrived in Belarus in 2021. When the war began, the jets were already there.',
    )
    expect(there.at(-1)?.slice(0, 3)).toEqual(['DEPLOY', 'Russian Armed Forces', 'jets'])
    expect(
      deploys('The Russians are here to guard the border, a Gomel resident said.')[0]?.slice(0, 2),
    ).toEqual(['DEPLOY', 'Russian Armed Forces'])
    expect(deploys('Nobody knows where the jets were. They were already there.')).toEqual([])
  })
  it.each([
    // a forecast, advice, a background clause, a condition
    'Analysts expect that Russian troops will arrive in Gomel next month.',
    'Russian troops should remain in Belarus, the analyst argued.',
    'Prices in Gomel have risen since the Russian jets landed there in 2022.',
    'If Russian jets are there, the talks will fail.',
    // what is seen is no place; an object of another verb; an activity; no forces in particular
    'Drone footage showed Russian tanks in poor condition.',
    'Saboteurs set fire to a Russian Il-76 parked at Zyabrovka airfield.',
    'On Monday, Russian Su-34 and Belarusian Su-25 jets flew joint patrols along the border.',
    'Russian jets left Lida air base in May. Not a single plane would take off from Zyabrovka airfield, he vowed.',
    // an arrival as background or as expected
    'Rents in Gomel have doubled since the arrival of Russian marines at Kolno station.',
    'Local officials expect the arrival of Russian marines at Kolno station in June.',
    // seen leaving is no arrival
    'Russian helicopters were filmed leaving Gomel on Sunday.',
    // "number" as a noun
    'The number of Russian troops in Gomel has fallen to 2,000.',
  ])('none: %s', (text) => {
    expect(deploys(text).filter((c) => c[0] === 'DEPLOY')).toEqual([])
  })
})

describe('forces a state has somewhere, and forces named by what holds them', () => {
  const M5: readonly HandMention[] = [
    ...M,
    ['Brest', 'GPE', 'Brest'],
    ['Kolno station', 'FACILITY', 'Kolno station'],
  ]
  const deploys = (text: string) =>
    claimsOf(text, M5)
      .map(brief)
      .filter((c) => c.relation === 'DEPLOY')
      .map((c) => [c.agent, c.item, c.place, c.hedge])
  // [text, agent, item, place, hedge]
  it.each([
    [
      'Moscow now has roughly 3,000 soldiers in Gomel.',
      'Moscow',
      'roughly 3,000 soldiers',
      'Gomel',
      'asserted',
    ],
    [
      'Russia had two Su-25 squadrons at Lida air base in 2021.',
      'Russia',
      'two Su-25 squadrons',
      'Lida air base',
      'asserted',
    ],
    ['Belarus has no troops in Ukraine, Lukashenko said.', 'Belarus', 'no troops', 'Ukraine', 'denied'],
    [
      'Russia does not have any paratroopers at Kolno station.',
      'Russia',
      'any paratroopers',
      'Kolno station',
      'denied',
    ],
  ])('has forces somewhere: %s', (text, agent, item, place, hedge) => {
    expect(deploys(text)).toContainEqual([agent, item, place, hedge])
  })
  it.each([
    // forces alone, a capacity, a perfect of another verb, no place, no actor
    'Russia has enough troops to overrun Gomel.',
    'Belarus has 45,000 soldiers, the analyst estimated.',
    'Russia has lost troops in Ukraine.',
    'Russia has more tanks in storage than it needs.',
    'The region has soldiers in every village.',
  ])('none: %s', (text) => {
    expect(deploys(text)).toEqual([])
  })
  it('camps set up and positions taken are deployments of the forces that take them', () => {
    expect(deploys('Russian paratroopers set up camp near Brest in June.')).toEqual([
      ['Russian Armed Forces', 'Russian paratroopers', 'Brest', 'asserted'],
    ])
    expect(deploys('Belarusian battalions have taken up positions near Brest.')[0]?.slice(0, 2)).toEqual([
      'Armed Forces of Belarus',
      'Belarusian battalions',
    ])
  })
  it('"its armed forces", "their plants": what the state named before owns', () => {
    const rel = (text: string) =>
      claimsOf(text, M5)
        .map(brief)
        .map((c) => [c.relation, c.agent])
    expect(
      rel('Belarus insists it wants peace. Its armed forces nevertheless held drills near Brest.'),
    ).toEqual([['EXERCISE', 'Armed Forces of Belarus']])
    expect(rel('Russia is short of shells. Its plants now produce shells around the clock.')).toEqual([
      ['PRODUCE', 'Russian military-industrial complex'],
    ])
    // a possessive of no state names no actor
    expect(rel('The plant is idle. Its workers repaired old Su-25 jets anyway.')).toEqual([])
  })
  it('"around 2,000 soldiers" with no nationality are the forces the text named before', () => {
    expect(
      claimsOf('Russian troops arrived in Gomel in May. Around 2,000 soldiers remain at Kolno station.', M5)
        .map(brief)
        .filter((c) => c.relation === 'DEPLOY')
        .map((c) => [c.agent, c.item]),
    ).toEqual([
      ['Russian Armed Forces', 'Russian troops'],
      ['Russian Armed Forces', 'Around 2,000 soldiers'],
    ])
  })
})

describe('weapons placed, systems on combat duty, forces located, present or counted somewhere', () => {
  const M6: readonly HandMention[] = [...M, ['Brest', 'GPE', 'Brest'], ['Iskander', 'EQUIPMENT', 'Iskander']]
  const deploys = (text: string) =>
    claimsOf(text, M6)
      .map(brief)
      .filter((c) => c.relation === 'DEPLOY')
      .map((c) => [c.agent, c.place, c.quantity])
  it.each([
    ['Russia has placed nuclear warheads in Belarus.', 'Russia', 'Belarus', null],
    ['Russian Iskander launchers were put on combat duty in Gomel.', 'Russia', 'Gomel', null],
    ['Russian bombers are located at Lida air base.', 'Russia', 'Lida air base', null],
    ['The Russian military has been present in Gomel since May.', 'Russian Armed Forces', 'Gomel', null],
    ['Belarus sent a battalion to Brest.', 'Belarus', 'Brest', null],
    [
      'The Russian grouping in Gomel now totals some 12,000 servicemen.',
      'Russian Armed Forces',
      'Gomel',
      '12,000',
    ],
  ])('%s', (text, agent, place, count) => {
    const found = deploys(text)
    expect(found.length, JSON.stringify(found)).toBe(1)
    expect(found[0]!.slice(0, 2)).toEqual([agent, place])
    if (count) expect(found[0]![2]).toContain(count)
  })
  it.each([
    // sanctions placed on a plant, a thing located somewhere, a count of no forces
    'The EU placed MZKT under sanctions.',
    'The plant is located in Brest.',
    'The population of Gomel totals some 500,000 people.',
    'Russian troops are still present.',
  ])('none: %s', (text) => {
    expect(deploys(text)).toEqual([])
  })
})

describe('aircraft called fighters, equipment left behind, crews flown in', () => {
  const M7: readonly HandMention[] = [...M, ['Su-30SM2', 'EQUIPMENT', 'Su-30SM2']]
  const rel = (text: string) =>
    claimsOf(text, M7)
      .map(brief)
      .map((c) => [c.relation, c.agent])
  it.each([
    ['Russia delivered four Su-30SM2 fighters to Belarus.', 'SUPPLY', 'Russia'],
    ['Some Russian equipment stayed behind in Gomel.', 'DEPLOY', 'Russian Armed Forces'],
    ['Russian crews were flown in on transport aircraft.', 'DEPLOY', 'Russian Armed Forces'],
    // fighters with no aircraft named are people
    ['Russia sent 500 fighters to Gomel.', 'DEPLOY', 'Russia'],
  ])('%s → %s by %s', (text, relation, agent) => {
    expect(rel(text)).toContainEqual([relation, agent])
  })
  it('a state that remains a supplier of equipment deploys nothing', () => {
    expect(rel('Belarus remains a key source of equipment for Russia.').map((c) => c[0])).not.toContain(
      'DEPLOY',
    )
  })
})

describe('forces’ kit told by what it includes', () => {
  it.each([
    [
      'A Russian tank battalion arrived in Gomel. Its equipment appears to include Su-34 bombers and a dozen T-72B3 tanks.',
      ['Russian Armed Forces|Su-34 bombers', 'Russian Armed Forces|dozen T-72B3 tanks'],
    ],
    ['The Russian column included Il-76 transports.', ['Russian Armed Forces|Il-76 transports']],
    // no forces to own the kit; no equipment in the list
    ['Its equipment appears to include Su-34 bombers.', []],
    ['The package included sanctions on 20 firms.', []],
    ['The Russian convoy included food and medicine.', []],
  ])('%s', (text, expected) => {
    const got = claimsOf(text, M)
      .filter((c) => text.slice(c.evidence.start).startsWith('Its') || !text.includes('. Its'))
      .map(brief)
      .filter((c) => c.relation === 'DEPLOY' && !/battalion/.test(c.item ?? ''))
      .map((c) => `${c.agent}|${c.item}`)
    expect(got).toEqual(expected)
  })
})
