import type { AttributionRule, Proposal } from '../types.js'
import { trimSpan } from '../words.js'

// "Karpovich: “In the first year …”", "Maryna Karpovich: We counted …": a name and a colon open the paragraph
const LABEL = /^\s*([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,2}):\s+(?=\S)/u

/**
 * An interview answer: a paragraph that opens with a person's name and a colon, the rest of the
 * paragraph being what they said (quote marks around it dropped). The name must be a person the
 * entity stage found there, so that "Note:", "Update:" or "Source:" never speak. The cue is the
 * colon; a following paragraph that opens a quotation without a cue continues the answer
 * (`cueless-quote` gives it this speaker). The host's turns are no answers: a turn that ends in a
 * question, and every turn of a speaker who asks in at least half of theirs.
 */
export const interviewAnswer: AttributionRule = {
  name: 'interview-answer',
  propose(ctx) {
    const { text, paragraphs, mentions } = ctx
    const out: Proposal[] = []
    for (const p of paragraphs) {
      const m = LABEL.exec(text.slice(p.start, p.end))
      if (!m) continue
      const nameStart = p.start + m.index + (m[0].length - m[0].trimStart().length)
      const nameEnd = nameStart + m[1]!.length
      const person = mentions.some((x) => x.type === 'PERSON' && x.start === nameStart && x.end === nameEnd)
      if (!person) continue
      const colon = text.indexOf(':', nameEnd)
      const trimmed = trimSpan(text, { start: p.start + m.index + m[0].length, end: p.end }, /[\s“”"‘’«»]/)
      let start = trimmed.start
      while (start < trimmed.end && /[“"‘«]/.test(text[start]!)) start++
      const content = { start, end: trimmed.end }
      if (content.end <= content.start) continue
      out.push({
        rule: 'interview-answer',
        speaker: { kind: 'phrase', span: { start: nameStart, end: nameEnd }, role: null },
        cue: ':',
        cueSpan: { start: colon, end: colon + 1 },
        content,
        direct: true,
      })
    }
    // the host asks: a turn that ends in a question asserts nothing, and whoever asks in most of
    // their turns is the host, whose other lines ("Thank you.") assert nothing either
    const asks = (q: Proposal) => /\?["”’»]?\s*$/.test(text.slice(q.content.start, q.content.end))
    const nameOf = (q: Proposal) =>
      q.speaker.kind === 'phrase' ? text.slice(q.speaker.span.start, q.speaker.span.end) : ''
    const turns = new Map<string, { all: number; questions: number }>()
    for (const q of out) {
      const t = turns.get(nameOf(q)) ?? { all: 0, questions: 0 }
      t.all++
      if (asks(q)) t.questions++
      turns.set(nameOf(q), t)
    }
    const host = (q: Proposal) => {
      const t = turns.get(nameOf(q))!
      return t.all >= 2 && t.questions * 2 >= t.all
    }
    return out.filter((q) => !asks(q) && !host(q))
  },
}
