import type { Span } from '../../../../model/span.js'
import type { CueLexicon } from '../cues.js'
import type { AttributionContext, AttributionRule, Proposal } from '../types.js'
import { hasFiniteVerb as finiteVerbIn, openClauseBefore, trimSpan } from '../words.js'

// prepositional frames that name a source; participial ones ("citing its own sources") do not
// make an attribution of their own
const NOT_A_SOURCE_FRAME = new Set([
  'citing',
  'quoting',
  'referring to',
  'with reference to',
  'per',
  'sources say',
  'as cited by',
  'as quoted by',
])
// "information published in Ukrainian media", "data of the monitoring project", "a report by X"
const SOURCE_CARRIER =
  /^(?:(?:the |a |an )?(?:(?:earlier|recent|previous|new|latest|later|independent|official|local|open-source)\s+)*(?:information|data|materials?|documents?|reports?|a report|estimates?|figures|sources|the words|investigations?|research|findings|analysis|calculations|assessments?|statements?|posts?|footage|photographs|photos|pictures|images|videos|messages)\s+(?:(?:published|released|cited|provided|obtained|carried out|conducted|compiled|posted|shared|taken|filmed)\s+)?(?:in|by|from|of|on)\s+)/i

/** What a source issues: a readout, figures, a count. */
const CARRIER_NOUN =
  '(?:readout|statement|report|data|figures|numbers|estimates?|assessment|account|analysis|tally|count|records|calculations|statistics|summary|transcript)'
/** "numbers the firm gave its owners": the subject of the clause that issued them. */
const ISSUED_CARRIER = new RegExp(
  `^(?:the\\s+)?${CARRIER_NOUN}\\s+(?:that\\s+|which\\s+)?((?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}?)\\s+(?:had\\s+|has\\s+)?(?:presented|released|published|gave|provided|shared|compiled|submitted|sent|posted|issued|filed|disclosed)\\b`,
  'iu',
)
/** ", Ivan Petrov, …" right after a role phrase: the name and its closing comma. */
const ROLE_THEN_NAME =
  /^,\s*([\p{Lu}][\p{L}.'’-]*(?:\s+(?:(?:de|da|van|von|der|al|bin|ibn)\s+)?[\p{Lu}][\p{L}.'’-]*){1,3}),/u
/** A role phrase: its last word a role noun. */
const ROLE_HEAD_AT_END =
  /\b(?:spokes(?:man|woman|person)|secretary|officer|official|representative|minister|adviser|advisor|aide|deputy|director|head|chief|commander|ambassador|envoy|analyst|expert|engineer|lawyer|press secretary)$/i

/** "…, according to X, down from 9,000 in May": a remark without a verb adds to what comes before. */
const hasFiniteVerb = (ctx: AttributionContext, from: number, to: number): boolean =>
  finiteVerbIn(ctx.text, ctx.tokens, from, to)

const framesOf = new WeakMap<CueLexicon, { re: RegExp; quick: RegExp } | null>()

/**
 * The frames of a cue lexicon as one pattern, built once per lexicon, and the same pattern
 * without its look-behind: a cheap test that rules out a sentence with no frame in it.
 */
function framePatterns(cues: CueLexicon): { re: RegExp; quick: RegExp } | null {
  let p = framesOf.get(cues)
  if (p === undefined) {
    const frames = cues.frames.filter((f) => !NOT_A_SOURCE_FRAME.has(f))
    const body = `(?:${frames.map((f) => f.replace(/\s+/g, '\\s+')).join('|')})\\s+`
    p = frames.length
      ? { re: new RegExp(`(?<![\\p{L}])${body}`, 'giu'), quick: new RegExp(body, 'iu') }
      : null
    framesOf.set(cues, p)
  }
  return p
}

/** A time, then "by", at the start of a source phrase left after a carrier: "July by the ministry". */
const LEADING_TIME_BY =
  /^(?:(?:early|late|mid)[\s-])?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4})(?:\s+\d{1,4})?\s+by\s+/

/** A time at the end of a source phrase: "… in July", "… on Monday", "… last week", "… in 2023". */
const TRAILING_TIME =
  /\s+(?:in|on|during|since|by|last|this|early|late|earlier)\s+(?:(?:early|late|mid)[\s-])?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|\d{4})\b.*$/

/**
 * `According to X, CONTENT`, `…, according to X, CONTENT`, `CONTENT, according to X.`; X may be
 * a pronoun ("According to her") or a carrier of the source ("information published in Ukrainian
 * media" → Ukrainian media, cue "According to information published in").
 */
