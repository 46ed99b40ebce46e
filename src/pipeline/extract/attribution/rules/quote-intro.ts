import { subjectBefore } from '../subject.js'
import { closesTag } from '../tag-end.js'
import type { AttributionContext, AttributionRule, Proposal } from '../types.js'

/**
 * A quotation introduced by a cue and a colon or comma: `Mr Bell explained: ‘It looks like …’`,
 * `The report continued: ‘…’`, `He said, "…"`.
 */
export const quoteIntro: AttributionRule = {
  name: 'quote-intro',
  propose(ctx) {
    const { text } = ctx
    const out: Proposal[] = []
    for (const q of ctx.quotes) {
      if (q.open === null) continue
      let lineStart = text.lastIndexOf('\n', q.open - 1) + 1
      let winEnd = q.open
      // "Anna Berg said:" closing the paragraph before the one the quotation opens
      if (!text.slice(lineStart, q.open).trim() && lineStart > 0) {
        const prevEnd = text.slice(0, lineStart).trimEnd().length
        if (text[prevEnd - 1] === ':') {
          winEnd = prevEnd
          lineStart = text.lastIndexOf('\n', prevEnd - 1) + 1
        }
      }
      const win = text.slice(Math.max(lineStart, winEnd - 300), winEnd)
      const winStart = winEnd - win.length
      const naming = NAMING.exec(win)
      if (naming) {
        const p = named(ctx, q, winStart, naming)
        if (p) out.push(p)
        continue
      }
      const intro = /[:,]\s*$/.exec(win)
      if (!intro) {
        const p = objectQuotation(ctx, q, winStart, win)
        if (p) out.push(p)
        continue
      }
      const beforeColon = winStart + intro.index
      const sentStart = lastSentenceStart(text, winStart, beforeColon)
      const cue = introCue(ctx, sentStart, beforeColon)
      if (!cue) continue
      const ph = subjectBefore(ctx, cue.start, sentStart)
      if (!ph) continue
      out.push({
        rule: 'quote-intro',
        speaker: { kind: 'phrase', span: ph.span, role: ph.role },
        cue: text.slice(ph.cueStart, cue.end),
        cueSpan: { start: ph.cueStart, end: cue.end },
        content: q.content,
        direct: true,
        outlet: ph.outlet ?? cue.medium,
      })
    }
    return out
  },
}

// "called the measures “illegal”", "what the ministry called “snap checks”": the words a speaker
// chose for something, with what they named (up to four words) before them
const NAMING =
  /(?<![\p{L}-])(called|calls|call|termed|terms|dubbed|branded|labelled|labeled)\s+((?:(?!and\b|but\b|that\b)[\p{L}\p{N}'’-]+\s+){0,4})$/u

/** A naming quotation: the speaker is the cue's subject; the content is the object and the quotation. */
function named(
  ctx: AttributionContext,
  q: { content: { start: number; end: number }; open: number | null },
  winStart: number,
  m: RegExpExecArray,
): Proposal | null {
  const { text } = ctx
  const verbStart = winStart + m.index
  const objectStart = verbStart + m[1]!.length + (m[0].length - m[1]!.length - m[2]!.length)
  const sentStart = lastSentenceStart(text, winStart, verbStart)
  const ph = subjectBefore(ctx, verbStart, sentStart)
  if (!ph) return null
  // "a village called “Y”": a participle after an indefinite noun, not someone naming
  if (/^an?\s/i.test(text.slice(ph.span.start, ph.span.end))) return null
  // "was called “Y”": a passive names no one
  if (/(?:^|\s)(?:is|are|was|were|be|been|being)\s/i.test(text.slice(ph.cueStart, verbStart))) return null
  return {
    rule: 'quote-intro',
    speaker: { kind: 'phrase', span: ph.span, role: ph.role },
    cue: text.slice(ph.cueStart, verbStart + m[1]!.length),
    cueSpan: { start: ph.cueStart, end: verbStart + m[1]!.length },
    content: { start: m[2] ? objectStart : q.content.start, end: q.content.end },
    direct: true,
    outlet: ph.outlet,
  }
}

/** Quoted words that are a verb's object: at least three words ("warned “a risk of ice”"). */
const OBJECT_WORDS = /^\s*\S+\s+\S+\s+\S/

/**
 * `the office noted “a risk of ice on the river”.`: a quotation right after a speech verb, with
 * no colon or comma, that closes its sentence is what the verb's subject said (not a passive).
 */
function objectQuotation(
  ctx: AttributionContext,
  q: { content: { start: number; end: number }; open: number | null },
  winStart: number,
  win: string,
): Proposal | null {
  const { text } = ctx
  const tail = win.trimEnd()
  if (!OBJECT_WORDS.test(text.slice(q.content.start, q.content.end))) return null
  // "observed “a modest rise” in traffic": words quoted inside a longer clause are part of it
  if (!/^[”"’'»]?\s*[.!?]?[”"’'»]?\s*(?:$|\n)/.test(text.slice(q.content.end, q.content.end + 6))) return null
  const cues = ctx.cues.verbCues(tail.slice(-40))
  const m = cues[cues.length - 1]
  if (!m || m.index + m[0].length !== Math.min(tail.length, 40)) return null
  const cueStart = winStart + tail.length - Math.min(tail.length, 40) + m.index
  const cueEnd = cueStart + m[0].length
  if (m[0] !== m[0].toLowerCase()) return null
  const sentStart = lastSentenceStart(text, winStart, cueStart)
  const ph = subjectBefore(ctx, cueStart, sentStart)
  if (!ph) return null
  if (/(?:^|\s)(?:is|are|was|were|be|been|being)\s/i.test(text.slice(ph.cueStart, cueStart))) return null
  return {
    rule: 'quote-intro',
    speaker: { kind: 'phrase', span: ph.span, role: ph.role },
    cue: text.slice(ph.cueStart, cueEnd),
    cueSpan: { start: ph.cueStart, end: cueEnd },
    content: q.content,
    direct: true,
    outlet: ph.outlet,
  }
}

// whom a speaker told: reporters, or a named medium
const ADDRESSEE =
  /^(?:reporters|journalists|the press|(?:the\s+)?(\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4}))$/u

/**
 * The cue of an introduction that ends at `to` (a colon or comma follows): a cue verb with only
 * an adverbial after it ("said on Monday:", "put it very simply:") or, after "told", whom it was
 * told to ("told the Harbour Gazette:", whose name is the medium).
 */
function introCue(
  ctx: AttributionContext,
  from: number,
  to: number,
): { start: number; end: number; medium: string | null } | null {
  const head = ctx.text.slice(from, to)
  let found: { start: number; end: number; medium: string | null } | null = null
  for (const m of ctx.cues.verbCues(head)) {
    const rest = head.slice(m.index + m[0].length).trim()
    const told = /^(?:told|tells)$/i.test(m[0]) ? ADDRESSEE.exec(rest) : null
    if (!rest || closesTag(rest) || told) {
      found = { start: from + m.index, end: to, medium: told?.[1] ?? null }
    }
  }
  return found
}

/** Start of the sentence that ends at `to`: after the last ". " between `from` and `to`. */
function lastSentenceStart(text: string, from: number, to: number): number {
  const seg = text.slice(from, to)
  let best = -1
  for (const m of seg.matchAll(/[.!?…](?:[’”"']*)\s+(?=[\p{Lu}‘“"'])/gu)) best = m.index + m[0].length
  return best >= 0 ? from + best : from
}
