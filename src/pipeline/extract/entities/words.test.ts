import { describe, expect, it } from 'vitest'
import { splitWords, WORD, wordSpans } from './words.js'

const byRegex = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length])

describe('wordSpans', () => {
  it.each([
    'T-72B3 tanks, Vice-Marshal O’Brien’s men and Su-25s; AGAT-Control.',
    "Russia's and Belarus’ plants: O'Neill, rock'n'roll, it’s, y'all, don't.",
    'Łódź–Minsk ‐ Мінск‑Гомель; naïve café; 24th; 1,600; x-; -y; a--b.',
    'Astral \u{1D400}\u{1D401}-\u{1D402} and \u{1F600}emoji, a lone \ud800 unit, \udc00 too.',
    "'quoted' ’words’ and – dashes — here",
    '',
  ])('reads %j as the word pattern does', (text) => {
    expect(wordSpans(text)).toEqual(byRegex(text))
  })

  it('agrees with the word pattern on random mixtures of letters, digits, hyphens and apostrophes', () => {
    const alphabet = [
      'a',
      'B',
      '7',
      '-',
      '\u2010',
      '\u2013',
      "'",
      '’',
      ' ',
      '.',
      'é',
      'я',
      '\u{1D400}',
      '\u{1F600}',
    ]
    let seed = 11
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let k = 0; k < 500; k++) {
      let text = ''
      for (let n = rand(24); n > 0; n--) text += alphabet[rand(alphabet.length)]
      expect(wordSpans(text)).toEqual(byRegex(text))
    }
  })
})

describe('splitWords', () => {
  it('marks capitals, capitals-only words, sentence starts and a following stop', () => {
    const text = 'The NATO summit met.In Minsk, officials said "no".\nNew line'
    const words = splitWords(text, [0])
    const at = (w: string) => words.find((x) => x.text === w)!
    expect(words.map((w) => w.text)).toEqual([
      'The',
      'NATO',
      'summit',
      'met',
      'In',
      'Minsk',
      'officials',
      'said',
      'no',
      'New',
      'line',
    ])
    expect([at('The').initial, at('NATO').initial, at('In').initial, at('New').initial]).toEqual([
      true,
      false,
      true,
      true,
    ])
    expect([at('NATO').upper, at('Minsk').upper, at('Minsk').cap, at('officials').cap]).toEqual([
      true,
      false,
      true,
      false,
    ])
    expect(at('met').dot).toBe(true)
  })
})
