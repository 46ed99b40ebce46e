import type { PlaceAlias } from '../../../reference/load.js'
import {
  coverage,
  documentCountries,
  lower,
  MONTHS_AND_DAYS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  wordAfter,
  wordBefore,
} from './context.js'
import { type Place, placeById, placeKey, placesNamed } from './geonames.js'
import { type Lexicon, lookupExact } from './lexicon.js'
import { capitalisedRuns } from './runs.js'
import type { Candidate, ExtractContext, Extractor } from './types.js'

/**
 * Places beyond the reference data, from Dossier's place alias table (Gomel → Homyel') and the
 * packaged GeoNames gazetteer, for capitalised names of one or two words that a place cue
 * introduces: "in X", "near X", "city of X", "X region". Among places of the same name the one in
 * a country the document speaks of wins, then the most populous; with no such country only a
 * city of 100,000 or more is taken, and only after a strong cue ("city of", "X region") any town.
 * "X region" / "X oblast" is one mention of the region.
 */
export const places: Extractor = {
  name: 'places',
  extract(ctx) {
    const out: Candidate[] = []
    const countries = documentCountries(ctx)
    const aliases = aliasTable(ctx.lexicon)
    const ws = ctx.words
    const covered = coverage(ctx.found, ctx.text.length)
    for (const run of capitalisedRuns(ctx)) {
      if (run.last - run.first > 1) continue
      const start = ws[run.first]!.start
      const end = ws[run.last]!.end
      const surface = ctx.text.slice(start, end)
      if (run.first === run.last && !plausible(ctx, ws[run.first]!.text)) continue
      if (covered(start, end)) continue
      const before = lower(wordBefore(ctx, start))
      const after = lower(wordAfter(ctx, end))
      const beforeTwo = wordBefore(ctx, wordBefore(ctx, start)?.start ?? start)
      const strong = PLACE_NOUNS.has(after) || (before === 'of' && PLACE_NOUNS.has(lower(beforeTwo)))
      const weak = PLACE_PREPOSITIONS.has(before) && before !== 'of'
      const alias = aliases.get(placeKey(surface))
      if (!strong && !weak && !alias) continue
      if (alias && !strong && !weak && !countries.get(alias.country)) continue
      const named = alias
        ? placesNamed(alias.geonames).filter((p) => p.country === alias.country)
        : placesNamed(surface)
      const place = pick(named, countries, strong || !!alias)
      if (!place) continue
      out.push({
        start,
        end,
        type: 'GPE',
        rule: alias ? 'places.alias' : 'places.geonames',
        ref: `geonames:${place.cityId}`,
        canonical: place.name,
      })
    }
    // "Kyiv region", "Gomel oblast": the region named after a place found before
    // (the first place found ending at each offset)
    const placeEnding = new Map<number, Candidate>()
    for (const c of [...ctx.found, ...out])
      if (c.type === 'GPE' && !placeEnding.has(c.end)) placeEnding.set(c.end, c)
    for (const w of ws) {
      if (!REGION_LENGTHS.has(w.text.length) || !REGION_NOUNS.has(w.lower)) continue
      const prev = wordBefore(ctx, w.start)
      if (!prev) continue
      const place = placeEnding.get(prev.end)
      if (!place) continue
      const surface = ctx.text.slice(place.start, w.end)
      const base = place.canonical ?? ctx.text.slice(place.start, place.end)
      const country = place.ref
        ? (ctx.lexicon.byId.get(place.ref)?.country ?? geonamesCountry(place.ref))
        : null
      const name = country === 'UA' || country === 'RU' ? `${base} Oblast` : `${base} Region`
      const known =
        lookupExact(ctx.lexicon, surface).find((e) => e.type === 'GPE') ??
        lookupExact(ctx.lexicon, name).find((e) => e.type === 'GPE')
      out.push({
        start: place.start,
        end: w.end,
        type: 'GPE',
        rule: 'places.region',
        ref: known?.ref ?? null,
        canonical: known?.canonical ?? name,
      })
    }
    return out
  },
}

const cache = new WeakMap<Lexicon, Map<string, PlaceAlias>>()

function aliasTable(lex: Lexicon): Map<string, PlaceAlias> {
  let m = cache.get(lex)
  if (!m) {
    m = new Map(lex.reference.placeAliases.map((a) => [placeKey(a.alias), a]))
    cache.set(lex, m)
  }
  return m
}

/** A single capitalised word that could be a place name rather than a month, nationality or title. */
function plausible(ctx: ExtractContext, word: string): boolean {
  if (MONTHS_AND_DAYS.has(word) || word.length < 3) return false
  const l = word.toLowerCase()
  const lex = ctx.lexicon
  if (lex.demonyms.has(l) || lex.titles.has(l) || lex.orgSuffixes.has(l) || lex.firstNames.has(word))
    return false
  return !/^[\p{Lu}\d]+$/u.test(word) || word.length > 4
}

function pick(
  candidates: readonly Place[],
  countries: ReadonlyMap<string, number>,
  strong: boolean,
): Place | null {
  if (!candidates.length) return null
  let best: Place | null = null
  let bestScore = 0
  for (const p of candidates) {
    const score = countries.get(p.country) ?? 0
    if (score > bestScore) {
      best = p
      bestScore = score
    }
  }
  if (best) return best
  const top = candidates[0]!
  return strong || top.population >= 100_000 ? top : null
}

const REGION_NOUNS = new Set(['region', 'oblast', 'province'])
/** Their lengths: most words are ruled out without being lower-cased. */
const REGION_LENGTHS = new Set([...REGION_NOUNS].map((n) => n.length))

/** Country of a `geonames:<id>` reference, from the gazetteer's index. */
function geonamesCountry(ref: string): string | null {
  return ref.startsWith('geonames:') ? (placeById(Number(ref.slice(9)))?.country ?? null) : null
}
