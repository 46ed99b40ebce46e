import { compareAt, type YMD } from '../calendar.js'
import { matchesIn } from '../context.js'
import type { PeriodPart, TimeCandidate, TimeContext, TimeParser } from '../types.js'

/** Meteorological seasons of the northern hemisphere: first month, and months it lasts (winter runs into the next year). */
const SEASONS: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 }

const SEASON = '(spring|summer|autumn|fall|winter)'
const SEASON_NAME = /spring|summer|autumn|fall|winter/i
const PART = '(?:(early|late|mid)[- ])?'
// "the spring of 2022", "the winter of 2022-23", "winter 2022/2023", "summer 2023"
const STATED = new RegExp(
  `\\b(?:the\\s+)?${PART}${SEASON}\\s+(?:of\\s+)?((?:19|20)\\d{2})(?:\\s*[-–/]\\s*((?:19|20)?\\d{2}))?\\b`,
  'gi',
)
// "last winter", "this summer", "next spring", "the coming winter"
const RELATIVE = new RegExp(
  `\\b(?:the\\s+)?(this|last|next|past|coming)\\s+${PART}${SEASON}\\b(?!\\s+of\\s+\\d)`,
  'gi',
)
// "over the winter", "in spring", "during the summer", "by autumn" (a bare "fall" needs "the": "the fall")
const BARE = new RegExp(
  `(?<=\\b(?:in|over|during|throughout|by|since|until|through|before|after|for)\\s+)(?:the\\s+)?${PART}${SEASON}\\b(?!\\s+of\\b)`,
  'gi',
)

const seasonSpan = (name: string, y: number): { from: Required<Pick<YMD, 'y' | 'm'>>; to: YMD } => {
  const first = SEASONS[name.toLowerCase()]!
  return { from: { y, m: first }, to: first === 12 ? { y: y + 1, m: 2 } : { y, m: first + 2 } }
}

const candidate = (
  start: number,
  end: number,
  rule: string,
  season: ReturnType<typeof seasonSpan>,
  flags: { yearStated: boolean; relative: boolean },
  part: string | undefined,
): TimeCandidate => ({
  start,
  end,
  rule,
  from: season.from,
  to: season.to,
  precision: 'season',
  ...flags,
  ...(part ? { part: part.toLowerCase() as PeriodPart } : {}),
})

/** The season that `which` names from the reference: "last winter" has ended, "next spring" has not begun. */
function relativeSeason(ctx: TimeContext, which: string, name: string): ReturnType<typeof seasonSpan> {
  const ref = ctx.working
  const w = which.toLowerCase()
  if (w === 'this') {
    const y = name.toLowerCase() === 'winter' && ref.m <= 2 ? ref.y - 1 : ref.y
    return seasonSpan(name, y)
  }
  for (
    let y = w === 'last' || w === 'past' ? ref.y : ref.y - 1;
    ;
    y += w === 'last' || w === 'past' ? -1 : 1
  ) {
    const s = seasonSpan(name, y)
    if ((w === 'last' || w === 'past') && compareAt(s.to, ref) < 0) return s
    if ((w === 'next' || w === 'coming') && compareAt(s.from, ref) > 0) return s
  }
}

/**
 * Seasons, precision `season`, with their first and last month: "the spring of 2022" →
 * 2022-03…2022-05. "winter 2022" is the winter whose January is in 2022 (2021-12…2022-02).
 */
export const seasonParser: TimeParser = (ctx) => {
  // every pattern here needs a season's name: most texts have none, and one plain scan says so;
  // in the others, the patterns read only the sentences that have one
  if (!SEASON_NAME.test(ctx.text)) return []
  const out: TimeCandidate[] = []
  for (const m of matchesIn(ctx, STATED, SEASON_NAME)) {
    const start = m.index ?? 0
    const y = Number(m[3])
    const later = m[4] ? (m[4].length === 2 ? Math.floor(y / 100) * 100 + Number(m[4]) : Number(m[4])) : null
    if (later !== null && later !== y + 1) continue
    const isWinter = m[2]!.toLowerCase() === 'winter'
    const season = seasonSpan(m[2]!, isWinter && later === null ? y - 1 : y)
    out.push(
      candidate(
        start,
        start + m[0].length,
        'season.stated',
        season,
        { yearStated: true, relative: false },
        m[1],
      ),
    )
  }
  for (const m of matchesIn(ctx, RELATIVE, SEASON_NAME)) {
    const start = m.index ?? 0
    const season = relativeSeason(ctx, m[1]!, m[3]!)
    out.push(
      candidate(
        start,
        start + m[0].length,
        'season.relative',
        season,
        { yearStated: false, relative: true },
        m[2],
      ),
    )
  }
  for (const m of matchesIn(ctx, BARE, SEASON_NAME)) {
    const start = m.index ?? 0
    if (m[2]!.toLowerCase() === 'fall' && !/^the\s/i.test(m[0])) continue
    // the season of the reference year; the past-bias refiner moves it back when it lies ahead
    const season = seasonSpan(m[2]!, ctx.working.y)
    out.push(
      candidate(
        start,
        start + m[0].length,
        'season.bare',
        season,
        { yearStated: false, relative: false },
        m[1],
      ),
    )
  }
  return out
}
