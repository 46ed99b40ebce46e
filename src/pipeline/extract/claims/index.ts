import type { Attribution, Claim, Hedge, Mention, RoleValue } from '../../../model/annotations.js'
import { shortHash } from '../../../model/hash.js'
import { type Span, SpanIndex } from '../../../model/span.js'
import { loadReference, type Reference } from '../../../reference/load.js'
import type { Doc } from '../../doc.js'
import { layer, type Stage } from '../../stage.js'
import { lexiconOf } from '../entities/lexicon.js'
import { claimsOfSentence, type DraftClaim, type Memory, namesTroops } from './extract.js'
import { loadTriggerLexicon, type TriggerLexicon } from './lexicon.js'
import { orgAnaphor, stateLedBy } from './roles.js'
import { sentenceViews } from './sentence.js'

export { type ClaimContext, claimsOfSentence, type DraftClaim } from './extract.js'
export { loadTriggerLexicon, parseTriggerLexicon } from './lexicon.js'

export interface ClaimOptions {
  readonly reference?: Reference
  readonly triggers?: TriggerLexicon
}

/**
 * Deterministic claim id: the first 16 hex digits of the SHA-256 of the document id, relation,
 * roles and evidence span.
 */
export function claimId(docId: string, c: Omit<Claim, 'id'>): string {
  const key = [
    docId,
    c.relation,
    c.agent?.canonical ?? c.agent?.text ?? '',
    c.recipient?.canonical ?? c.recipient?.text ?? '',
    c.item?.text ?? '',
    c.quantity?.text ?? '',
    c.time?.text ?? '',
    c.place?.canonical ?? c.place?.text ?? '',
    `${c.evidence.start}:${c.evidence.end}`,
  ].join('\u0000')
  return shortHash(key)
}

