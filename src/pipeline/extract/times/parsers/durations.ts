import { scanNumbers } from '../../quantities/numbers.js'
import { type Tok, tokenize } from '../../quantities/tokens.js'
import { addAmount, type YMD } from '../calendar.js'
import type { TimeCandidate, TimeParser } from '../types.js'
import { anchorAt } from './anchor-events.js'

const UNITS: Readonly<Record<string, 'D' | 'W' | 'M' | 'Y' | 'X'>> = {
  day: 'D',
  days: 'D',
  week: 'W',
  weeks: 'W',
  month: 'M',
  months: 'M',
  year: 'Y',
  years: 'Y',
  decade: 'X',
  decades: 'X',
}

/** Words before the count that belong to the expression: "some eight months", "nearly two years". */
const QUALIFIERS: readonly (readonly string[])[] = [
  ['more', 'than'],
  ['less', 'than'],
  ['just', 'over'],
  ['just', 'under'],
  ['at', 'least'],
  ['up', 'to'],
  ['some'],
  ['about'],
  ['around'],
  ['nearly'],
  ['almost'],
  ['over'],
  ['roughly'],
  ['approximately'],
]

/** "the first seven months", "the past two years", "the next three weeks". */
const PERIOD_WORDS = new Set(['first', 'initial', 'past', 'last', 'next', 'coming'])

/** After the unit, these make it something other than a duration: a point in time, an age. */
const NOT_DURATION = new Set(['ago', 'later', 'earlier', 'before', 'after', 'old', 'since', 'from', 'prior'])

const wordsBefore = (toks: readonly Tok[], i: number, words: readonly string[]): boolean =>
  i - words.length >= 0 && words.every((w, k) => toks[i - words.length + k]!.lower === w)

/** Words before "a year" that make it a duration. */
const SINGULAR_LEAD = new Set([
  'for',
  'over',
  'within',
  'during',
  'in',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'half',
])

const round = (n: number): string => String(Math.round(n * 100) / 100)

const UNIT_WORD = /\b(?:days?|weeks?|months?|years?|decades?)\b/gi
const WINDOW_BEFORE = 80
const WINDOW_AFTER = 16

/** Tokens of the text around position `at` (in text offsets), and the index of the token starting there. */
function windowAt(text: string, at: number): { toks: Tok[]; i: number } {
  let from = Math.max(0, at - WINDOW_BEFORE)
  if (from > 0) {
    const space = text.slice(from, at).search(/\s/)
    from = space < 0 ? at : from + space
  }
  const space = text.indexOf(' ', at + WINDOW_AFTER)
  const to = space < 0 ? text.length : space
  const toks = tokenize(text.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }))
  return { toks, i: toks.findIndex((t) => t.start === at) }
}

/**
 * Durations, precision `duration`, with an ISO 8601 amount: "for some eight months" (`P8M`).
 * Anchored ones get dates: "the first seven months of the war" runs from the invasion;
 * "the past two years" ends at the reference; "eight months into the war" is a point.
 */
export const durationParser: TimeParser = (ctx) => {
  const text = ctx.text
  const out: TimeCandidate[] = []
  for (const unitWord of text.matchAll(UNIT_WORD)) {
    const at = unitWord.index ?? 0
    // read a window of tokens around the unit word, not the whole text (this runs on every article)
    const { toks, i } = windowAt(text, at)
    const unit = UNITS[toks[i]!.lower]!
    const counts = new Map<number, { from: number; value: number | null }>()
    for (const n of scanNumbers(toks)) counts.set(n.to, { from: n.from, value: n.value })
    // the count: a number ("eight", "18"), "a"/"one" for a singular, "several"/"a few" (vague), or none
    let from = i
    let value: number | null = null
    let vague = false
    const c = counts.get(i)
    if (c && c.value !== null) {
      from = c.from
      value = c.value
    } else if (['several', 'few', 'many', 'couple'].includes(toks[i - 1]?.lower ?? '')) {
      from = i - 1
      if (toks[i - 1]!.lower === 'few' && toks[i - 2]?.lower === 'a') from = i - 2
      if (toks[i - 1]!.lower === 'couple' && toks[i - 2]?.lower === 'a') from = i - 2
      vague = true
    } else if (
      /^(?:a|an)$/.test(toks[i - 1]?.lower ?? '') &&
      !/s$/.test(toks[i]!.lower) &&
      SINGULAR_LEAD.has(toks[i - 2]?.lower ?? '')
    ) {
      // "for a year", "more than a month"; not a rate ("50 vehicles a year")
      from = i - 1
      value = 1
    } else if (
      PERIOD_WORDS.has(toks[i - 1]?.lower ?? '') &&
      toks[i - 2]?.lower === 'the' &&
      !/s$/.test(toks[i]!.lower)
    ) {
      value = 1 // "the past year", "the first month"; "last year" alone is a point, chrono's
    } else continue
    // a compound modifier ("a three-day exercise", "eight-month-long") is not a duration phrase
    const prev = toks[i - 1]
    if (prev && prev.text === '-' && prev.end === toks[i]!.start) continue
    if (toks[i + 1]?.text === '-' && toks[i + 1]!.start === toks[i]!.end) continue
    if (NOT_DURATION.has(toks[i + 1]?.lower ?? '')) continue
    let start = from
    for (const q of QUALIFIERS) {
      if (wordsBefore(toks, start, q)) {
        start -= q.length
        break
      }
    }
    let period: string | null = null
    if (PERIOD_WORDS.has(toks[start - 1]?.lower ?? '')) {
      period = toks[start - 1]!.lower
      start--
      if (toks[start - 1]?.lower === 'the') start--
    }
    const isoUnit = unit === 'X' ? 'Y' : unit
    const amount = value === null ? null : unit === 'X' ? value * 10 : value
    const duration = amount === null || vague ? null : `P${round(amount)}${isoUnit}`
    let end = toks[i]!.end
    let fromDate: YMD | null = null
    let toDate: YMD | null = null
    let precision: TimeCandidate['precision'] = 'duration'
    let relative = false
    let rule = 'duration'
    // "of the war", "into the full-scale invasion"
    const link = toks[i + 1]?.lower
    if ((link === 'of' || link === 'into') && amount !== null) {
      const hit = toks[i + 2] ? anchorAt(text, toks[i + 2]!.start) : null
      if (hit && (link === 'into' || period === 'first' || period === 'initial' || period === null)) {
        end = hit.end
        const until = addAmount(hit.event.date, amount, isoUnit)
        if (link === 'into') {
          fromDate = isoUnit === 'D' || isoUnit === 'W' ? until : { y: until.y, m: until.m }
          precision = isoUnit === 'D' || isoUnit === 'W' ? 'day' : 'month'
          rule = `duration.into.${hit.event.id}`
        } else {
          fromDate = hit.event.date
          toDate = until
          rule = `duration.of.${hit.event.id}`
        }
      }
    } else if ((period === 'past' || period === 'last') && amount !== null) {
      fromDate = addAmount(ctx.working, -amount, isoUnit)
      toDate = ctx.working
      relative = true
      rule = 'duration.past'
    } else if ((period === 'next' || period === 'coming') && amount !== null) {
      fromDate = ctx.working
      toDate = addAmount(ctx.working, amount, isoUnit)
      relative = true
      rule = 'duration.next'
    }
    out.push({
      start: toks[start]!.start,
      end,
      rule,
      from: fromDate,
      to: toDate,
      precision,
      yearStated: fromDate !== null && !relative,
      relative,
      duration,
    })
  }
  return out
}
