import * as chrono from 'chrono-node'
import type { TimePrecision } from '../../../../model/annotations.js'
import type { Span } from '../../../../model/span.js'
import type { YMD } from '../calendar.js'
import { stretchesWith } from '../context.js'
import type { TimeCandidate, TimeContext, TimeParser } from '../types.js'

/*
 * chrono-node's casual English configuration, minus the parsers that hurt on news text:
 * times of day ("at 5 pm" says nothing about the day of a claim, and "the night of February 24"
 * loses the date when merged with one), slash dates ("5/6" is a designator pair far more often
 * than a date), and "later"/"within" expressions, which count from a narrated event, not from the
 * publication date. Our own parsers cover what chrono lacks (seasons, "mid-October", bare years,
 * durations); our refiners move years into the past and resolve weekdays.
 */
const DROPPED_PARSERS = new Set([
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'SlashDateFormatParser',
  'ENSlashMonthFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitWithinFormatParser',
])

/*
 * ENEndOfPeriodRefiner matches a `$`-anchored regex against the whole text before every result,
 * which is quadratic on a long article; our month-part parser reads "the end of March" instead.
 */
const DROPPED_REFINERS = new Set(['ENEndOfPeriodRefiner'])

const configured: chrono.Chrono = (() => {
  const config = chrono.en.configuration.createCasualConfiguration(false)
  return new chrono.Chrono({
    parsers: config.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name)),
    refiners: config.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name)),
  })
})()

/** "march" (the verb), "may" (the modal) and "Sun" (the newspaper) are not dates. */
const LOWERCASE_MONTH =
  /^(?:in |on |of |by )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/
const ABBREVIATED_WEEKDAY = /^(?:on )?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i
/** "a year earlier", "two days later": counted from a narrated event, not from the publication date. */
const NARRATIVE = /\b(?:earlier|later|before|after)$/i
/** chrono's "now" and "today" overlap our present parser; "today" is kept, "now" is ours. */
const DROPPED_TEXT = /^(?:now|right now)$/i

const RELATIVE_WORDS = /\b(?:ago|last|next|this|past|yesterday|today|tomorrow|tonight|coming)\b/i

const weekdayOnly = (c: chrono.ParsedComponents): boolean =>
  c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month') && !c.isCertain('year')
const timeOnly = (c: chrono.ParsedComponents): boolean =>
  !c.isCertain('day') &&
  !c.isCertain('month') &&
  !c.isCertain('year') &&
  !c.isCertain('weekday') &&
  c.isCertain('hour')

function partial(c: chrono.ParsedComponents): { ymd: YMD; precision: TimePrecision } {
  const y = c.get('year') ?? 0
  const m = c.get('month') ?? 1
  const d = c.get('day') ?? 1
  if (c.isCertain('day') || weekdayOnly(c)) return { ymd: { y, m, d }, precision: 'day' }
  if (c.isCertain('month')) return { ymd: { y, m }, precision: 'month' }
  if (c.isCertain('year')) return { ymd: { y }, precision: 'year' }
  return { ymd: { y, m, d }, precision: 'day' }
}

/**
 * What every expression chrono reads here contains: a month or weekday name (or its
 * abbreviation), a casual day word ("yesterday"), a unit of time ("last week", "two months ago",
 * "the end of the month") or an all-digit date ("2022-03-05", "2022.3.5"). A one-letter unit
 * ("5 d") comes with a digit, and with nothing else chrono reads no date from digits.
 */
const DATE_CUE = new RegExp(
  `\\d{4}[-./\\s]\\d{1,2}[-./\\s]\\d|\\b(?:${[
    'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?',
    'oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
    'sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?',
    'today|tonight|tomorrow|overmorrow|tmrw?|yesterday|night',
    'secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|mos?|months?|qtr|quarters?|yrs?|years?',
  ].join('|')})\\b`,
  'i',
)

/** chrono-node's results as candidates, resolved against the working reference (noon UTC, so no time zone shifts a day). */
export const chronoParser: TimeParser = (ctx) => {
  const w = ctx.working
  const ref = { instant: new Date(Date.UTC(w.y, w.m - 1, w.d, 12)), timezone: 0 }
  const out: TimeCandidate[] = []
  // chrono runs a dozen patterns over whatever it is given: only the sentences that can hold a date
  for (const part of stretchesWith(ctx, DATE_CUE)) out.push(...readStretch(ctx, part, ref))
  return out
}

/**
 * A count after a comma that chrono took for a year or a day: "In May, 40 tanks" (year 40),
 * "In March, 12 trains", "In May, 1,200 wagons" (day 1). Only four digits that end the number
 * are a year ("May 5, 2023").
 */
const COUNT_AFTER_COMMA = /,\s*\d+$/

/** chrono's reading of a stretch, with a count after a comma cut off and the rest read again. */
function readingsOf(text: string, ref: chrono.ParsingReference): { r: chrono.ParsedResult; index: number }[] {
  return configured.parse(text, ref).flatMap((r) => {
    const cut = COUNT_AFTER_COMMA.exec(r.text)
    if (!cut) return [{ r, index: r.index }]
    const digits = cut[0].replace(/\D/g, '')
    const after = text.slice(r.index + r.text.length, r.index + r.text.length + 2)
    if (digits.length === 4 && !/^[.,]?\d/.test(after)) return [{ r, index: r.index }]
    const again = configured.parse(r.text.slice(0, cut.index), ref)[0]
    return again?.index === 0 ? [{ r: again, index: r.index }] : []
  })
}

function readStretch(ctx: TimeContext, part: Span, ref: chrono.ParsingReference): TimeCandidate[] {
  const out: TimeCandidate[] = []
  for (const { r, index: at } of readingsOf(ctx.text.slice(part.start, part.end), ref)) {
    let text = r.text
    let index = part.start + at
    // chrono keeps a leading "on" with weekdays ("on Monday"): a locative, not part of the time
    const lead = /^(?:on|in|at)\s+/i.exec(text)
    if (lead) {
      index += lead[0].length
      text = text.slice(lead[0].length)
    }
    text = text.replace(/[\s,;:]+$/, '')
    if (LOWERCASE_MONTH.test(text) && !/\d/.test(text)) continue
    if (ABBREVIATED_WEEKDAY.test(text) || DROPPED_TEXT.test(text) || NARRATIVE.test(text)) continue
    if (timeOnly(r.start)) continue
    const tags = [...(r.tags?.() ?? [])]
    const relative =
      tags.some((t) => t.startsWith('casualReference') || t === 'result/relativeDate') ||
      RELATIVE_WORDS.test(text)
    const start = partial(r.start)
    const end = r.end ? partial(r.end) : null
    const weekday = weekdayOnly(r.start) && !relative
    out.push({
      start: index,
      end: index + text.length,
      rule: 'chrono',
      from: start.ymd,
      to: end?.ymd ?? null,
      precision: end ? 'range' : start.precision,
      yearStated: r.start.isCertain('year') && !relative && /\d{4}/.test(text),
      relative,
      ...(weekday ? { weekday: r.start.get('weekday') ?? 0 } : {}),
    })
  }
  return out
}
