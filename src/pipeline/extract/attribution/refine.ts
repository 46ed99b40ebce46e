import type { Span } from '../../../model/span.js'
import type { AttributionContext, Proposal } from './types.js'
import { sentenceAt } from './words.js'

const overlapLen = (a: Span, b: Span): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
const len = (s: Span): number => s.end - s.start

/**
 * One attribution per cue: when two rules read the same cue, the earlier rule in `RULES` wins
 * (a quotation's tag over the plain sentence tag, a colon intro over the verb rule), except
 * for the two parts of a quotation split by its tag.
 */
export function onePerCue(proposals: readonly Proposal[]): Proposal[] {
  const kept: Proposal[] = []
  for (const p of proposals) {
    if (
      p.cueSpan &&
      kept.some((k) => k.cueSpan && overlapLen(k.cueSpan, p.cueSpan!) > 0 && !splitQuotation(k, p))
    )
      continue
    kept.push(p)
  }
  return kept
}

/**
 * "“The pier is shut,” she said, “and the ferry is sold.”": one tag between the two parts of a
 * quotation is the cue of both (the same speaker, two direct contents that do not overlap).
 */
function splitQuotation(a: Proposal, b: Proposal): boolean {
  return (
    a.direct &&
    b.direct &&
    a.speaker.kind === 'phrase' &&
    b.speaker.kind === 'phrase' &&
    a.speaker.span.start === b.speaker.span.start &&
    overlapLen(a.content, b.content) === 0
  )
}

/**
 * Gives an anaphoric proposal ("This was announced by …", "ISW reports in its latest
 * assessment.") the content of the sentence before it: the content of an attribution in that
 * sentence when there is one, else the whole sentence.
 */
export function resolveAnaphora(ctx: AttributionContext, proposals: readonly Proposal[]): Proposal[] {
  return proposals.flatMap((p) => {
    if (!p.anaphoric) return [p]
    const at = p.cueSpan?.start ?? p.content.start
    const here = sentenceAt(ctx.sentences, at)
    if (!here) return []
    const idx = ctx.sentences.indexOf(here)
    const prev = ctx.sentences[idx - 1]
    if (!prev || here.start - prev.end > 4) return []
    const inner = proposals.find(
      (o) => o !== p && !o.anaphoric && o.content.start >= prev.start && o.content.end <= prev.end + 1,
    )
    return [{ ...p, content: inner ? inner.content : prev, anaphoric: false }]
  })
}

/**
 * Drops a quotation without a cue when another attribution already says who said it: its span
 * lies inside that attribution's content (a quoted phrase inside reported speech), or shares
 * most of it; and a quotation whose opening mark was lost when its span holds another
 * attribution's cue (the narrator's own sentence, not a quotation).
 */
export function dropCovered(proposals: readonly Proposal[]): Proposal[] {
  const others = proposals.filter((p) => p.rule !== 'cueless-quote')
  return proposals.filter((p) => {
    if (p.rule !== 'cueless-quote') return true
    for (const o of others) {
      if (overlapLen(o.content, p.content) >= 0.5 * len(p.content)) return false
      if (
        p.unopened &&
        o.cueSpan &&
        o.cueSpan.start >= p.content.start &&
        o.cueSpan.end <= p.content.end &&
        !o.direct
      ) {
        return false
      }
    }
    return true
  })
}

/** Text order: by the cue, or the content for a quotation without one. */
export const byPosition = (a: Proposal, b: Proposal): number =>
  (a.cueSpan?.start ?? a.content.start) - (b.cueSpan?.start ?? b.content.start)