const QUOTE_CHARS = /^[\s"“”«»‘’']+|[\s"“”«»‘’']+$/g

/**
 * The evidence of a claim: its sentence, or, when the sentence sits in a quotation, the part
 * inside the quotation (without the quote marks and the trailing speech tag).
 */
export function evidenceOf(text: string, sentence: Span, quote: Span | null): Span {
  let { start, end } = sentence
  const marked = (k: number) => /["“”«»‘’']/.test(text[k] ?? '')
  const direct = quote !== null && (marked(quote.start - 1) || marked(quote.end) || marked(quote.start))
  if (quote && direct && quote.start < end && start < quote.end) {
    const s = Math.max(start, quote.start)
    const e = Math.min(end, quote.end)
    if (e - s >= 0.5 * (end - start)) {
      start = s
      end = e
    }
  }
  // '…there are also Russian troops there," said the spokesman.': the speech tag after a closing mark stays out
  const tag =
    /[,.!?…]?["”’»]\s*,?\s*(?:(?:said|says|added|adds|noted|notes|explained|stressed|told|according to)\b|[^"“”«»]{0,80}\b(?:said|says|added|noted|explained|stressed|told)\b)[^"“”«»]*$/u.exec(
      text.slice(start, end),
    )
  if (tag && tag.index > 0.4 * (end - start)) end = start + tag.index
  const slice = text.slice(start, end)
  const lead = slice.length - slice.replace(/^[\s"“”«»‘’']+/, '').length
  const trail = slice.length - slice.replace(/[\s"“”«»‘’']+$/, '').length
  void QUOTE_CHARS
  return { start: start + lead, end: Math.max(start + lead, end - trail) }
}

/** Whether a quote span is a direct quotation: a quote mark stands at its edges. */
function directQuote(text: string, quote: Span): boolean {
  const marked = (k: number) => /["“”«»‘’']/.test(text[k] ?? '')
  return marked(quote.start - 1) || marked(quote.end) || marked(quote.start)
}

/** The attribution whose content covers most of the sentence (at least half), if any. */
function attributionOver(sentence: Span, attributions: SpanIndex<Attribution>): Attribution | null {
  let best: Attribution | null = null
  let bestOverlap = 0
  for (const a of attributions.overlapping(sentence.start, sentence.end)) {
    const o = Math.min(a.quote.end, sentence.end) - Math.max(a.quote.start, sentence.start)
    if (o > bestOverlap && o >= 0.5 * (sentence.end - sentence.start)) {
      best = a
      bestOverlap = o
    }
  }
  return best
}

/** A role that refers back to the organisation its holder works for: "an engineer at the plant". */
const WORKS_FOR = /\b(?:at|for|with|of|in)\s+(the\s+(?:plant|factory|works|company|enterprise|firm))\b/i
const EMPLOYERS = new Set(['ORG', 'FACILITY', 'UNIT'])

/**
 * The organisation each speaker works for, by speaker: an organisation named in the role the text
 * gives them ("Anna, an engineer at Peleng"), or the plant or company named before that a role
 * refers back to ("a fitter who worked at the plant"). Later quotations of the same person,
 * without the role, find it too.
 */
function employersOf(
  attributions: readonly Attribution[],
  text: string,
  mentions: SpanIndex<Mention>,
): Map<string, RoleValue> {
  const known = new Map<string, RoleValue>()
  for (const a of attributions) {
    const who = a.speaker?.canonical
    const at = a.speaker?.span
    if (!who || !at || !a.role || known.has(who)) continue
    // the role is written next to the name: look for it there
    const found = text.indexOf(a.role, Math.max(0, at.start - a.role.length - 40))
    if (found < 0 || found > at.end + 40) continue
    const end = found + a.role.length
    const named = mentions.within(found, end).find((m) => EMPLOYERS.has(m.type))
    const back = named ? null : WORKS_FOR.exec(a.role)
    // (the organisations named before the speaker, only for a role that refers back to one)
    const before = () =>
      mentions
        .startingIn(0, at.start)
        .filter((m) => m.type === 'ORG' && m.end <= at.start)
        .map((m) => ({ text: text.slice(m.start, m.end), canonical: m.canonical }))
    const org = named
      ? { text: text.slice(named.start, named.end), canonical: named.canonical }
      : back
        ? orgAnaphor(back[1]!, before())
        : null
    if (org?.canonical) known.set(who, { text: org.text, canonical: org.canonical })
  }
  return known
}

/** Unnamed relays: "according to reports", "Ukrainian media", "sources". */
const UNNAMED = /\b(reports?|media|sources?|information|publications?|outlets?|journalists|insiders)\b/i

interface SourceReading {
  readonly source: RoleValue | null
  readonly attribution?: string
  /** The asserter relays unnamed others. */
  readonly relayed: boolean
}

/**
 * The source of the claims of a sentence: the attribution covering it (its speaker), else an
 * "According to X" in the sentence, else the outlet; unnamed relays ("according to reports",
 * "media reported") make the outlet the source, with the hedge `reported`.
 */
export function sourceOf(
  text: string,
  sentence: Span,
  attributions: SpanIndex<Attribution>,
  mentions: SpanIndex<Mention>,
  outlet: string | null,
): SourceReading {
  const outletRole = outlet ? { text: outlet, canonical: outlet } : null
  const s = text.slice(sentence.start, sentence.end)
  const according = /\baccording to\s+([^,.;]+)/i.exec(s)
  if (according) {
    const from = sentence.start + according.index
    const to = from + according[0].length
    const m = mentions.within(from, to).find((x) => x.type !== 'GPE' && x.type !== 'EQUIPMENT')
    if (m)
      return {
        source: {
          text: text.slice(m.start, m.end),
          canonical: m.canonical,
          span: { start: m.start, end: m.end },
        },
        relayed: false,
      }
    if (UNNAMED.test(according[1]!)) return { source: outletRole, relayed: true }
  }
  const a = attributionOver(sentence, attributions)
  if (a?.speaker) {
    const relayed = UNNAMED.test(a.speaker.text) && !a.speaker.canonical
    const speaker = { ...a.speaker, canonical: a.speaker.canonical ?? a.speaker.text }
    return { source: relayed ? outletRole : speaker, attribution: a.id, relayed }
  }
  return { source: outletRole, relayed: false }
}

/**
 * Claims of a whole document, sentence by sentence, with source, hedge, evidence and id.
 *
 * @example extractClaims(doc).map((c) => [c.relation, c.agent?.canonical, c.item?.text])
 */
export function extractClaims(doc: Doc, options: ClaimOptions = {}): Claim[] {
  const clean = layer(doc, 'clean')
  const sentences = layer(doc, 'sentences')
  const mentions = layer(doc, 'mentions')
  // by quotation, for the attribution over each sentence
  const attributions = new SpanIndex(layer(doc, 'attributions'), (a) => a.quote)
  const lexicon = lexiconOf(options.reference ?? loadReference())
  const triggers = options.triggers ?? loadTriggerLexicon()
  const views = sentenceViews(clean.text, sentences, {
    tokens: layer(doc, 'tokens'),
    mentions,
    quantities: layer(doc, 'quantities'),
    times: layer(doc, 'times'),
  })
  const hedges = lexicon.reference.lexicons.hedges
  const memory: Memory = { lastAgent: null, industry: null, forces: null, persons: [], speaker: null }
  // by span, for the mentions in a speaker's role or an "according to" phrase
  const mentionsAt = new SpanIndex(mentions, (m) => m)
  const employers = employersOf(layer(doc, 'attributions'), clean.text, mentionsAt)
  const out: Claim[] = []
  const seen = new Set<string>()
  const title = doc.meta.title?.trim() ?? null
  for (const view of views) {
    // a headline restates the body: its assertion is annotated once, on the body sentence
    if (title && clean.text.slice(view.span.start, view.span.end).trim() === title) continue
    const covering = attributionOver(view.span, attributions)
    // whoever speaks a direct quotation is not the "he" inside it
    const quoted = covering && directQuote(clean.text, covering.quote) ? covering : null
    memory.speaker = quoted?.speaker?.canonical ?? null
    // (a quotation may fill less than half of its sentence: '"We repaired …," said X, a fitter at …')
    memory.speakerOrg = null
    for (const a of attributions.overlapping(view.span.start, view.span.end)) {
      // (a head of state's "we" is the state he leads: "we will keep the plants working")
      const who = a.speaker?.canonical
      const org = who ? (employers.get(who) ?? stateLedBy(who, lexicon) ?? undefined) : undefined
      if (org && directQuote(clean.text, a.quote)) memory.speakerOrg = { org, quote: a.quote }
    }
    const drafts = claimsOfSentence(view, { lexicon, triggers, hedges }, memory)
    memory.troopsBefore = namesTroops(view)
    if (!drafts.length) continue
    const src = sourceOf(clean.text, view.span, attributions, mentionsAt, doc.meta.outlet)
    const evidence = evidenceOf(clean.text, view.span, covering?.quote ?? null)
    for (const d of drafts) {
      const claim = finish(d, src, evidence)
      const id = claimId(doc.id, claim)
      if (seen.has(id)) continue
      seen.add(id)
      out.push({ id, ...claim })
    }
  }
  return out
}

function finish(d: DraftClaim, src: SourceReading, evidence: Span): Omit<Claim, 'id'> {
  const hedge: Hedge = src.relayed && d.hedge === 'asserted' ? 'reported' : d.hedge
  return {
    relation: d.relation,
    agent: d.agent,
    recipient: d.recipient,
    item: d.item,
    quantity: d.quantity,
    time: d.time,
    place: d.place,
    source: src.source,
    hedge,
    evidence,
    ...(src.attribution ? { attribution: src.attribution } : {}),
  }
}

/**
 * Stage `claims`: one claim per predicate and item of each sentence — relation, agent,
 * recipient, item, quantity, time, place, source and hedge, with the sentence as evidence.
 */
export const claims: Stage = {
  name: 'claims',
  requires: ['clean', 'sentences', 'tokens', 'mentions', 'quantities', 'times', 'attributions'],
  produces: ['claims'],
  run(doc) {
    return { layers: { claims: extractClaims(doc) } }
  },
}
