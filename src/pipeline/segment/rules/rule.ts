import type { Token } from '../../../model/annotations.js'
import type { Span } from '../../../model/span.js'

/** What a sentence rule may look at: the clean text, its tokens and paragraphs. */
export interface SegmentContext {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly paragraphs: readonly Span[]
}

/**
 * A sentence rule takes the sentence list and returns a new one, merging or splitting
 * (parse-latin style: one small rule per file). Sentences stay sorted, disjoint and trimmed.
 */
export interface SentenceRule {
  readonly id: string
  apply(sentences: readonly Span[], ctx: SegmentContext): Span[]
}

/** Two sentences may be merged only inside one paragraph: nothing but spaces between them. */
export function sameLine(text: string, a: Span, b: Span): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text[i]!
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') return false
    if (!/\s/.test(c)) return false
  }
  return true
}

/** Merges each pair (previous, current) for which `join` says yes, left to right. */
export function mergeWhere(sentences: readonly Span[], join: (prev: Span, cur: Span) => boolean): Span[] {
  const out: Span[] = []
  for (const s of sentences) {
    const prev = out[out.length - 1]
    if (prev && join(prev, s)) out[out.length - 1] = { start: prev.start, end: s.end }
    else out.push(s)
  }
  return out
}

/** Trims whitespace off a span; returns null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? { start, end } : null
}
