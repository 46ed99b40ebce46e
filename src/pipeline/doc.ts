import type { Attribution, Claim, Mention, Quantity, TimeValue, Token } from '../model/annotations.js'
import type { DocumentMeta } from '../model/document.js'
import type { Message } from '../model/message.js'
import type { OffsetMap } from '../model/offsets.js'
import type { Span } from '../model/span.js'

/**
 * The document as it moves through the pipeline: the immutable source text, then layers added
 * by stages. Every span in a layer points into `clean` (the cleaned text), except `boilerplate`,
 * which points into `text`; `cleanMap` maps clean offsets back to `text` at the boundary.
 */
export interface Doc {
  readonly id: string
  /** The text all output offsets refer to (the raw file for plain text). Never modified. */
  readonly text: string
  readonly meta: DocumentMeta
  /** Reference date for resolving relative times (publication date), when known. */
  readonly referenceDate: Date | null
  readonly messages: readonly Message[]
  readonly layers: Layers
}

/** Every layer a stage can produce. A stage's `produces` names keys of this interface. */
export interface Layers {
  /** Site furniture removed by cleaning, as spans of `text`. */
  readonly boilerplate?: readonly Span[]
  /** The cleaned text and its map back to `text`. */
  readonly clean?: { readonly text: string; readonly map: OffsetMap }
  readonly paragraphs?: readonly Span[]
  readonly sentences?: readonly Span[]
  readonly tokens?: readonly Token[]
  readonly mentions?: readonly Mention[]
  readonly quantities?: readonly Quantity[]
  readonly times?: readonly TimeValue[]
  readonly attributions?: readonly Attribution[]
  readonly claims?: readonly Claim[]
}

export type LayerName = keyof Layers
