import type { Message } from './message.js'

/** Metadata of a document, from the reader, the file or inferred from the text. */
export interface DocumentMeta {
  readonly title: string | null
  readonly outlet: string | null
  readonly url: string | null
  /** ISO date (YYYY-MM-DD) or timestamp, as given or inferred; null when unknown. */
  readonly published: string | null
  /** ISO 639-3 code from language identification or metadata (`eng`), or null when undetermined. */
  readonly language: string | null
}

export type InputFormat = 'txt' | 'html' | 'jsonl' | 'rss' | 'atom'

/**
 * A document as received. `raw` is never modified. `text` is the plain text every span of the
 * document points into: for plain-text inputs it *is* `raw`; for HTML and feed items it is the
 * article text extracted from the markup (see docs/decisions/002-offsets.md).
 */
export interface SourceDocument {
  /** SHA-256 hex of `text`: the identity used for idempotent ingest and exact dedupe. */
  readonly id: string
  readonly raw: string
  readonly text: string
  readonly format: InputFormat
  /** Where it came from: a path, `path:line` for JSONL, `path#item` for feeds. */
  readonly origin: string
  readonly meta: DocumentMeta
  readonly messages: readonly Message[]
}

export const emptyMeta: DocumentMeta = Object.freeze({
  title: null,
  outlet: null,
  url: null,
  published: null,
  language: null,
})
