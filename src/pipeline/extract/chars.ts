/**
 * Reading a text character by character, for the scanners that stand in for Unicode patterns
 * (`quantities/tokens.ts`, `entities/words.ts`): ASCII by its code, anything else by its code
 * point against the Unicode class. Each `…At` returns the code units the character takes (2 for
 * an astral one), or 0 when it is not of the class or `i` is past the end.
 */

const LETTER = /^\p{L}$/u
const ALNUM = /^[\p{L}\p{N}]$/u

/** The code point at `i` as a string (two units for an astral character; a lone surrogate alone). */
export function codePointAt(text: string, i: number): string {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2)
  }
  return text[i] ?? ''
}

/** A letter (`\p{L}`) at `i`. */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1
  if (c < 128 || Number.isNaN(c)) return 0
  const p = codePointAt(text, i)
  return LETTER.test(p) ? p.length : 0
}

/** A letter or digit (`[\p{L}\p{N}]`) at `i`. */
export function alnumAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1
  if (c < 128 || Number.isNaN(c)) return 0
  const p = codePointAt(text, i)
  return ALNUM.test(p) ? p.length : 0
}
