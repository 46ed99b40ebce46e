import { firstAtOrAfter, type Span, SpanIndex } from '../../../model/span.js'
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
  // the kept proposals with a cue, by the cue's start, and the longest cue among them: a kept cue
  // that overlaps a new one starts less than that length before it
  const cued: Proposal[] = []
  const cueStart = (k: Proposal): number => k.cueSpan!.start
  let longest = 0
  for (const p of proposals) {
    const cue = p.cueSpan
    if (cue) {
      let clash = false
      for (let i = firstAtOrAfter(cued, cue.start - longest, cueStart); i < cued.length; i++) {
        const k = cued[i]!
        if (k.cueSpan!.start >= cue.end) break
        if (overlapLen(k.cueSpan!, cue) > 0 && !splitQuotation(k, p)) {
          clash = true
          break
        }
      }
      if (clash) continue
      cued.splice(firstAtOrAfter(cued, cue.start, cueStart), 0, p)
      longest = Math.max(longest, len(cue))
    }
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
  const byContent = new SpanIndex(proposals, (p) => p.content)
  return proposals.flatMap((p) => {
    if (!p.anaphoric) return [p]
    const at = p.cueSpan?.start ?? p.content.start
    const here = sentenceAt(ctx.sentences, at)
    if (!here) return []
    const prev = ctx.sentences[firstAtOrAfter(ctx.sentences, here.start, (s) => s.start) - 1]
    if (!prev || here.start - prev.end > 4) return []
    const inner = byContent.within(prev.start, prev.end + 1).find((o) => o !== p && !o.anaphoric)
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
  const byContent = new SpanIndex(others, (o) => o.content)
  const byCue = new SpanIndex(
    others.filter((o) => o.cueSpan),
    (o) => o.cueSpan!,
  )
  return proposals.filter((p) => {
    if (p.rule !== 'cueless-quote') return true
    const { start, end } = p.content
    // (an empty quotation shares half of itself with anything)
    if (end === start) return others.length === 0
    if (
      byContent.overlapping(start, end).some((o) => overlapLen(o.content, p.content) >= 0.5 * len(p.content))
    )
      return false
    // the narrator's own sentence
    return !(p.unopened && byCue.within(start, end).some((o) => !o.direct))
  })
}

/** Text order: by the cue, or the content for a quotation without one. */
export const byPosition = (a: Proposal, b: Proposal): number =>
  (a.cueSpan?.start ?? a.content.start) - (b.cueSpan?.start ?? b.content.start)
