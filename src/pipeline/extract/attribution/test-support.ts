import type { Attribution, EntityType, Mention } from '../../../model/annotations.js'
import type { Span } from '../../../model/span.js'
import { segmentText } from '../../segment/index.js'
import { extractAttributions } from './index.js'

/** Paragraphs of a hand-written text: its non-empty lines. */
export function linesOf(text: string): Span[] {
  const out: Span[] = []
  let pos = 0
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start: pos, end: pos + line.length })
    pos += line.length + 1
  }
  return out
}

/** A mention of the first occurrence of `surface` at or after `from`. */
export function mention(
  text: string,
  surface: string,
  type: EntityType,
  canonical = surface,
  from = 0,
): Mention {
  const start = text.indexOf(surface, from)
  if (start < 0) throw new Error(`"${surface}" not in text`)
  return { start, end: start + surface.length, type, canonical, ref: null, rule: 'test' }
}

export interface Seen {
  readonly speaker: string | null
  readonly text: string | null
  readonly cue: string | null
  readonly quote: string
  readonly role: string | null
  readonly outlet: string | null
  readonly nested: boolean
}

/** Runs the attribution extractor over a hand-written text (segmented for real, mentions given). */
export function attribute(
  text: string,
  mentions: readonly Mention[] = [],
  publisher: string | null = null,
): Seen[] {
  const paragraphs = linesOf(text)
  const { sentences, tokens } = segmentText(text, paragraphs)
  const { attributions } = extractAttributions({
    id: 't',
    text,
    paragraphs,
    sentences,
    tokens,
    mentions,
    publisher,
  })
  return attributions.map((a: Attribution) => ({
    speaker: a.speaker?.canonical ?? null,
    text: a.speaker?.text ?? null,
    cue: a.cue,
    quote: text.slice(a.quote.start, a.quote.end),
    role: a.role,
    outlet: a.outlet,
    nested: a.parent !== undefined,
  }))
}
