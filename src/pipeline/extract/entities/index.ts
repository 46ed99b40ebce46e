import type { Mention, Token } from '../../../model/annotations.js'
import { firstAtOrAfter, type Span } from '../../../model/span.js'
import { loadReference, type Reference } from '../../../reference/load.js'
import { resolveInDocument } from '../../../resolve/in-document.js'
import { adjectival } from '../../refine/adjectival.js'
import { determiners } from '../../refine/determiners.js'
import { generic } from '../../refine/generic.js'
import { installations } from '../../refine/installations.js'
import { nationality } from '../../refine/nationality.js'
import { overlaps } from '../../refine/overlaps.js'
import { layer, type Stage } from '../../stage.js'
import { acronyms } from './acronyms.js'
import { designators } from './designators.js'
import { events } from './events.js'
import { features } from './features.js'
import { forces } from './forces.js'
import { gazetteer } from './gazetteer.js'
import { legalForms } from './legal-forms.js'
import { type Lexicon, lexiconOf, lookupExact } from './lexicon.js'
import { media } from './media.js'
import { names } from './names.js'
import { organisations } from './organisations.js'
import { places } from './places.js'
import { surnames } from './surnames.js'
import type { Candidate, ExtractContext, Extractor, Refiner } from './types.js'
import { splitWords, type Word } from './words.js'

/**
 * The extractors, in order. Each sees the candidates of those before it, so the order matters:
 * equipment designators first (the gazetteer's "Ural" needs to see "T-72A tanks, BMPs, and" in a
 * list), then reference names, then rules for unknown names; places after them (their country
 * context comes from places already found); acronyms after every full name they can stand for;
 * surnames last, after every full name of a person.
 */
export const EXTRACTORS: readonly Extractor[] = Object.freeze([
  designators,
  gazetteer,
  forces,
  organisations,
  legalForms,
  media,
  events,
  features,
  names,
  places,
  acronyms,
  surnames,
])

/**
 * The refiners, in order: trim determiners and possessives first (so spans compare as the
 * convention writes them), drop what is never an entity, then settle overlaps by the written
 * policy in `refine/overlaps.ts`.
 */
export const REFINERS: readonly Refiner[] = Object.freeze([
  installations,
  determiners,
  nationality,
  adjectival,
  generic,
  overlaps,
])

export interface EntityOptions {
  /** Reference data; the package's `data/` by default. */
  readonly reference?: Reference
}

export interface EntityInput {
  /** The cleaned text. */
  readonly text: string
  readonly sentences: readonly Span[]
  readonly tokens: readonly Token[]
  /** The outlet that published the text (its metadata), named in it as an ORG wherever it appears. */
  readonly publisher?: string | null
}

/**
 * Finds, types and resolves the named mentions of one cleaned text.
 *
 * @example extractMentions({ text, sentences, tokens }).map((m) => [text.slice(m.start, m.end), m.type, m.canonical])
 */
export function extractMentions(input: EntityInput, options: EntityOptions = {}): Mention[] {
  const lexicon = lexiconOf(options.reference ?? loadReference())
  const words = splitWords(
    input.text,
    input.sentences.map((s) => s.start),
  )
  const tokenStarts = input.tokens.map((t) => t.start)
  const posAt = (offset: number): string | null => {
    let lo = 0
    let hi = tokenStarts.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (tokenStarts[mid]! <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    const t = input.tokens[found]
    return t && offset < t.end ? t.pos : null
  }
  let found: Candidate[] = []
  const base = { text: input.text, words, tokens: input.tokens, sentences: input.sentences, lexicon, posAt }
  for (const extractor of EXTRACTORS) {
    const ctx: ExtractContext = { ...base, found }
    found = found.concat(extractor.extract(ctx))
  }
  if (input.publisher) found = found.concat(publisherMentions(input.text, input.publisher, lexicon, words))
  const ctx: ExtractContext = { ...base, found }
  let refined: Candidate[] = found
  for (const refiner of REFINERS) refined = refiner.refine(ctx, refined)
  return resolveInDocument(input.text, refined, lexicon)
}

/**
 * The publisher named in its own text — "Repair logs obtained by Eastern Lens", a masthead "Harbour
 * Post | 3 May 2024" — as an ORG with the outlet's name, whatever the name looks like (a name
 * rule would read "Eastern Lens" as a person). Case and word edges must match; a one-word name
 * opening a sentence is left to the other rules ("Express delivery …").
 */
function publisherMentions(
  text: string,
  publisher: string,
  lexicon: Lexicon,
  words: readonly Word[],
): Candidate[] {
  const known = lookupExact(lexicon, publisher).find((e) => e.type === 'ORG')
  const single = !/\s/.test(publisher)
  const out: Candidate[] = []
  for (let at = text.indexOf(publisher); at >= 0; at = text.indexOf(publisher, at + 1)) {
    const end = at + publisher.length
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue
    if (single && words[firstAtOrAfter(words, at, (w) => w.start)]?.initial) continue
    out.push({
      start: at,
      end,
      type: 'ORG',
      rule: 'entities.publisher',
      ref: known?.ref ?? null,
      canonical: known?.canonical ?? publisher,
    })
  }
  return out
}

/**
 * Stage `entities`: every PERSON, ORG, GPE, LOC, FACILITY, EQUIPMENT, UNIT and EVENT mention of
 * the cleaned text, with spans into it, reference ids and in-document canonical names.
 */
export const entities: Stage = {
  name: 'entities',
  requires: ['clean', 'sentences', 'tokens'],
  produces: ['mentions'],
  run(doc) {
    const mentions = extractMentions({
      text: layer(doc, 'clean').text,
      sentences: layer(doc, 'sentences'),
      tokens: layer(doc, 'tokens'),
      publisher: doc.meta.outlet,
    })
    return { layers: { mentions } }
  },
}
