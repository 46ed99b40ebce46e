import type { AttributionRule, Proposal } from '../types.js'
import { trimSpan, wordsIn } from '../words.js'

/**
 * A noun that carries content, with its owner after "by/of/from" and the content after
 * "about/that": `a statement by the self-proclaimed President of Belarus Alexander Lukashenko
 * about his intention to run …`; or plural reports with no owner: `reports that they could join …`
 * (speaker "reports", resolved to unspecified reports).
 */
export const nominal: AttributionRule = {
  name: 'nominal',
  propose(ctx) {
    const { text } = ctx
    const nouns = [...ctx.cues.nouns].filter((n) => /^[a-z]+$/.test(n))
    if (!nouns.length) return []
    const owned = new RegExp(`\\b(?:a|an|the)?\\s*(${nouns.join('|')})\\s+(?:by|of|from)\\s+`, 'gi')
    const bare = /(?<![\p{L}])(reports|claims|rumours|rumors|allegations)\s+that\s+/giu
    const out: Proposal[] = []
    for (const sent of ctx.sentences) {
      const s = text.slice(sent.start, sent.end)
      for (const m of s.matchAll(owned)) {
        const npStart = sent.start + m.index + m[0].length
        const link = /\s+(?:about|that|on)\s+/i.exec(text.slice(npStart, sent.end))
        if (!link) continue
        const np = text.slice(npStart, npStart + link.index)
        if (!np || /[,;:]/.test(np) || np.split(/\s+/).length > 12) continue
        const content = trimSpan(
          text,
          { start: npStart + link.index + link[0].length, end: sent.end },
          /[\s.,;’”"']/,
        )
        const cueStart = sent.start + m.index + (m[0].length - m[0].trimStart().length)
        out.push({
          rule: 'nominal',
          speaker: { kind: 'phrase', span: { start: npStart, end: npStart + link.index } },
          cue: m[0].trim(),
          cueSpan: { start: cueStart, end: npStart },
          content,
          direct: false,
        })
      }
      for (const m of s.matchAll(bare)) {
        const start = sent.start + m.index
        // "The channel claims that": after its subject the word is a verb, not a noun
        const prev = wordsIn(text, ctx.tokens, sent.start, start).pop()
        if (prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || /^[\p{Lu}]/u.test(prev.text))) continue
        const content = trimSpan(text, { start: start + m[0].length, end: sent.end }, /[\s.,;’”"']/)
        out.push({
          rule: 'nominal',
          speaker: { kind: 'phrase', span: { start, end: start + m[1]!.length } },
          cue: m[1]!,
          cueSpan: { start, end: start + m[1]!.length },
          content,
          direct: false,
        })
      }
    }
    return out
  },
}
