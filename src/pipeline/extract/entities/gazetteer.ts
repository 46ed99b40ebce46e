import { EQUIPMENT_NOUNS, lower, PLACE_NOUNS, PLACE_PREPOSITIONS, wordAfter, wordBefore } from './context.js'
import type { GazetteerEntry } from './lexicon.js'
import type { Candidate, ExtractContext, Extractor } from './types.js'

/**
 * Reference-data names and aliases, matched on token boundaries over the folded text.
 *
 * Case rules: an alias with no lower-case letter and at most five letters (`US`, `EU`, `MZKT`)
 * matches only exactly, so "us" and "Us" are not the United States; an alias that starts with a
 * capital needs a capital in the text ("Turkey", not "turkey"). A trailing plural `s` is allowed
 * for equipment ("Su-25s", "AKMs"). A lower-case phrase of several words is a description, not a
 * name, even when the data lists it as an alias ("the war in Ukraine", "special military
 * operation"); a lower-case single token such as a web domain is a name.
 *
 * Aliases the reference data marks `ambiguous` need context: another, unambiguous name of the
 * same entity in the document, or a cue of the entity's type next to it ("Ural trucks"; "in
 * Brest" in a document whose other places are in the entity's country).
 */
export const gazetteer: Extractor = {
  name: 'gazetteer',
  extract(ctx) {
    const raw: { start: number; end: number; entry: GazetteerEntry }[] = []
    const { gazetteer: all, uncapitalised } = ctx.lexicon
    const isKindNoun = (w: string) => ctx.lexicon.orgSuffixes.has(w) || PLACE_NOUNS.has(w)
    for (const w of ctx.words) {
      // a word that opens in lower case never stands for an alias that opens with a capital
      const trie = opensLower(w.text) ? uncapitalised : all
      for (const m of trie.matchAt(ctx.text, w.start)) {
        const surface = ctx.text.slice(w.start, m.end)
        for (const entry of m.values) {
          if (m.plural && entry.type !== 'EQUIPMENT') continue
          if (!caseMatches(m.plural ? surface.slice(0, -1) : surface, entry.alias, isKindNoun)) continue
          if (DESCRIPTION.test(surface)) continue
          raw.push({ start: w.start, end: m.end, entry })
        }
      }
    }
    const certain = new Set(raw.filter((r) => !r.entry.ambiguous).map((r) => r.entry.ref))
    const countries = countryContext(ctx, raw)
    // keyed by start and length in one number (an alias is far shorter than SPAN_KEY)
    const bySpan = new Map<number, { start: number; end: number; entries: GazetteerEntry[] }>()
    for (const r of raw) {
      const k = r.start * SPAN_KEY + (r.end - r.start)
      const g = bySpan.get(k) ?? { start: r.start, end: r.end, entries: [] }
      if (!g.entries.includes(r.entry)) g.entries.push(r.entry)
      bySpan.set(k, g)
    }
    // an organisation named once with a cue ("the chipmaker Integral") is that organisation
    // wherever else the document names it
    for (const g of bySpan.values())
      for (const e of g.entries)
        if (e.type === 'ORG' && e.ambiguous && !certain.has(e.ref) && orgCue(ctx, g)) certain.add(e.ref)
    const out: Candidate[] = []
    // places and bodies named without doubt: what an ambiguous capital may be listed with
    const neighbours = raw.filter(
      (r) => !r.entry.ambiguous && (r.entry.type === 'GPE' || r.entry.type === 'ORG'),
    )
    for (const g of bySpan.values()) {
      const shared = g.entries.length > 1
      const usable = g.entries.filter(
        (e) =>
          certain.has(e.ref) || ((e.ambiguous || shared) && hasContext(ctx, g, e, countries, neighbours)),
      )
      const pick = choose(usable, countries)
      if (!pick) continue
      out.push({
        start: g.start,
        end: g.end,
        type: pick.type,
        rule: 'gazetteer',
        ref: pick.ref,
        canonical: pick.canonical,
      })
    }
    return out
  },
}

const LOWER_START = /^\p{Ll}/u
const SPAN_KEY = 1 << 16

/** Whether a word opens with a lower-case letter (ASCII read by its code). */
function opensLower(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c < 128) return c >= 97 && c <= 122
  return LOWER_START.test(word)
}
const DESCRIPTION = /^\p{Ll}[^\s]*\s/u

