import type { EntityType } from '../../../model/annotations.js'
import type { RefEntity, Reference } from '../../../reference/load.js'
import { normaliseAlias } from '../../../reference/normalise.js'
import { nameKey } from '../../../resolve/translit.js'
import { AliasTrie } from './trie.js'

/** One alias in the gazetteer: what a match of it means. */
export interface GazetteerEntry {
  /** The alias as written in the reference data (case rules compare against it). */
  readonly alias: string
  readonly type: EntityType
  readonly ref: string
  readonly canonical: string
  /** The reference data marks this alias as needing context. */
  readonly ambiguous: boolean
  /** ISO country of the entity, when known. */
  readonly country: string | null
  readonly entity: RefEntity
}

/** A country as the rules need it: its reference entry and its armed forces. */
export interface Country {
  readonly name: string
  readonly code: string | null
  readonly ref: string | null
  /** Reference entry of its armed forces (ORG), when the data has one. */
  readonly forces: { readonly name: string; readonly ref: string } | null
}

/**
 * Indexes derived from the reference data once per `Reference` object: the alias trie, titles,
 * cues and the other lexicons, keyed the way the extractors look them up.
 */
export interface Lexicon {
  readonly reference: Reference
  readonly gazetteer: AliasTrie<GazetteerEntry>
  /**
   * The aliases that do not open with a capital: the only ones a word that opens with a
   * lower-case letter can stand for under the gazetteer's case rules (`caseMatches`).
   */
  readonly uncapitalised: AliasTrie<GazetteerEntry>
  /** Folded title → kind; multi-word titles included ("prime minister", "air vice-marshal"). */
  readonly titles: ReadonlyMap<string, string>
  /** Longest title, in words. */
  readonly titleMaxWords: number
  /** Last words of titles ("minister", "vice-marshal"): a quick test before phrase lookups. */
  readonly titleLastWords: ReadonlySet<string>
  /** Speech and reporting cues, folded ("said", "according to", "believes"). */
  readonly speechCues: ReadonlySet<string>
  readonly speechCueMaxWords: number
  /** Folded last word of an organisation suffix → its type ("plant" → ORG, "regiment" → UNIT). */
  readonly orgSuffixes: ReadonlyMap<string, 'ORG' | 'UNIT' | 'FACILITY' | 'EVENT'>
  /** The last words of the suffixes of two words ("staff" of "general staff"), where a pair is tried. */
  readonly orgSuffixPairEnds: ReadonlySet<string>
  /** Legal forms, as written (`OJSC`, `JSC`, `ОАО`). */
  readonly legalForms: ReadonlySet<string>
  readonly firstNames: ReadonlySet<string>
  /** Folded demonym or nationality adjective ("belarusian", "russians") → country. */
  readonly demonyms: ReadonlyMap<string, Country>
  /** Folded force noun ("armed forces", "military") → `org` | `none`. */
  readonly forceNouns: ReadonlyMap<string, 'org' | 'none'>
  /** Letter prefixes of known weapon designators ("t", "su", "mi", "kh", "bmp"), folded. */
  readonly designatorPrefixes: ReadonlySet<string>
  /** Reference entities by `nameKey` of their names and aliases, for romanisation variants. */
  readonly byNameKey: ReadonlyMap<string, readonly RefEntity[]>
  /** Countries (those the demonym lexicon names) by ISO code. */
  readonly countries: ReadonlyMap<string, Country>
  /** The same countries by folded name and by folded reference aliases ("belarus", "russian federation"). */
  readonly countryByName: ReadonlyMap<string, Country>
  /**
   * A country's nationality adjectives, capitalised, by its lowercased name ("ukraine" →
   * ["Ukrainian"]): how reference names write a state's bodies ("Ukrainian General Staff").
   * Adjectives ending in "s" are left out, with the plural demonyms.
   */
  readonly nationalities: ReadonlyMap<string, readonly string[]>
  /** Reference entity by id. */
  readonly byId: ReadonlyMap<string, RefEntity>
}

const cache = new WeakMap<Reference, Lexicon>()

/** The lexicon of a reference data set, built on first use. */
export function lexiconOf(reference: Reference): Lexicon {
  let lex = cache.get(reference)
  if (!lex) {
    lex = buildLexicon(reference)
    cache.set(reference, lex)
  }
  return lex
}

const fold = (s: string) => normaliseAlias(s)

/** `Su-25SM` → `su`; `T-72B3` → `t`; names without a letters-hyphen-digits shape → null. */
export function designatorPrefix(alias: string): string | null {
  const m = /^([\p{L}]{1,6})[-\u2010\u2011 ]?\d/u.exec(alias)
  return m ? m[1]!.toLowerCase() : null
}

/** The canonical name of a reference entity: equipment variants take their family's name. */
export function canonicalOf(entity: RefEntity, byId: ReadonlyMap<string, RefEntity>): string {
  if (entity.type === 'EQUIPMENT' && entity.parent) {
    const parent = byId.get(entity.parent)
    if (parent && parent.type === 'EQUIPMENT') return canonicalOf(parent, byId)
  }
  return entity.name
}

const CAPITAL_START = /^\p{Lu}/u

