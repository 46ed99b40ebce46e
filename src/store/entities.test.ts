import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { Mention, RoleValue } from '../model/annotations.js'
import { documentEntities, entityId, entityKey, normalizeName, roleEntity } from './entities.js'

const mention = (start: number, end: number, canonical: string, over: Partial<Mention> = {}): Mention => ({
  start,
  end,
  type: 'GPE',
  canonical,
  ref: null,
  rule: 'test',
  ...over,
})

describe('entity keys', () => {
  it.each([
    [{ ref: 'Q2280', type: 'GPE', canonical: 'Minsk' }, 'ref:Q2280'],
    [{ ref: 'Q2280', type: 'ORG', canonical: 'Minsk city council' }, 'ref:Q2280'],
    [{ ref: null, type: 'ORG', canonical: '  Example   Institute ' }, 'ORG:eksample institute'],
    [{ ref: null, type: 'PERSON', canonical: 'Ｌｕｋａｓｈｅｎｋａ' }, 'PERSON:lukashenka'],
    // romanisations and scripts of one name share a key
    [{ ref: null, type: 'PERSON', canonical: 'Лукашэнка' }, 'PERSON:lukashenka'],
    [{ ref: null, type: 'PERSON', canonical: 'Lukashenko' }, 'PERSON:lukashenka'],
    [{ ref: null, type: 'PERSON', canonical: 'Alexander Lukashenko' }, 'PERSON:aleksandr lukashenka'],
    [{ ref: null, type: 'GPE', canonical: 'Gomel' }, 'GPE:homel'],
  ] as const)('%j → %s', (m, key) => {
    expect(entityKey(m)).toBe(key)
  })

  it('gives a stable 16-hex-digit id per key', () => {
    const a = entityId({ ref: null, type: 'GPE', canonical: 'Minsk' })
    expect(a).toMatch(/^[0-9a-f]{16}$/)
    expect(entityId({ ref: null, type: 'GPE', canonical: 'MINSK' })).toBe(a)
    expect(entityId({ ref: null, type: 'ORG', canonical: 'Minsk' })).not.toBe(a)
  })

  it('keeps the ids of reference entities: the hash of their reference id', () => {
    expect(entityId({ ref: 'Q22129', type: 'PERSON', canonical: 'Lukashenka' })).toBe(
      createHash('sha256').update('ref:Q22129').digest('hex').slice(0, 16),
    )
  })

  it('normalises names for comparison only', () => {
    expect(normalizeName(' Homyel\u2019  Oblast ')).toBe('homyel\u2019 oblast')
  })
})

describe('documentEntities', () => {
  it('groups mentions into entities with sorted aliases, ordered by id', () => {
    const text = 'Minsk, MINSK and Kyiv.'
    const entities = documentEntities(text, [
      mention(0, 5, 'Minsk'),
      mention(7, 12, 'Minsk'),
      mention(17, 21, 'Kyiv', { ref: 'Q1899' }),
    ])
    expect(entities).toHaveLength(2)
    expect(entities.map((e) => e.id)).toEqual([...entities.map((e) => e.id)].sort())
    const minsk = entities.find((e) => e.name === 'Minsk')!
    expect(minsk).toMatchObject({ type: 'GPE', ref: null, aliases: ['MINSK', 'Minsk'] })
    expect(entities.find((e) => e.ref === 'Q1899')!.aliases).toEqual(['Kyiv'])
  })

  it('keys name-like surfaces only, with a surname marker for full names of people', () => {
    const text = 'Alexander Lukashenko and the Belarusian leader.'
    const [e] = documentEntities(text, [
      mention(0, 20, 'Alexander Lukashenko', { type: 'PERSON' }),
      mention(25, 46, 'Alexander Lukashenko', { type: 'PERSON' }),
    ])
    expect(e!.aliases).toEqual(['Alexander Lukashenko', 'the Belarusian leader'])
    expect(e!.nameKeys).toEqual(['aleksandr lukashenka', '~lukashenka'])
  })
})

describe('roleEntity', () => {
  // 'Belarus sent tanks to Russia.'
  const mentions = [mention(0, 7, 'Belarus', { ref: 'Q184' }), mention(22, 28, 'Russia', { ref: 'Q159' })]
  const belarus = entityId(mentions[0]!)
  const russia = entityId(mentions[1]!)

  it.each<[string, RoleValue | null, string | null]>([
    [
      'the mention with the same span',
      { text: 'Belarus', canonical: 'Belarus', span: { start: 0, end: 7 } },
      belarus,
    ],
    [
      'a mention inside the span',
      { text: 'to Russia', canonical: null, span: { start: 19, end: 28 } },
      russia,
    ],
    ['the canonical name, without a span', { text: 'Moscow', canonical: 'russia' }, russia],
    ['the text, without a canonical name', { text: 'Belarus', canonical: null }, belarus],
    ['nothing that fits', { text: 'Poland', canonical: 'Poland' }, null],
    ['no role', null, null],
  ])('finds %s', (_, role, expected) => {
    expect(roleEntity(role, mentions)).toBe(expected)
  })
})
