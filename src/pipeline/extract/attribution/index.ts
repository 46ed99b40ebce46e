import type { Attribution, Mention, Token } from '../../../model/annotations.js'
import { type Message, message } from '../../../model/message.js'
import { firstAtOrAfter, type Span, SpanIndex } from '../../../model/span.js'
import { loadReference, type Reference, roleHoldersOf } from '../../../reference/load.js'
import { normaliseAlias } from '../../../reference/normalise.js'
import { wordsAtMost } from '../../clean/text.js'
import { layer, type Stage } from '../../stage.js'
import { lexiconOf } from '../entities/lexicon.js'
import { type CueLexicon, cueLexicon } from './cues.js'
import { mediumOf } from './medium.js'
import { pairQuotes } from './quotes/pair.js'
import { byPosition, dropCovered, onePerCue, resolveAnaphora } from './refine.js'
import { accordingTo } from './rules/according-to.js'
import { byCount } from './rules/by-count.js'
import { cuelessQuote } from './rules/cueless-quote.js'
import { expertBox } from './rules/expert-box.js'
import { interviewAnswer } from './rules/interview-answer.js'
import { nominal } from './rules/nominal.js'
import { participleCue } from './rules/participle-cue.js'
import { passiveBy } from './rules/passive-by.js'
import { quoteIntro } from './rules/quote-intro.js'
import { quoteTag } from './rules/quote-tag.js'
import { sentenceTag } from './rules/sentence-tag.js'
import { verbComplement } from './rules/verb-complement.js'
import { resolveSpeaker, type Speaker, type SpeakerLexicon } from './speaker.js'
import type { AttributionContext, AttributionRule, Proposal } from './types.js'
import { paragraphIndex, posAt, sentenceAt } from './words.js'

/**
 * The rules, in priority order: when two read the same cue, the earlier one's reading is kept
 * (`refine.onePerCue`). Quotations first (their span is exact), then the constructions with a
 * fixed shape, then the general verb rule, the end-of-sentence tag, and last quotations with no
 * cue, which only stand when nothing else covers them.
 */
export const RULES: readonly AttributionRule[] = Object.freeze([
  quoteTag,
  quoteIntro,
  expertBox,
  interviewAnswer,
  passiveBy,
  accordingTo,
  byCount,
  nominal,
  participleCue,
  verbComplement,
  sentenceTag,
  cuelessQuote,
])

export interface AttributionInput {
  readonly id: string
  /** The cleaned text. */
  readonly text: string
  readonly paragraphs: readonly Span[]
  readonly sentences: readonly Span[]
  readonly tokens: readonly Token[]
  readonly mentions: readonly Mention[]
  /** The outlet that published the text: who "we" is in the narrator's voice ("we assess"). */
  readonly publisher?: string | null
}

export interface AttributionOptions {
  /** Reference data (cues, titles, demonyms); the package's `data/` by default. */
  readonly reference?: Reference
}

export interface AttributionResult {
  readonly attributions: Attribution[]
  readonly messages: Message[]
}

const COORDINATION = /\s+and\s+(?=(?:the\s+)?[\p{Lu}])/u

/**
 * Who says what in a cleaned text: direct quotations and reported speech, each with its speaker
 * (a mention's canonical name, or a descriptive label), role, cue, medium and content span.
 *
 * @example extractAttributions({ text: 'Russia had claimed the troops would leave.', … })[0].cue // 'had claimed'
 */
