import type { Token } from '../../model/annotations.js'
import type { Span } from '../../model/span.js'
import { layer, type Stage } from '../stage.js'
import { type SentenceRule, sentenceRules } from './rules/index.js'
import { winkAnalyse } from './tokens.js'

export { sentenceRules } from './rules/index.js'
export { wink } from './wink.js'

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
  let i = 0
  while (i < paras.length) {
    const start = paras[i]!.start
    let end = paras[i]!.end
    i++
    while (i < paras.length && paras[i]!.end - start <= chunkSize) end = paras[i++]!.end
    const r = winkAnalyse(text, start, end)
    for (const t of r.tokens) tokens.push(t)
    for (const s of r.sentences) sentences.push(s)
  }
  const ctx = { text, tokens, paragraphs: paras }
  for (const rule of rules) sentences = rule.apply(sentences, ctx)
  return { sentences, tokens }
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
