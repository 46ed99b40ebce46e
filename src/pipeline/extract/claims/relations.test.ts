import { describe, expect, it } from 'vitest'
import { extractDocument } from '../../../app/extract.js'
import { sourceFromText } from '../../../ingest/readers/txt.js'
import { brief, COMMON, claimsOf, type HandMention } from './test-support.js'

const M: readonly HandMention[] = [...COMMON, ['EU', 'ORG', 'European Union']]

// One row per relation: a made-up sentence in the domain's style and the claim it must give.
// [sentence, relation, agent, recipient | null]
const ROWS: Array<[string, string, string, string | null]> = [
  ['Belarus supplies fuel to Russia.', 'SUPPLY', 'Belarus', 'Russia'],
  ['Lukashenko transferred 40 tanks to Russia in May.', 'TRANSFER', 'Alexander Lukashenko', 'Russia'],
  ['Minsk handed over ammunition to the Russian army.', 'TRANSFER', 'Minsk', 'Russian Armed Forces'],
  [
    'The Belarusian defence industry produces optical sights for the Russian army.',
    'PRODUCE',
    'Belarusian military-industrial complex',
    'Russian Armed Forces',
  ],
  ['Belarusian plants repair Russian helicopters.', 'REPAIR', 'Belarusian military-industrial complex', null],
  ['Russia deployed 5,000 troops to Belarus.', 'DEPLOY', 'Russia', null],
  ['Putin met with Lukashenko in Minsk.', 'MEET', 'Vladimir Putin', 'Alexander Lukashenko'],
  ['Lukashenko and Putin agreed on joint air defence.', 'AGREE', 'Alexander Lukashenko', 'Vladimir Putin'],
  ['Russia launched missiles at Ukraine from Belarus.', 'ATTACK', 'Russia', null],
  [
    'The Belarusian military has been holding exercises near the border.',
    'EXERCISE',
    'Armed Forces of Belarus',
    null,
  ],
  ['Belarus mobilised 2,000 reservists.', 'MOBILIZE', 'Belarus', null],
  ['Belarusian troops have not joined the war against Ukraine.', 'OTHER', 'Armed Forces of Belarus', null],
  // seen from the receiving side: the "from" phrase gives, the subject receives
  ['Belarus received new air defence systems from Russia.', 'SUPPLY', 'Russia', 'Belarus'],
  ['Russia carried out missile strikes on Ukraine from Belarus.', 'ATTACK', 'Russia', 'Ukraine'],
  ['The EU imposed restrictions on Belarus.', 'SANCTION', 'European Union', 'Belarus'],
]

describe('one claim per relation', () => {
  it.each(ROWS)('%s → %s', (sentence, relation, agent, recipient) => {
    const claims = claimsOf(sentence, M).map(brief)
    const found = claims.find((c) => c.relation === relation)
    expect(found, JSON.stringify(claims)).toBeDefined()
    expect(found!.agent).toBe(agent)
    if (recipient !== null) expect(found!.recipient).toBe(recipient)
  })
})

