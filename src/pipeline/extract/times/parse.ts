import type { Span } from '../../../model/span.js'
import { fromDate, iso } from './calendar.js'
import { createContext } from './context.js'
import { anchorEventParser } from './parsers/anchor-events.js'
import { chronoParser } from './parsers/chrono.js'
import { dayRangeParser } from './parsers/day-ranges.js'
import { durationParser } from './parsers/durations.js'
import { monthNameParser } from './parsers/month-names.js'
import { monthPartParser } from './parsers/month-parts.js'
import { presentParser } from './parsers/present.js'
import { seasonParser } from './parsers/seasons.js'
import { sinceThenParser } from './parsers/since-then.js'
import { yearParser } from './parsers/years.js'
import { mergeRanges } from './refiners/merge-ranges.js'
import { overlapRemoval } from './refiners/overlap-removal.js'
import { pastBias } from './refiners/past-bias.js'
import { relationPrefix } from './refiners/relation-prefix.js'
import { resolveSinceThen } from './refiners/since-then.js'
import { resolveWeekday } from './refiners/weekday.js'
import { withoutReference } from './refiners/without-reference.js'
import type { ParsedTime, TimeParser, TimeRefiner } from './types.js'

/**
 * The configuration, chrono-style: parsers propose, refiners merge, move and drop. Our parsers
 * come before chrono's so that they win ties in overlap removal.
 */
export const TIME_PARSERS: readonly TimeParser[] = Object.freeze([
  anchorEventParser, // "since the beginning of the war"
  durationParser, // "the first seven months of the war", "for some eight months"
  monthPartParser, // "mid-October", "early 2023"
  seasonParser, // "over the winter", "the spring of 2022"
  dayRangeParser, // "May 9 and 10"
  yearParser, // "in 1991", "2022-2023"
  monthNameParser, // "in May" (chrono skips a bare "May")
  presentParser, // "now", "so far"
  sinceThenParser, // "since then"
  chronoParser, // "Feb. 24", "February 24, 2022", "on Monday", "three months ago"
])

export const TIME_REFINERS: readonly TimeRefiner[] = Object.freeze([
  overlapRemoval, // first: one reading per stretch of text
  mergeRanges, // before moving years: both ends move together
  relationPrefix, // after merging ("since" attaches to the whole range), before the bias ("until" looks ahead)
  resolveWeekday, // before the past bias, which leaves weekdays alone
  pastBias,
  resolveSinceThen, // after the bias: "then" copies a final date
  withoutReference, // last: blanks whatever the text does not state when there is no reference
])

export interface TimeOptions {
  /** The publication date; null when unknown (dates the text does not state stay unresolved). */
  readonly referenceDate: Date | null
  /** Sentence spans of `text`, for cues like "will"; found heuristically when not given. */
  readonly sentences?: readonly Span[]
}

/**
 * Every time expression in `text`, left to right, with spans shifted by `offset`.
 *
 * ```ts
 * parseTimes('Russia invaded on Feb. 24.', { referenceDate: new Date('2022-10-20') })
 * // [{ text: 'Feb. 24', date: '2022-02-24', precision: 'day', … }]
 * ```
 */
export function parseTimes(text: string, options: TimeOptions, offset = 0): ParsedTime[] {
  const reference = options.referenceDate ? fromDate(options.referenceDate) : null
  const ctx = createContext(text, reference, options.sentences)
  let cands = TIME_PARSERS.flatMap((p) => p(ctx))
  for (const refine of TIME_REFINERS) cands = refine(ctx, cands)
  return cands.map((c) => ({
    text: text.slice(c.start, c.end),
    span: { start: c.start + offset, end: c.end + offset },
    date: c.from ? iso(c.from) : null,
    end: c.to ? iso(c.to) : null,
    precision: c.precision,
    rule: c.rule,
    relation: c.relation ?? null,
    part: c.part ?? null,
    duration: c.duration ?? null,
  }))
}
