import { lastProperName } from '../subject.js'
import type { AttributionRule, Proposal } from '../types.js'
import { trimSpan } from '../words.js'

// "is explained in the material by", "was announced by", "has been reported by"
const PASSIVE =
  /\b(?:is|are|was|were|has been|have been|had been|is being)\s+(?:also\s+)?(explained|announced|reported|stated|said|claimed|noted|confirmed|suggested|written|described|revealed|disclosed|assessed|estimated|published)(?:\s+(?:in|on|at)\s+[^,.;]{1,40}?)?\s+by\s+/gi
const BY = /\sby\s/i
const ANAPHOR = /^(?:this|that|it|this information|this news|the news|such information)$/i

/**
 * Passive speech with its agent after "by": `How and why … is explained in the material by
 * RBC-Ukraine.` (the content is the subject clause), `This was announced by the press secretary
 * of Lukashenko, quoted by the state agency BelTA.` (the content is the sentence before).
 */
export const passiveBy: AttributionRule = {
  name: 'passive-by',
  propose(ctx) {
    const { text } = ctx
    const out: Proposal[] = []
    for (const sent of ctx.sentences) {
      const s = text.slice(sent.start, sent.end)
      // (every match ends with " by ": a sentence without one is ruled out at once)
      if (!BY.test(s)) continue
      for (const m of s.matchAll(PASSIVE)) {
        const npStart = sent.start + m.index + m[0].length
        const stop = text
          .slice(npStart, sent.end)
          .search(/[,;:(]|\.(?:\s|$)|\s+(?:about|that|on|in|at|during)\s/)
        const phrase = trimSpan(text, { start: npStart, end: stop < 0 ? sent.end : npStart + stop })
        if (phrase.end <= phrase.start) continue
        const subject = trimSpan(text, { start: sent.start, end: sent.start + m.index })
        const quoted = /,\s*(?:quoted|cited) by (?:the )?([^,.]+)/i.exec(text.slice(phrase.end, sent.end))
        const anaphoric = ANAPHOR.test(text.slice(subject.start, subject.end))
        if (!anaphoric && subject.end - subject.start < 10) continue
        out.push({
          rule: 'passive-by',
          speaker: { kind: 'phrase', span: phrase },
          cue: m[0].trim(),
          cueSpan: { start: sent.start + m.index, end: npStart },
          content: anaphoric ? { start: subject.start, end: subject.start } : subject,
          direct: false,
          outlet: quoted ? lastProperName(quoted[1]!) : null,
          anaphoric,
        })
      }
    }
    return out
  },
}
