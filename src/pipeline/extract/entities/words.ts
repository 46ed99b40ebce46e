import type { Span } from '../../../model/span.js'

/**
 * A word of the cleaned text as the entity rules see it: a run of letters and digits, with
 * hyphenated parts (`T-72B3`, `AGAT-Control`, `Vice-Marshal`) and inner apostrophes of two or
 * more letters (`O'Brien`) kept together; a possessive `’s` is not part of the word.
 */
export interface Word extends Span {
  readonly text: string
  /** Index in the word list. */
  readonly index: number
  /** Starts with an upper-case letter or a digit. */
  readonly cap: boolean
  /** Has letters and no lower-case one (`NATO`, `U`). */
  readonly upper: boolean
  /** First word of its sentence or line, where a capital says nothing. */
  readonly initial: boolean
  /** Followed by a full stop directly (`I.`, `U.S.`, end of sentence). */
  readonly dot: boolean
}

const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011\u2013][\p{L}\p{N}]+)*(?:['’][\p{L}]{2,})*/gu
const UPPER_START = /^[\p{Lu}\p{N}]/u
const HAS_LOWER = /\p{Ll}/u
const HAS_LETTER = /\p{L}/u
const STOP = /[.!?]/

/** `cap` and `upper` of a word, read from its code units when it is ASCII. */
function caseOf(word: string): { cap: boolean; upper: boolean } {
  let letter = false
  let lower = false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c > 127) {
      return {
        cap: UPPER_START.test(word),
        upper: HAS_LETTER.test(word) && !HAS_LOWER.test(word),
      }
    }
    if (c >= 97 && c <= 122) lower = letter = true
    else if (c >= 65 && c <= 90) letter = true
  }
  const first = word.charCodeAt(0)
  return { cap: (first >= 65 && first <= 90) || (first >= 48 && first <= 57), upper: letter && !lower }
}

/**
 * Splits `text` into words. `sentenceStarts` are offsets where a sentence begins; a word is
 * `initial` when only opening punctuation separates it from such an offset or from a line start.
 */
export function splitWords(text: string, sentenceStarts: readonly number[] = []): Word[] {
  const starts = [...sentenceStarts].sort((a, b) => a - b)
  let next = 0
  const words: Word[] = []
  let previousEnd = 0
  for (const m of text.matchAll(WORD)) {
    const start = m.index
    const end = start + m[0].length
    // most words follow one space, which says nothing of where a sentence starts
    const oneSpace = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32
    const gap = oneSpace ? ' ' : text.slice(previousEnd, start)
    let initial = words.length === 0 || (!oneSpace && gap.includes('\n'))
    // a sentence start inside the gap, with only opening quotes/brackets/dashes after it
    while (next < starts.length && starts[next]! < previousEnd) next++
    while (next < starts.length && starts[next]! <= start) {
      if (!initial && /^[\s"'“‘«([–—-]*$/.test(text.slice(starts[next]!, start))) initial = true
      next++
    }
    if (
      !initial &&
      !oneSpace &&
      STOP.test(gap) &&
      /[.!?]['’"”]?\s*['‘"“]?$/.test(gap) &&
      !/^\s*$/.test(gap)
    ) {
      // "…forces.In his" — a stop with no space still ends a sentence
      const prev = words[words.length - 1]
      if (!prev || prev.text.length > 1 || !prev.upper) initial = true
    }
    const { cap, upper } = caseOf(m[0])
    words.push({
      start,
      end,
      text: m[0],
      index: words.length,
      cap,
      upper,
      initial,
      dot: text[end] === '.',
    })
    previousEnd = end
  }
  return words
}

/** Index of the first word whose start is ≥ `offset` (binary search), or `words.length`. */
export function wordAtOrAfter(words: readonly Word[], offset: number): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (words[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the word that starts exactly at `offset`, or -1. */
export function wordStartingAt(words: readonly Word[], offset: number): number {
  const i = wordAtOrAfter(words, offset)
  return i < words.length && words[i]!.start === offset ? i : -1
}

/** Index of the word that ends exactly at `offset`, or -1. */
export function wordEndingAt(words: readonly Word[], offset: number): number {
  let lo = 0
  let hi = words.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const e = words[mid]!.end
    if (e === offset) return mid
    if (e < offset) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

/** The text between two words (exclusive): `", "`, `" "`, `" ("`. */
export function gapBetween(text: string, a: Word, b: Word): string {
  return text.slice(a.end, b.start)
}

/** True when only spaces (no line break, no punctuation) separate the two words. */
export function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \t\u00A0]+$/.test(gapBetween(text, a, b))
}
