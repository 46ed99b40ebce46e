import { describe, expect, it } from 'vitest'
import { mentionsOf } from './test-support.js'

const pick = (text: string) => mentionsOf(text).map((m) => [m.text, m.type, m.canonical, m.ref])

describe('places', () => {
  it.each([
    [
      'Belarus moved troops to the city of Baranovichi.',
      [
        ['Belarus', 'GPE', 'Belarus', 'belarus'],
        ['Baranovichi', 'GPE', 'Baranovichi', 'geonames:630429'],
      ],
    ],
    ['Shelling hit the Kyiv region.', [['Kyiv region', 'GPE', 'Kyiv Oblast', 'kyiv-oblast']]],
    [
      'Russia shelled the Sumy region.',
      [
        ['Russia', 'GPE', 'Russia', 'russia'],
        ['Sumy region', 'GPE', 'Sumy Oblast', null],
      ],
    ],
    [
      'Belarus held drills near Gomel.',
      [
        ['Belarus', 'GPE', 'Belarus', 'belarus'],
        ['Gomel', 'GPE', "Homyel'", 'geonames:627907'],
      ],
    ],
    [
      'Belarus held drills near Brest.',
      [
        ['Belarus', 'GPE', 'Belarus', 'belarus'],
        ['Brest', 'GPE', 'Brest', 'brest'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected)
  })
})
