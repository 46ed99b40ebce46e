/**
 * The extraction contract: what Dossier hands to the scorer for one article, as described in
 * `../shared/eval/README.md` (and mirrored here so that the project does not depend on that
 * folder). One prediction per `<id>.txt`; every offset is a UTF-16 index into that raw,
 * unmodified text, end exclusive.
 *
 * The scorer (`score.ts`) reads these objects as leniently as the reference scorer reads its
 * JSON files: an argument may also be a bare string, a missing `canonical` falls back to
 * `text`, a missing `hedge` counts as `asserted`, and malformed spans are ignored. The types
 * below are the shape an extractor should produce.
 */

import {
  ENTITY_TYPES,
  type EntityType,
  HEDGES,
  type Hedge,
  RELATIONS,
  type Relation,
} from '../model/annotations.js'

export const CONTRACT_ENTITY_TYPES = ENTITY_TYPES
export type ContractEntityType = EntityType

export const CONTRACT_RELATIONS = RELATIONS
export type ContractRelation = Relation

export const CONTRACT_HEDGES = HEDGES
export type ContractHedge = Hedge

/** `[start, end)` in UTF-16 code units of the raw text. Spans with `end <= start` are ignored. */
export interface OffsetSpan {
  readonly start: number
  readonly end: number
}

/** One mention. Repeats are fine: entities are scored on distinct surface forms per document. */
export interface PredictedEntity extends OffsetSpan {
  /** The surface, without title, determiner or possessive (`Bell` from "Mr Bell's"). */
  readonly text: string
  readonly type: ContractEntityType
  /** Name shared by every surface of the same entity; the grouping is scored, not the string. */
  readonly canonical: string
}

/** A role filler of a claim or attribution: the surface and, for entities, its canonical name. */
export interface PredictedArgument {
  readonly text: string
  readonly canonical?: string | null
}

export interface PredictedQuantity {
  readonly value: number | null
  readonly low: number | null
  readonly high: number | null
  readonly unit: string | null
  readonly text: string
}

export interface PredictedTime {
  readonly text: string
  /** ISO date or partial date, when resolved. */
  readonly date?: string | null
}

export interface PredictedClaim {
  readonly relation: ContractRelation
  readonly agent: PredictedArgument | null
  readonly recipient: PredictedArgument | null
  readonly item: { readonly text: string } | null
  readonly quantity: PredictedQuantity | null
  readonly time: PredictedTime | null
  readonly place: PredictedArgument | null
  /** Who asserts the claim. */
  readonly source: PredictedArgument | null
  readonly hedge: ContractHedge
  /** The sentence carrying the claim. */
  readonly evidence: OffsetSpan
}

export interface PredictedAttribution {
  readonly speaker: PredictedArgument | null
  readonly cue: string | null
  /** The medium the speaker spoke on or was quoted by. */
  readonly outlet: string | null
  /** The attributed content. */
  readonly quote: OffsetSpan
}

/** Dossier's extraction of one article, in the scorer's format. */
export interface Prediction {
  readonly entities: readonly PredictedEntity[]
  readonly claims: readonly PredictedClaim[]
  readonly attributions: readonly PredictedAttribution[]
  /** Spans removed as site furniture. */
  readonly boilerplate: readonly OffsetSpan[]
}

export const emptyPrediction = (): Prediction => ({
  entities: [],
  claims: [],
  attributions: [],
  boilerplate: [],
})
