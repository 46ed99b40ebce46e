import { describe, expect, it } from 'vitest'
import { DESIGNATOR, designatorMatches } from './designators.js'
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

describe('designator scan', () => {
  // random texts made of designator-like pieces: the narrowed scan finds exactly what the plain
  // pattern finds (long prefixes, glued pieces, dashes of every kind, non-ASCII letters)
  const PIECES = [
    'T-72',
    'BMP-2',
    'Kh-101',
    'Mi-8/Mi-17',
    'Su-25s',
    'T-72B3',
    'Abcdef-12',
    'ÉLAN-3',
    'x',
    'Tank',
    'MZKT',
    '-',
    '‑',
    '–',
    '7',
    '2022',
    'AB',
    'ssS',
  ]
  const GLUE = [' ', '', '', '-', '/', '.', ', ']
  let seed = 42
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed
  }
  it('matches the plain pattern on 3,000 random texts', () => {
    const pattern = new RegExp(DESIGNATOR.source, DESIGNATOR.flags)
    let found = 0
    for (let n = 0; n < 3000; n++) {
      let text = ''
      const length = next() % 12
      for (let k = 0; k < length; k++) text += PIECES[next() % PIECES.length]! + GLUE[next() % GLUE.length]!
      const plain = [...text.matchAll(pattern)].map((m) => [m.index, m[0]])
      found += plain.length
      expect(
        designatorMatches(text).map((m) => [m.index, m[0]]),
        text,
      ).toEqual(plain)
    }
    expect(found).toBeGreaterThan(1000)
  })
})
