/**
 * A small tokenizer for the quantity rules: numbers (with thousands separators and decimals),
 * words and single symbols, each with its UTF-16 span. Whitespace is not a token; two tokens
 * touch when `a.end === b.start` ("T-72", "60%", "24th").
 */
export interface Tok {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly lower: string
  readonly kind: 'num' | 'word' | 'sym'
}

// "300,000", "1,600", "1.5", "65" (and "300 000" with a no-break or thin space); words; one symbol
const TOKEN = /(\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}+)|(\S)/gu

export function tokenize(text: string): Tok[] {
  const out: Tok[] = []
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0
    const t = m[0]
    out.push({
      start,
      end: start + t.length,
      text: t,
      lower: t.toLowerCase(),
      kind: m[1] ? 'num' : m[2] ? 'word' : 'sym',
    })
  }
  return out
}

export const touches = (a: Tok | undefined, b: Tok | undefined): boolean => !!a && !!b && a.end === b.start

/** The numeric value of a digit token ("300,000" → 300000, "1.5" → 1.5). */
export const digitValue = (t: Tok): number => Number(t.text.replace(/[,\u00a0\u202f\u2009]/g, ''))

export const isCapitalised = (t: Tok | undefined): boolean =>
  !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text)

/** Dash-like symbols that join ranges and compounds. */
export const isDash = (t: Tok | undefined): boolean =>
  !!t && (t.text === '-' || t.text === '–' || t.text === '—')

/** Lower-cased words of `toks[i..]` equal `words` (each word one token; hyphen tokens allowed in `words`). */
export function wordsAt(toks: readonly Tok[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.lower !== words[k]) return false
  return true
}
