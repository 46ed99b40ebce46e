import type { Token } from '../../model/annotations.js'
import type { Span } from '../../model/span.js'
import { isWsCode } from '../clean/text.js'
import { wink } from './wink.js'

/** Whether a token is white space only (what `!/\S/.test(v)` says, without a regex per token). */
function isBlank(v: string): boolean {
  for (let i = 0; i < v.length; i++) if (!isWsCode(v.charCodeAt(i))) return false
  return true
}

/** How far past the expected place a token's text is looked for. */
const SEARCH = 64

export interface WinkResult {
  readonly tokens: Token[]
  /** Sentences as wink-nlp sees them, as clean-text spans (before Dossier's rules). */
  readonly sentences: Span[]
}

/**
 * Runs wink-nlp over `text.slice(start, end)` and returns tokens and sentences as spans of `text`.
 *
 * wink gives each token's value and the whitespace before it, not offsets. Offsets are recovered
 * by walking the text: skip the preceding whitespace, expect the token's value there; if it is
 * not there (wink normalised something), search forward for it; failing that, take the next
 * non-whitespace run of the value's length. Tests check `text.slice(start, end) === value`.
 */
export function winkAnalyse(text: string, start: number, end: number): WinkResult {
  const nlp = wink()
  const its = nlp.its
  const slice = text.slice(start, end)
  const doc = nlp.readDoc(slice)
  const values = doc.tokens().out() as string[]
  const spaces = doc.tokens().out(its.precedingSpaces) as string[]
  const pos = doc.tokens().out(its.pos) as string[]
  const types = doc.tokens().out(its.type) as string[]
  // wink also emits line breaks as tokens (kind `tabCRLF`, pos `SPACE`): they are kept for the
  // sentence index arithmetic below, then dropped from the token layer.
  const all: Token[] = new Array(values.length)
  let cursor = 0
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!
    let at = cursor + (spaces[k]?.length ?? 0)
    if (!slice.startsWith(v, at)) {
      const window = slice.slice(cursor, cursor + SEARCH + v.length)
      const found = window.indexOf(v)
      if (found >= 0) at = cursor + found
      else {
        at = cursor
        while (at < slice.length && /\s/.test(slice[at]!)) at++
      }
    }
    const e = Math.min(slice.length, at + v.length)
    all[k] = { start: start + at, end: start + e, pos: pos[k] ?? 'X', kind: types[k] ?? 'word' }
    cursor = e
  }
  // whether each token is white space only, decided once per token
  const blanks = values.map(isBlank)
  const blank = (k: number): boolean => blanks[k]!
  const tokens = all.filter((_, k) => !blank(k))
  const sentences: Span[] = []
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    let a = first
    let b = last
    while (a <= b && blank(a)) a++
    while (b >= a && blank(b)) b--
    if (a <= b) sentences.push({ start: all[a]!.start, end: all[b]!.end })
  }
  return { tokens, sentences }
}