/**
 * Whether the surface may stand for the alias under the case rules above. Every capitalised word
 * of the alias must be capitalised in the text ("The independent" is not The Independent), except
 * a closing kind noun (`isKindNoun`: "Wagner group", "Kalinouski regiment"); an all-capitals
 * surface matches any mixed-case alias ("SKY NEWS").
 *
 * @example caseMatches('us', 'US') // false
 * @example caseMatches('Wagner group', 'Wagner Group', (w) => w === 'group') // true
 */
export function caseMatches(
  surface: string,
  alias: string,
  isKindNoun: (word: string) => boolean = () => false,
): boolean {
  if (surface === alias) return true
  const aliasLetters = alias.replace(/[^\p{L}]/gu, '')
  const aliasHasLower = /\p{Ll}/u.test(alias)
  if (!aliasHasLower && aliasLetters.length > 0) {
    if (aliasLetters.length <= 5) return false
    return !/\p{Ll}/u.test(surface)
  }
  if (!/\p{Ll}/u.test(surface) && /\p{Lu}/u.test(surface)) return true
  const a = alias.split(/\s+/)
  const t = surface.split(/\s+/)
  if (a.length !== t.length) return /^\p{Lu}/u.test(alias) ? /^[\p{Lu}\p{N}]/u.test(surface) : true
  for (let i = 0; i < a.length; i++) {
    if (!/^\p{Lu}/u.test(a[i]!) || /^[\p{Lu}\p{N}]/u.test(t[i]!)) continue
    if (i === a.length - 1 && i > 0 && isKindNoun(t[i]!.toLowerCase())) continue
    return false
  }
  return true
}

/** Country codes weighted by how often the document names places of them or their demonyms. */
function countryContext(
  ctx: ExtractContext,
  raw: readonly { start: number; end: number; entry: GazetteerEntry }[],
): Map<string, number> {
  const counts = new Map<string, number>()
  const bump = (code: string | null) => {
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1)
  }
  for (const r of raw) {
    if (!r.entry.ambiguous && (r.entry.type === 'GPE' || r.entry.type === 'LOC')) bump(r.entry.country)
  }
  for (const w of ctx.words) {
    if (w.cap) bump(ctx.lexicon.demonyms.get(w.lower)?.code ?? null)
  }
  return counts
}

const leaders = new WeakMap<ReadonlyMap<string, number>, [string | null, number, number]>()

/** The highest count among the other countries (0 when none), from the two highest counts, found once per map. */
function strongestOther(countries: ReadonlyMap<string, number>, country: string): number {
  let top = leaders.get(countries)
  if (!top) {
    top = [null, 0, 0]
    for (const [c, n] of countries) {
      if (n > top[1]) top = [c, n, top[1]]
      else if (n > top[2]) top[2] = n
    }
    leaders.set(countries, top)
  }
  return top[0] === country ? top[2] : top[1]
}

function hasContext(
  ctx: ExtractContext,
  at: { start: number; end: number },
  entry: GazetteerEntry,
  countries: ReadonlyMap<string, number>,
  neighbours: readonly { start: number; end: number }[] = [],
): boolean {
  const before = wordBefore(ctx, at.start)
  const after = wordAfter(ctx, at.end)
  switch (entry.type) {
    case 'EQUIPMENT':
      // "Ural trucks", "Ural military trucks"
      return (
        EQUIPMENT_NOUNS.has(lower(after)) ||
        (after !== null && EQUIPMENT_NOUNS.has(lower(wordAfter(ctx, after.end)))) ||
        listedWithEquipment(ctx, at)
      )
    case 'GPE':
    case 'LOC':
    case 'FACILITY': {
      if (!entry.country) return PLACE_PREPOSITIONS.has(lower(before)) || PLACE_NOUNS.has(lower(after))
      // "…, and Washington followed", "London and Washington": a capital that acts or stands in a
      // list of states speaks for its government
      if (entry.entity.roles?.includes('capital') && capitalActs(ctx, at, neighbours)) return true
      const own = countries.get(entry.country) ?? 0
      if (own === 0) return false
      const rival = strongestOther(countries, entry.country)
      if (rival > 2 * own) return false
      // "Brest, France": a different country named right after the place
      const tail = /^,\s*(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)/u.exec(ctx.text.slice(at.end, at.end + 40))
      const named = tail ? ctx.lexicon.countryByName.get(tail[1]!.toLowerCase()) : undefined
      return !named?.code || named.code === entry.country
    }
    case 'PERSON': {
      const t = lower(before)
      return ctx.lexicon.titles.has(t) || (after !== null && ctx.lexicon.speechCues.has(lower(after)))
    }
    case 'ORG':
      // "Wagner fighters", "Wagner mercenaries": an armed group named before its members
      return ARMED_MEMBERS.has(lower(after))
    default:
      return false
  }
}

