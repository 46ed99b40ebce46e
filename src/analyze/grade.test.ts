import { describe, expect, it } from 'vitest'
import type { Hedge } from '../model/annotations.js'
import { type Figure, type OriginSummary, suggestGrade, timesCompatible } from './grade.js'
import type { Reliability, SourceKind } from './sources.js'

const origin = (
  key: string,
  reliability: Reliability,
  kind: SourceKind | null = 'monitoring',
  hedges: Hedge[] = ['asserted'],
): OriginSummary => ({
  key,
  label: key,
  kind,
  reliability,
  members: 1,
  hedges,
})
const figure = (key: string, origins: string[], members = origins.length): Figure => ({
  key,
  polarity: 'affirmed',
  quantity: null,
  model: null,
  time: null,
  members,
  origins,
})

describe('suggested grades', () => {
  it.each([
    // [name, origins, figures, contradictions, code, likelihood]
    ['one usually reliable origin', [origin('hajun', 'B')], [figure('f', ['hajun'])], [], 'B3', 'likely'],
    [
      'two named independent origins',
      [origin('hajun', 'B'), origin('ukmod', 'B', 'official')],
      [figure('f', ['hajun', 'ukmod'])],
      [],
      'B1',
      'very likely',
    ],
    [
      'two fairly reliable origins',
      [origin('a', 'C', 'outlet'), origin('b', 'C', 'outlet')],
      [figure('f', ['a', 'b'])],
      [],
      'C1',
      'likely',
    ],
    [
      'a named and an anonymous origin',
      [origin('a', 'C', 'outlet'), origin('anon', 'F', 'anonymous')],
      [figure('f', ['a', 'anon'])],
      [],
      'C2',
      'likely',
    ],
    ['only unnamed sources', [origin('anon', 'F', 'anonymous')], [figure('f', ['anon'])], [], 'F6', null],
    [
      'one official of a party to the war',
      [origin('mod', 'D', 'official')],
      [figure('f', ['mod'])],
      [],
      'D3',
      'unlikely',
    ],
    [
      'contradicted by as many origins',
      [origin('a', 'C', 'official'), origin('b', 'C', 'official')],
      [figure('f1', ['a']), figure('f2', ['b'])],
      [{ kind: 'quantity' as const, figureA: 'f1', figureB: 'f2', typo: null }],
      'C4',
      'unlikely',
    ],
  ] as const)('%s → %s', (_name, origins, figures, contradictions, code, likelihood) => {
    const g = suggestGrade(origins, figures, contradictions)
    expect(g.code).toBe(code)
    expect(g.likelihood).toBe(likelihood)
    expect(g.reasons.length).toBeGreaterThan(1)
  })

  it('reads conflicting relays of one origin as a relay error, not a contradiction by another source', () => {
    const g = suggestGrade(
      [origin('hajun', 'B'), origin('ukmod', 'B', 'official')],
      [figure('65000', ['hajun', 'ukmod'], 3), figure('56000', ['hajun'])],
      [{ kind: 'quantity', figureA: '65000', figureB: '56000', typo: 'digits 56 transposed' }],
    )
    expect(g.code).toBe('B1')
    expect(g.conflicting).toEqual([])
    expect(g.reasons.join('\n')).toMatch(/relays of the same origin give different figures/)
    expect(g.reasons.join('\n')).toMatch(/may be a typo: digits 56 transposed/)
  })

  it('does not let reports without a number confirm a disputed figure', () => {
    const g = suggestGrade(
      [origin('hajun', 'B'), origin('bell', 'F', null), origin('express', 'D', 'outlet')],
      [
        {
          ...figure('hundreds', ['hajun']),
          quantity: {
            low: 200,
            high: Number.POSITIVE_INFINITY,
            unit: 'items',
            stated: 200,
            form: 'low',
            text: 'hundreds of tanks',
          },
        },
        {
          ...figure('90', ['bell']),
          quantity: { low: 90, high: 90, unit: 'items', stated: 90, form: 'value', text: '90 tanks' },
        },
        figure('share', ['express']),
      ],
      [{ kind: 'quantity', figureA: '90', figureB: 'hundreds', typo: null }],
    )
    expect(g.credibility).toBe(4)
    expect(g.reasons.join('\n')).toMatch(/express reports the event without a number/)
  })

  it('caps the likelihood of claims hedged as possible', () => {
    const g = suggestGrade(
      [origin('a', 'B', 'think-tank', ['possible']), origin('b', 'B', 'official', ['possible'])],
      [figure('f', ['a', 'b'])],
      [],
    )
    expect(g.likelihood).toBe('roughly even chance')
  })
})

describe('time compatibility', () => {
  const day = (d: string) => ({ low: d, high: d, precision: 'day' })
  it.each([
    ['MEET', day('2022-09-14'), day('2022-09-15'), true],
    ['MEET', day('2022-09-14'), day('2022-10-15'), false],
    ['SUPPLY', day('2022-09-14'), day('2022-09-15'), false],
    ['SUPPLY', { low: '2022-01-01', high: '2022-12-31', precision: 'year' }, day('2022-09-15'), true],
    ['SUPPLY', null, day('2022-09-15'), true],
  ] as const)('%s %o %o → %s', (relation, a, b, ok) => {
    expect(timesCompatible(relation, a, b)).toBe(ok)
  })
})
