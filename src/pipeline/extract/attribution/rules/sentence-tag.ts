import { firstAtOrAfter } from '../../../../model/span.js'
import { verbCuesIn } from '../cues.js'
import type { AttributionContext, AttributionRule, Proposal } from '../types.js'
import { hasFiniteVerb as finiteVerbIn, openClauseBefore, trimSpan } from '../words.js'
import { LEAD_REACH, TAG_REACH, tagAfter } from './quote-tag.js'
import { EVIDENTIAL } from './verb-complement.js'

/** A finite verb (not a participle in -ing) between two offsets. */
const hasFiniteVerb = (ctx: AttributionContext, from: number, to: number): boolean =>
  finiteVerbIn(ctx.text, ctx.tokens, from, to)

/** Whether a sorted list holds a value in [from, to). */
function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  return (sorted[firstAtOrAfter(sorted, from, (n) => n)] ?? Number.POSITIVE_INFINITY) < to
}

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
    // where a speech verb starts anywhere in the text: a sentence with none after its first comma
    // (a tag may run a little past the sentence end the segmenter found) has no tag to read
    const cues = verbCuesIn(ctx.cues, text, 0, text.length).map((m) => m.index)
    for (const sent of ctx.sentences) {
      const s = text.slice(sent.start, sent.end)
      const firstComma = s.indexOf(',')
      if (firstComma < 0 || !anyIn(cues, sent.start + firstComma + 1, sent.end + LEAD_REACH + TAG_REACH))
        continue
      // the tag after the last comma ("…, the Pentagon said."), or between two commas with a
      // clause after it ("…, the ministry said, after crews completed training.")
      const commas = [...s.matchAll(/,/g)].map((m) => m.index).reverse()
      let comma = -1
      let tag: ReturnType<typeof tagAfter> = null
      for (let k = 0; k < commas.length && k < 4; k++) {
        const c = commas[k]!
        if (/[”"’']\s*$/.test(s.slice(0, c)) || /[”"’']\s*,?\s*$/.test(s.slice(0, c + 1).trimEnd())) break
        // a comma inside a quotation belongs to the quoted speech, not to the narrator's tag
        if (ctx.quotesAt.overlapping(sent.start + c, sent.start + c + 1).length) continue
        // a tag needs a speech verb after its comma
        if (!anyIn(cues, sent.start + c + 1, sent.start + c + 1 + LEAD_REACH + TAG_REACH)) continue
        const limit = k === 0 ? Number.POSITIVE_INFINITY : sent.start + commas[k - 1]!
        // the tag to the sentence's end ("…, X, a Y, told reporters."), else to the next comma
        // "…, for what the ministry called “snap checks”": the cue introduces a quotation, so
        // reads no tag ("…, X said in its update, though it noted “…”" has one before the comma)
        const introducesQuote = (t: typeof tag): boolean =>
          !!t?.cueSpan && /^\s*[:,]?\s*[“"‘«]/.test(text.slice(t.cueSpan.end, sent.end))
        let wide = k > 0 ? tagAfter(ctx, sent.start + c + 1) : null
        if (introducesQuote(wide)) wide = null
        tag = wide ?? tagAfter(ctx, sent.start + c + 1, limit)
        if (introducesQuote(tag)) tag = null
        if (tag?.cueSpan) {
          comma = c
          // "…, Anna Berg, the head of the port, told reporters.": the tag starts at the name
          // before the appositive, when a tag read from there has the same cue
          const cueEnd = tag.cueSpan.end
          for (let j = k + 1; j < commas.length && j <= k + 2; j++) {
            const wider = tagAfter(ctx, sent.start + commas[j]! + 1)
            if (wider?.cueSpan?.end !== cueEnd || wider.speaker.kind !== 'phrase') break
            if (wider.speaker.span.start >= sent.start + commas[j - 1]!) break
            tag = wider
            comma = commas[j]!
          }
          break
        }
      }
      if (comma < 0 || !tag?.cueSpan) continue
      let content = trimSpan(text, { start: sent.start, end: sent.start + comma })
      // "The ferry, Berg said, will not run this winter.": a tag inside the clause it reports,
      // whose subject comes before it and whose verb after it; the content is the sentence
      const rest =
        tag.cueSpan.end < sent.end ? /^[^,]*,(.*)$/s.exec(text.slice(tag.cueSpan.end, sent.end)) : null
      if (
        rest &&
        !hasFiniteVerb(ctx, content.start, content.end) &&
        hasFiniteVerb(ctx, sent.end - rest[1]!.length, sent.end)
      ) {
        content = trimSpan(text, sent, /[\s.’”"']/)
      } else if (
        rest &&
        hasFiniteVerb(ctx, sent.end - rest[1]!.length, sent.end) &&
        openClauseBefore(text, ctx.tokens, content.start, content.end)
      ) {
        // "…, and at night, residents say, the barges leave unlit": the clause the tag
        // interrupts goes on after it
        content = trimSpan(text, { start: sent.end - rest[1]!.length, end: sent.end }, /[\s.’”"']/)
      }
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
