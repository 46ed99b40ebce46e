import { lower, MONTHS_AND_DAYS, wordAfter } from './context.js'
import { lookupExact } from './lexicon.js'
import type { Candidate, Extractor } from './types.js'

/**
 * Named exercises and similar events written as a name and a year: "Zapad-2021", "MILEX-2025",
 * "Union Shield 2023 exercises". A hyphenated name–year is an event on its own; a spaced one needs an exercise
 * noun after it. Forums, summits and fairs are named by suffix (see organisations).
 */
// the look-behind follows the first capital, so the scan tests it only at capitals
const HYPHENATED =
  /(\p{Lu}(?<![\p{L}\p{N}\-‐‑–]\p{Lu})(?:[\p{Ll}]+|\p{Lu}+)(?: \p{Lu}[\p{Ll}]+)?)[-‐‑–]((?:19|20)\d\d)(?![\p{L}\p{N}])/gu
const SPACED =
  /(\p{Lu}(?<![\p{L}\p{N}\-‐‑–]\p{Lu})[\p{Ll}]+(?: \p{Lu}[\p{Ll}]+)?) ((?:19|20)\d\d)(?![\p{L}\p{N}])/gu
const EXERCISE_NOUNS = new Set([
  'exercise',
  'exercises',
  'drill',
  'drills',
  'manoeuvres',
  'maneuvers',
  'games',
])

const YEAR = /(?:19|20)\d\d/g
/** How far before a year a name-year may start: two capitalised words and a separator. */
const WINDOW = 120

/** Where the search window before a year starts: after a space or line break, so no word is cut. */
function windowStart(text: string, year: number): number {
  const from = Math.max(0, year - WINDOW)
  if (from === 0) return 0
  const space = text.slice(from, year).search(/\s/)
  return space < 0 ? year : from + space + 1
}

export const events: Extractor = {
  name: 'events',
  extract(ctx) {
    const out: Candidate[] = []
    const push = (start: number, end: number, rule: string) => {
      const known = lookupExact(ctx.lexicon, ctx.text.slice(start, end)).find((e) => e.type === 'EVENT')
      out.push({
        start,
        end,
        type: 'EVENT',
        rule,
        ref: known?.ref ?? null,
        canonical: known?.canonical ?? null,
      })
    }
    // a name-year ends in a year: search only the stretch of text before each year
    const seen = new Set<number>()
    for (const y of ctx.text.matchAll(YEAR)) {
      const from = windowStart(ctx.text, y.index)
      const window = ctx.text.slice(from, y.index + y[0].length + 1)
      for (const m of window.matchAll(HYPHENATED)) {
        const start = from + m.index
        if (seen.has(start) || ctx.lexicon.designatorPrefixes.has(m[1]!.toLowerCase())) continue
        seen.add(start)
        push(start, start + m[0].length, 'events.name-year')
      }
      for (const m of window.matchAll(SPACED)) {
        const start = from + m.index
        const end = start + m[0].length
        if (seen.has(start) || !EXERCISE_NOUNS.has(lower(wordAfter(ctx, end)))) continue
        if (MONTHS_AND_DAYS.has(m[1]!.split(' ')[0]!) || ctx.posAt(start) !== 'PROPN') continue
        seen.add(start)
        push(start, end, 'events.exercise')
      }
    }
    return out.sort((a, b) => a.start - b.start)
  },
}