export function extractAttributions(
  input: AttributionInput,
  options: AttributionOptions = {},
): AttributionResult {
  const lexicons = lexiconsOf(options.reference ?? loadReference())
  const mentions = [...input.mentions].sort((a, b) => a.start - b.start)
  const quotes = pairQuotes(input.text, input.paragraphs)
  const ctx: AttributionContext = {
    text: input.text,
    paragraphs: input.paragraphs.length ? input.paragraphs : [{ start: 0, end: input.text.length }],
    sentences: input.sentences,
    tokens: input.tokens,
    mentions,
    mentionsAt: new SpanIndex(mentions, (m) => m),
    quotes,
    quotesAt: new SpanIndex(quotes, (q) => q.content),
    cues: lexicons.cues,
  }
  const speakerLexicon = lexicons.speaker
  let proposals = RULES.flatMap((r) => r.propose(ctx))
  proposals = onePerCue(proposals)
  proposals = resolveAnaphora(ctx, proposals)
  proposals = dropCovered(proposals).sort(byPosition)

  const history: Speaker[] = []
  const messages: Message[] = []
  const attributions: Attribution[] = []
  // "“… I think that still holds …”": first person inside a quotation is whoever is quoted,
  // known once every quotation has its speaker; so it is inside an interview answer
  const firstPerson: Proposal[] = []
  const answers = proposals
    .filter((p) => p.rule === 'interview-answer' || p.rule === 'expert-box')
    .map((p) => p.content)
  const resolveAnswerer = (phrase: Span): Speaker | null =>
    resolveSpeaker({
      text: ctx.text,
      phrase,
      mentions: ctx.mentions,
      mentionsAt: ctx.mentionsAt,
      history: [],
      lexicon: speakerLexicon,
    })
  // the proposals by content, and the id of the first attribution made of each so far, for the
  // quotation a cue stands in (`innermostParent`)
  const byContent = new SpanIndex(proposals, (p) => p.content)
  const made = new Map<Proposal, string>()
  // the last attribution placed that is not nested in another's speech
  let lastOutside: { p: Proposal; speaker: Speaker; paragraph: number } | undefined
  for (const p of proposals) {
    const at = p.cueSpan?.start ?? p.content.start
    if (
      p.speaker.kind === 'phrase' &&
      /^(?:I|we|We)$/.test(ctx.text.slice(p.speaker.span.start, p.speaker.span.end)) &&
      (insideQuote(ctx, at) || inside(answers, at))
    ) {
      firstPerson.push(p)
      continue
    }
    const paragraph = paragraphIndex(ctx.paragraphs, at)
    const sentence = sentenceAt(ctx.sentences, at)
    const outlet = p.outlet ?? (sentence ? mediumOf(ctx.text, sentence) : null)
    const speakers: Speaker[] = []
    if (p.speaker.kind === 'context') {
      // the speaker of the last attribution not nested in another's speech, nearby; or a person
      // named in the sentence just before the quotation, after that attribution
      // ("Anna Berg has watched the port for a decade. “Nothing moves here …”")
      const last = lastOutside
      const lastAt = last ? (last.p.cueSpan?.end ?? last.p.content.end) : -1
      const named = p.unopened ? null : personJustBefore(ctx, p.content.start, lastAt)
      if (named) speakers.push(named)
      else if (last && last.paragraph >= paragraph - 1) speakers.push(last.speaker)
      else if (!last && paragraph === 0 && answers.length) {
        // a quoted headline over an interview: the interviewee's words
        const first = proposals.find((x) => x.rule === 'interview-answer')
        const s = first?.speaker.kind === 'phrase' ? resolveAnswerer(first.speaker.span) : null
        if (s) speakers.push(s)
      }
    } else {
      for (const phrase of splitCoordination(ctx, p.speaker.span)) {
        const s = resolveSpeaker({
          text: ctx.text,
          phrase,
          role: p.speaker.role ?? null,
          mentions: ctx.mentions,
          mentionsAt: ctx.mentionsAt,
          history,
          lexicon: speakerLexicon,
          evidential: p.speaker.evidential ?? false,
          publisher: insideQuote(ctx, at) || inside(answers, at) ? null : (input.publisher ?? null),
          headIsNoun: ['NOUN', 'PROPN', null].includes(posAt(ctx.tokens, lastWordStart(ctx.text, phrase))),
        })
        if (s) speakers.push(s)
      }
      const described = p.speaker.described
      if (described && speakers.length === 1) {
        renameDescribed(ctx, described, speakers[0]!, history, attributions, (phrase) =>
          resolveSpeaker({
            text: ctx.text,
            phrase,
            mentions: ctx.mentions,
            mentionsAt: ctx.mentionsAt,
            history,
            lexicon: speakerLexicon,
          }),
        )
      }
    }
    if (!speakers.length) {
      messages.push(
        message(
          'info',
          'attribution',
          `attribution.${p.rule}`,
          'content without a resolvable speaker',
          p.content,
        ),
      )
      continue
    }
    for (const speaker of speakers) {
      const id = attributionId(input.id, p, speaker)
      const parent = innermostParent(byContent, made, p)
      attributions.push({
        id,
        speaker: speaker.value,
        role: p.speaker.kind === 'context' ? null : speaker.role,
        cue: p.cue,
        ...(p.cueSpan ? { cueSpan: p.cueSpan } : {}),
        outlet,
        quote: p.content,
        ...(parent ? { parent } : {}),
      })
      if (!made.has(p)) made.set(p, id)
      history.push(speaker)
      if (parent === undefined) lastOutside = { p, speaker, paragraph }
    }
  }
  for (const p of firstPerson) {
    const quoted = innermost(attributions, p.cueSpan ?? p.content)
    if (!quoted?.speaker || p.speaker.kind !== 'phrase') continue
    const span = p.speaker.span
    const value = { text: ctx.text.slice(span.start, span.end), canonical: quoted.speaker.canonical, span }
    attributions.push({
      id: attributionId(input.id, p, { value, role: null, person: true }),
      speaker: value,
      role: null,
      cue: p.cue,
      ...(p.cueSpan ? { cueSpan: p.cueSpan } : {}),
      outlet: null,
      quote: p.content,
    })
  }
  attributions.sort((a, b) => (a.cueSpan?.start ?? a.quote.start) - (b.cueSpan?.start ?? b.quote.start))
  return { attributions: withParents(withoutRestatedHeadings(ctx, attributions)), messages }
}

