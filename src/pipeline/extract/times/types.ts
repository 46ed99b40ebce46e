import type { TimePrecision, TimeValue } from '../../../model/annotations.js'
import type { Span } from '../../../model/span.js'
import type { YMD } from './calendar.js'

/** How a time expression relates to the event: "since mid-October", "until June 25", "over the winter". */
export type TimeRelation = 'since' | 'until' | 'after' | 'before' | 'by' | 'from' | 'during'

/** Part of a period the text names: "early February", "mid-October", "late 2022", "the first half of 2022". */
export type PeriodPart = 'early' | 'mid' | 'late'

/** A time expression with what the rules found besides the contract's fields. */
export interface ParsedTime extends TimeValue {
  readonly span: Span
  /** The parser that found it and the refiners that changed it, joined by `+`. */
  readonly rule: string
  readonly relation: TimeRelation | null
  readonly part: PeriodPart | null
  /** ISO 8601 duration for durations ("eight months" → `P8M`), null otherwise or when vague. */
  readonly duration: string | null
}

/**
 * A candidate between parsers and refiners. Dates are partial (`{ y, m }` for a month). Parsers
 * resolve against the working reference (the publication date, or a placeholder when there is
 * none); refiners move, merge and, without a publication date, blank what the text does not state.
 */
export interface TimeCandidate {
  readonly start: number
  readonly end: number
  readonly rule: string
  readonly from: YMD | null
  readonly to: YMD | null
  readonly precision: TimePrecision
  /** The text states the year ("February 24, 2022", "early 2023") or a fixed event ("the invasion"). */
  readonly yearStated: boolean
  /** Computed from the reference date ("three months ago", "last winter", "now"): no year to move. */
  readonly relative: boolean
  /** A bare weekday ("on Monday"), 0 = Sunday; the weekday refiner resolves it. */
  readonly weekday?: number
  readonly relation?: TimeRelation
  readonly part?: PeriodPart
  readonly duration?: string | null
  /** "since then": the refiner copies the date of the time it refers back to. */
  readonly anaphora?: boolean
}

/** What parsers and refiners see: the text, the reference and its sentence context. */
export interface TimeContext {
  readonly text: string
  /** The publication date, when known. */
  readonly reference: Required<YMD> | null
  /** The date parsers resolve against: the reference, or a placeholder blanked later. */
  readonly working: Required<YMD>
  /** The sentence (span) around a position, for cues like "will". */
  sentenceAt(index: number): Span
  /** The sentences of `text` when the caller knows them. */
  readonly sentences?: readonly Span[]
}

export type TimeParser = (ctx: TimeContext) => TimeCandidate[]
export type TimeRefiner = (ctx: TimeContext, cands: TimeCandidate[]) => TimeCandidate[]