describe('role details', () => {
  const W: readonly HandMention[] = [
    ...M,
    ['Wagner', 'ORG', 'Wagner Group'],
    ['Plant 558', 'ORG', '558 Aircraft Repair Plant'],
  ]
  it.each([
    // sending forces deploys them; the destination is a place
    [
      'Belarus denied sending troops to Ukraine.',
      { relation: 'DEPLOY', agent: 'Belarus', place: 'Ukraine', hedge: 'denied' },
    ],
    [
      'Russia has deployed about 2,000 troops to Belarus.',
      { relation: 'DEPLOY', recipient: null, place: 'Belarus' },
    ],
    [
      'Russian forces launched drones from Belarusian territory overnight.',
      { relation: 'ATTACK', place: 'Belarus' },
    ],
    [
      'Plant 558 has repaired at least 30 Russian helicopters.',
      { relation: 'REPAIR', quantity: 'at least 30 Russian helicopters' },
    ],
    [
      'Wagner fighters arrived in Belarus in July.',
      { relation: 'DEPLOY', agent: 'Wagner Group', place: 'Belarus' },
    ],
    [
      'Belarus had supplied Russia with 1,500 tons of fuel.',
      { relation: 'SUPPLY', recipient: 'Russia', item: '1,500 tons of fuel' },
    ],
    [
      'Belarus and Russia began joint exercises on Friday.',
      { relation: 'EXERCISE', agent: 'Belarus', recipient: 'Russia' },
    ],
    [
      'Russia has reportedly moved tactical nuclear weapons to Belarus.',
      { relation: 'DEPLOY', agent: 'Russia', hedge: 'reported' },
    ],
    [
      'Belarusian plants produce up to 20 tons of gunpowder per month.',
      { relation: 'PRODUCE', quantity: 'up to 20 tons' },
    ],
  ] as const)('%s', (sentence, expected) => {
    expect(claimsOf(sentence, W).map(brief)).toContainEqual(expect.objectContaining(expected))
  })
})

describe('quantities and places', () => {
  it('takes the quantity inside the item, not the count of the agent', () => {
    const [c] = claimsOf(
      'In contrast, 940 Russian enterprises supply about 4,000 items to 67 Belarusian plants.',
      COMMON,
    )
    expect(c?.quantity?.text).toBe('about 4,000 items')
    expect(c?.agent?.canonical).toBe('Russian military-industrial complex')
  })
  it('takes the launch area of an attack as its place', () => {
    const [c] = claimsOf('Russia launched missiles at Ukraine from Belarus.', COMMON)
    expect(c?.place?.canonical).toBe('Belarus')
  })
  it('gives a deterministic id', () => {
    const a = claimsOf('Belarus supplies fuel to Russia.', COMMON)
    const b = claimsOf('Belarus supplies fuel to Russia.', COMMON)
    expect(a[0]!.id).toMatch(/^[0-9a-f]{16}$/)
    expect(a[0]!.id).toBe(b[0]!.id)
  })
})

// Work for a customer: a new line, a rising output, orders fulfilled, work for customers.
describe('work for a customer', () => {
  const found = (text: string) =>
    claimsOf(text, [...COMMON, ['Peleng', 'ORG', 'Peleng']]).map((c) => [c.relation, c.agent?.canonical])
  it.each([
    ['Peleng has added a third production line for gun sights.', 'PRODUCE'],
    ['Peleng opened a new production line for night-vision scopes in May.', 'PRODUCE'],
    ['Peleng is expanding output of laser rangefinders for Russian tanks.', 'PRODUCE'],
    ['Peleng has doubled its output of thermal cameras since 2023.', 'PRODUCE'],
    ['Peleng is fulfilling orders for Russian arms makers.', 'SUPPLY'],
    ['Peleng now works mainly for Russian customers.', 'SUPPLY'],
  ])('%s', (text, relation) => {
    expect(found(text)).toContainEqual([relation, 'Peleng'])
  })
  it.each([
    'Peleng said its output fell by a third last year.',
    'Peleng fulfils old civilian contracts only.',
    'An engineer worked for Peleng for ten years.',
    'The director added the production line was idle.',
  ])('nothing: %s', (text) => {
    expect(found(text).filter(([r]) => r === 'PRODUCE' || r === 'SUPPLY')).toEqual([])
  })
})

