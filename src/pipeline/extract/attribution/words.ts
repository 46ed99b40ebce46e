import type { Token } from '../../../model/annotations.js'
import type { Span } from '../../../model/span.js'
import { isWsCode } from '../../clean/text.js'

/** A word of the cleaned text with wink-nlp's part of speech, when a token starts there. */
export interface Word extends Span {
  readonly text: string
  readonly lower: string
  readonly pos: string | null
}

// "U.S.", "Vice-Marshal", "npr.org", "Mi-8/Mi-17", "Russia’s"; any other non-space char alone
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-/&.][\p{L}\p{N}]+)*|\S/gu

/**
 * The words of `text` between `from` and `to`, each with the part of speech of the token that
 * starts it.
 *
 * @example wordsIn('U.S. officials said', [], 0, 19).map((w) => w.text) // ['U.S.', 'officials', 'said']
 */
export function wordsIn(text: string, tokens: readonly Token[], from: number, to: number): Word[] {
  const out: Word[] = []
  WORD.lastIndex = 0
  const slice = text.slice(from, to)
  for (const m of slice.matchAll(WORD)) {
    const start = from + m.index
    const end = start + m[0].length
    out.push({ start, end, text: m[0], lower: m[0].toLowerCase(), pos: posAt(tokens, start) })
  }
  return out
}

/** Part of speech of the token that covers `offset`, by binary search. */
export function posAt(tokens: readonly Token[], offset: number): string | null {
  let lo = 0
  let hi = tokens.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.start <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  const t = tokens[found]
  return t && offset < t.end ? t.pos : null
}

export const isCapitalised = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w)

/** The sentence (of `sentences`, sorted) that contains `offset`, or null. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | null {
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return s
  }
  return null
}

/** The index of the paragraph that contains `offset`, or -1. */
export function paragraphIndex(paragraphs: readonly Span[], offset: number): number {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    if (offset >= p.start && offset < p.end) return i
  }
  return -1
}

/** `s` without surrounding whitespace and the given trailing characters. */
export function trimSpan(text: string, s: Span, trailing = /[\s,;:.]/): Span {
  let { start, end } = s
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && trailing.test(text[end - 1]!)) end--
  return { start, end }
}

/**
 * `text.slice(from, to).split(/\s+/).length`, counted without building the pieces, and cut short
 * once it passes `max` (then `max + 1`).
 */
export function piecesBetweenSpaces(text: string, from: number, to: number, max: number): number {
  let n = 1
  let inSpace = false
  for (let i = from; i < to; i++) {
    const space = isWsCode(text.charCodeAt(i))
    if (space && !inSpace && ++n > max) return n
    inSpace = space
  }
  return n
}

/** A finite verb (not a participle in -ing) between two offsets: the words make a clause. */
export function hasFiniteVerb(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  return wordsIn(text, tokens, from, to).some(
    (w) => (w.pos === 'VERB' || w.pos === 'AUX') && !/ing$/.test(w.lower),
  )
}

/** A coordinator that opens a clause: ", and", ", but", "; " (a bare "and" joins the items of a list as often). */
const COORDINATOR = /,\s*(?:and|but|while|whereas|yet)\s+|;\s+/gi

/**
 * Whether the text from `from` to `to` ends inside a clause that a coordinator opened and that
 * has no verb yet: "…, and at night, [residents say,] the barges leave …". What follows
 * a tag or a frame at `to` completes that clause, so it is what the source says.
 */
export function openClauseBefore(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  let last = -1
  COORDINATOR.lastIndex = 0
  const slice = text.slice(from, to)
  for (const m of slice.matchAll(COORDINATOR)) last = m.index + m[0].length
  return last > 0 && !hasFiniteVerb(text, tokens, from + last, to)
}
