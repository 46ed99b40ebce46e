import type { AttributionRule, Proposal } from '../types.js'
import { trimSpan } from '../words.js'
import { tagAfter } from './quote-tag.js'
import { EVIDENTIAL } from './verb-complement.js'

/**
 * Reported speech with its tag at the end of the sentence and no quote marks:
 * `Russian missiles have also been launched from Belarus, the Pentagon said.`,
 * `…, Belarus has remained tightly under Moscow's influence, npr.org recalls.`
 * The content is the sentence up to the comma before the tag.
 */
export const sentenceTag: AttributionRule = {
  name: 'sentence-tag',
  propose(ctx) {
    const { text } = ctx
    const out: Proposal[] = []
    for (const sent of ctx.sentences) {
      const s = text.slice(sent.start, sent.end)
      // the tag after the last comma ("…, the Pentagon said."), or between two commas with a
      // clause after it ("…, the ministry said, after crews completed training.")
      const commas = [...s.matchAll(/,/g)].map((m) => m.index).reverse()
      let comma = -1
      let tag: ReturnType<typeof tagAfter> = null
      for (let k = 0; k < commas.length && k < 4; k++) {
        const c = commas[k]!
        if (/[”"’']\s*$/.test(s.slice(0, c)) || /[”"’']\s*,?\s*$/.test(s.slice(0, c + 1).trimEnd())) break
        const limit = k === 0 ? Number.POSITIVE_INFINITY : sent.start + commas[k - 1]!
        tag = tagAfter(ctx, sent.start + c + 1, limit)
        // "…, for what the ministry called “snap checks”": the cue introduces a quotation
        if (tag?.cueSpan && /^\s*[:,]?\s*[“"‘«]/.test(text.slice(tag.cueSpan.end, sent.end))) tag = null
        if (tag?.cueSpan) {
          comma = c
          break
        }
      }
      if (comma < 0 || !tag?.cueSpan) continue
      const content = trimSpan(text, { start: sent.start, end: sent.start + comma })
      if (content.end - content.start < 12) continue
      const speaker =
        tag.speaker.kind === 'phrase'
          ? { ...tag.speaker, evidential: EVIDENTIAL.test(tag.cue ?? '') }
          : tag.speaker
      out.push({ ...tag, speaker, rule: 'sentence-tag', content, direct: false })
    }
    return out
  },
}
