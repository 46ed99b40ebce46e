import { isAbbreviation } from '../segment/abbreviations.js'

/**
 * Small text helpers shared by the boilerplate rules: line lookup, sentence ends, word counts.
 * All work on raw-text offsets and run in time linear in what they inspect.
 */

/** A line of the text: `[start, end)` without its line break, and its trimmed content span. */
export interface Line {
  readonly start: number
  readonly end: number
  /** Content without leading and trailing whitespace: `[contentStart, contentEnd)`. */
  readonly contentStart: number
  readonly contentEnd: number
}

/** Whitespace as JavaScript's `\s` knows it (spaces, line breaks, NBSP, Unicode spaces, BOM). */
export const isWsCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff

export const isWs = (c: string | undefined): boolean => c !== undefined && isWsCode(c.charCodeAt(0))

/** Every line of the text with its trimmed content span (empty lines have contentStart === contentEnd). */
export function lines(text: string): Line[] {
  const out: Line[] = []
  let start = 0
  const n = text.length
  while (start <= n) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = n
    let cs = start
    let ce = end
    while (cs < ce && isWs(text[cs])) cs++
    while (ce > cs && isWs(text[ce - 1])) ce--
    out.push({ start, end, contentStart: cs, contentEnd: ce })
    if (end === n) break
    start = end + 1
  }
  return out
}

/** Finds the line containing an offset by binary search over `lines(text)`. */
export class LineIndex {
  readonly lines: readonly Line[]
  constructor(text: string) {
    this.lines = lines(text)
  }
  /** Index in `lines` of the line containing `offset`. */
  indexAt(offset: number): number {
    const ls = this.lines
    let lo = 0
    let hi = ls.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (ls[mid]!.start <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  at(offset: number): Line {
    return this.lines[this.indexAt(offset)]!
  }
}

/** Closing quote marks and brackets that may follow a sentence's final punctuation. */
export const CLOSERS = '’”"»\')]'
/** Opening quote marks that may start a sentence. */
export const OPENERS = '‘“"«\'('

export const isUpper = (c: string | undefined): boolean => c !== undefined && /\p{Lu}/u.test(c)
export const isLower = (c: string | undefined): boolean => c !== undefined && /\p{Ll}/u.test(c)
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'

/** The word (letters and inner periods) that ends right before offset `end`: "U.S" before "U.S.". */
export function wordBefore(text: string, end: number): string {
  let i = end
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!) && end - i < 40) i--
  return text.slice(i, end).replace(/^\.+/, '')
}

/**
 * If the character at `i` ends a sentence, returns the offset just after it and any closing
 * quotes or brackets; otherwise -1. A period ends a sentence when what follows is whitespace, the
 * end, or a capital (possibly glued: "Ukraine.In his"), and it is not a decimal point ("3.5"), part
 * of a domain ("npr.org") or an abbreviation ("Feb.", "U.S.", "V." in "I. V. Vavilov").
 */
export function sentenceEndAt(text: string, i: number): number {
  const c = text[i]
  if (c !== '.' && c !== '!' && c !== '?') return -1
  let j = i + 1
  while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++
  while (j < text.length && CLOSERS.includes(text[j]!)) j++
  const next = text[j]
  const ends = next === undefined || isWs(next) || isUpper(next) || OPENERS.includes(next)
  if (!ends) return -1
  if (c === '.' && j === i + 1) {
    if (isDigit(text[i - 1]) && isDigit(next)) return -1
    if (isAbbreviation(wordBefore(text, i))) return -1
  }
  return j
}

/** Number of whitespace-separated words in `text.slice(start, end)`. */
export function wordCount(text: string, start = 0, end = text.length): number {
  let n = 0
  let inWord = false
  for (let i = start; i < end; i++) {
    const ws = isWs(text[i])
    if (!ws && !inWord) n++
    inWord = !ws
  }
  return n
}

/** Offset of the first non-whitespace character at or after `i` (bounded by `end`). */
export function skipWs(text: string, i: number, end = text.length): number {
  while (i < end && isWs(text[i])) i++
  return i
}

/** Offset just after the last non-whitespace character before `i` (bounded by `start`). */
export function trimEnd(text: string, i: number, start = 0): number {
  while (i > start && isWs(text[i - 1])) i--
  return i
}