export const accordingTo: AttributionRule = {
  name: 'according-to',
  propose(ctx) {
    const { text } = ctx
    const patterns = framePatterns(ctx.cues)
    if (!patterns) return []
    const { re, quick } = patterns
    const out: Proposal[] = []
    for (const sent of ctx.sentences) {
      const s = text.slice(sent.start, sent.end)
      if (!quick.test(s)) continue
      for (const m of s.matchAll(re)) {
        const npStart = sent.start + m.index + m[0].length
        // (the stop of an abbreviation is no end: "according to a U.S. Treasury statement")
        const stop = s.slice(m.index + m[0].length).search(/[,;:]|(?<!\b\p{Lu})\.(?:\s|$)/u)
        const npEnd = stop < 0 ? sent.end : npStart + stop
        let phrase = trimSpan(text, { start: npStart, end: npEnd })
        // "according to figures the board presented in July": the time closes the phrase, no source
        const when = TRAILING_TIME.exec(text.slice(phrase.start, phrase.end))
        if (when && when.index > 0) phrase = { start: phrase.start, end: phrase.start + when.index }
        // "according to figures published in July by the ministry": the source after the time
        const timeBy = LEADING_TIME_BY.exec(text.slice(phrase.start, phrase.end))
        if (timeBy) phrase = { start: phrase.start + timeBy[0].length, end: phrase.end }
        if (phrase.end <= phrase.start || text.slice(phrase.start, phrase.end).split(/\s+/).length > 18)
          continue
        // "numbers the firm gave": who issued the carrier ("the Kremlin's readout" is
        // the owner's, which the speaker's resolution reads)
        const issued = ISSUED_CARRIER.exec(text.slice(phrase.start, phrase.end))
        if (issued?.[1]) {
          const at = phrase.start + issued[0].indexOf(issued[1])
          phrase = { start: at, end: at + issued[1].length }
        }
        // "According to his spokesman, Ivan Petrov, …": the name set off after the role speaks
        let role: string | null = null
        const named = ROLE_THEN_NAME.exec(text.slice(npEnd))
        let afterName = npEnd
        if (named && ROLE_HEAD_AT_END.test(text.slice(phrase.start, phrase.end))) {
          role = text.slice(phrase.start, phrase.end).replace(/^(?:the|a|an|his|her|its|their)\s+/i, '')
          const at = npEnd + named[0].indexOf(named[1]!)
          phrase = { start: at, end: at + named[1]!.length }
          afterName = npEnd + named[0].length - 1
        }
        const carrier = SOURCE_CARRIER.exec(text.slice(phrase.start, phrase.end))
        let cueEnd = sent.start + m.index + m[0].trimEnd().length
        if (carrier && carrier[0].length < phrase.end - phrase.start) {
          cueEnd = phrase.start + carrier[0].trimEnd().length
          phrase = { start: phrase.start + carrier[0].length, end: phrase.end }
        }
        // "X cited by Y": Y is the medium that relays X
        const relayed = /\s+(?:cited|quoted|reported|relayed)\s+by\s+(?:the\s+)?(.+)$/i.exec(
          text.slice(phrase.start, phrase.end),
        )
        let outlet: string | null = null
        if (relayed) {
          outlet = relayed[1]!.trim()
          phrase = { start: phrase.start, end: phrase.start + relayed.index }
        }
        // "“…,” according to X." closes a quotation: its marks are no part of the content
        const before = s
          .slice(0, m.index)
          .trim()
          .replace(/,[”"’']+$|[”"’']+,$/, ',')
        // "…, according to the project Hajun, which tracks …": a relative clause describes the source
        const relative = /^,\s*(?:which|who|whose)\s/i.test(text.slice(npEnd, npEnd + 8))
        // "…13,000 troops, according to Minsk, although others put it at 30,000": a contrast
        // after the frame is not what the source says
        const contrast = /^,\s*(?:although|though|but|while|whereas|even though|and)\s/i.test(
          text.slice(npEnd, npEnd + 16),
        )
        // "The jets landed on Monday, according to X, in what …": a clause before the frame is what
        // the source says; what follows is a remark on it ("Last week, according to X, …" has no verb)
        // ("…, and since then, according to X, they have dug …": the clause the frame interrupts
        // goes on after it, and that is what X says)
        const clauseBefore =
          before.endsWith(',') &&
          hasFiniteVerb(ctx, sent.start, sent.start + before.length - 1) &&
          !(
            openClauseBefore(text, ctx.tokens, sent.start, sent.start + before.length - 1) &&
            hasFiniteVerb(ctx, npEnd + 1, sent.end)
          )
        // "“…,” he said, according to X.": X relayed the whole quotation
        const tagged = quotationTagged(ctx, sent.start + m.index)
        let content: Span
        if (tagged) content = tagged
        else if ((relative || contrast || clauseBefore) && before.endsWith(',')) {
          content = trimSpan(text, { start: sent.start, end: sent.start + before.length - 1 })
        } else if (
          stop >= 0 &&
          text[afterName] === ',' &&
          afterName + 1 < sent.end &&
          !(before.endsWith(',') && !hasFiniteVerb(ctx, afterName + 1, sent.end))
        ) {
          content = trimSpan(text, { start: afterName + 1, end: sent.end }, /[\s.’”"']/)
        } else if (before.endsWith(',')) {
          content = trimSpan(text, { start: sent.start, end: sent.start + before.length - 1 })
        } else continue
        while (content.start < content.end && /[“"‘«]/.test(text[content.start]!))
          content = { start: content.start + 1, end: content.end }
        if (content.end - content.start < 3) continue
        out.push({
          rule: 'according-to',
          speaker: { kind: 'phrase', span: phrase, ...(role ? { role } : {}) },
          cue: text.slice(sent.start + m.index, cueEnd),
          cueSpan: { start: sent.start + m.index, end: cueEnd },
          content,
          direct: false,
          ...(outlet ? { outlet } : {}),
        })
      }
    }
    return out
  },
}

/** "“…,” the minister said, according to": a short tag with a verb between a quotation and the frame. */
const TAG_BEFORE_FRAME = /^[\s,]*[\p{L}][\p{L}\s.'’-]{0,60},\s*$/u

/** The content of the quotation whose tag ends right before a frame at `at`, if there is one. */
function quotationTagged(ctx: AttributionContext, at: number): Span | null {
  for (let i = ctx.quotes.length - 1; i >= 0; i--) {
    const q = ctx.quotes[i]!
    if (q.close >= at) continue
    const tag = ctx.text.slice(q.close + 1, at)
    return TAG_BEFORE_FRAME.test(tag) && ctx.cues.verbCues(tag).length ? q.content : null
  }
  return null
}
