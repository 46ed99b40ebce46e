import { describe, expect, it } from 'vitest'
import { typed } from '../extract/entities/test-support.js'

describe('installations named by their place', () => {
  it.each([
    ['Jets landed at the Kyiv airfield at night.', [['Kyiv', 'FACILITY']]],
    ['Troops left the Moscow training ground in May.', [['Moscow training ground', 'FACILITY']]],
    [
      'Jets moved to the Kyiv and Moscow air bases.',
      [
        ['Kyiv', 'FACILITY'],
        ['Moscow', 'FACILITY'],
      ],
    ],
    [
      'Officials in Kyiv and Moscow met.',
      [
        ['Kyiv', 'GPE'],
        ['Moscow', 'GPE'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected)
  })
})
