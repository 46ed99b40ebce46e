import { describe, expect, it } from 'vitest'
import { loadReference } from '../../../reference/load.js'
import { lexiconOf } from '../entities/lexicon.js'
import { adjectiveOf, labelOf } from './labels.js'

const lexicon = lexiconOf(loadReference())
const country = (name: string) => lexicon.countryByName.get(name.toLowerCase())!

describe('labels of actors named by a nationality and a head noun (shipped reference data)', () => {
  it.each([
    ['Russian troops', 'Russian Armed Forces'],
    ['about 300 Belarusian plants', 'Belarusian military-industrial complex'],
    ['the Iranian defence industry', 'Iranian military-industrial complex'],
    ['North Korean factories', 'North Korean military-industrial complex'],
    ['Kazakh officials', 'Government of Kazakhstan'],
    ['Russian defence firms', 'Russian military-industrial complex'],
    ['Chinese arms makers', 'Chinese military-industrial complex'],
    ['two Belarusian fighter squadrons', 'Armed Forces of Belarus'],
  ])('%s → %s', (phrase, canonical) => {
    expect(labelOf(phrase, lexicon)?.canonical).toBe(canonical)
  })

  it('a country with no adjective in the phrase takes its first one from the data', () => {
    expect(adjectiveOf(country('Iran'), lexicon)).toBe('Iranian')
    expect(adjectiveOf(country('North Korea'), lexicon)).toBe('North Korean')
    expect(labelOf('the plants', lexicon, country('Kazakhstan'))?.canonical).toBe(
      'Kazakh military-industrial complex',
    )
  })

  it('a phrase with no nationality and no fallback is no label; nor are firms of no defence trade', () => {
    expect(labelOf('the plants', lexicon)).toBeNull()
    expect(labelOf('Russian firms', lexicon)).toBeNull()
    expect(labelOf('Russian law firms', lexicon)).toBeNull()
  })
})
