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
