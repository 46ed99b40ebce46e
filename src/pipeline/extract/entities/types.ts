import type { EntityType, Token } from '../../../model/annotations.js'
import type { Span } from '../../../model/span.js'
import type { Lexicon } from './lexicon.js'
import type { Word } from './words.js'

/**
 * A proposed mention. Extractors propose, refiners settle: a candidate may overlap others, carry a
 * determiner, or turn out to be a nationality adjective. `canonical` is null when the extractor
 * has no better name than the surface; in-document resolution fills it.
 */
export interface Candidate extends Span {
  readonly type: EntityType
  /** Rule that proposed it: `gazetteer`, `names.title`, `designators.family`… */
  readonly rule: string
  /** Reference-data id (`data/entities` key, or `geonames:<id>` for a GeoNames place), else null. */
  readonly ref: string | null
  readonly canonical: string | null
  /** Title or role attached to the mention ("President", "military expert"). */
  readonly role?: string
}

/**
 * What an extractor sees: the cleaned text, its words and tokens, the reference lexicon and the
 * candidates of the extractors before it in the list (acronym definitions and short surnames
 * build on names found earlier).
 */
export interface ExtractContext {
  /** The cleaned text every span points into. */
  readonly text: string
  readonly words: readonly Word[]
  readonly tokens: readonly Token[]
  readonly sentences: readonly Span[]
  readonly lexicon: Lexicon
  readonly found: readonly Candidate[]
  /** Universal POS of the wink token covering `offset`, or null. */
  posAt(offset: number): string | null
}

/** One concern: finds one kind of candidate. Pure; no I/O. */
export interface Extractor {
  readonly name: string
  extract(ctx: ExtractContext): Candidate[]
}

/** Takes candidates, returns candidates: merges, filters, trims. Pure. */
export interface Refiner {
  readonly name: string
  refine(ctx: ExtractContext, candidates: readonly Candidate[]): Candidate[]
}