/** Members that make a name before them an armed group: "Wagner fighters". */
const ARMED_MEMBERS: ReadonlySet<string> = new Set([
  'fighters',
  'mercenaries',
  'militants',
  'commanders',
  'instructors',
  'contractors',
  'units',
  'troops',
])

/** Nouns that say a name is a company: "the optics maker Peleng", "Integral, the chip producer". */
const COMPANY_NOUN =
  '[\\p{L}-]*(?:maker|manufacturer|producer|company|firm|plant|factory|enterprise|holding|developer|designer|supplier|contractor|concern|corporation|exporter)s?'
// ("the chipmaker Integral", "Minsk-based Integral")
const COMPANY_BEFORE = new RegExp(
  `(?:\\b(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?${COMPANY_NOUN}|\\p{L}-(?:based|headquartered|registered))\\s+$`,
  'iu',
)
const COMPANY_AFTER = new RegExp(
  `^(?:\\s*\\([^)]{1,40}\\))?\\s*,\\s*(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,4}?${COMPANY_NOUN}\\b`,
  'iu',
)

/** A company cue right before or after a name (an apposition or a descriptive noun phrase). */
function orgCue(ctx: ExtractContext, at: { start: number; end: number }): boolean {
  return (
    COMPANY_BEFORE.test(ctx.text.slice(Math.max(0, at.start - 60), at.start)) ||
    COMPANY_AFTER.test(ctx.text.slice(at.end, at.end + 90))
  )
}

/**
 * A capital used for its government: the subject of a verb right after it ("Washington
 * followed", "Washington has not sanctioned"), or joined by "and" to another place the text
 * names ("London and Washington").
 */
function capitalActs(
  ctx: ExtractContext,
  at: { start: number; end: number },
  neighbours: readonly { start: number; end: number }[],
): boolean {
  // ("the state of Washington grows apples": a state, not the capital)
  if (/\bstate\s+of\s+$/i.test(ctx.text.slice(Math.max(0, at.start - 12), at.start))) return false
  const after = wordAfter(ctx, at.end)
  const pos = after ? ctx.posAt(after.start) : null
  if ((pos === 'VERB' || pos === 'AUX') && /^\s+$/.test(ctx.text.slice(at.end, after!.start))) return true
  const joins = (gap: string) => /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)$/.test(gap)
  return neighbours.some(
    (c) =>
      (c.end <= at.start && joins(ctx.text.slice(c.end, at.start))) ||
      (c.start >= at.end && joins(ctx.text.slice(at.end, c.start))),
  )
}

/** "…T-72A tanks, BMPs, and Ural trucks": a neighbour in a comma/and list is equipment. */
function listedWithEquipment(ctx: ExtractContext, at: { start: number; end: number }): boolean {
  return ctx.found.some(
    (c) =>
      c.type === 'EQUIPMENT' &&
      ((c.end <= at.start &&
        /^[\s,]*(?:and|or)?\s*$/.test(ctx.text.slice(c.end, at.start).replace(/,/g, ''))) ||
        (c.start >= at.end &&
          /^[\s,]*(?:and|or)?\s*$/.test(ctx.text.slice(at.end, c.start).replace(/,/g, '')))),
  )
}

/** Among entries for one span: the one whose country the document speaks of most, then the first. */
function choose(
  entries: readonly GazetteerEntry[],
  countries: ReadonlyMap<string, number>,
): GazetteerEntry | null {
  if (entries.length <= 1) return entries[0] ?? null
  return [...entries].sort(
    (a, b) =>
      (countries.get(b.country ?? '') ?? 0) - (countries.get(a.country ?? '') ?? 0) ||
      Number(a.ambiguous) - Number(b.ambiguous),
  )[0]!
}
