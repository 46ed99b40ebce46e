import { describe, expect, it } from 'vitest'
import { mentionsOf } from './test-support.js'

const pick = (text: string) => mentionsOf(text).map((m) => [m.text, m.type, m.canonical])

describe('designators', () => {
  it.each([
    ['The T-72B3 is modern.', [['T-72B3', 'EQUIPMENT', 'T-72']]],
    ['Old T-72A tanks were sent.', [['T-72A', 'EQUIPMENT', 'T-72']]],
    [
      'Mi-8/Mi-17 helicopters are repaired.',
      [
        ['Mi-8', 'EQUIPMENT', 'Mi-8'],
        ['Mi-17', 'EQUIPMENT', 'Mi-17'],
      ],
    ],
    ['More Su-25s arrived.', [['Su-25s', 'EQUIPMENT', 'Su-25']]],
    ['A Kh-101 missile struck.', [['Kh-101', 'EQUIPMENT', 'Kh-101']]],
    ['The XQ-58 drones flew.', [['XQ-58', 'EQUIPMENT', 'XQ-58']]],
    ['Su-25SM3 jets took off.', [['Su-25SM3', 'EQUIPMENT', 'Su-25']]],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected)
  })

  it.each(['COVID-19 spread in the region.', 'Flight MH-17 was shot down.', 'They met at G-20 talks.'])(
    'no equipment in: %s',
    (text) => {
      expect(mentionsOf(text).filter((m) => m.type === 'EQUIPMENT')).toEqual([])
    },
  )
})
