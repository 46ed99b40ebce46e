import { describe, expect, it } from 'vitest'
import { mentionsOf } from './test-support.js'

const orgs = (text: string) => mentionsOf(text).map((m) => [m.text, m.type, m.canonical])

describe('forces', () => {
  it.each([
    ['The Russian military has lost tanks.', [['Russian military', 'ORG', 'Russian Armed Forces']]],
    ['The Russian military’s losses grew.', [['Russian military', 'ORG', 'Russian Armed Forces']]],
    ['Belarusian armed forces stayed home.', [['Belarusian armed forces', 'ORG', 'Armed Forces of Belarus']]],
    ['They fought beside Ukrainian forces.', [['Ukrainian forces', 'ORG', 'Armed Forces of Ukraine']]],
    ['The French army left.', [['French army', 'ORG', 'Armed Forces of France']]],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected)
  })

  it.each([
    'Russian troops crossed the river.',
    'Belarusian soldiers trained.',
    'It helps the Russian military effort.',
    'The Belarusian military-industrial complex grew.',
    'Belarusian military equipment was sent.',
  ])('nothing in: %s', (text) => {
    expect(mentionsOf(text)).toEqual([])
  })
})
