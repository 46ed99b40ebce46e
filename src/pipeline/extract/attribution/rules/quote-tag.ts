import { OBJECT_ONLY_CUES, verbCuesIn } from '../cues.js'
import { lastProperName, phraseAfter, subjectBefore } from '../subject.js'
import { closesTag } from '../tag-end.js'
import type { AttributionContext, AttributionRule, Proposal } from '../types.js'
import { piecesBetweenSpaces, wordsIn } from '../words.js'

/**
 * Speech verbs that come before their subject in a tag ("…,” said the minister). Not "told":
 * what follows it is whom the words were told to ("…, told reporters").
 */
const INVERTING =
  /^(?:said|says|added|adds|noted|notes|explained|explains|stressed|wrote|writes|continued|recalled|recalls|insisted|asked|replied|answered|warned|declared|concluded)$/i

/**
 * A speech tag after a quotation, up to the end of its sentence:
 * `“…,” military expert Oleg Zhdanov believes.`, `"…," the report says.`,
 * `“…,” said Alexander Motuzyanyk, spokesman for the Ministry of Defense of Ukraine.`
 */
export const quoteTag: AttributionRule = {
  name: 'quote-tag',
  propose(ctx) {
    const out: Proposal[] = []
    for (const q of ctx.quotes) {
      const p = tagAfter(ctx, q.close + 1)
      if (p) out.push({ ...p, content: q.content, direct: true })
    }
    return out
  },
}

