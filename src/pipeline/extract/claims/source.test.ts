import { describe, expect, it } from 'vitest'
import type { Attribution } from '../../../model/annotations.js'
import { evidenceOf } from './index.js'
import { COMMON, claimsOf, type HandMention } from './test-support.js'

const M: readonly HandMention[] = [
  ...COMMON,
  ['Hajun', 'ORG', 'Belarusian Hajun'],
  ['Pentagon', 'ORG', 'Pentagon'],
  ['Bell', 'PERSON', 'Sean Bell'],
]

/** An attribution whose content is the first occurrence of `content` in the text. */
const quoted =
  (speaker: string, content: string) =>
  (text: string): Attribution[] => {
    const start = text.indexOf(content)
    return [
      {
        id: 'a1',
        speaker: { text: speaker, canonical: speaker },
        role: null,
        cue: 'said',
        outlet: null,
        quote: { start, end: start + content.length },
      },
    ]
  }

describe('source', () => {
  it('is the speaker of the attribution that covers the sentence', () => {
    const text = '"Belarus gave up 90 tanks to Russia," Bell said.'
    const [c] = claimsOf(text, M, {
      attributions: quoted('Sean Bell', 'Belarus gave up 90 tanks to Russia,'),
    })
    expect(c?.source?.canonical).toBe('Sean Bell')
    expect(c?.attribution).toBe('a1')
    // the quotation marks and the speech tag stay out of the evidence
    expect(text.slice(c!.evidence.start, c!.evidence.end)).toBe('Belarus gave up 90 tanks to Russia,')
  })
  it('is the named source of "According to X"', () => {
    const [c] = claimsOf('According to Hajun, Lukashenko transferred tanks to Russia.', M)
    expect(c?.source?.canonical).toBe('Belarusian Hajun')
  })
  it('is the outlet for an unattributed claim, and null without one', () => {
    expect(claimsOf('Belarus supplies fuel to Russia.', M, { outlet: 'Express' })[0]?.source?.canonical).toBe(
      'Express',
    )
    expect(claimsOf('Belarus supplies fuel to Russia.', M, { outlet: null })[0]?.source).toBeNull()
  })
  it('keeps a reporting frame that is no quotation inside the evidence', () => {
    const text = 'Russian missiles have also been launched from Belarus, the Pentagon said.'
    const [c] = claimsOf(text, M, {
      attributions: quoted('Pentagon', 'Russian missiles have also been launched from Belarus'),
    })
    expect(c?.source?.canonical).toBe('Pentagon')
    expect(c!.evidence).toEqual({ start: 0, end: text.length })
  })
})

describe('evidenceOf', () => {
  it('leaves out a speech tag after a closing quote mark', () => {
    const text = 'But there are also Russian troops there,” said the spokesman of the ministry.'
    const e = evidenceOf(text, { start: 0, end: text.length }, null)
    expect(text.slice(e.start, e.end)).toBe('But there are also Russian troops there')
  })
  it('is the sentence when no quotation covers it', () => {
    expect(evidenceOf('Belarus supplies fuel.', { start: 0, end: 22 }, null)).toEqual({ start: 0, end: 22 })
  })
})

describe('headlines', () => {
  it('gives no claim for the headline, which the body repeats', () => {
    const text = 'Belarus sends tanks to Russia\nBelarus sent 40 tanks to Russia in May.'
    const claims = claimsOf(text, M, { title: 'Belarus sends tanks to Russia' })
    expect(claims).toHaveLength(1)
    expect(claims[0]?.quantity?.text).toBe('40 tanks')
  })
})
