import { describe, expect, it } from 'vitest'
import { extractMentions } from '../pipeline/extract/entities/index.js'
import { lexiconOf } from '../pipeline/extract/entities/lexicon.js'
import { fixtureReference, mentionsOf } from '../pipeline/extract/entities/test-support.js'
import { segmentText } from '../pipeline/segment/index.js'
import { resolveDescription } from './in-document.js'

const reference = fixtureReference()

/** Resolves a description against the mentions of a text, with the fixture data. */
function holderOf(text: string, description: string): string | null {
  const { sentences, tokens } = segmentText(text, [{ start: 0, end: text.length }])
  const mentions = extractMentions({ text, sentences, tokens }, { reference })
  return resolveDescription(description, mentions, lexiconOf(reference))
}

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

  it.each([
    [
      "a ministry after its state's possessive takes the state, and so does its next bare mention",
      "Ukraine's Ministry of Finance froze the funds. The Ministry of Finance said more would follow.",
      [
        ['Ukraine', 'Ukraine'],
        ['Ministry of Finance', 'Ministry of Finance of Ukraine'],
        ['Ministry of Finance', 'Ministry of Finance of Ukraine'],
      ],
    ],
    [
      "a body after its state's possessive is the state's, under the name that carries the state",
      "Ukraine's General Staff reported heavy shelling. The General Staff said more.",
      [
        ['Ukraine', 'Ukraine'],
        ['General Staff', 'General Staff of the Armed Forces of Ukraine'],
        ['General Staff', 'General Staff of the Armed Forces of Ukraine'],
      ],
    ],
    [
      'a body with no state before it, or a state whose body is unknown, keeps its name',
      "The General Staff reported. France's General Staff said more.",
      [
        ['General Staff', 'General Staff'],
        ['France', 'France'],
        ['General Staff', 'General Staff'],
      ],
    ],
    [
      'a nationality inside the name gives the state, the field in full',
      'The Belarusian Foreign Ministry summoned the envoy.',
      [['Belarusian Foreign Ministry', 'Ministry of Foreign Affairs of Belarus']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(canon(text)).toEqual(expected)
  })

  it('leaves a ministry alone when no state stands before it, or two states share its name', () => {
    expect(canon('The Ministry of Finance froze the funds.')).toEqual([
      ['Ministry of Finance', 'Ministry of Finance'],
    ])
    const two = canon(
      "Ukraine's Ministry of Justice met Belarus's Ministry of Justice. The Ministry of Justice left.",
    )
    expect(two.at(-1)).toEqual(['Ministry of Justice', 'Ministry of Justice'])
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

describe('role descriptions', () => {
  const text = 'Putin met Lukashenko in Minsk.'
  it.each([
    ['the self-proclaimed president of Belarus', 'Alexander Lukashenko'],
    ['the Belarusian president', 'Alexander Lukashenko'],
    ['Russia’s president', 'Vladimir Putin'],
    ['the Russian president', 'Vladimir Putin'],
    ['the former president of Belarus', null],
    ['the president of Ukraine', null],
    ['the Belarusian dictator', null],
  ])('%s → %s', (description, expected) => {
    expect(holderOf(text, description)).toBe(expected)
  })

  it('needs the holder to be named in the document', () => {
    expect(holderOf('Putin spoke.', 'the Belarusian president')).toBeNull()
  })
})
