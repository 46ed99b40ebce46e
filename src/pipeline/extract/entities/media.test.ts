import { describe, expect, it } from 'vitest'
import { typed } from './test-support.js'

describe('media and geographic features', () => {
  it.each([
    [
      'Belarus stayed close, example.org said.',
      [
        ['Belarus', 'GPE'],
        ['example.org', 'ORG'],
      ],
    ],
    ['According to news.example.com, it rained.', [['news.example.com', 'ORG']]],
    ['This was quoted by the state agency Tass.', [['Tass', 'ORG']]],
    ['Units crossed the Pripyat River at night.', [['Pripyat River', 'LOC']]],
    ['Ships sailed the Sea of Azov.', [['Sea of Azov', 'LOC']]],
    ['Troops camped by Lake Naroch.', [['Lake Naroch', 'LOC']]],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected)
  })

  it.each(['Read it at example.org today.', 'The file is report.pdf here.'])('nothing in: %s', (text) => {
    expect(typed(text)).toEqual([])
  })
})