/**
 * "A group of dock workers said …. The group, which calls itself Harbour Watch, said …": the
 * descriptive label the earlier cues gave the group ("dock workers") is the name the naming
 * clause gives it, in the attributions and speakers before. Labels that are some mention's
 * canonical name (an entity) are left alone.
 */
function renameDescribed(
  ctx: AttributionContext,
  described: Span,
  named: Speaker,
  history: Speaker[],
  attributions: Attribution[],
  resolve: (phrase: Span) => Speaker | null,
): void {
  const label = resolve(described)?.value.canonical
  const name = named.value.canonical
  if (!label || !name || label === name || ctx.mentions.some((m) => m.canonical === label)) return
  for (let i = 0; i < history.length; i++) {
    const h = history[i]!
    if (h.value.canonical === label) history[i] = { ...h, value: { ...h.value, canonical: name } }
  }
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i]!
    if (a.speaker?.canonical === label) attributions[i] = { ...a, speaker: { ...a.speaker, canonical: name } }
  }
}

/**
 * Drops an attribution in a heading (a short paragraph with no closing full stop) whose speaker
 * speaks again in the body below it: the headline restates the body, which is annotated once, on
 * the body sentence ("Partisans say plane damaged" over "A group of partisans says it used …").
 */
function withoutRestatedHeadings(ctx: AttributionContext, list: readonly Attribution[]): Attribution[] {
  const headingOf = (a: Attribution): number => {
    const i = paragraphIndex(ctx.paragraphs, a.quote.start)
    const p = ctx.paragraphs[i]
    if (!p || a.quote.end > p.end || i + 1 >= ctx.paragraphs.length) return -1
    const line = ctx.text.slice(p.start, p.end).trim()
    return wordsAtMost(line, 0, line.length, 20) && !/[.!?…]["”’']?$/.test(line) ? i : -1
  }
  const words = (a: Attribution): string[] =>
    (a.speaker?.canonical ?? a.speaker?.text ?? '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3 && !/^(?:unnamed|unspecified|government|ministry|defence|defense)$/.test(w))
  const headings = list.map(headingOf)
  // the attributions outside headings by the paragraph their quotation starts in
  const byParagraph = new Map<number, Attribution[]>()
  list.forEach((b, i) => {
    if (headings[i]! >= 0) return
    const at = paragraphIndex(ctx.paragraphs, b.quote.start)
    const here = byParagraph.get(at)
    if (here) here.push(b)
    else byParagraph.set(at, [b])
  })
  return list.filter((a, i) => {
    // a quotation standing alone as a headline is no restatement of a cue below it
    if (a.cue === null) return true
    const h = headings[i]!
    if (h < 0) return true
    const mine = words(a)
    for (let at = h + 1; at <= h + 3; at++)
      if (byParagraph.get(at)?.some((b) => words(b).some((w) => mine.includes(w)))) return false
    return true
  })
}

/**
 * Parents over the whole list: a speaker quoted inside a quotation whose tag comes after it
 * ("…, as the President said, …," the spokeswoman said) is placed before its parent.
 */
function withParents(list: readonly Attribution[]): Attribution[] {
  const byQuote = new SpanIndex(list, (a) => a.quote)
  return list.map((a) => {
    const at = a.cueSpan ?? a.quote
    let best: Attribution | undefined
    for (const o of byQuote.containing(at.start, at.end)) {
      if (o === a || (o.quote.start === a.quote.start && o.quote.end === a.quote.end)) continue
      if (!best || o.quote.end - o.quote.start < best.quote.end - best.quote.start) best = o
    }
    const { parent: _old, ...rest } = a
    return best ? { ...rest, parent: best.id } : rest
  })
}

const lexiconsCache = new WeakMap<Reference, { cues: CueLexicon; speaker: SpeakerLexicon }>()

/**
 * The cue and speaker lexicons of a reference data set, built once per `Reference` object and
 * shared by every document (nothing per document goes in them: the publisher is passed apart).
 */
function lexiconsOf(reference: Reference): { cues: CueLexicon; speaker: SpeakerLexicon } {
  const cached = lexiconsCache.get(reference)
  if (cached) return cached
  const lex = reference.lexicons
  const built = {
    cues: cueLexicon(lex.speechCues),
    speaker: {
      titles: new Set(lex.titles.map((t) => t.title.toLowerCase())),
      titleWords: new Set(lex.titles.flatMap((t) => t.title.toLowerCase().split(/[\s-]+/))),
      demonyms: new Set(lex.demonyms.map((d) => d.adjective.toLowerCase())),
      firstNames: new Set([...lex.firstNames].map((n) => n.toLowerCase())),
      roleHolders: roleHoldersOf(reference),
      referenceName: referenceNames(reference),
      capitalOf: capitalsOf(reference),
      nationalitiesOf: lexiconOf(reference).nationalities,
      stateOf: new Map([
        ...lex.demonyms.map((d) => [d.adjective.toLowerCase(), d.country] as const),
        ...lex.demonyms.map((d) => [d.country.toLowerCase(), d.country] as const),
      ]),
    },
  }
  lexiconsCache.set(reference, built)
  return built
}

/**
 * A state's capital by its name and aliases, lowercased → the state's name ("minsk" → "Belarus"):
 * the cities the reference data marks with the role `capital`, for the states the demonym
 * lexicon names.
 */
function capitalsOf(reference: Reference): ReadonlyMap<string, string> {
  const countries = lexiconOf(reference).countries
  const out = new Map<string, string>()
  for (const e of reference.entities) {
    if (e.type !== 'GPE' || !e.country || !e.roles?.includes('capital')) continue
    const state = countries.get(e.country)?.name
    if (state) for (const s of [e.name, ...e.aliases]) out.set(s.toLowerCase(), state)
  }
  return out
}

/**
 * Name or alias → reference name, for organisations and units that alone carry that alias
 * ("General Staff of Ukraine" → "General Staff of the Armed Forces of Ukraine").
 */
function referenceNames(reference: Reference): (name: string) => string | null {
  return (name) => {
    const found = reference.byAlias.get(normaliseAlias(name))
    const e = found?.length === 1 ? found[0]! : null
    return e && (e.type === 'ORG' || e.type === 'UNIT') ? e.name : null
  }
}

/**
 * The person a quotation with no cue follows: the PERSON mention that opens the narrator's
 * sentence just before the quotation, when that sentence comes after `after` (the last
 * attribution) and is no quoted speech itself.
 */
function personJustBefore(ctx: AttributionContext, quoteStart: number, after: number): Speaker | null {
  const open = openingBefore(ctx.text, quoteStart)
  // the last sentence ending by `open + 1` that starts before `open`
  let k = firstAtOrAfter(ctx.sentences, open + 2, (s) => s.end) - 1
  while (k >= 0 && ctx.sentences[k]!.start >= open) k--
  const prev = ctx.sentences[k]
  if (!prev || prev.start < after || ctx.text.slice(prev.end, open).trim()) return null
  if (ctx.quotesAt.overlapping(prev.start, prev.end).length) return null
  const m = ctx.mentionsAt
    .within(prev.start, prev.end)
    .find(
      (x) => x.type === 'PERSON' && /^\s*(?:[\p{L}.-]+\s+){0,3}$/u.test(ctx.text.slice(prev.start, x.start)),
    )
  return m
    ? { value: { text: ctx.text.slice(m.start, m.end), canonical: m.canonical }, role: null, person: true }
    : null
}

/** The offset lies inside one of the spans. */
function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((c) => c.start <= at && at < c.end)
}

/**
 * Where the white space and the one opening mark before `at` begin: what
 * `text.slice(0, at).search(/\s*[“"‘«']?\s*$/)` finds, read backwards from `at`.
 */
function openingBefore(text: string, at: number): number {
  let i = at
  while (i > 0 && /\s/.test(text[i - 1]!)) i--
  if (i > 0 && /[“"‘«']/.test(text[i - 1]!)) {
    i--
    while (i > 0 && /\s/.test(text[i - 1]!)) i--
  }
  return i
}

/** The offset lies inside a quotation (its speaker is the quoted one, not the narrator). */
function insideQuote(ctx: AttributionContext, at: number): boolean {
  return ctx.quotesAt.overlapping(at, at + 1).length > 0
}

/** Where the last word of a span starts. */
function lastWordStart(text: string, s: Span): number {
  const i = text.slice(s.start, s.end).search(/\S+$/)
  return i < 0 ? s.start : s.start + i
}

/**
 * "the EU and the United States", "ship spotters and the Harbour Watch group" → two speakers;
 * "Committee on National Security and Defense" stays one.
 */
function splitCoordination(ctx: AttributionContext, span: Span): Span[] {
  const s = ctx.text.slice(span.start, span.end)
  const m = COORDINATION.exec(s)
  if (!m) return [span]
  const cut = span.start + m.index
  const inMention = ctx.mentionsAt.overlapping(cut, cut).length > 0
  const bothDetermined =
    /^the\s/i.test(s) &&
    /^\s+and\s+the\s/i.test(m[0] + s.slice(m.index + m[0].length, m.index + m[0].length + 4))
  const mentionRight = ctx.mentionsAt.within(cut, span.end).length > 0
  const mentionsEachSide = mentionRight && ctx.mentionsAt.within(span.start, cut).length > 0
  // "ship spotters and the Harbour Watch group": a group of people, then a named body
  const groupAndNamed = mentionRight && /(?:^|\s)[\p{Ll}-]+[^s\W]s$/u.test(s.slice(0, m.index))
  if (inMention || !(bothDetermined || mentionsEachSide || groupAndNamed)) return [span]
  return [
    { start: span.start, end: cut },
    { start: cut + m[0].length, end: span.end },
  ]
}

/** The attribution with the shortest quotation that holds `at`. */
function innermost(list: readonly Attribution[], at: Span): Attribution | undefined {
  let best: Attribution | undefined
  for (const a of list) {
    if (a.quote.start <= at.start && at.end <= a.quote.end) {
      if (!best || a.quote.end - a.quote.start < best.quote.end - best.quote.start) best = a
    }
  }
  return best
}

/**
 * The attribution whose content holds this one's cue (a speaker quoted inside another's speech):
 * among the attributions made so far (`made`, by proposal), the first with the shortest content.
 */
function innermostParent(
  proposals: SpanIndex<Proposal>,
  made: ReadonlyMap<Proposal, string>,
  p: Proposal,
): string | undefined {
  const at = p.cueSpan ?? p.content
  let best: Proposal | undefined
  for (const o of proposals.containing(at.start, at.end)) {
    if (!made.has(o) || (o.content.start === p.content.start && o.content.end === p.content.end)) continue
    if (!best || o.content.end - o.content.start < best.content.end - best.content.start) best = o
  }
  return best ? made.get(best) : undefined
}

/** Deterministic: FNV-1a over document, cue, content and speaker. */
function attributionId(doc: string, p: Proposal, s: Speaker): string {
  const key = `${doc}|${p.cueSpan?.start ?? ''}:${p.cueSpan?.end ?? ''}|${p.content.start}:${p.content.end}|${s.value.canonical ?? s.value.text}`
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return `attr-${h.toString(16).padStart(8, '0')}`
}

/**
 * Stage `attribution`: who says what, through which medium, with which cue. Spans point into the
 * cleaned text. Needs sentences and tokens (cue subjects), and mentions (resolved speakers).
 */
export const attribution: Stage = {
  name: 'attribution',
  requires: ['clean', 'paragraphs', 'sentences', 'tokens', 'mentions'],
  produces: ['attributions'],
  run(doc) {
    const { attributions, messages } = extractAttributions({
      id: doc.id,
      text: layer(doc, 'clean').text,
      paragraphs: layer(doc, 'paragraphs'),
      sentences: layer(doc, 'sentences'),
      tokens: layer(doc, 'tokens'),
      mentions: layer(doc, 'mentions'),
      publisher: doc.meta.outlet,
    })
    return { layers: { attributions }, messages }
  },
}
