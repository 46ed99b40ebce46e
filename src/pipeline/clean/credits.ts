import { isWs, sentenceEndAt, skipWs, trimEnd, wordsAtMost } from './text.js'

/**
 * Photo and document credits, shared by the caption rules and by the link-block rule (a link
 * block stops where a caption begins).
 */

/** A credit in parentheses: "(Image: GETTY)", "(Picture source: BelTA)", "(Photo by John Smith/AFP)". */
export const PAREN_CREDIT =
  /\((?:images?|pictures?|photo(?:graph)?s?|pics?|videos?|footage|screenshots?|credits?)(?:\s+(?:source|credits?|courtesy))?(?:\s*:\s*|\s+(?:by|via|courtesy of)\s+)[^()\n]{1,80}\)/gi

/** A labelled credit that ends a line: "… remain so. Photo: Ruslan Guk, Vayar/t.me/modmilby". */
export const TRAILING_CREDIT =
  /(?:^|(?<=[\s.!?’”")]))(?:Photo(?:graph)?s?|PHOTOS?|Images?|IMAGES?|Pictures?|PICTURES?|Pics?|Illustrations?|ILLUSTRATION|Videos?|VIDEO|Footage|Screenshots?)(?:\s+(?:[Ss]ource|[Cc]redits?|[Cc]ourtesy))?(?:\s*:\s*|\s+by\s+)\S[^\n]{0,100}$/

/** The longest credit text (in words) a trailing credit may have. */
export const MAX_CREDIT_WORDS = 12

/** Start offsets of every parenthesised credit in the text, sorted. */
export function parenCreditStarts(text: string): number[] {
  const out: number[] = []
  for (const m of text.matchAll(PAREN_CREDIT)) out.push(m.index)
  return out
}

/**
 * Finds a trailing credit in a line's content `[start, end)`: returns its start offset, or -1.
 * The credit must be short, so a sentence that merely says "Photo: …" at length is not one.
 */
export function trailingCredit(text: string, start: number, end: number): number {
  // the credit lies within the line's last TAIL characters: look only there
  const from = Math.max(start, end - TAIL)
  const m = TRAILING_CREDIT.exec(text.slice(from, end))
  if (!m) return -1
  const at = from + m.index
  if (at === from && from > start && !/[\s.!?’”")]/.test(text[at - 1]!)) return -1
  return wordsAtMost(text, at, end, MAX_CREDIT_WORDS + 2) ? at : -1
}

/** Label (≤ 20 chars), separator and credit text (≤ 101 chars) fit in this many characters. */
const TAIL = 140

/** How far back from a credit a caption may reach before we give up and remove the credit alone. */
export const MAX_CAPTION_CHARS = 300

/**
 * Where the caption of a credit starts, scanning back from `creditStart` to the nearest place
 * where a caption can begin: the line start, the end of an earlier credit or tag (")", "]"), the
 * end of a sentence ("…at the moment.’ Russia’s army … (Image: GETTY)"), or a closing double
 * quote followed by a capital. If none is found within MAX_CAPTION_CHARS, the credit stands alone.
 */
export function captionStart(text: string, creditStart: number, lineStart: number): number {
  const j = trimEnd(text, creditStart, lineStart)
  const stop = Math.max(lineStart, creditStart - MAX_CAPTION_CHARS)
  for (let k = j - 1; k >= stop; k--) {
    const c = text[k]!
    if (c === ')' || c === ']') return skipWs(text, k + 1, creditStart)
    if (c === '.' || c === '!' || c === '?') {
      const e = sentenceEndAt(text, k)
      if (e >= 0 && e <= j) return skipWs(text, e, creditStart)
    }
    if (
      (c === '”' || c === '"') &&
      isWs(text[k + 1]) &&
      /\p{Lu}/u.test(text[skipWs(text, k + 1, creditStart)] ?? '')
    ) {
      return skipWs(text, k + 1, creditStart)
    }
  }
  return stop === lineStart ? lineStart : creditStart
}

/** Count of sentence ends in `[start, end)`. */
export function sentenceEnds(text: string, start: number, end: number): number {
  let n = 0
  for (let k = start; k < end; k++) {
    const e = sentenceEndAt(text, k)
    if (e >= 0) {
      n++
      k = e - 1
    }
  }
  return n
}

/**
 * A caption line: the text before a credit that ends its line is short enough to be a caption as
 * a whole ("Military exercises … so far. They will probably remain so. Photo: …"), not prose
 * with a credit glued on.
 */
export const MAX_CAPTION_LINE_WORDS = 40
export const MAX_CAPTION_LINE_SENTENCES = 2

export function isCaptionText(text: string, start: number, end: number): boolean {
  return (
    wordsAtMost(text, start, end, MAX_CAPTION_LINE_WORDS) &&
    sentenceEnds(text, start, end) <= MAX_CAPTION_LINE_SENTENCES
  )
}
