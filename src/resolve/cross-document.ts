import type { EntityType } from '../model/annotations.js'
import { nameKey } from './translit.js'

/**
 * Cross-document resolution: which stored entity a document's mentions join, and why.
 *
 * Reference-data entities join by their reference id. Every other name joins by a key that
 * survives transliteration and romanisation (`crossDocumentKey`: Лукашэнка, Lukashenka and
 * Lukashenko share one; so do Zhdanov/Jdanov, Homel/Gomel, Hajun/Gajun) and by context: the type
 * must agree, and a short or common key (a surname alone, an acronym, a key several entities
 * hold) joins only an entity whose documents share a co-mentioned entity with this document.
 * Anything else founds a new entity: a wrong merge is worse than a missed one.
 *
 * Every decision carries a reason and a human-readable detail, stored beside the mentions
 * (`entity_links`), so `dossier entity NAME --why` can show which aliases and evidence joined an
 * entity. Nothing here rewrites a mention: the entity id sits beside its surface, document and
 * in-document canonical name.
 */

export const LINK_REASONS = [
  'reference-id',
  'same-canonical',
  'translit-key',
  'alias-of-reference',
  'context',
] as const
export type LinkReason = (typeof LINK_REASONS)[number]

/** Prefix of a person's surname key among an entity's name keys ("~lukashenka"). */
const SURNAME = '~'

/**
 * The romanisation-tolerant key of a name: `nameKey` from translit.ts, plus the Belarusian
 * unstressed "ia" between consonants folded to "e" (Aliaksandr/Aleksandr, Siarhei/Sergei) and a
 * leading article dropped. Empty names fall back to their lower-case form.
 *
 * @example crossDocumentKey('Лукашэнка') === crossDocumentKey('Lukashenko') // true
 * @example crossDocumentKey('Minsk') === crossDocumentKey('Pinsk') // false
 */
export function crossDocumentKey(name: string): string {
  const key = nameKey(name.replace(/^\s*the\s+/i, ''))
    .replace(/(?<=[^aeiou ])ia(?=[^aeiou ])/g, 'e')
    .trim()
  return key || name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
}

const tokens = (key: string): string[] => key.split(' ').filter(Boolean)

/**
 * A key too weak to merge on alone: a person's single name ("bell", "lukashenka"), or a short
 * word without digits ("mzkt", "gur"). Designators with digits ("t 72b3", "su 25") are specific.
 */
export function isShortKey(type: string, key: string): boolean {
  const t = tokens(key)
  if (t.some((w) => /\d/.test(w) && /[a-z]/.test(w))) return false
  if (type === 'PERSON' && t.length < 2) return true
  return key.replace(/[^a-z]/g, '').length <= 4
}

/**
 * The keys a name contributes to its entity's `name_keys`: the name's key and, for a person of
 * two or more words, a surname marker that a surname alone can find.
 */
export function nameKeysOf(type: string, name: string): string[] {
  const key = crossDocumentKey(name)
  const t = tokens(key)
  return type === 'PERSON' && t.length >= 2 ? [key, `${SURNAME}${t.at(-1)}`] : [key]
}

/**
 * The `name_keys` to look a name up under: its own key; for a surname alone, the surname marker
 * of full names; for a full name, the entity seen only under its surname.
 */
export function lookupKeys(type: string, key: string): string[] {
  if (type !== 'PERSON') return [key]
  const t = tokens(key)
  return t.length >= 2 ? [key, t.at(-1)!] : [key, `${SURNAME}${key}`]
}

/** Whether a person's name key fits a full name of an entity: same surname, no other given name. */
function givenNamesAgree(a: string, b: string): boolean {
  const x = tokens(a)
  const y = tokens(b)
  if (x.length < 2 || y.length < 2) return true
  if (x.at(-1) !== y.at(-1)) return true // not the same surname: unrelated here
  const [gx, gy] = [x[0]!, y[0]!]
  return gx === gy || (gx.length === 1 && gy.startsWith(gx)) || (gy.length === 1 && gx.startsWith(gy))
}

/** One entity of the new document: its mentions grouped by reference id, else type and key. */
export interface LocalEntity {
  /** `ref:Q22129` or `PERSON:lukashenka`; the stored entity id is derived from it. */
  readonly key: string
  readonly type: EntityType
  readonly ref: string | null
  /** The canonical name of the group's first mention. */
  readonly canonical: string
  /** `crossDocumentKey(canonical)` (the reference id's key for reference entities). */
  readonly nameKey: string
  /** Keys of the canonical names and the name-like surfaces of the group. */
  readonly nameKeys: readonly string[]
}

/** A stored entity that shares a lookup key with a local entity. */
export interface StoredEntity {
  readonly id: string
  readonly name: string
  readonly type: string
  readonly ref: string | null
  readonly aliases: readonly string[]
  readonly nameKeys: readonly string[]
}

/** An entity mentioned in the documents of a stored candidate, with its document count. */
export interface CoMention {
  readonly id: string
  readonly name: string
  readonly type: string
  readonly ref: string | null
  readonly nameKeys: readonly string[]
  readonly documents: number
}

/** How a local entity could join a stored one, before context is weighed. */
export interface Match {
  readonly candidate: StoredEntity
  readonly reason: Exclude<LinkReason, 'reference-id' | 'context'>
  /** The stored alias that matched, for the explanation. */
  readonly alias: string
  /** Whether the match needs a shared co-mention to stand. */
  readonly needsContext: boolean
}