describe('narrowed triggers', () => {
  const W: readonly HandMention[] = [...M, ['Plant 558', 'ORG', '558 Aircraft Repair Plant']]
  // words that name a relation only in the domain's sense, gated by the words around them
  it.each([
    ['Russia procured machine tools from Belarus.', 'SUPPLY', 'Belarus', 'Russia'],
    ['Plant 558 maintains Russian Su-25 jets.', 'REPAIR', '558 Aircraft Repair Plant', null],
    ['Plant 558 serviced Russian helicopters last year.', 'REPAIR', '558 Aircraft Repair Plant', null],
    ['Plant 558 rebuilt damaged Russian tanks.', 'REPAIR', '558 Aircraft Repair Plant', null],
    ['Russia positioned troops near the border with Ukraine.', 'DEPLOY', 'Russia', null],
    ['Belarusian arms sales to Russia rose sharply.', 'SUPPLY', 'Belarus', 'Russia'],
    ['Lukashenko negotiated with Putin in Sochi.', 'MEET', 'Alexander Lukashenko', 'Vladimir Putin'],
    [
      'Belarusian troops practised shooting down drones near Brest.',
      'EXERCISE',
      'Armed Forces of Belarus',
      null,
    ],
    [
      'Two Russian battalions had completed training at the range near Brest.',
      'EXERCISE',
      'Russian Armed Forces',
      null,
    ],
    ['Russian and Belarusian jets flew joint patrols over Grodno.', 'EXERCISE', 'Russian Armed Forces', null],
  ])('%s → %s', (sentence, relation, agent, recipient) => {
    const claims = claimsOf(sentence, W).map(brief)
    const found = claims.find((c) => c.relation === relation)
    expect(found, JSON.stringify(claims)).toBeDefined()
    expect(found!.agent).toBe(agent)
    if (recipient !== null) expect(found!.recipient).toBe(recipient)
  })

  it.each([
    ['Belarus maintains close ties with Russia.', 'REPAIR'],
    ['Lukashenko positioned himself as a mediator between Russia and Ukraine.', 'DEPLOY'],
    ['Sales of Belarusian potash to Russia rose sharply.', 'SUPPLY'],
    ['The coach practised with the Belarusian team in Minsk.', 'EXERCISE'],
    ['Police patrols were stepped up in Minsk.', 'EXERCISE'],
    ['The training of Belarusian teachers was paid for by Russia.', 'EXERCISE'],
  ])('%s gives no %s', (sentence, relation) => {
    expect(claimsOf(sentence, M).filter((c) => c.relation === relation)).toEqual([])
  })
})

describe('a receiver with no giver named', () => {
  const W: readonly HandMention[] = [
    ...M,
    ['Su-30SM2s', 'EQUIPMENT', 'Su-30', 'su-30'],
    ['MZKT-7930', 'EQUIPMENT', 'MZKT-7930', 'mzkt-7930'],
  ]
  it('the country that makes the equipment received gives it', () => {
    const claims = claimsOf('Belarus received two more Su-30SM2s last spring, the ministry said.', W).map(
      brief,
    )
    expect(claims).toEqual([
      expect.objectContaining({
        relation: 'SUPPLY',
        agent: 'Russia',
        recipient: 'Belarus',
        item: 'two more Su-30SM2s',
      }),
    ])
  })
  it('not when the receiver makes it itself, nor for goods of no known maker', () => {
    expect(claimsOf('Belarus received new MZKT-7930 chassis last year.', W)).toEqual([])
    expect(claimsOf('Belarus received new fighter jets last year.', W)).toEqual([])
  })
})

describe('"the country" as an actor', () => {
  it('is the state named, or named by its adjective, before it', () => {
    const inSentence = claimsOf(
      'The minister said Belarusian plants were busy and that the country would ship 100 trucks to Russia.',
      M,
    ).map(brief)
    expect(inSentence).toContainEqual(expect.objectContaining({ relation: 'TRANSFER', agent: 'Belarus' }))
    const before = claimsOf(
      "Belarus is Russia's closest ally. The country has sent 100 tanks to Russia.",
      M,
    ).map(brief)
    expect(before).toContainEqual(
      expect.objectContaining({ relation: 'TRANSFER', agent: 'Belarus', recipient: 'Russia' }),
    )
  })
  it('is nobody when no state was named', () => {
    expect(claimsOf('The country has sent 100 tanks to the front.', M)).toEqual([])
  })
})

