import { describe, expect, it } from 'vitest'
import { prefixAlternation, scanUnpreceded } from './regex.js'

const chars = (s: string) => [...s].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
const plain = (phrases: string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => chars(p).join(''))
    .join('|')

describe('prefixAlternation', () => {
  it('factors common prefixes', () => {
    expect(prefixAlternation([chars('said'), chars('says')])).toBe('sa(?:id|ys)')
    expect(prefixAlternation([chars('say'), chars('saying')])).toBe('say(?:ing|)')
  })
  it('matches what the plain alternation, longest first, matches', () => {
    const phrases = [
      'said',
      'says',
      'say',
      'saying',
      'sayings',
      'told',
      'told reporters',
      'according to',
      'a.k.a',
      'x+y',
    ]
    const texts = [
      'He said, she says; they say and keep saying sayings. It told reporters: told you.',
      'according to them, a.k.a. x+y said nothing; SAID Says sayingsx told',
    ]
    const wrap = (body: string) => new RegExp(`(?<![\\p{L}])(?:${body})(?![\\p{L}])`, 'giu')
    for (const t of texts) {
      const a = [...t.matchAll(wrap(plain(phrases)))].map((m) => [m.index, m[0]])
      const b = [...t.matchAll(wrap(prefixAlternation(phrases.map(chars))))].map((m) => [m.index, m[0]])
      expect(b).toEqual(a)
      expect(b.length).toBeGreaterThan(3)
    }
  })
  it('takes atoms wider than a character', () => {
    const re = new RegExp(`^(?:${prefixAlternation([['n', 'o', '\\s+', 's', 'i', 'g', 'n']])})$`)
    expect(re.test('no   sign')).toBe(true)
    expect(re.test('nosign')).toBe(false)
  })
})

describe('scanUnpreceded', () => {
  const cases: [string, string, string][] = [
    // [body, left class, text]
    ['sa(?:id|ys)', '[\\p{L}]', 'She said; unsaid, SAYS and essays say'],
    ['said(?![\\p{L}])', "[\\p{L}\\p{N}'’-]", 'un-said, 2said, ’said and said'],
    // a match the look-behind rejects hides a good one inside it only if retried one unit on
    ['ab(?:ab)*', '[a-z]', 'xabab abab'],
    ['is sure|sure', '[\\p{L}]', 'This sure bet; is sure'],
    // the code point before a match, not the code unit: an astral letter counts as a letter
    ['said', '[\\p{L}]', '\u{1D400}said \u{1F600}said'],
  ]
  it.each(cases)('/%s/ after %s finds what the look-behind finds', (body, left, text) => {
    const expected = [...text.matchAll(new RegExp(`(?<!${left})(?:${body})`, 'giu'))].map((m) => [
      m.index,
      m[0],
    ])
    const got = scanUnpreceded(body, 'giu', left)(text).map((m) => [m.index, m[0]])
    expect(got).toEqual(expected)
    expect(got.length).toBeGreaterThan(0)
  })
  it('can be used again on another text', () => {
    const scan = scanUnpreceded('said', 'giu', '[\\p{L}]')
    expect(scan('said it, said it').map((m) => m.index)).toEqual([0, 9])
    expect(scan('unsaid').length).toBe(0)
  })
})
