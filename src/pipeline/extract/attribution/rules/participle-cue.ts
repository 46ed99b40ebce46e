import type { Span } from '../../../../model/span.js'
import { phraseAfter, subjectBefore } from '../subject.js'
import type { AttributionContext, AttributionRule, Proposal } from '../types.js'
import { trimSpan, wordsIn } from '../words.js'
import { tagAfter } from './quote-tag.js'
import { SPEECH_OBJECT } from './verb-complement.js'

/** Participles that report speech, and whether their content may follow without "that". */
const PARTICIPLES: Readonly<Record<string, boolean>> = {
  adding: true,
  saying: true,
  claiming: true,
  insisting: true,
  arguing: true,
  stating: true,
  noting: true,
  explaining: false,
  stressing: false,
  warning: false,
  announcing: false,
  declaring: false,
  asserting: false,
  emphasising: false,
  emphasizing: false,
  suggesting: false,
  writing: false,
  recalling: false,
  acknowledging: false,
  admitting: false,
  confirming: false,
  complaining: false,
  alleging: false,
  telling: false,
  // their content is the speech they answer ("rejecting reports that …") or a "that" clause
  rejecting: false,
  dismissing: false,
  denying: false,
  refuting: false,
}
const ANSWERING = /^(?:rejecting|dismissing|denying|refuting)$/

// ", adding that …", ", and saying …", ", also noting that …", "by announcing that …"
const PARTICIPLE = new RegExp(
  `(,\\s*(?:and\\s+)?(?:(?:also|later|again|then|while)\\s+)?|\\s(?:by|while)\\s+)(${Object.keys(PARTICIPLES).join('|')})(?![\\p{L}])`,
  'giu',
)
// a sentence that opens with a subordinate clause or a prepositional phrase up to a comma
const LEADING_CLAUSE =
  /^(?:when|after|as|while|if|although|though|because|since|before|once|unless|whereas|at|in|on|during|following|despite|amid|with)\b[^,]{0,120},/i
