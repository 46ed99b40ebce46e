import { describe, expect, it } from 'vitest'
import { brief, COMMON, claimsOf } from './test-support.js'

describe('a supplier told as part of a state’s supply chain', () => {
  it.each([
    [
      'Belarusian plants have been pulled further into Russian supply chains.',
      'Belarusian military-industrial complex',
    ],
    [
      'By 2024 the Belarusian defence industry had become part of the Russian military supply chain.',
      'Belarusian military-industrial complex',
    ],
    ['Minsk is now firmly embedded in Russia’s supply chains.', 'Minsk'],
  ])('%s → SUPPLY to Russia', (sentence, agent) => {
    expect(claimsOf(sentence, COMMON).map(brief)).toContainEqual(
      expect.objectContaining({ relation: 'SUPPLY', agent, recipient: 'Russia' }),
    )
  })

  it.each([
    ['a possibility', 'Belarusian factories could become part of Russian supply chains.'],
    ['a chain of no named state', 'Belarusian plants are part of global supply chains.'],
    ['no actor in the subject', 'The plant is part of the Russian supply chain.'],
    ['a chain left', 'Belarusian plants have been cut out of Russian supply chains.'],
  ])('not for %s', (_, sentence) => {
    expect(claimsOf(sentence, COMMON).map(brief)).not.toContainEqual(
      expect.objectContaining({ relation: 'SUPPLY' }),
    )
  })
})
