import type { Token } from '../../model/annotations.js'
import type { Span } from '../../model/span.js'
import { isWsCode } from '../clean/text.js'
import { layer, type Stage } from '../stage.js'
import { type SentenceRule, sentenceRules } from './rules/index.js'
import { winkAnalyse } from './tokens.js'

export { sentenceRules } from './rules/index.js'
export { wink, winkFull } from './wink.js'

export interface SegmentOptions {
  readonly rules?: readonly SentenceRule[]
  /** wink-nlp reads paragraphs in groups of about this many characters. */
  readonly chunkSize?: number
}

const defaults: Required<SegmentOptions> = Object.freeze({ rules: sentenceRules, chunkSize: 64_000 })

export interface Segmentation {
  readonly sentences: Span[]
  readonly tokens: Token[]
}

/**
 * Tokens (with part of speech) and sentences of a clean text, as spans of that text. wink-nlp
 * reads whole paragraphs, grouped into chunks (memory stays flat on long texts; no sentence
 * crosses a paragraph, so chunking changes nothing); Dossier's sentence rules then fix its splits.
 *
 * ```ts
 * segmentText('Instead, they invaded Ukraine on Feb. 24.', [{ start: 0, end: 41 }]).sentences
 * // [{ start: 0, end: 41 }]
 * ```
 */
export function segmentText(
  text: string,
  paragraphs: readonly Span[],
  options: SegmentOptions = {},
): Segmentation {
  const { rules, chunkSize } = { ...defaults, ...options }
  const paras = paragraphs.length || !text.trim() ? paragraphs : [{ start: 0, end: text.length }]
  const tokens: Token[] = []
  let sentences: Span[] = []
  for (const chunk of chunks(text, paras, chunkSize)) {
    if (chunk.opaque) {
      tokens.push({ start: chunk.start, end: chunk.end, pos: 'X', kind: 'opaque' })
      sentences.push({ start: chunk.start, end: chunk.end })
      continue
    }
    const r = winkAnalyse(text, chunk.start, chunk.end)
    for (const t of r.tokens) tokens.push(t)
    for (const s of r.sentences) sentences.push(s)
  }
  const ctx = { text, tokens, paragraphs: paras }
  for (const rule of rules) sentences = rule.apply(sentences, ctx)
  return { sentences, tokens }
}

/** A run of non-space characters longer than this is not language (a base64 blob, a hash). */
export const MAX_WORD = 256

export interface Chunk extends Span {
  /** A run longer than MAX_WORD: one token (kind `opaque`, pos `X`) and one sentence, without wink. */
  readonly opaque: boolean
}

/**
 * Cuts the paragraphs into chunks for wink-nlp: paragraphs grouped up to about `size` characters;
 * a paragraph longer than that (a page scraped as one line) cut at the last sentence end before
 * the limit, else at the last space, so wink never holds more than one chunk; and runs longer
 * than MAX_WORD set apart as opaque chunks (wink's tokenizer is very slow on them). A sentence can
 * only be cut where a long paragraph is cut.
 */
export function chunks(text: string, paragraphs: readonly Span[], size: number): Chunk[] {
  const out: Chunk[] = []
  let gStart = -1 // the open group of short paragraphs, [gStart, gEnd)
  let gEnd = -1
  const close = (): void => {
    if (gStart >= 0) out.push({ start: gStart, end: gEnd, opaque: false })
    gStart = -1
  }
  for (const para of pieces(text, paragraphs)) {
    if (para.opaque) {
      close()
      out.push(para)
    } else if (para.end - para.start > size) {
      close()
      let start = para.start
      while (para.end - start > size) {
        const cut = cutPoint(text, start, start + size)
        out.push({ start, end: cut, opaque: false })
        start = cut
        while (start < para.end && isSpace(text, start)) start++
      }
      if (start < para.end) out.push({ start, end: para.end, opaque: false })
    } else if (gStart >= 0 && para.end - gStart <= size) {
      gEnd = para.end
    } else {
      close()
      gStart = para.start
      gEnd = para.end
    }
  }
  close()
  return out
}

const isSpace = (text: string, i: number): boolean => /\s/.test(text[i]!)

/** Runs of at least `min` non-space characters, in one linear scan (a regex retries at every position). */
function longRuns(text: string, min: number): Span[] {
  const out: Span[] = []
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isWsCode(text.charCodeAt(i))
    if (!space) {
      if (start < 0) start = i
    } else if (start >= 0) {
      if (i - start >= min) out.push({ start, end: i })
      start = -1
    }
  }
  return out
}

/** Paragraphs with their over-long runs cut out as opaque chunks (one scan of the text for the runs). */
function* pieces(text: string, paragraphs: readonly Span[]): Generator<Chunk> {
  const runs = longRuns(text, MAX_WORD + 1)
  let r = 0
  for (const p of paragraphs) {
    let start = p.start
    while (r < runs.length && runs[r]!.end <= p.start) r++
    for (; r < runs.length && runs[r]!.start < p.end; r++) {
      const run = runs[r]!
      const runStart = Math.max(run.start, p.start)
      const end = Math.min(p.end, run.end)
      let before = runStart
      while (before > start && isSpace(text, before - 1)) before--
      if (before > start) yield { start, end: before, opaque: false }
      yield { start: runStart, end, opaque: true }
      start = end
      while (start < p.end && isSpace(text, start)) start++
      if (run.end > p.end) break
    }
    if (start < p.end) yield { start, end: p.end, opaque: false }
  }
}

/** End of the last sentence (punctuation followed by a space) in `[start, limit)`, else the last space, else `limit`. */
function cutPoint(text: string, start: number, limit: number): number {
  let space = -1
  for (let k = limit - 1; k > start; k--) {
    if (isSpace(text, k)) {
      if (/[.!?’”"]/.test(text[k - 1]!)) return k
      if (space < 0) space = k
    }
  }
  return space > start ? space : limit
}

/**
 * Stage `segment`: sentences and tokens over the clean text (spans of the clean text). Tokens
 * carry wink-nlp's part of speech and token kind.
 */
export const segment: Stage = {
  name: 'segment',
  requires: ['clean', 'paragraphs'],
  produces: ['sentences', 'tokens'],
  run(doc) {
    const clean = layer(doc, 'clean')
    const { sentences, tokens } = segmentText(clean.text, layer(doc, 'paragraphs'))
    return { layers: { sentences, tokens } }
  },
}
