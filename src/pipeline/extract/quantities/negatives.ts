import type { NumberExpr } from './numbers.js'
import { isCapitalised, isDash, type Tok, touches } from './tokens.js'

/*
 * Numbers that are not quantities. Each rule returns its id, so a rejected number can be traced
 * (and the negative-cases table asserts which rule fired). Years are decided later, once the
 * unit is known ("in 2022" is a year, "2000 troops" is not).
 */

const MONTHS = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
)

/** A month name or abbreviation at token `i` ("Feb", "February"), capitalised as in running text. */
const isMonth = (t: Tok | undefined): boolean => !!t && MONTHS.has(t.lower) && isCapitalised(t)

/** Words after which a number is a label, not a count: "page 12", "Article 5", "military unit 3214". */
const REFERENCE_WORDS = new Set(
  (
    'page pp section chapter article paragraph clause resolution decree law no nos number unit brigade regiment ' +
    'battalion division plant factory route highway flight room platform item annex appendix table figure fig ' +
    'vol volume issue episode gate channel protocol'
  ).split(' '),
)
const ABBREVIATED_LABELS = new Set(['no', 'nos', 'p', 'pp', 'fig', 'vol', 'art', 'sec'])
const REFERENCE_SIGNS = new Set(['#', '№', '§'])

/** Heads of names that start with a number: "558 Aircraft Repair Plant", "140 Repair Plant". */
const NAME_HEADS = new Set(
  (
    'plant factory works arsenal base brigade regiment division battalion army corps squadron detachment centre ' +
    'center bureau institute depot shipyard airfield airbase company group unit school academy hospital college ' +
    'directorate command district'
  ).split(' '),
)

const TIME_OF_DAY = new Set(['am', 'pm', 'gmt', 'utc', 'cet', 'eet', 'msk', 'hrs', 'h', 'hours'])

/** Words that may be written onto a number: units and scales, "60%" or "20km", "$1.5bn". */
const ATTACHED_OK = new Set(['km', 'mi', 'kg', 't', 'k', 'm', 'bn', 'b', 'mn', 'mln', 'bln', 'tn', 'pct'])

export type Rejection = string | null

/**
 * Why the number at `n` is not a quantity, or null when it may be one.
 *
 * ```ts
 * rejectNumber(tokenize('the T-72 tank'), n) // 'designator'
 * ```
 */
