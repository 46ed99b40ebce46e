import type { Attribution, Claim, Mention } from './annotations.js'
import type { SourceDocument } from './document.js'
import type { Message } from './message.js'
import type { OffsetMap } from './offsets.js'
import type { Span } from './span.js'

/**
 * Everything stored for one document, in one transaction. Every span here points into
 * `source.text` (never into the cleaned text): this is the durable evidence contract.
 */
export interface DocumentRecord {
  readonly source: SourceDocument
  readonly clean: { readonly text: string; readonly map: OffsetMap }
  readonly boilerplate: readonly Span[]
  readonly sentences: readonly Span[]
  readonly mentions: readonly Mention[]
  readonly claims: readonly Claim[]
  readonly attributions: readonly Attribution[]
  /** The source's messages followed by the pipeline's. */
  readonly messages: readonly Message[]
  /** MinHash signature of the cleaned text, for near-duplicate search. */
  readonly signature: readonly number[]
  /** Set when this document is a near-duplicate (syndicated copy) of an earlier one. */
  readonly copyOf: { readonly id: string; readonly similarity: number } | null
}
