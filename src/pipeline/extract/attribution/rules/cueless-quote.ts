import type { AttributionRule, Proposal } from '../types.js'

/** Fewer words than this, without a cue, is a quoted phrase (scare quotes), not a quotation. */
export const MIN_QUOTATION_WORDS = 5

/**
 * A quotation with no cue of its own, whose speaker comes from context (refinement gives it the
 * speaker of the attribution before it, and drops it when another attribution already covers it):
 * a quotation that begins a sentence, or one whose opening mark was lost in scraping. Quoted
 * words inside a sentence (`to ‘plug gaps’`, `such “trainings”`) are scare quotes and never
 * attributions on their own.
 */
export const cuelessQuote: AttributionRule = {
  name: 'cueless-quote',
  propose(ctx) {
    const out: Proposal[] = []
    for (const q of ctx.quotes) {
      if (!q.lostOpening && !q.startsSentence) continue
      const words = ctx.text.slice(q.content.start, q.content.end).split(/\s+/).filter(Boolean)
      if (words.length < MIN_QUOTATION_WORDS) continue
      if (/\?\s*$/.test(ctx.text.slice(q.content.start, q.content.end))) continue
      out.push({
        rule: 'cueless-quote',
        speaker: { kind: 'context' },
        cue: null,
        cueSpan: null,
        content: q.content,
        direct: true,
        unopened: q.lostOpening,
      })
    }
    return out
  },
}
