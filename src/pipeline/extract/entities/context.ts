import type { Candidate, ExtractContext } from './types.js'
import { type Word, wordAtOrAfter, wordEndingAt, wordStartingAt } from './words.js'

/**
 * Small context questions several extractors ask about a position of the text. Kept here so that
 * each rule file holds one concern and the cue words are listed once.
 */

/** Nouns that make a preceding model name a piece of equipment: "Ural trucks", "Sosna-U sights". */
export const EQUIPMENT_NOUNS: ReadonlySet<string> = new Set(
  `tank tanks truck trucks vehicle vehicles helicopter helicopters aircraft jet jets fighter fighters
  bomber bombers missile missiles rocket rockets system systems launcher launchers drone drones
  howitzer howitzers gun guns rifle rifles sight sights device devices radar radars carrier carriers
  ifv ifvs apc apcs mlrs sam sams interceptor interceptors chassis tractor tractors plane planes
  transporter transporters complex complexes munition munitions shell shells round rounds warhead warheads
  variant variants version versions model models engine engines`
    .split(/\s+/)
    .filter(Boolean),
)

/** Words before a place name: "in Grodno", "near Brest", "city of Gomel". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in near from to into towards toward outside around across at via through of'.split(' '),
)

/** Nouns of a place kind: "city of X", "X region". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'city town village settlement region regions oblast oblasts district districts province provinces raion capital'.split(
    ' ',
  ),
)

export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set(
  `January February March April May June July August September October November December
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday`.split(/\s+/),
)

/** The word before `start`, if it is on the same line and only spaces (or nothing) separate them. */
export function wordBefore(ctx: ExtractContext, start: number): Word | null {
  const i = wordAtOrAfter(ctx.words, start) - 1
  const w = ctx.words[i]
  if (!w) return null
  return /^[ \t\u00A0]*$/.test(ctx.text.slice(w.end, start)) ? w : null
}

/** The word after `end`, if only spaces separate them. */
export function wordAfter(ctx: ExtractContext, end: number): Word | null {
  const i = wordAtOrAfter(ctx.words, end)
  const w = ctx.words[i]
  if (!w) return null
  return /^[ \t\u00A0]*$/.test(ctx.text.slice(end, w.start)) ? w : null
}

/** Index range [first, last] of the words covered by a span, or null when it is not word-aligned. */
export function wordsOf(ctx: ExtractContext, s: { start: number; end: number }): [number, number] | null {
  const a = wordStartingAt(ctx.words, s.start)
  const b = wordEndingAt(ctx.words, s.end)
  return a >= 0 && b >= a ? [a, b] : null
}

/** Lower-cased text of a word, or '' for null. */
export const lower = (w: Word | null | undefined): string => (w ? w.lower : '')

/** Candidates of the given types found so far that overlap [start, end). */
export function overlapping(
  found: readonly Candidate[],
  start: number,
  end: number,
  types?: readonly string[],
): Candidate[] {
  return found.filter((c) => c.start < end && start < c.end && (!types || types.includes(c.type)))
}

/** Head nouns of organisation names, in any case: "state security committee", "Main Intelligence Directorate". */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set(
  `committee ministry service agency bureau plant company institute directorate department council
  commission office enterprise factory corporation union organisation organization group army forces
  administration guard staff`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Countries the document speaks of, weighted: places already found (by their reference country)
 * and capitalised nationality words ("Belarusian").
 */
export function documentCountries(ctx: ExtractContext): Map<string, number> {
  const counts = new Map<string, number>()
  const bump = (code: string | null | undefined) => {
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  for (const c of ctx.found) {
    if ((c.type === 'GPE' || c.type === 'LOC') && c.ref) bump(ctx.lexicon.byId.get(c.ref)?.country)
  }
  for (const w of ctx.words) if (w.cap) bump(ctx.lexicon.demonyms.get(w.lower)?.code)
  return counts
}

/** A test for "is any character of [start, end) inside one of these candidates", built once. */
export function coverage(
  found: readonly Candidate[],
  length: number,
): (start: number, end: number) => boolean {
  const covered = new Uint8Array(length + 1)
  for (const c of found) covered.fill(1, c.start, c.end)
  return (start, end) => {
    for (let i = start; i < end; i++) if (covered[i]) return true
    return false
  }
}
