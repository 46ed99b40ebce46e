import { firstAtOrAfter, type Span } from '../../../model/span.js'
import { alnumAt, letterAt } from '../chars.js'

/**
 * A word of the cleaned text as the entity rules see it: a run of letters and digits, with
 * hyphenated parts (`T-72B3`, `AGAT-Control`, `Vice-Marshal`) and inner apostrophes of two or
 * more letters (`O'Brien`) kept together; a possessive `’s` is not part of the word.
 */
export interface Word extends Span {
  readonly text: string
  /** `text` in lower case, computed once (the rules look words up in lower-case lexicons). */
  readonly lower: string
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

/** What `splitWords` reads as a word (`wordSpans` scans for it by hand). */
export const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011\u2013][\p{L}\p{N}]+)*(?:['’][\p{L}]{2,})*/gu

const isWordHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019

/** End of a run of letters and digits from `i` (`i` itself when there is none). */
function alnumRun(text: string, i: number): number {
  for (let n = alnumAt(text, i); n > 0; n = alnumAt(text, i)) i += n
  return i
}

/**
 * The spans `WORD` matches in `text`, left to right, read character by character (the regex
 * costs several times more on a whole article).
 */
export function wordSpans(text: string): [number, number][] {
  const out: [number, number][] = []
  let i = 0
  while (i < text.length) {
    if (!alnumAt(text, i)) {
      i++
      continue
    }
    const start = i
    i = alnumRun(text, i)
    // hyphenated parts: "T-72B3", "Vice-Marshal"
    while (isWordHyphen(text.charCodeAt(i)) && alnumAt(text, i + 1)) i = alnumRun(text, i + 1)
    // inner apostrophes before two letters or more: "O'Brien" (not a possessive "’s")
    for (;;) {
      if (!isApostrophe(text.charCodeAt(i))) break
      let j = i + 1
      let letters = 0
      for (let n = letterAt(text, j); n > 0; n = letterAt(text, j)) {
        j += n
        letters++
      }
      if (letters < 2) break
      i = j
    }
    out.push([start, i])
  }
  return out
}
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
  for (const [start, end] of wordSpans(text)) {
    const word = text.slice(start, end)
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
    const { cap, upper } = caseOf(word)
    words.push({
      start,
      end,
      text: word,
      lower: word.toLowerCase(),
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
  return firstAtOrAfter(words, offset, (w) => w.start)
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
