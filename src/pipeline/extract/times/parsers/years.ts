import type { TimeCandidate, TimeParser } from '../types.js'

const plausible = (y: number): boolean => y >= 1900 && y <= 2099

// "2022-2023", "2022–23", "in 2014-2022"
const RANGE = /\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)?\d{2})\b(?![-–/.]\d)/g
// a four-digit year; its left context decides
const YEAR = /\b((?:19|20)\d{2})\b(?![-–/.,]\d)/g
/** Words after which a number is a year: "in 1991", "since 2014", "by 2025", "back in 2022". */
const STRONG =
  /\b(?:in|since|by|until|till|before|after|during|from|of|through|throughout|around|circa|year|early|late|mid|spring|summer|autumn|winter)\s*$/i
/** "from 2014 to 2022", "between 2014 and 2022", "2021 or 2022": a year only next to another year. */
const WEAK_AFTER_YEAR = /\b(?:19|20)\d{2}\s+(?:to|and|or|through)\s+$/i
// "the 2022 invasion", "the 2020 election": a year used as a modifier of an event
const ATTRIBUTIVE =
  /^\s+(?:invasion|war|election|elections|annexation|protests|offensive|mobili[sz]ation|exercises?|drills|summit|agreement|treaty|budget|campaign|referendum|uprising|revolution|crisis|sanctions|presidential|parliamentary|Olympics|census|report|attack|attacks|strike|strikes|deal|decree|law|constitution|visit|talks|meeting|parade|season|fiscal|plan)\b/
const BETWEEN_YEARS = /^\s+and\s+(?:19|20)\d{2}\b/
/** A count after the number makes it a quantity: "up to 2000 troops". */
const COUNT_AFTER =
  /^\s*(?:%|percent|per cent|tons|tonnes|troops|soldiers|servicemen|personnel|people|tanks|units|items|km|miles|kilometres|vehicles|shells|rounds|wagons|dollars|euros|rubles|roubles|pieces|types|workers)\b/i

// "the 1990s", "the 2010s": a decade is a range of years
const DECADE = /\b((?:19|20)\d0)['’]?s\b/g

/** Bare years ("in 1991", precision year), year ranges ("2022-2023") and decades ("the 1990s"), precision range. */
export const yearParser: TimeParser = (ctx) => {
  const text = ctx.text
  const out: TimeCandidate[] = []
  for (const m of text.matchAll(DECADE)) {
    const start = m.index ?? 0
    const y = Number(m[1])
    const range = { from: { y }, to: { y: y + 9 } }
    out.push({
      start,
      end: start + m[0].length,
      rule: 'year.decade',
      ...range,
      precision: 'range',
      yearStated: true,
      relative: false,
    })
  }
  for (const m of text.matchAll(RANGE)) {
    const start = m.index ?? 0
    const y1 = Number(m[1])
    const y2 = m[2]!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[2]) : Number(m[2])
    if (!plausible(y2) || y2 <= y1 || y2 - y1 > 50) continue
    if (COUNT_AFTER.test(text.slice(start + m[0].length))) continue
    out.push({
      start,
      end: start + m[0].length,
      rule: 'year.range',
      from: { y: y1 },
      to: { y: y2 },
      precision: 'range',
      yearStated: true,
      relative: false,
    })
  }
  for (const m of text.matchAll(YEAR)) {
    const start = m.index ?? 0
    const end = start + m[0].length
    const y = Number(m[1])
    if (!plausible(y)) continue
    const before = text.slice(Math.max(0, start - 40), start)
    const after = text.slice(end, end + 40)
    if (COUNT_AFTER.test(after)) continue
    const attributive = /\bthe\s+$/i.test(before) && ATTRIBUTIVE.test(after)
    // "between 2015 and 2020", not "between 2000 and 3000 troops"
    const second = BETWEEN_YEARS.exec(after)
    const between =
      /\bbetween\s+$/i.test(before) && !!second && !COUNT_AFTER.test(after.slice(second[0].length))
    if (!attributive && !between && !STRONG.test(before) && !WEAK_AFTER_YEAR.test(before)) continue
    out.push({
      start,
      end,
      rule: 'year',
      from: { y },
      to: null,
      precision: 'year',
      yearStated: true,
      relative: false,
    })
  }
  return out
}
