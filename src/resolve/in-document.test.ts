import { describe, expect, it } from 'vitest'
import { mentionsOf } from '../pipeline/extract/entities/test-support.js'

const canon = (text: string) => mentionsOf(text).map((m) => [m.text, m.canonical])

describe('in-document resolution', () => {
  it.each([
    [
      'short forms of a person take the full name',
      'Sean Dobbs spoke. Mr Dobbs added more.',
      [
        ['Sean Dobbs', 'Sean Dobbs'],
        ['Dobbs', 'Sean Dobbs'],
      ],
    ],
    [
      'reference aliases take the entry name',
      'Lukashenka met Alexander Lukashenko’s aides.',
      [
        ['Lukashenka', 'Alexander Lukashenko'],
        ['Alexander Lukashenko', 'Alexander Lukashenko'],
      ],
    ],
    [
      'a name that is the tail of one longer name takes its canonical',
      'The UK Ministry of Defence reported. Later the Ministry of Defence said more.',
      [
        ['UK Ministry of Defence', 'UK Ministry of Defence'],
        ['Ministry of Defence', 'UK Ministry of Defence'],
      ],
    ],
    [
      'variants take the family',
      'T-72B3 and T-72A tanks.',
      [
        ['T-72B3', 'T-72'],
        ['T-72A', 'T-72'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(canon(text)).toEqual(expected)
  })

  it('does not link a short form that two full names share', () => {
    const out = canon('Sean Dobbs and Maria Dobbs spoke. Mr Dobbs left.')
    expect(out).toContainEqual(['Dobbs', 'Dobbs'])
  })

  it('does not link a tail two longer names share', () => {
    const out = canon(
      'The Ministry of Energy of Ukraine and the Ministry of Energy of Belarus met. The Ministry of Energy left.',
    )
    expect(out.find(([t]) => t === 'Ministry of Energy')?.[1]).toBe('Ministry of Energy')
  })
})