const INVERTED_TAG =
  /(?:^|[,”"’]\s*)(said|says|added|noted|explained|wrote|told|stressed|warned)\s+([^,;:]{2,80})$/i
const SUBORDINATOR = /^(?:when|while|as|after|before|because|since|if|although|though|once|unless|where)$/i

/**
 * A speech participle after the main clause, whose speaker is that clause's subject:
 * `Putin told reporters that …, adding that the missiles would remain …`,
 * `The Council adopted a package …, explaining that it was meant to …`,
 * `Poland responded by announcing that more troops would be sent …`.
 * The content runs from after the participle (and "that") to the end of the sentence or the next
 * such participle.
 */
export const participleCue: AttributionRule = {
  name: 'participle-cue',
  propose(ctx) {
    const { text } = ctx
    const out: Proposal[] = []
    for (const sent of ctx.sentences) {
      const s = text.slice(sent.start, sent.end)
      const matches = [...s.matchAll(PARTICIPLE)]
      for (let k = 0; k < matches.length; k++) {
        const m = matches[k]!
        const word = m[2]!.toLowerCase()
        const cueStart = sent.start + m.index + m[1]!.length
        const cueEnd = cueStart + m[2]!.length
        const next = matches[k + 1]
        const limit = next ? sent.start + next.index : sent.end
        const content = contentAfter(ctx, word, cueEnd, limit)
        if (!content) continue
        const subject = mainSubject(ctx, sent, sent.start + m.index)
        if (!subject) continue
        out.push({
          rule: 'participle-cue',
          speaker: { kind: 'phrase', span: subject.span, role: subject.role },
          cue: text.slice(cueStart, cueEnd),
          cueSpan: { start: cueStart, end: cueEnd },
          content,
          direct: content.direct,
          outlet: subject.outlet,
        })
      }
    }
    return out
  },
}

/** What a participle introduces: a clause after "that" (or without it, for "saying"), or a quotation. */
function contentAfter(
  ctx: AttributionContext,
  word: string,
  cueEnd: number,
  limit: number,
): (Span & { direct: boolean }) | null {
  const { text } = ctx
  let start = cueEnd
  const rest = text.slice(start, limit)
  // ", adding: “…”", ", saying “…”"
  const mark = /^\s*[:,]?\s*(?=[“"‘'«])/.exec(rest)
  if (mark) {
    const q = ctx.quotes.find((x) => x.open === start + mark[0].length)
    return q ? { ...q.content, direct: true } : null
  }
  const answered = ANSWERING.test(word) ? SPEECH_OBJECT.exec(rest) : null
  if (answered) {
    // ", rejecting reports from the capital that …": the speech answered, to the end
    start += answered[0].length - answered[0].trimStart().length
  } else if (word === 'telling') {
    // ", telling reporters that …"
    const that = /^\s+[^,;:.]{1,40}?\s+that\s+/i.exec(rest)
    if (!that) return null
    start += that[0].length
  } else {
    const that = /^\s*(?:that\s+|:\s*)/i.exec(rest)
    if (that) start += that[0].length
    else if (!PARTICIPLES[word]) return null
    else {
      // without "that" the content must be a clause: a subject, then a verb
      const ws = wordsIn(text, ctx.tokens, start, Math.min(limit, start + 80))
      const verbAt = ws.findIndex((w) => w.pos === 'VERB' || w.pos === 'AUX')
      if (verbAt < 1 || ws[0]!.pos === 'ADP' || ws[0]!.pos === 'VERB') return null
    }
  }
  const span = trimSpan(text, { start, end: limit }, /[\s,;:.’”"'!?]/)
  if (text.slice(span.start, span.end).split(/\s+/).length < 3) return null
  return { ...span, direct: false }
}

/**
 * The subject of the sentence's main clause before `before`: the first finite verb outside
 * quotations and a leading subordinate clause, and the noun phrase before it.
 */
function mainSubject(ctx: AttributionContext, sent: Span, before: number): ReturnType<typeof subjectBefore> {
  const { text } = ctx
  // "…, the agency said on Friday, adding that …": the speaker of the tag just before
  const comma = text.lastIndexOf(',', before - 1)
  if (comma > sent.start) {
    const tag = tagAfter(ctx, comma + 1, before)
    if (tag?.speaker.kind === 'phrase' && tag.cueSpan && tag.cueSpan.end <= before) {
      return {
        span: tag.speaker.span,
        role: tag.speaker.role ?? null,
        outlet: tag.outlet ?? null,
        relative: false,
        cueStart: tag.cueSpan.start,
        leftWord: null,
      }
    }
  }
  // "…, said Piotr Nowak, adding that …": the speaker of an inverted tag just before
  const inverted = INVERTED_TAG.exec(text.slice(sent.start, before))
  if (inverted) {
    const at = sent.start + inverted.index + inverted[0].length - inverted[2]!.length
    const ph = phraseAfter(ctx, at, before)
    if (ph) return { ...ph, role: null }
  }
  let from = sent.start
  const lead = LEADING_CLAUSE.exec(text.slice(sent.start, before))
  if (lead) from = sent.start + lead[0].length
  const words = wordsIn(text, ctx.tokens, from, before)
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w.pos !== 'VERB' && w.pos !== 'AUX') continue
    if (ctx.quotesAt.overlapping(w.start, w.start + 1).length) continue
    const prev = words[i - 1]
    if (/ing$/.test(w.lower) && !(prev && prev.pos === 'AUX')) continue // "Meeting Putin, he said"
    if (prev && (prev.lower === 'to' || SUBORDINATOR.test(prev.lower))) continue
    if (prev && prev.pos === 'AUX') continue // the auxiliary before it was tried already
    const ph = subjectBefore(ctx, w.start, from)
    if (!ph || ph.relative) continue
    if (/^(?:who|which|that|it|there|this)$/i.test(text.slice(ph.span.start, ph.span.end))) continue
    return ph
  }
  return null
}