export function rejectNumber(toks: readonly Tok[], n: NumberExpr, text: string): Rejection {
  const first = toks[n.from]!
  const last = toks[n.to - 1]!
  const before = toks[n.from - 1]
  const before2 = toks[n.from - 2]
  const after = toks[n.to]
  const after2 = toks[n.to + 1]

  if (n.digits) {
    // "24th", "1st"
    if (after && touches(last, after) && /^(st|nd|rd|th)$/.test(after.lower)) return 'ordinal'
    // "1990s", "the 90's"
    if (/^\d{1,3}0$/.test(first.text) && after && touches(last, after)) {
      if (after.text === 's' || (/^['’]$/.test(after.text) && after2?.text === 's' && touches(after, after2)))
        return 'decade'
    }
    // "152mm", "152-mm", "122 mm", "7.62x39"
    if (after?.lower === 'mm' || (isDash(after) && touches(last, after) && after2?.lower === 'mm'))
      return 'calibre'
    if (after?.lower === 'caliber' || after?.lower === 'calibre') return 'calibre'
    // "17:00", "5:30", "3:1"
    if (
      (after?.text === ':' && touches(last, after) && after2?.kind === 'num' && touches(after, after2)) ||
      (before?.text === ':' && touches(before, first) && before2?.kind === 'num')
    ) {
      return 'time-of-day'
    }
    // "5 pm", "10 a.m.", "17h"
    if (after && TIME_OF_DAY.has(after.lower) && (after.lower !== 'h' || touches(last, after)))
      return 'time-of-day'
    if (after?.lower === 'a' || after?.lower === 'p') {
      if (toks[n.to + 1]?.text === '.' && toks[n.to + 2]?.lower === 'm') return 'time-of-day'
    }
    if (after?.lower === 'o' && /^['’]$/.test(after2?.text ?? '') && toks[n.to + 2]?.lower === 'clock')
      return 'time-of-day'
    // "24.02.2022", "2022-02-24", "24/02"
    if (after?.text === '.' && touches(last, after) && after2?.kind === 'num' && touches(after, after2))
      return 'date'
    if (before?.text === '.' && touches(before, first) && before2?.kind === 'num' && touches(before2, before))
      return 'date'
    if (
      /^\d{4}$/.test(first.text) &&
      isDash(after) &&
      touches(last, after) &&
      /^\d{2}$/.test(after2?.text ?? '')
    ) {
      return 'date'
    }
    if (isDash(before) && touches(before, first) && before2?.kind === 'num' && /^\d{2}$/.test(first.text)) {
      if (/^\d{4}$/.test(before2.text) || (isDash(toks[n.from - 3]) && toks[n.from - 4]?.kind === 'num'))
        return 'date'
    }
    if ((before?.text === '/' && touches(before, first)) || (after?.text === '/' && touches(last, after)))
      return 'slash'
    // "T-72", "Su-25", "Mi-8/Mi-17", "S-400", "Zapad-2021", "M2", "2S19", "9K720"
    if (before && touches(before, first) && before.kind === 'word') return 'designator'
    if ((isDash(before) || before?.text === '/') && touches(before, first) && before2?.kind === 'word') {
      if (touches(before2, before)) return 'designator'
    }
    if (after && touches(last, after) && after.kind === 'word' && !ATTACHED_OK.has(after.lower))
      return 'designator'
    if (after && touches(last, after) && after.kind === 'num') return 'designator'
  } else if (before && touches(before, first) && isDash(before) && toks[n.from - 2]?.kind === 'word') {
    // "Zapad-two" never occurs; word numbers after a hyphen are parts of compounds
    return 'compound'
  }

  // "February 24", "Feb. 24", "24 February", "24-25 February", "24 and 25 February"
  if (isMonth(before) || (before?.text === '.' && isMonth(before2) && touches(before2, before))) return 'date'
  if (isMonth(after) || (after?.lower === 'of' && isMonth(after2))) return 'date'
  if ((isDash(after) || after?.lower === 'and' || after?.lower === 'to') && after2?.kind === 'num') {
    if (isMonth(toks[n.to + 2])) return 'date'
  }

  // "page 12", "Article 5", "No. 3", "p. 4", "#1"
  if (before && (REFERENCE_WORDS.has(before.lower) || REFERENCE_SIGNS.has(before.text))) return 'reference'
  if (before?.text === '.' && before2 && ABBREVIATED_LABELS.has(before2.lower) && touches(before2, before))
    return 'reference'
  if (before?.lower === 'aged') return 'age'

  // "558 Aircraft Repair Plant": a capitalised name that ends in an institution head
  if (n.digits && isCapitalised(after)) {
    let k = n.to
    let lastCap: Tok | undefined
    while (k < n.to + 5 && isCapitalised(toks[k])) lastCap = toks[k++]
    if (lastCap && NAME_HEADS.has(lastCap.lower)) return 'numbered-name'
  }

  // "1." or "2)" opening a line: a list marker; "[3]": a footnote
  if ((after?.text === '.' || after?.text === ')') && touches(last, after)) {
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1
    if (text.slice(lineStart, first.start).trim() === '' && /\s/.test(text[after.end] ?? ' '))
      return 'list-marker'
  }
  if (before?.text === '[' && after?.text === ']') return 'footnote'

  // "70-tonne", "three-day", "65-year-old": a number inside a compound modifier
  if (isDash(after) && touches(last, after) && after2?.kind === 'word' && touches(after, after2)) {
    if (!['strong', 'plus', 'odd'].includes(after2.lower)) return 'compound'
  }
  return null
}
