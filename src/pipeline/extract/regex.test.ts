import { describe, expect, it } from 'vitest'
import { prefixAlternation } from './regex.js'

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
