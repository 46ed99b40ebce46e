import { addDays, addMonths, compareAt, iso, type YMD } from '../calendar.js'
import type { TimeCandidate, TimeRefiner } from '../types.js'

// "June 30 and July 1", "from May to July", "between 2014 and 2022", "May-April"
const JOIN = /^\s*(?:and|&|to|through|till|until|-|–|—)\s*$/i
const AND = /^\s*(?:and|&)\s*$/i
const LEAD = /\b(between|from)\s+$/i

const level = (w: YMD): 'd' | 'm' | 'y' => (w.d !== undefined ? 'd' : w.m !== undefined ? 'm' : 'y')

/** `b` is the unit right after `a`: the next day, month or year. */
function consecutive(a: YMD, b: YMD): boolean {
  if (level(a) === 'd') return iso(addDays(a as Required<YMD>, 1)) === iso(b)
  if (level(a) === 'm') return iso(addMonths(a, 1)) === iso(b)
  return b.y === a.y + 1
}

/**
 * Joins two adjacent points of the same precision into a range. "and" joins only after
 * "between" or when the second follows the first directly ("June 30 and July 1"); otherwise
 * "in 2014 and 2022" are two times. A second point earlier than the first moves into the next
 * year when the text leaves its year open ("May-April").
 */
export const mergeRanges: TimeRefiner = (ctx, cands) => {
  const out: TimeCandidate[] = []
  for (let k = 0; k < cands.length; k++) {
    const a = cands[k]!
    const b = cands[k + 1]
    const between = b ? ctx.text.slice(a.end, b.start) : ''
    if (!b || !a.from || !b.from || a.to || b.to || !JOIN.test(between) || level(a.from) !== level(b.from)) {
      out.push(a)
      continue
    }
    if (a.weekday !== undefined || b.weekday !== undefined || a.anaphora || b.anaphora) {
      out.push(a)
      continue
    }
    const lead = LEAD.exec(ctx.text.slice(Math.max(0, a.start - 10), a.start))
    let from = a.from
    let to = b.from
    // "June 30 and July 1, 2023": the stated year carries back
    if (b.yearStated && !a.yearStated) from = { ...from, y: to.y }
    if (compareAt(to, { y: from.y, m: from.m ?? 1, d: from.d ?? 1 }) <= 0 && !b.yearStated)
      to = { ...to, y: from.y + 1 }
    if (compareAt(to, { y: from.y, m: from.m ?? 1, d: from.d ?? 1 }) <= 0) {
      out.push(a)
      continue
    }
    if (AND.test(between) && lead?.[1]?.toLowerCase() !== 'between' && !consecutive(from, to)) {
      out.push(a)
      continue
    }
    out.push({
      start: lead ? a.start - lead[0].length : a.start,
      end: b.end,
      rule: `${a.rule}+range`,
      from,
      to,
      precision: 'range',
      yearStated: a.yearStated || b.yearStated,
      relative: a.relative && b.relative,
    })
    k++
  }
  return out
}
