import { describe, expect, it } from 'vitest'
import { brief, COMMON, claimsOf, type HandMention } from './test-support.js'

const M: readonly HandMention[] = [...COMMON, ['MZKT', 'ORG', 'Minsk Wheeled Tractor Plant', 'mzkt']]

describe('a maker’s output told by where it goes', () => {
  it.each([
    // [text, agent, recipient, item, quantity]
    [
      "About 60% of MZKT's output now goes to Russia.",
      'Minsk Wheeled Tractor Plant',
      'Russia',
      'output',
      'About 60%',
    ],
    [
      'The output of MZKT went mainly to the Russian army.',
      'Minsk Wheeled Tractor Plant',
      'Russian Armed Forces',
      'output',
      null,
    ],
    [
      "Analysts think half of Belarus's defence output goes to Russia.",
      'Belarusian military-industrial complex',
      'Russia',
      'defence output',
      'half',
    ],
    [
      'Most Belarusian military production went to Russia.',
      'Belarusian military-industrial complex',
      'Russia',
      'military production',
      null,
    ],
    // before a relative pronoun; a receiver described by its state
    [
      "It was a quarter of all MZKT's output that went to Russian customers in May.",
      'Minsk Wheeled Tractor Plant',
      'Russia',
      'output',
      null,
    ],
    // "the plant" is the plant named before
    [
      "MZKT employs 4,000 people. Nearly all of the plant's production goes to Russia.",
      'Minsk Wheeled Tractor Plant',
      'Russia',
      'production',
      null,
    ],
  ])('%s', (text, agent, recipient, item, quantity) => {
    const supplies = claimsOf(text, M)
      .map(brief)
      .filter((c) => c.relation === 'SUPPLY')
    expect(supplies).toHaveLength(1)
    expect(supplies[0]).toMatchObject({ agent, recipient, item })
    if (quantity) expect(supplies[0]!.quantity).toBe(quantity)
    // the "production" it names is no act of making
    expect(claimsOf(text, M).map((c) => c.relation)).not.toContain('PRODUCE')
  })

  it.each([
    ['no owner', 'Most of the output goes to Russia.'],
    ['"the plant" with no plant named before', "Most of the plant's production goes to Russia."],
    ['not output', "Most of MZKT's money goes to Russia."],
    ['no receiver', "MZKT's output went up by 40%."],
    ['going nowhere named', "MZKT's output went to waste."],
    ['a receiver of no state', "MZKT's output went to foreign customers."],
  ])('not for %s', (_, text) => {
    expect(claimsOf(text, M).map(brief)).not.toContainEqual(expect.objectContaining({ relation: 'SUPPLY' }))
  })
})

describe('a plant told by what it specialises in', () => {
  const P: readonly HandMention[] = [
    ...M,
    ['412 Armour Repair Plant', 'ORG', '412 Armour Repair Plant', '412-arp'],
    ['Peleng', 'ORG', 'Peleng'],
  ]
  it.each([
    // [text, claims as "relation agent item"]
    [
      'The 412 Armour Repair Plant specialises in T-72B3 tanks and Su-25 jets.',
      ['REPAIR 412 Armour Repair Plant T-72B3 tanks', 'REPAIR 412 Armour Repair Plant Su-25 jets'],
    ],
    ['Peleng specialises in thermal sights.', ['PRODUCE Peleng thermal sights']],
    ['Peleng specializes in repairing thermal sights.', ['REPAIR Peleng thermal sights']],
    // "the plant" named before
    [
      'The 412 Armour Repair Plant hired 300 people. Since May the plant has specialised in tank engines.',
      ['REPAIR 412 Armour Repair Plant tank engines'],
    ],
    // a person or a state specialises in no goods
    ['Lukashenko specialises in long speeches.', []],
    ['Belarus specialises in potash.', []],
  ])('%s', (text, expected) => {
    const last = text.lastIndexOf('. ', text.length - 2)
    const got = claimsOf(text, P)
      .filter((c) => c.evidence.start > last)
      .map((c) => `${c.relation} ${c.agent?.canonical} ${c.item?.text}`)
    expect(got).toEqual(expected)
  })
})
