import { isAbbreviation } from '../segment/abbreviations.js'

/**
 * Small text helpers shared by the boilerplate rules: line lookup, sentence ends, word counts.
 * All work on raw-text offsets and run in time linear in what they inspect.
 */

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

/** A line of the text: `[start, end)` without its line break, and its trimmed content. */
export interface Line {
  readonly start: number
  readonly end: number
  /** Content without leading and trailing whitespace: `[contentStart, contentEnd)`. */
  readonly contentStart: number
  readonly contentEnd: number
  /** `text.slice(contentStart, contentEnd)`. */
  readonly content: string
}

let memo: { text: string; lines: readonly Line[] } | undefined

/**
 * Every line of the text with its trimmed content (empty lines have an empty content). The result
 * for the last text is kept, since every line rule asks for the same lines; it is frozen.
 */
export function lines(text: string): readonly Line[] {
  if (memo && memo.text === text) return memo.lines
  const out: Line[] = []
  let start = 0
  const n = text.length
  while (start <= n) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = n
    let cs = start
    let ce = end
    while (cs < ce && isWsCode(text.charCodeAt(cs))) cs++
    while (ce > cs && isWsCode(text.charCodeAt(ce - 1))) ce--
    out.push(Object.freeze({ start, end, contentStart: cs, contentEnd: ce, content: text.slice(cs, ce) }))
    if (end === n) break
    start = end + 1
  }
  Object.freeze(out)
  memo = { text, lines: out }
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

export const isUpper = (c: string | undefined): boolean => {
  if (c === undefined) return false
  const k = c.charCodeAt(0)
  return k < 128 ? k >= 65 && k <= 90 : /\p{Lu}/u.test(c)
}
export const isLower = (c: string | undefined): boolean => {
  if (c === undefined) return false
  const k = c.charCodeAt(0)
  return k < 128 ? k >= 97 && k <= 122 : /\p{Ll}/u.test(c)
}
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
  const cap = Math.min(text.length, i + 8) // "?!" or "...", not a run of 5 MB of dots
  while (j < cap && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++
  const capQ = Math.min(text.length, j + 4)
  while (j < capQ && CLOSERS.includes(text[j]!)) j++
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
    const ws = isWsCode(text.charCodeAt(i))
    if (!ws && !inWord) n++
    inWord = !ws
  }
  return n
}

/**
 * Does `text.slice(start, end)` hold at most `max` words? Stops counting as soon as it knows, so
 * asking about a long line costs no more than reading `max` words of it.
 */
export function wordsAtMost(text: string, start: number, end: number, max: number): boolean {
  let n = 0
  let inWord = false
  for (let i = start; i < end; i++) {
    const ws = isWsCode(text.charCodeAt(i))
    if (!ws && !inWord && ++n > max) return false
    inWord = !ws
  }
  return true
}

/** Offset of the first non-whitespace character at or after `i` (bounded by `end`). */
export function skipWs(text: string, i: number, end = text.length): number {
  while (i < end && isWsCode(text.charCodeAt(i))) i++
  return i
}

/** Offset just after the last non-whitespace character before `i` (bounded by `start`). */
export function trimEnd(text: string, i: number, start = 0): number {
  while (i > start && isWsCode(text.charCodeAt(i - 1))) i--
  return i
}
