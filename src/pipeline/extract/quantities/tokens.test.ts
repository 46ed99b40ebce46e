import { describe, expect, it } from 'vitest'
import { TOKEN, tokenize } from './tokens.js'

/** What the token pattern itself reads: the reference the hand-written scanner must agree with. */
function byRegex(text: string) {
  return [...text.matchAll(TOKEN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    lower: m[0].toLowerCase(),
    kind: m[1] ? 'num' : m[2] ? 'word' : 'sym',
  }))
}

describe('tokenize', () => {
  it.each([
    'Over 300,000 troops, 1,600 tanks and 1.5 million rounds; 65 Su-25s.',
    '1234,567 and 1,2345 and 12,345.678 and 1,23 and 3.14. and 7.',
    'Prices: 300\u00a0000 RUB, 4\u202f500 EUR, 2\u2009000 USD; 60-70% up.',
    'Zürich, Łódź and Мінск: «words» — 24th, T-72B3; naïve café.',
    'Astral \u{1D400}\u{1D401}bc, emoji \u{1F600}x, a lone \ud800 and \udc00 unit.',
    'Tabs\tand\nnew lines\r\nand\u2028separators\u3000and\ufeffmarks\u000b\u000c.',
    'Ⅻ legions, ½ share, ² squared, ٣ Arabic digit, ５ full-width.',
    '',
    '   ',
  ])('reads %j as the token pattern does', (text) => {
    expect(tokenize(text)).toEqual(byRegex(text))
  })

  it('agrees with the token pattern on random mixtures of digits, letters, separators and marks', () => {
    const alphabet = [
      '1',
      '2',
      '0',
      '9',
      ',',
      '.',
      ' ',
      '\u00a0',
      '\u2009',
      'a',
      'Z',
      'é',
      '-',
      '%',
      '$',
      '\n',
      'я',
      '\u{1D400}',
    ]
    let seed = 7
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let k = 0; k < 500; k++) {
      let text = ''
      for (let n = rand(30); n > 0; n--) text += alphabet[rand(alphabet.length)]
      expect(tokenize(text)).toEqual(byRegex(text))
    }
  })
})