function buildLexicon(reference: Reference): Lexicon {
  const byId = reference.byId
  const gazetteer = new AliasTrie<GazetteerEntry>()
  const uncapitalised = new AliasTrie<GazetteerEntry>()
  const byNameKey = new Map<string, RefEntity[]>()
  const designatorPrefixes = new Set<string>()
  for (const entity of reference.entities) {
    const ambiguous = new Set((entity.ambiguous ?? []).map(fold))
    const canonical = canonicalOf(entity, byId)
    for (const alias of new Set([entity.name, ...entity.aliases])) {
      const entry: GazetteerEntry = {
        alias,
        type: entity.type,
        ref: entity.id,
        canonical,
        ambiguous: ambiguous.has(fold(alias)),
        country: entity.country ?? null,
        entity,
      }
      gazetteer.add(alias, entry)
      if (!CAPITAL_START.test(alias.trimStart())) uncapitalised.add(alias, entry)
      if (entity.type === 'PERSON' || entity.type === 'GPE' || entity.type === 'LOC') {
        const k = nameKey(alias)
        if (k) {
          const list = byNameKey.get(k) ?? []
          if (!list.includes(entity)) list.push(entity)
          byNameKey.set(k, list)
        }
      }
      if (entity.type === 'EQUIPMENT') {
        const p = designatorPrefix(alias)
        if (p) designatorPrefixes.add(p)
      }
    }
  }

  const lex = reference.lexicons
  const titles = new Map<string, string>()
  for (const t of lex.titles) titles.set(fold(t.title), t.kind)
  const speechCues = new Set(lex.speechCues.map((c) => fold(c.cue)))
  const orgSuffixes = new Map<string, 'ORG' | 'UNIT' | 'FACILITY' | 'EVENT'>()
  for (const s of lex.orgSuffixes) orgSuffixes.set(fold(s.suffix), s.type)
  const legalForms = new Set(lex.legalForms.map((l) => l.form))
  const forceNouns = new Map<string, 'org' | 'none'>()
  for (const f of lex.forceNouns) forceNouns.set(fold(f.noun), f.tag)

  const countries = new Map<string, Country>()
  const countryByName = new Map<string, Country>()
  const countryOf = (name: string): Country => {
    const key = fold(name)
    const known = countryByName.get(key)
    if (known) return known
    const entity = (reference.byAlias.get(key) ?? []).find((e) => e.type === 'GPE') ?? null
    const code = entity?.country ?? null
    const c: Country = {
      name: entity?.name ?? name,
      code,
      ref: entity?.id ?? null,
      forces: code ? armedForcesOf(reference.entities, code) : null,
    }
    countryByName.set(key, c)
    if (code && !countries.has(code)) countries.set(code, c)
    return c
  }
  const demonyms = new Map<string, Country>()
  const nationalities = new Map<string, string[]>()
  for (const d of lex.demonyms) {
    const c = countryOf(d.country)
    const a = fold(d.adjective)
    demonyms.set(a, c)
    if (!a.endsWith('s')) {
      const key = c.name.toLowerCase()
      nationalities.set(key, [...(nationalities.get(key) ?? []), titleCase(d.adjective)])
    }
    // the plural noun of the demonym ("Belarusians", "Russians") is no entity either
    if (!a.endsWith('s')) demonyms.set(`${a}s`, c)
  }

  const len = (s: string) => s.split(' ').length
  return {
    reference,
    gazetteer,
    uncapitalised,
    titles,
    titleMaxWords: Math.max(1, ...[...titles.keys()].map(len)),
    titleLastWords: new Set([...titles.keys()].map((t) => t.split(' ').pop()!)),
    speechCues,
    speechCueMaxWords: Math.max(1, ...[...speechCues].map(len)),
    orgSuffixes,
    orgSuffixPairEnds: new Set(
      [...orgSuffixes.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ').pop()!),
    ),
    legalForms,
    firstNames: lex.firstNames,
    demonyms,
    forceNouns,
    designatorPrefixes,
    byNameKey,
    countries,
    countryByName: withAliases(countryByName, reference),
    nationalities,
    byId,
  }
}

/**
 * The armed forces of a country in the reference data: an ORG of that country named "… Armed
 * Forces …" ("Russian Armed Forces", "Armed Forces of Belarus"), the shortest such name.
 */
function armedForcesOf(entities: readonly RefEntity[], code: string): { name: string; ref: string } | null {
  const found = entities
    .filter((e) => e.type === 'ORG' && e.country === code && /\barmed forces\b/i.test(e.name))
    .filter((e) => !/\b(general staff|ministry|command)\b/i.test(e.name))
    .sort((a, b) => a.name.length - b.name.length)[0]
  return found ? { name: found.name, ref: found.id } : null
}

function withAliases(byName: ReadonlyMap<string, Country>, reference: Reference): Map<string, Country> {
  const out = new Map(byName)
  for (const c of byName.values()) {
    const entity = c.ref ? reference.byId.get(c.ref) : undefined
    for (const a of entity ? [entity.name, ...entity.aliases] : []) if (!out.has(fold(a))) out.set(fold(a), c)
  }
  return out
}

/**
 * The reference entries whose alias is exactly `text` under the gazetteer's folding (no case
 * rules applied).
 *
 * @example lookupExact(lex, 'T-72')[0]?.canonical // 'T-72'
 */
/** Each word (and each part after a hyphen) with a capital first letter: "north korean" → "North Korean". */
export function titleCase(s: string): string {
  return s.replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase())
}

export function lookupExact(lexicon: Lexicon, text: string): GazetteerEntry[] {
  const hit = lexicon.gazetteer.matchAt(text, 0).find((m) => m.end === text.length && !m.plural)
  return hit ? [...hit.values] : []
}
