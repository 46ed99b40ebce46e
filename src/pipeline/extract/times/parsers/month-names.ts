import { monthNumber } from '../calendar.js'
import { matchesIn } from '../context.js'
import type { TimeCandidate, TimeParser } from '../types.js'

const FULL = '(January|February|March|April|May|June|July|August|September|October|November|December)'
// a bare month after a word that makes it a time: "in May", "between May and July", "last March".
// chrono skips a bare "May" (the modal verb); a day or year after the month is chrono's to read.
const BARE_MONTH = new RegExp(
  `(?<=\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]etween|and|to|through|of|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hroughout|(last|next|this))\\s+)${FULL}\\b(?![\\s.]*\\d)(?!-\\d)`,
  'g',
)

/** What a sentence needs for a bare month: a month's name. */
const MONTH_CUE = new RegExp(FULL)

/** Bare month names: precision month, the year left to the past-bias refiner unless "last"/"next"/"this" fixes it. */
export const monthNameParser: TimeParser = (ctx) => {
  const out: TimeCandidate[] = []
  const ref = ctx.working
  for (const m of matchesIn(ctx, BARE_MONTH, MONTH_CUE)) {
    const start = m.index ?? 0
    const month = monthNumber(m[2]!)
    const which = m[1]?.toLowerCase()
    let y = ref.y
    if (which === 'last') y = month < ref.m ? ref.y : ref.y - 1
    if (which === 'next') y = month > ref.m ? ref.y : ref.y + 1
    // "last March": the word belongs to the expression
    const from = which ? ctx.text.slice(0, start).trimEnd().length - m[1]!.length : start
    out.push({
      start: from,
      end: start + m[0].length,
      rule: 'month-name',
      from: { y, m: month },
      to: null,
      precision: 'month',
      yearStated: false,
      relative: !!which,
    })
  }
  return out
}