/** Whom a speaker told: reporters, or a named medium ("the Baltic Herald", "Reuters"), up to the tag's end. */
const ADDRESSEE =
  /^(?:(reporters|journalists|the press|(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:agency|broadcaster|newspaper|daily|paper|outlet|channel|website|portal|station|radio|television|magazine|weekly)(?=\s|$)(?!\s+\p{Lu}))|(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,3}(?:agency|broadcaster|newspaper|daily|paper|outlet|channel|website|portal|station|radio|television|magazine|weekly)\s+)?((?:\p{Lu}[\p{L}.'’&-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’&-]*){0,4}))(\s+[^,;:]*)?$/u

/** ", according to the state agency BelTA" after a tag: who relayed the quotation (the frame is `according-to`'s). */
const RELAYED_BY = /^,\s*according\s+to\s+([^,;]+)$/i

const INFINITIVE =
  /^to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|reporters|journalists|questions?)\b)\p{Ll}+/u

const PARTICIPLE_AFTER_TAG =
  /^,\s*(?:and\s+)?(?:also\s+)?(?:adding|saying|explaining|noting|stressing|arguing|claiming|insisting|warning|calling|describing|dismissing|rejecting|denying|accusing|urging)\b/i

/**
 * Where a tag ends: a stop before a space, a stop glued to the next sentence after two lower-case
 * letters ("said.The"), or a quotation mark. (Each look-behind follows the mark it guards, so the
 * scan tests it only at stops.)
 */
const TAG_END = /[.!?;\n](?=\s|$)|[.!?](?<=\p{Ll}{2}[.!?])(?=\p{Lu})|[“”"‘«]/u

/** How far `tagAfter` looks for the start of a tag, and how long a tag may run from there. */
export const LEAD_REACH = 200
export const TAG_REACH = 300

/** The speaker and cue of a tag that starts at `from` (after a closing mark or a comma). */
export function tagAfter(
  ctx: AttributionContext,
  from: number,
  limit = Number.POSITIVE_INFINITY,
): Omit<Proposal, 'content' | 'direct'> | null {
  const { text } = ctx
  // "“…,” – X said": a dash may stand between the quotation and its tag
  // (a window, not the rest of the text: this runs at every quotation)
  const lead = /^[\s,]*(?:[–—-]\s+)?/.exec(text.slice(from, from + LEAD_REACH))![0].length
  const start = from + lead
  if (!/^[\p{L}]/u.test(text.slice(start, start + 1))) return null
  // the tag ends with its sentence, also where a scraped text lost the space after it ("said.The")
  const endRel = text.slice(start, start + TAG_REACH).search(TAG_END)
  if (endRel < 0 && limit > start + TAG_REACH) return null
  const end = Math.min(endRel < 0 ? limit : start + endRel, limit)
  if (piecesBetweenSpaces(text, start, end, 24) > 24) return null
  for (const m of verbCuesIn(ctx.cues, text, start, end)) {
    const cueStart = start + m.index
    const cueEnd = cueStart + m[0].length
    if (OBJECT_ONLY_CUES.has(m[0].toLowerCase())) continue
    // "“…,” she said, “and …”": the comma before the quotation's second part ends the tag (a
    // colon would introduce a quotation of its own)
    const rest = text.slice(cueEnd, end).trim().replace(/\s*,$/, '')
    if (m.index === 0) {
      // inverted: "said Alexander Motuzyanyk, spokesman for …" (not the participle "quoted by …")
      if (!INVERTING.test(m[0]) || /^\s+by\s/i.test(text.slice(cueEnd, end))) return null
      // ("…, Pavel Marchuk, said at a fair in June": a place or a time after the verb is no subject)
      if (
        /^\s+(?:at|in|on|during|after|before|while|with|without|from|to|via|over)\s/i.test(
          text.slice(cueEnd, end),
        )
      )
        return null
      // ("…, Kaja Kallas, said that …": a clause after the verb is what is said, not who says it)
      // ("…, said in June that …": so also after an adverbial)
      if (
        /^\s*(?:[^,]{0,40}?\s)?(?:that|whether)\s|^\s*(?:if|how|what|when|where|why)\s/i.test(
          text.slice(cueEnd, end),
        )
      )
        return null
      // ("…, Ukraine's envoy, said drones had been found …": a clause after the verb, no subject)
      const clauseTo = text.indexOf(',', cueEnd)
      if (
        wordsIn(text, ctx.tokens, cueEnd, clauseTo < 0 || clauseTo > end ? end : clauseTo).some(
          (w) => w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower) && !/^\p{Lu}/u.test(w.text)),
        )
      )
        return null
      // the role after the name runs to the end of the sentence, past a limiting comma
      const sentenceEnd = endRel < 0 ? end : start + endRel
      const ph = phraseAfter(ctx, cueEnd, Math.max(end, sentenceEnd))
      if (!ph) return null
      return speech('quote-tag', ph.span, ph.role, text.slice(cueStart, cueEnd), {
        start: cueStart,
        end: cueEnd,
      })
    }
    // "Gudkov notes." / "the ISW report says." — the cue closes the tag (an adverb may follow,
    // or a speech participle with an attribution of its own: ", adding that …")
    // "…,” Ivan Petrov, a coordinator, told the Baltic Herald.": the addressee is the medium
    // ("… told the agency BelTA, calling the measures …": a participle after the addressee)
    const participle = rest.search(/,\s*(?:and\s+)?\p{Ll}+ing\b/u)
    const addressed =
      participle > 0 && PARTICIPLE_AFTER_TAG.test(rest.slice(participle)) ? rest.slice(0, participle) : rest
    const addressee = /^(?:told|tells)$/i.test(m[0]) ? ADDRESSEE.exec(addressed) : null
    if (addressee && closesTag(addressee[3] ?? '')) {
      const ph = subjectBefore(ctx, cueStart, start)
      if (!ph) return null
      const medium = addressee[2] ?? null
      return speech(
        'quote-tag',
        ph.span,
        ph.role,
        text.slice(ph.cueStart, cueEnd),
        { start: ph.cueStart, end: cueEnd },
        ph.outlet ?? medium,
      )
    }
    // "tugs have continued to sail", "the port promised to reopen": a verb before an infinitive
    // is no tag, whatever adverbials follow
    if (!ctx.cues.bareComplement.has(m[0].toLowerCase()) && INFINITIVE.test(rest)) continue
    // "…,” he said, according to the agency BelTA.": the source of the frame relayed the words
    const relay = RELAYED_BY.exec(rest)
    // "…, X said on national television.", "…, X said in a statement last month."
    // ("…, the port said on its website, adding that …": an adverbial, then a participle)
    const comma = rest.indexOf(',')
    const adverbialThenParticiple =
      comma > 0 && PARTICIPLE_AFTER_TAG.test(rest.slice(comma)) && closesTag(rest.slice(0, comma))
    if (rest && !relay && !PARTICIPLE_AFTER_TAG.test(rest) && !adverbialThenParticiple && !closesTag(rest))
      continue
    const ph = subjectBefore(ctx, cueStart, start)
    if (!ph) return null
    // "…, although the shipment has not been confirmed.": a passive names no one who speaks
    if (/(?:^|\s)(?:is|are|was|were|be|been|being)\s/i.test(text.slice(ph.cueStart, cueStart))) return null
    return speech(
      'quote-tag',
      ph.span,
      ph.role,
      text.slice(ph.cueStart, cueEnd),
      { start: ph.cueStart, end: cueEnd },
      ph.outlet ?? (relay ? lastProperName(relay[1]!) : null),
    )
  }
  return null
}

function speech(
  rule: string,
  span: { start: number; end: number },
  role: string | null,
  cue: string,
  cueSpan: { start: number; end: number },
  outlet: string | null = null,
): Omit<Proposal, 'content' | 'direct'> {
  return { rule, speaker: { kind: 'phrase', span, role }, cue, cueSpan, outlet }
}
