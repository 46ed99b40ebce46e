import type { Mention, Token } from '../../../model/annotations.js'
import type { Span, SpanIndex } from '../../../model/span.js'
import type { CueLexicon } from './cues.js'
import type { Quote } from './quotes/pair.js'

/** What every attribution rule reads: the cleaned text and the layers below it. */
export interface AttributionContext {
  readonly text: string
  readonly paragraphs: readonly Span[]
  readonly sentences: readonly Span[]
  readonly tokens: readonly Token[]
  readonly mentions: readonly Mention[]
  /** `mentions` by span, for the mentions in or at a place without a scan of them all. */
  readonly mentionsAt: SpanIndex<Mention>
  /** Quotations found by `quotes/pair.ts`, in text order. */
  readonly quotes: readonly Quote[]
  /** `quotes` by content span. */
  readonly quotesAt: SpanIndex<Quote>
  readonly cues: CueLexicon
}

/**
 * Who a proposal says is speaking, before resolution: a noun phrase in the text (resolved by
 * `speaker.ts`, pronouns and role nouns through the speakers before it), or `context` for a
 * quotation with no cue (the speaker of the attribution just before it).
 */
export type SpeakerRef =
  | {
      readonly kind: 'phrase'
      readonly span: Span
      readonly role?: string | null
      /**
       * The cue is evidential ("suggest", "show", "found"): its subject must be a speaker-like noun
       * ("analysts", "reports"), since "images suggest" names no one who speaks.
       */
      readonly evidential?: boolean
      /** The noun phrase a naming clause named ("the group, which calls itself …"): see `Phrase.described`. */
      readonly described?: Span
    }
  | { readonly kind: 'context' }

/** A candidate attribution proposed by one rule, before speakers are resolved and refined. */
export interface Proposal {
  /** Rule id, e.g. `quote-tag`, `according-to`. */
  readonly rule: string
  readonly speaker: SpeakerRef
  readonly cue: string | null
  readonly cueSpan: Span | null
  /** The attributed content, in clean-text coordinates. */
  readonly content: Span
  /** A direct quotation (between quote marks) rather than reported speech. */
  readonly direct: boolean
  /** A quotation whose opening mark was lost in scraping. */
  readonly unopened?: boolean
  /** The medium the speaker spoke on or was quoted by, when the sentence names it. */
  readonly outlet?: string | null
  /**
   * The content is "this" of a passive frame ("This was announced by …") or missing ("ISW reports
   * in its latest assessment."): it is the content of the sentence before, fixed in refinement.
   */
  readonly anaphoric?: boolean
}

/** A rule: one construction, one file. Pure over the context. */
export interface AttributionRule {
  readonly name: string
  propose(ctx: AttributionContext): Proposal[]
}