describe('forces owned by a pronoun', () => {
  const W: readonly HandMention[] = [...M, ['the analyst', 'PERSON', 'Anna Berg']]
  it("are the armed forces of the leader named before them ('his soldiers')", () => {
    const claims = claimsOf('Lukashenko worries that most of his soldiers would refuse to fight.', W).map(
      brief,
    )
    expect(claims).toContainEqual(
      expect.objectContaining({ relation: 'OTHER', agent: 'Armed Forces of Belarus' }),
    )
    const deployed = claimsOf('Putin said his troops had deployed to Belarus.', W).map(brief)
    expect(deployed).toContainEqual(
      expect.objectContaining({ relation: 'DEPLOY', agent: 'Russian Armed Forces' }),
    )
  })
  it('are nobody’s when the person before them leads no state', () => {
    expect(claimsOf('The analyst said his soldiers would refuse to fight.', W)).toEqual([])
  })
})

describe('"his country" as an actor', () => {
  it('is the state of the person named before it, a quotation opening after it or not', () => {
    for (const sentence of [
      'Lukashenko said his country makes chassis for Russian missiles.',
      'Lukashenko said his country "makes chassis for Russian missiles".',
    ])
      expect(claimsOf(sentence, M).map(brief)).toContainEqual(
        expect.objectContaining({ relation: 'PRODUCE', agent: 'Belarus' }),
      )
    expect(
      claimsOf('Lukashenko stated that his own country "makes not one shell for the war".', M).map(brief),
    ).toContainEqual(expect.objectContaining({ relation: 'PRODUCE', agent: 'Belarus', hedge: 'denied' }))
  })
})

describe('a body referred to by its kind', () => {
  const W: readonly HandMention[] = [
    ...M,
    ['Belarusian Defence Ministry', 'ORG', 'Ministry of Defence of Belarus'],
  ]
  it('is the body of that kind named before, whatever the relation', () => {
    const claims = claimsOf(
      'The Belarusian Defence Ministry said on Monday that the ministry had sent 20 tanks to Russia.',
      W,
    ).map(brief)
    expect(claims).toContainEqual(
      expect.objectContaining({
        relation: 'TRANSFER',
        agent: 'Ministry of Defence of Belarus',
        recipient: 'Russia',
      }),
    )
    expect(claimsOf('The ministry had sent 20 tanks to Russia.', W)).toEqual([])
  })
})

describe('degree words before an item', () => {
  it('keep the item: "so many tanks", "so much ammunition"', () => {
    expect(
      claimsOf('Belarus has sent so many tanks to Russia that its depots are empty.', M).map(brief),
    ).toContainEqual(
      expect.objectContaining({ relation: 'TRANSFER', agent: 'Belarus', item: 'so many tanks' }),
    )
    expect(
      claimsOf('Belarus sent so much ammunition to Russia that it ran short.', M).map(brief),
    ).toContainEqual(expect.objectContaining({ relation: 'TRANSFER', item: 'so much ammunition' }))
  })
})

describe('an exercise', () => {
  it('takes no receiver from a to/for phrase', () => {
    const claims = claimsOf(
      'Two Russian battalions completed training near Brest and returned to Russia by rail.',
      M,
    ).map(brief)
    expect(claims).toContainEqual(
      expect.objectContaining({ relation: 'EXERCISE', agent: 'Russian Armed Forces' }),
    )
    expect(claims.find((c) => c.relation === 'EXERCISE')?.recipient).toBeNull()
  })
})

describe('a relative clause opened by a pronoun', () => {
  it('ends the object before it, and its own verb gives a claim ("the units it sent")', () => {
    const claims = claimsOf('Moscow has withdrawn the bulk of the battalions it deployed to Belarus.', M).map(
      brief,
    )
    expect(claims).toContainEqual(
      expect.objectContaining({ relation: 'OTHER', agent: 'Moscow', item: 'bulk of the battalions' }),
    )
    expect(claims).toContainEqual(
      expect.objectContaining({ relation: 'DEPLOY', agent: 'Moscow', item: 'battalions', place: 'Belarus' }),
    )
  })
  it('also after the second object of a double-object verb', () => {
    expect(claimsOf('Belarus sent Russia tanks it had stored for decades.', M).map(brief)).toContainEqual(
      expect.objectContaining({ relation: 'TRANSFER', agent: 'Belarus', recipient: 'Russia', item: 'tanks' }),
    )
  })
})

