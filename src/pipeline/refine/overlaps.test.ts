import { describe, expect, it } from 'vitest'
import type { Candidate } from '../extract/entities/types.js'
import { resolveOverlaps } from './overlaps.js'

const c = (
  start: number,
  end: number,
  type: Candidate['type'],
  ref: string | null = null,
  role?: string,
): Candidate =>
  role
    ? { start, end, type, rule: 'test', ref, canonical: null, role }
    : { start, end, type, rule: 'test', ref, canonical: null }

const spans = (cs: Candidate[]) => resolveOverlaps(cs).map((x) => [x.start, x.end, x.type, x.ref])

describe('overlap policy', () => {
  it.each<[string, Candidate[], unknown[]]>([
    ['longest wins', [c(0, 5, 'GPE', 'x'), c(0, 20, 'ORG')], [[0, 20, 'ORG', null]]],
    ['then the reference match', [c(0, 10, 'PERSON'), c(0, 10, 'ORG', 'sky')], [[0, 10, 'ORG', 'sky']]],
    ['then the type priority', [c(0, 10, 'PERSON'), c(0, 10, 'ORG')], [[0, 10, 'ORG', null]]],
    ['then the first proposed', [c(0, 10, 'GPE', 'a'), c(0, 10, 'GPE', 'b')], [[0, 10, 'GPE', 'a']]],
    [
      'partial overlaps: longer first',
      [c(0, 10, 'ORG'), c(5, 25, 'EVENT'), c(20, 30, 'GPE')],
      [[5, 25, 'EVENT', null]],
    ],
    [
      'disjoint spans all stay, sorted',
      [c(10, 12, 'GPE'), c(0, 5, 'GPE')],
      [
        [0, 5, 'GPE', null],
        [10, 12, 'GPE', null],
      ],
    ],
    [
      'touching spans do not overlap',
      [c(0, 5, 'GPE'), c(5, 9, 'ORG')],
      [
        [0, 5, 'GPE', null],
        [5, 9, 'ORG', null],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(spans(input)).toEqual(expected)
  })

  it('a loser with the same span hands its role to the winner', () => {
    const out = resolveOverlaps([c(0, 5, 'PERSON', null, 'President'), c(0, 5, 'PERSON', 'putin')])
    expect(out).toEqual([{ ...c(0, 5, 'PERSON', 'putin'), role: 'President' }])
  })
})
