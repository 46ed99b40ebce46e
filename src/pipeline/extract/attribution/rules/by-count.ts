import type { Span } from '../../../../model/span.js'
import type { AttributionRule, Proposal } from '../types.js'
import { trimSpan } from '../words.js'

// "By the project's count,", "by its own estimate", "By Kyiv's reckoning": an owner's figures
// "In the minister's view,", "in her opinion": an owner's judgement
const BY_COUNT =
  /(?<![\p{L}])(?:by\s+((?:the\s+)?[\p{L}\p{N}][\p{L}\p{N}.'’ -]{0,50}?['’]s?|its|their|his|her)\s+(?:own\s+)?(count|counts|estimate|estimates|tally|calculations?|reckoning|figures)|in\s+((?:the\s+)?[\p{L}\p{N}][\p{L}\p{N}.'’ -]{0,50}?['’]s?|its|their|his|her)\s+(?:own\s+)?(opinion|view|assessment|estimation|judgement|judgment))(?![\p{L}])/giu

/** The nouns every `BY_COUNT` match ends with: a cheap test that rules a sentence out. */
const OWNED_NOUN =
  /(?:counts?|estimates?|tally|calculations?|reckoning|figures|opinion|view|assessment|estimation|judge?ment)(?![\p{L}])/iu

/**
 * A count, estimate or view framed by its owner: `By the agency's count, forty trains crossed`
 * (content after the comma), `Forty trains crossed, by the agency's count.` (content before),
 * `In the minister's view, the treaty stands.`
 * The speaker is the owner ("the agency"; "its" is the organisation before); the cue is the noun.
 */
export const byCount: AttributionRule = {
  name: 'by-count',
  propose(ctx) {
    const { text } = ctx
    const out: Proposal[] = []
    for (const sent of ctx.sentences) {
      const s = text.slice(sent.start, sent.end)
      if (!OWNED_NOUN.test(s)) continue
      for (const m of s.matchAll(BY_COUNT)) {
        const at = sent.start + m.index
        const frameEnd = at + m[0].length
        const ownerRaw = m[1] ?? m[3]!
        const noun = m[2] ?? m[4]!
        const ownerStart = at + m[0].indexOf(ownerRaw)
        const ownerText = ownerRaw.replace(/['’]s?$/, '')
        const owner = { start: ownerStart, end: ownerStart + ownerText.length }
        const cueStart = frameEnd - noun.length
        const before = text.slice(sent.start, at).trimEnd()
        let content: Span
        if (/^\s*,/.test(text.slice(frameEnd, sent.end)) && !before) {
          content = trimSpan(text, { start: frameEnd + 1, end: sent.end }, /[\s.’”"']/)
        } else if (before.endsWith(',') && /^\s*[.;]?\s*$/.test(text.slice(frameEnd, sent.end))) {
          content = trimSpan(text, { start: sent.start, end: sent.start + before.length - 1 })
        } else continue
        if (content.end - content.start < 3) continue
        out.push({
          rule: 'by-count',
          speaker: { kind: 'phrase', span: owner },
          cue: noun,
          cueSpan: { start: cueStart, end: frameEnd },
          content,
          direct: false,
        })
      }
    }
    return out
  },
}
