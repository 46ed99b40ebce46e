import { codePointAt, letterAt } from '../chars.js'
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
export const TOKEN = /(\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}+)|(\S)/gu

const SPACE = /^\s$/

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isGroupSeparator = (c: number): boolean => c === 44 || c === 0xa0 || c === 0x202f || c === 0x2009

/** The end of the number that starts at `i` (a digit), as `TOKEN`'s first group reads it. */
function numberEnd(text: string, i: number): number {
  let j = i
  while (j < text.length && isDigit(text.charCodeAt(j))) j++
  let end = j
  // "300,000": one to three digits, then groups of a separator and three digits
  if (j - i <= 3) {
    let k = j
    while (
      k + 3 < text.length &&
      isGroupSeparator(text.charCodeAt(k)) &&
      isDigit(text.charCodeAt(k + 1)) &&
      isDigit(text.charCodeAt(k + 2)) &&
      isDigit(text.charCodeAt(k + 3))
    )
      k += 4
    end = k
  }
  // a decimal part
  if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
    end += 2
    while (end < text.length && isDigit(text.charCodeAt(end))) end++
  }
  return end
}

/**
 * The tokens `TOKEN` finds, read character by character (the regex, with its groups, costs
 * several times more on a long text).
 */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = []
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++
      continue
    }
    let end: number
    let kind: Tok['kind']
    if (isDigit(c)) {
      end = numberEnd(text, i)
      kind = 'num'
    } else if (letterAt(text, i)) {
      end = i
      for (let n = letterAt(text, end); n > 0; n = letterAt(text, end)) end += n
      kind = 'word'
    } else {
      const p = codePointAt(text, i)
      if (SPACE.test(p)) {
        i += p.length
        continue
      }
      end = i + p.length
      kind = 'sym'
    }
    const t = text.slice(i, end)
    out.push({ start: i, end, text: t, lower: t.toLowerCase(), kind })
    i = end
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
