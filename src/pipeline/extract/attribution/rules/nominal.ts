import type { CueLexicon } from '../cues.js'
import type { AttributionRule, Proposal } from '../types.js'
import { trimSpan, wordsIn } from '../words.js'

const BARE = /(?<![\p{L}])(reports|claims|rumours|rumors|allegations)\s+that\s+/giu
/** `BARE` without its look-behind: a cheap test that rules a sentence out. */
const BARE_QUICK = /(?:reports|claims|rumours|rumors|allegations)\s+that\s/i

const patternsOf = new WeakMap<CueLexicon, { owned: RegExp; ownedQuick: RegExp } | null>()

/**
 * The content nouns of a cue lexicon followed by their owner's preposition, built once per
 * lexicon, and a shorter pattern every match contains, to rule a sentence out cheaply.
 */
function nounPatterns(cues: CueLexicon): { owned: RegExp; ownedQuick: RegExp } | null {
  let p = patternsOf.get(cues)
  if (p === undefined) {
    const nouns = [...cues.nouns].filter((n) => /^[a-z]+$/.test(n))
    p = nouns.length
      ? {
          owned: new RegExp(`\\b(?:a|an|the)?\\s*(${nouns.join('|')})\\s+(?:by|of|from)\\s+`, 'gi'),
          ownedQuick: new RegExp(`(?:${nouns.join('|')})\\s+(?:by|of|from)\\s`, 'i'),
        }
      : null
    patternsOf.set(cues, p)
  }
  return p
}

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
    const patterns = nounPatterns(ctx.cues)
    if (!patterns) return []
    const { owned, ownedQuick } = patterns
    const out: Proposal[] = []
    for (const sent of ctx.sentences) {
      const s = text.slice(sent.start, sent.end)
      if (ownedQuick.test(s))
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
      if (BARE_QUICK.test(s))
        for (const m of s.matchAll(BARE)) {
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
