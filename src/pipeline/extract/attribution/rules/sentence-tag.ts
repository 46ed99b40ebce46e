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
      const comma = s.lastIndexOf(',')
      if (comma < 0) continue
      if (/[”"’']\s*$/.test(s.slice(0, comma)) || /[”"’']\s*,?\s*$/.test(s.slice(0, comma + 1).trimEnd()))
        continue
      const tag = tagAfter(ctx, sent.start + comma + 1)
      if (!tag?.cueSpan) continue
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