describe('a second verb sharing the subject', () => {
  it('takes it when the tagger read the first verb as a noun ("Belarus repairs tanks and sends …")', () => {
    expect(
      claimsOf('Belarus repairs Russian tanks and sends shells to Russia.', M).map(brief),
    ).toContainEqual(
      expect.objectContaining({
        relation: 'TRANSFER',
        agent: 'Belarus',
        recipient: 'Russia',
        item: 'shells',
      }),
    )
    expect(
      claimsOf('Belarus repairs Russian tanks and does not send shells to Russia.', M).map(brief),
    ).toContainEqual(expect.objectContaining({ relation: 'TRANSFER', agent: 'Belarus', hedge: 'denied' }))
  })
})

describe('an agreement', () => {
  it('is with the party the agreed act is for ("agreed to lend Minsk …")', () => {
    expect(claimsOf('Moscow agreed to lend Minsk 30 billion roubles.', M).map(brief)).toContainEqual(
      expect.objectContaining({ relation: 'AGREE', agent: 'Moscow', recipient: 'Minsk' }),
    )
    // a place the act happens in is no party
    expect(claimsOf('Russia agreed to build a plant in Belarus.', M).map(brief)).not.toContainEqual(
      expect.objectContaining({ relation: 'AGREE', recipient: 'Belarus' }),
    )
  })
  it('by "the sides" is between the two states named before them, in their sentence or earlier', () => {
    expect(
      claimsOf('Moscow agreed to lend Minsk money, and the sides signed a deal on drones.', M).map(brief),
    ).toEqual([
      expect.objectContaining({
        relation: 'AGREE',
        agent: 'Moscow',
        recipient: 'Minsk',
        item: 'lend Minsk money',
      }),
      expect.objectContaining({ relation: 'AGREE', agent: 'Moscow', recipient: 'Minsk', item: 'deal' }),
    ])
    expect(
      claimsOf('Russia and Belarus held talks. The two countries signed a deal on fuel.', M).map(brief),
    ).toContainEqual(expect.objectContaining({ relation: 'AGREE', agent: 'Russia', recipient: 'Belarus' }))
    // "the two leaders" are people, whatever states were named
    expect(
      claimsOf('Putin met Lukashenko in Moscow. The two leaders signed a deal on fuel.', M).map(brief),
    ).toContainEqual(
      expect.objectContaining({
        relation: 'AGREE',
        agent: 'Vladimir Putin',
        recipient: 'Alexander Lukashenko',
      }),
    )
  })
})

describe('"we" in the words of an employee', () => {
  // the whole pipeline: the speaker and their role come from the attribution stage
  const claims = (text: string) =>
    extractDocument(sourceFromText(text, 'we.txt')).claims.map((c) => ({
      relation: c.relation,
      agent: c.agent?.canonical ?? null,
      item: c.item?.text ?? null,
    }))
  it('is the organisation the role of the speaker names, or refers back to', () => {
    expect(
      claims('"Last year we overhauled forty radars," said Olga Sidorova, an engineer at Peleng.'),
    ).toContainEqual({ relation: 'REPAIR', agent: 'Peleng', item: 'forty radars' })
    expect(
      claims(
        'The 558 Aircraft Repair Plant is busy. "In 2023 we overhauled forty jets," said Olga Sidorova, a fitter who worked at the plant.',
      ),
    ).toContainEqual({ relation: 'REPAIR', agent: '558 Aircraft Repair Plant', item: 'forty jets' })
  })
  it('is nobody without such a role, and outside the quotation', () => {
    expect(claims('"We overhauled forty radars," said Olga Sidorova.')).toEqual([])
    expect(
      claims('Olga Sidorova, an engineer at Peleng, said we overhauled forty radars.'),
    ).not.toContainEqual(expect.objectContaining({ agent: 'Peleng' }))
  })
})
