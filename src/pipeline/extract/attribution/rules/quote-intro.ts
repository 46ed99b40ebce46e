import { subjectBefore } from '../subject.js'
import type { AttributionRule, Proposal } from '../types.js'

/**
 * A quotation introduced by a cue and a colon or comma: `Mr Bell explained: ‘It looks like …’`,
 * `The report continued: ‘…’`, `He said, "…"`.
 */
export const quoteIntro: AttributionRule = {
  name: 'quote-intro',
  propose(ctx) {
    const { text } = ctx
    const out: Proposal[] = []
    for (const q of ctx.quotes) {
      if (q.open === null) continue
      const lineStart = text.lastIndexOf('\n', q.open - 1) + 1
      const win = text.slice(Math.max(lineStart, q.open - 300), q.open)
      const winStart = q.open - win.length
      const intro = /[:,]\s*$/.exec(win)
      if (!intro) continue
      const beforeColon = winStart + intro.index
      const sentStart = lastSentenceStart(text, winStart, beforeColon)
      const m = ctx.cues.verbAtEnd.exec(text.slice(sentStart, beforeColon))
      if (!m) continue
      const cueStart = sentStart + m.index
      const ph = subjectBefore(ctx, cueStart, sentStart)
      if (!ph) continue
      out.push({
        rule: 'quote-intro',
        speaker: { kind: 'phrase', span: ph.span, role: ph.role },
        cue: text.slice(ph.cueStart, beforeColon),
        cueSpan: { start: ph.cueStart, end: beforeColon },
        content: q.content,
        direct: true,
        outlet: ph.outlet,
      })
    }
    return out
  },
}

/** Start of the sentence that ends at `to`: after the last ". " between `from` and `to`. */
function lastSentenceStart(text: string, from: number, to: number): number {
  const seg = text.slice(from, to)
  let best = -1
  for (const m of seg.matchAll(/[.!?…](?:[’”"']*)\s+(?=[\p{Lu}‘“"'])/gu)) best = m.index + m[0].length
  return best >= 0 ? from + best : from
}
