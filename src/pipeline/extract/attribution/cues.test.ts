import { describe, expect, it } from 'vitest'
import { loadReference } from '../../../reference/load.js'
import { cueLexicon, verbCuesIn } from './cues.js'
import { piecesBetweenSpaces } from './words.js'

const cues = cueLexicon(loadReference().lexicons.speechCues)
const plain = (text: string) =>
  [...text.matchAll(cues.verbPattern)].map((m) => [m.index, m[0]] as [number, string])

describe('speech verb scans', () => {
  const texts = [
    'The ministry said on Monday that the convoy had left, officials told reporters.',
    'Unsaid, resaid and half-said words are no cues; "Said" opens, she says, and he said.',
    '“The trains are empty,” a spokesman stated. According to him, nobody believes it.',
  ]
  it.each(texts)('verbCues finds what the look-behind pattern finds in %j', (text) => {
    expect(cues.verbCues(text).map((m) => [m.index, m[0]])).toEqual(plain(text))
    expect(plain(text).length).toBeGreaterThan(1)
  })

  it.each(texts)(
    'verbCuesIn finds, in every sentence-like stretch of %j, what a scan of the stretch finds',
    (text) => {
      const cuts = [0, ...[...text.matchAll(/[.,;]\s+/g)].map((m) => m.index + m[0].length), text.length]
      for (let i = 0; i + 1 < cuts.length; i++) {
        const [from, to] = [cuts[i]!, cuts[i + 1]!]
        const slice = cues.verbCues(text.slice(from, to)).map((m) => [m.index, m[0]])
        expect(verbCuesIn(cues, text, from, to).map((m) => [m.index, m[0]])).toEqual(slice)
      }
    },
  )

  it('keeps the scan of the last text only, and answers for a new text', () => {
    const a = 'He said so.'
    const b = 'They claimed it.'
    expect(verbCuesIn(cues, a, 0, a.length).map((m) => m[0])).toEqual(['said'])
    expect(verbCuesIn(cues, b, 0, b.length).map((m) => m[0])).toEqual(['claimed'])
    expect(verbCuesIn(cues, a, 3, a.length).map((m) => [m.index, m[0]])).toEqual([[0, 'said']])
  })
})

describe('piecesBetweenSpaces', () => {
  it.each(['', 'one', ' one', 'one ', 'one  two\tthree\nfour', 'a\u00a0b\u2009c', '  '])(
    'counts %j as split(/\\s+/) does',
    (text) => {
      expect(piecesBetweenSpaces(text, 0, text.length, 99)).toBe(text.split(/\s+/).length)
    },
  )
  it('stops counting past the bound', () => {
    expect(piecesBetweenSpaces('a b c d e f', 0, 11, 3)).toBe(4)
  })
})
