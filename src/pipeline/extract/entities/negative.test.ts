import { describe, expect, it } from 'vitest'
import { mentionsOf, typed } from './test-support.js'

/** What must not be found, or not be found as something else. */
describe('negative cases', () => {
  it('"Russian" is not "Russia"; nationality adjectives and demonyms are not tagged', () => {
    expect(typed('Russian officials and Belarusian workers met. Russians and Belarusians agreed.')).toEqual(
      [],
    )
  })

  it('"Belarusian" is not tagged, the country after it is', () => {
    expect(typed('Belarusian exports to Russia grew.')).toEqual([['Russia', 'GPE']])
  })

  it('"May" is not a person, nor a place', () => {
    expect(typed('In May the talks resumed. May brought rain.')).toEqual([])
  })

  it('"US" is the country, "us" and "Us" are not', () => {
    expect(typed('Let us see. US officials said it. Us too.')).toEqual([['US', 'GPE']])
  })

  it('"Brest" in a French context is not the Belarusian city', () => {
    const found = mentionsOf('The ferry from Plymouth docked in Brest, France, where French sailors waited.')
    const brest = found.find((m) => m.text === 'Brest')
    expect(brest?.ref).not.toBe('brest')
  })

  it('"Brest" in a Belarusian context is the Belarusian city', () => {
    expect(mentionsOf('Belarus moved units to Brest.').find((m) => m.text === 'Brest')?.ref).toBe('brest')
  })

  it('sentence-initial capitals do not make names', () => {
    expect(typed('Meanwhile Tanks Rolled. However Analysts Doubt It.')).toEqual([])
  })

  it('generic "tanks" and "rifles" are not equipment', () => {
    expect(typed('They sent tanks, rifles and helicopters.')).toEqual([])
  })

  it('nationality + troops/soldiers is not tagged', () => {
    expect(typed('Russian troops and Ukrainian soldiers clashed.')).toEqual([])
  })

  it('"military" as an adjective is not the armed forces', () => {
    expect(typed('The Russian military campaign and the Belarusian military-industrial complex.')).toEqual([])
  })

  it('a title is not part of a name, and alone is no name', () => {
    expect(typed('The President said so. President Putin agreed.')).toEqual([['Putin', 'PERSON']])
  })

  it('"Russia" inside "Russian" or "Russians" is not matched', () => {
    expect(typed('Russianness. Russians.')).toEqual([])
  })

  it('a designator-like code that is no weapon', () => {
    expect(typed('COVID-19 reached the front.')).toEqual([])
  })

  it('a legal form is never part of a name', () => {
    expect(typed('Orders reached Kvant, OJSC.').map(([t]) => t)).toEqual(['Kvant'])
  })

  it('the America continent reading needs context', () => {
    expect(typed('America is large.')).toEqual([])
  })
})
