import { describe, expect, it } from 'vitest'
import type { Claim, Mention, RoleValue } from '../model/annotations.js'
import { claimEntityLinks, entityMentionCounts } from './claim-entities.js'

// "Belarus sent T-72 tanks from Minsk to Russia, Hajun said."
//  0       8    13   18    24   29   34 37     44    50
const mention = (start: number, end: number, canonical: string): Mention => ({
  start,
  end,
  type: 'GPE',
  canonical,
  ref: null,
  rule: 'test',
})
const MENTIONS = [
  mention(0, 7, 'Belarus'),
  mention(13, 17, 'T-72'),
  mention(29, 34, 'Minsk'),
  mention(38, 44, 'Russia'),
  mention(46, 51, 'Hajun'),
]
const ENTITIES = ['e-belarus', 'e-t72', 'e-minsk', 'e-russia', 'e-hajun']

const role = (start: number, end: number): RoleValue => ({ text: 'x', canonical: null, span: { start, end } })
const claim = (roles: Partial<Pick<Claim, 'agent' | 'recipient' | 'item' | 'place' | 'source'>>): Claim => ({
  id: 'c',
  relation: 'SUPPLY',
  agent: null,
  recipient: null,
  item: null,
  quantity: null,
  time: null,
  place: null,
  source: null,
  hedge: 'asserted',
  evidence: { start: 0, end: 57 },
  ...roles,
})

const NO_ROLES = { agent: null, recipient: null }

describe('claimEntityLinks', () => {
  it.each([
    [
      'resolved agent and recipient, without spans',
      claim({}),
      { agent: 'e-belarus', recipient: 'e-russia' },
      ['e-belarus', 'e-russia'],
    ],
    [
      'a mention inside the item span ("T-72 tanks from Minsk")',
      claim({ item: role(13, 34) }),
      NO_ROLES,
      ['e-t72', 'e-minsk'],
    ],
    ['a mention exactly on the place span', claim({ place: role(29, 34) }), NO_ROLES, ['e-minsk']],
    ['the source span', claim({ source: role(46, 51) }), NO_ROLES, ['e-hajun']],
    [
      'a resolved agent that is also inside a span, once',
      claim({ agent: role(0, 7) }),
      { agent: 'e-belarus', recipient: null },
      ['e-belarus'],
    ],
    ['a mention only partly inside a span: none', claim({ item: role(15, 30) }), NO_ROLES, []],
    ['the evidence alone: none', claim({}), NO_ROLES, []],
    [
      'a role without a span: none',
      claim({ agent: { text: 'Belarus', canonical: 'Belarus' } }),
      NO_ROLES,
      [],
    ],
  ])('%s', (_, c, roles, entities) => {
    expect(claimEntityLinks([c], MENTIONS, ENTITIES, [roles])).toEqual(
      entities.map((entity) => ({ claim: 0, entity })),
    )
  })

  it('numbers links by the claim they belong to; two mentions of one entity link once', () => {
    // a second mention resolved to Belarus, at "said"
    const mentions = [...MENTIONS, mention(52, 56, 'Belarus')]
    const entities = [...ENTITIES, 'e-belarus']
    const claims = [claim({}), claim({ agent: role(0, 7), source: role(46, 57) })]
    expect(claimEntityLinks(claims, mentions, entities, [NO_ROLES, NO_ROLES])).toEqual([
      { claim: 1, entity: 'e-belarus' },
      { claim: 1, entity: 'e-hajun' },
    ])
  })
})

describe('entityMentionCounts', () => {
  it('counts the mentions of each entity in a document', () => {
    expect([...entityMentionCounts(['a', 'b', 'a', 'c', 'a'])]).toEqual([
      ['a', 3],
      ['b', 1],
      ['c', 1],
    ])
    expect(entityMentionCounts([]).size).toBe(0)
  })
})
