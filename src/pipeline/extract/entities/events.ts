import { lower, MONTHS_AND_DAYS, wordAfter } from './context.js'
import { lookupExact } from './lexicon.js'
import type { Candidate, Extractor } from './types.js'

/**
 * Named exercises and similar events written as a name and a year: "Zapad-2021", "Union Shield
 * 2023 exercises". A hyphenated name–year is an event on its own; a spaced one needs an exercise
 * noun after it. Forums, summits and fairs are named by suffix (see organisations).
 */
const HYPHENATED =
  /(?<![\p{L}\p{N}\-‐‑–])(\p{Lu}[\p{Ll}]+(?: \p{Lu}[\p{Ll}]+)?)[-‐‑–]((?:19|20)\d\d)(?![\p{L}\p{N}])/gu
const SPACED =
  /(?<![\p{L}\p{N}\-‐‑–])(\p{Lu}[\p{Ll}]+(?: \p{Lu}[\p{Ll}]+)?) ((?:19|20)\d\d)(?![\p{L}\p{N}])/gu
const EXERCISE_NOUNS = new Set([
  'exercise',
  'exercises',
  'drill',
  'drills',
  'manoeuvres',
  'maneuvers',
  'games',
])

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
    // most texts have few years: look only around them
    if (!/(?:19|20)\d\d/.test(ctx.text)) return out
    for (const m of ctx.text.matchAll(HYPHENATED)) {
      if (ctx.lexicon.designatorPrefixes.has(m[1]!.toLowerCase())) continue
      push(m.index, m.index + m[0].length, 'events.name-year')
    }
    for (const m of ctx.text.matchAll(SPACED)) {
      const end = m.index + m[0].length
      if (!EXERCISE_NOUNS.has(lower(wordAfter(ctx, end)))) continue
      if (MONTHS_AND_DAYS.has(m[1]!.split(' ')[0]!) || ctx.posAt(m.index) !== 'PROPN') continue
      push(m.index, end, 'events.exercise')
    }
    return out
  },
}