const normal = (s: string): string => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()

/**
 * The stored entities a local entity may join, best first: same type, a shared name key, no
 * conflicting given name. Each says why (`same-canonical` when a stored name equals the
 * canonical name, `alias-of-reference` when the entity has a reference id, else `translit-key`)
 * and whether it needs context (short key, a surname-only match, or several candidates).
 */
export function matchCandidates(local: LocalEntity, candidates: readonly StoredEntity[]): Match[] {
  const wanted = new Set(lookupKeys(local.type, local.nameKey))
  const canonical = normal(local.canonical)
  const out: Match[] = []
  for (const c of candidates) {
    if (c.type !== local.type) continue
    const shared = c.nameKeys.filter((k) => wanted.has(k))
    if (!shared.length) continue
    if (local.type === 'PERSON' && !c.nameKeys.every((k) => givenNamesAgree(local.nameKey, k))) continue
    const names = [c.name, ...c.aliases]
    const same = names.find((n) => normal(n) === canonical)
    const exactKey = shared.includes(local.nameKey)
    const alias =
      same ??
      names.find((n) => crossDocumentKey(n) === local.nameKey) ??
      names.find((n) => shared.some((k) => nameKeysOf(c.type, n).includes(k))) ??
      c.name
    const reason = same ? 'same-canonical' : c.ref ? 'alias-of-reference' : 'translit-key'
    out.push({
      candidate: c,
      reason,
      alias,
      needsContext: isShortKey(local.type, local.nameKey) || !exactKey,
    })
  }
  const rank = (m: Match) => (m.reason === 'same-canonical' ? 0 : m.reason === 'alias-of-reference' ? 1 : 2)
  out.sort((a, b) => rank(a) - rank(b) || (a.candidate.id < b.candidate.id ? -1 : 1))
  // several entities hold this key already: it is common, only context can choose
  if (out.length > 1) return out.map((m) => ({ ...m, needsContext: true }))
  return out
}

/** Co-mentions in this many documents, and in more than a quarter of all, say nothing specific. */
export const BACKGROUND_MIN_DOCUMENTS = 6

/**
 * The co-mentions of a stored candidate that the new document shares: an entity of the other
 * local entities, matched by reference id or by type and name key. Background entities (in many
 * documents and in over a quarter of the store, like the countries of the domain) do not count.
 */
export function sharedContext(
  others: readonly LocalEntity[],
  coMentions: readonly CoMention[],
  totalDocuments: number,
): CoMention[] {
  const shared: CoMention[] = []
  for (const co of coMentions) {
    if (co.documents >= BACKGROUND_MIN_DOCUMENTS && co.documents > totalDocuments / 4) continue
    const hit = others.some((o) =>
      o.ref
        ? o.ref === co.ref
        : o.type === co.type && !isShortKey(o.type, o.nameKey) && co.nameKeys.includes(o.nameKey),
    )
    if (hit) shared.push(co)
  }
  return shared
}

/** Where a local entity goes: an existing entity, or a new one (`entityId` null), and why. */
export interface Decision {
  readonly entityId: string | null
  readonly reason: LinkReason
  readonly detail: string
}

const quote = (s: string): string => `“${s}”`

/**
 * Settles a local entity among its matches. `contextOf` gives the shared co-mentions of a
 * candidate (see `sharedContext`). A match that needs context stands only with some; among
 * several, the one with the most shared co-mentions wins, and a tie founds a new entity.
 */
export function decide(
  local: LocalEntity,
  matches: readonly Match[],
  contextOf: (candidateId: string) => readonly CoMention[],
): Decision {
  if (local.ref) return { entityId: null, reason: 'reference-id', detail: `reference id ${local.ref}` }
  const founded = (why: string): Decision => ({
    entityId: null,
    reason: 'same-canonical',
    detail: `first seen as ${quote(local.canonical)}${why}`,
  })
  if (!matches.length) return founded('')

  const scored = matches.map((m) => ({ m, shared: m.needsContext ? contextOf(m.candidate.id) : [] }))
  const standing = scored.filter((s) => !s.m.needsContext || s.shared.length > 0)
  if (!standing.length) {
    const names = matches.map((m) => quote(m.candidate.name)).join(', ')
    return founded(
      `; kept apart from ${names}: key “${local.nameKey}” is short or common and no co-mention is shared`,
    )
  }
  standing.sort((a, b) => b.shared.length - a.shared.length)
  const [best, next] = standing
  if (best!.m.needsContext && next && next.shared.length === best!.shared.length) {
    const names = standing.map((s) => quote(s.m.candidate.name)).join(', ')
    return founded(`; ambiguous between ${names}`)
  }
  const { m, shared } = best!
  const how =
    m.reason === 'same-canonical'
      ? `same name as ${quote(m.alias)}`
      : m.reason === 'alias-of-reference'
        ? `${quote(local.canonical)} matches ${quote(m.alias)}, an alias of reference entity ${m.candidate.ref} (key “${local.nameKey}”)`
        : `${quote(local.canonical)} ≈ ${quote(m.alias)} (transliteration key “${local.nameKey}”)`
  if (!m.needsContext) return { entityId: m.candidate.id, reason: m.reason, detail: how }
  const names = shared
    .slice(0, 3)
    .map((s) => quote(s.name))
    .join(', ')
  return {
    entityId: m.candidate.id,
    reason: 'context',
    detail: `${how}; short or common key confirmed by shared co-mention ${names}`,
  }
}
