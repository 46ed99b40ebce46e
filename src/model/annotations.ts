import type { Span } from './span.js'

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FACILITY', 'EQUIPMENT', 'UNIT', 'EVENT'] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

export const RELATIONS = [
  'SUPPLY',
  'TRANSFER',
  'PRODUCE',
  'REPAIR',
  'DEPLOY',
  'MEET',
  'AGREE',
  'SANCTION',
  'ATTACK',
  'EXERCISE',
  'MOBILIZE',
  'OTHER',
] as const
export type Relation = (typeof RELATIONS)[number]

export const HEDGES = ['asserted', 'reported', 'likely', 'possible', 'denied'] as const
export type Hedge = (typeof HEDGES)[number]

/**
 * A named mention. Its text is derived from its span. Titles and roles ("retired Air
 * Vice-Marshal") are attributes, never inside the span.
 */
export interface Mention extends Span {
  readonly type: EntityType
  /** Preferred name of the entity this mention denotes within the document. */
  readonly canonical: string
  /** Reference-data id (`Q184` or a data/ key) when the gazetteer knows it, else null. */
  readonly ref: string | null
  /** Rule that proposed it, e.g. `gazetteer`, `names.person-title`. */
  readonly rule: string
  /** Title or role attached to the mention ("President", "military expert"). */
  readonly role?: string
}

/** A role filler of a claim or attribution: surface text, span when it has one, and canonical name. */
export interface RoleValue {
  readonly text: string
  readonly canonical: string | null
  readonly span?: Span
}

/** "over 65 thousand tons" → low 65000, unit tons. */
export interface Quantity {
  readonly value: number | null
  readonly low: number | null
  readonly high: number | null
  readonly unit: string | null
  readonly text: string
  readonly span?: Span
}

export type TimePrecision = 'day' | 'month' | 'season' | 'year' | 'range' | 'duration' | 'unresolved'

export interface TimeValue {
  readonly text: string
  readonly span?: Span
  /** Normalised ISO date or partial date (`2022-02-24`, `2022-10`, `2022`), null when unresolved. */
  readonly date: string | null
  /** End of a range, when the expression names one. */
  readonly end?: string | null
  readonly precision: TimePrecision
}

export interface Attribution {
  readonly id: string
  readonly speaker: RoleValue | null
  readonly role: string | null
  readonly cue: string | null
  readonly cueSpan?: Span
  /** The medium the speaker spoke on or was quoted by ("Sky News"). */
  readonly outlet: string | null
  /** The attributed content. */
  readonly quote: Span
  /** The attribution this one is nested in (a speaker quoted inside another's speech). */
  readonly parent?: string
}

export interface Claim {
  /** Deterministic: hash of document, relation, roles and evidence span. */
  readonly id: string
  readonly relation: Relation
  readonly agent: RoleValue | null
  readonly recipient: RoleValue | null
  readonly item: RoleValue | null
  readonly quantity: Quantity | null
  readonly time: TimeValue | null
  readonly place: RoleValue | null
  readonly source: RoleValue | null
  readonly hedge: Hedge
  readonly evidence: Span
  /** Id of the attribution the claim rests on, when it sits inside one. */
  readonly attribution?: string
}

export interface Token extends Span {
  /** Universal POS tag from wink-nlp (`PROPN`, `VERB`…). */
  readonly pos: string
  /** Token kind from wink-nlp (`word`, `number`, `punctuation`…). */
  readonly kind: string
}
