import type { Mention, RoleValue } from '../model/annotations.js'
import { shortHash } from '../model/hash.js'
import type { Span } from '../model/span.js'
import {
  type CoMention,
  crossDocumentKey,
  type Decision,
  decide,
  type LinkReason,
  type LocalEntity,
  lookupKeys,
  matchCandidates,
  nameKeysOf,
  type StoredEntity,
  sharedContext,
} from '../resolve/cross-document.js'
import type { Sql } from './sql.js'

/** A canonical name compared across documents: NFKC, whitespace collapsed, lower case. */
export const normalizeName = (name: string): string =>
  name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()

/**
 * What makes two mentions the same stored entity at first sight: the reference id when the
 * gazetteer knows it (`ref:Q184`), else the type and the romanisation-tolerant key of the
 * canonical name (`PERSON:aleksandr lukashenka` for Alexander Lukashenko, Aliaksandr Lukashenka
 * and Александр Лукашенко alike; see `crossDocumentKey`). Reference entities keep the ids they
 * always had. Whether a key merges across documents also depends on context: see
 * `resolveDocumentEntities`.
 */
export const entityKey = (m: Pick<Mention, 'ref' | 'type' | 'canonical'>): string =>
  m.ref ? `ref:${m.ref}` : `${m.type}:${crossDocumentKey(m.canonical)}`

const hash = shortHash

/**
 * Stable id of the entity a mention founds: the first 16 hex digits of the SHA-256 of its key.
 * A short or common name kept apart from an earlier entity with the same key gets
 * `splitEntityId(key, docId)` instead.
 */
export const entityId = (m: Pick<Mention, 'ref' | 'type' | 'canonical'>): string => hash(entityKey(m))

/**
 * The id a non-reference entity had before romanisation keys (type and normalised canonical
 * name): such entities are found by it, so a store written by an earlier version keeps them.
 */
const legacyEntityId = (m: Pick<Mention, 'type' | 'canonical'>): string =>
  hash(`${m.type}:${normalizeName(m.canonical)}`)

/** The id of an entity founded under a key that an unrelated entity already holds. */
export const splitEntityId = (key: string, docId: string): string => hash(`${key}\u0000${docId}`)

export interface EntityRow {
  readonly id: string
  /** The first canonical name seen. */
  readonly name: string
  readonly type: string
  readonly ref: string | null
  /** Canonical names and surface texts seen, distinct and sorted. */
  readonly aliases: readonly string[]
  /** `entityKey` of the mentions that founded it. */
  readonly key: string
  /** Romanisation keys of the names and name-like surfaces seen (`nameKeysOf`), sorted. */
  readonly nameKeys: readonly string[]
}

/** Why one surface of a document is part of an entity: a row of `entity_links`. */
export interface EntityLink {
  readonly entityId: string
  /** Index of the first mention of this surface and canonical name in the document. */
  readonly mentionIdx: number
  readonly surface: string
  readonly canonical: string
  readonly mentions: number
  readonly reason: LinkReason
  readonly detail: string
}

/** A surface that can be a name elsewhere: it starts with a capital letter or a digit. */
const nameLike = (surface: string): boolean => /^[\p{Lu}\p{N}]/u.test(surface)

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

interface Group {
  local: LocalEntity
  aliases: Set<string>
  nameKeys: Set<string>
  /** mention indexes, in document order */
  members: number[]
}

/** The document's mentions grouped by `entityKey`, in order of first mention. */
function groupMentions(text: string, mentions: readonly Mention[]): Group[] {
  const groups = new Map<string, Group>()
  mentions.forEach((m, i) => {
    const key = entityKey(m)
    let g = groups.get(key)
    if (!g) {
      const local: LocalEntity = {
        key,
        type: m.type,
        ref: m.ref,
        canonical: m.canonical,
        nameKey: crossDocumentKey(m.canonical),
        nameKeys: [],
      }
      g = { local, aliases: new Set(), nameKeys: new Set(), members: [] }
      groups.set(key, g)
    }
    g.members.push(i)
    g.aliases.add(m.canonical)
    for (const k of nameKeysOf(m.type, m.canonical)) g.nameKeys.add(k)
    const surface = text.slice(m.start, m.end).trim()
    if (surface) {
      g.aliases.add(surface)
      if (nameLike(surface)) for (const k of nameKeysOf(m.type, surface)) g.nameKeys.add(k)
    }
  })
  return [...groups.values()].map((g) => ({ ...g, local: { ...g.local, nameKeys: [...g.nameKeys].sort() } }))
}

/** The entities a document's mentions denote, sorted by id, each founded under its own key. */
export function documentEntities(text: string, mentions: readonly Mention[]): EntityRow[] {
  return groupMentions(text, mentions)
    .map((g) => entityRow(entityId(g.local), g))
    .sort(byId)
}

function entityRow(id: string, g: Group): EntityRow {
  return {
    id,
    name: g.local.canonical,
    type: g.local.type,
    ref: g.local.ref,
    aliases: [...g.aliases].sort(),
    key: g.local.key,
    nameKeys: [...g.nameKeys].sort(),
  }
}

// The entities of a candidate's documents that this document may share: only those with one of
// its reference ids or name keys are read (and their document counts computed). It starts from
// those few entities and asks the (entity, document) indexes whether each shares a document with
// the candidate, so its cost does not grow with the candidate's documents as the store grows.
const CO_MENTIONS = `
SELECT e.id, e.name, e.type, e.ref, e.name_keys,
  (SELECT count(DISTINCT m2.doc_id) FROM mentions m2 WHERE m2.entity_id = e.id)::int AS documents
FROM entities e
WHERE e.id <> $1 AND (e.ref = ANY($2::text[]) OR e.name_keys && $3::text[])
  AND EXISTS (SELECT 1 FROM mentions a JOIN mentions b ON b.doc_id = a.doc_id
              WHERE a.entity_id = $1 AND b.entity_id = e.id)`

/** The outcome of resolving one document against the store. */
export interface ResolvedDocument {
  /** Entities to upsert, sorted by id (a stable lock order between concurrent writers). */
  readonly entities: readonly EntityRow[]
  /** The stored entity of each mention, by mention index. */
  readonly mentionEntities: readonly string[]
  readonly links: readonly EntityLink[]
}

/**
 * Cross-document resolution of one document against the entities stored so far (inside the
 * caller's transaction): reference entities by id; others join the stored entity that shares
 * their romanisation key and type, when the key is specific or a co-mention is shared (see
 * `src/resolve/cross-document.ts`), else found a new one. Returns the rows to upsert, the entity
 * of every mention and one explained link per surface; it writes nothing.
 */
export async function resolveDocumentEntities(
  tx: Sql,
  docId: string,
  text: string,
  mentions: readonly Mention[],
): Promise<ResolvedDocument> {
  const groups = groupMentions(text, mentions)
  const named = groups.filter((g) => !g.local.ref)
  const wanted = [...new Set(named.flatMap((g) => lookupKeys(g.local.type, g.local.nameKey)))]
  const stored: StoredEntity[] = []
  if (wanted.length) {
    // Concurrent writers naming the same new entity would each found one: the first to take
    // these name-key locks founds it, the others wait for its commit and then find it.
    // Locks are taken in hash order so that two writers never wait on each other.
    await tx.query(
      'SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest($1::text[]) AS k ORDER BY h) AS s',
      [wanted],
    )
    const r = await tx.query<{
      id: string
      name: string
      type: string
      ref: string | null
      aliases: string[]
      name_keys: string[]
    }>(
      'SELECT id, name, type, ref, aliases, name_keys FROM entities WHERE name_keys && $1::text[] OR id = ANY($2::text[])',
      [wanted, named.map((g) => legacyEntityId(g.local))],
    )
    for (const row of r.rows) {
      const aliases = row.aliases ?? []
      // stored before name keys were: keyed here, and on its next upsert
      const nameKeys = row.name_keys.length
        ? row.name_keys
        : [...new Set([row.name, ...aliases].flatMap((n) => nameKeysOf(row.type, n)))]
      stored.push({ ...row, aliases, nameKeys })
    }
  }

  const docRefs = groups.flatMap((g) => (g.local.ref ? [g.local.ref] : []))
  const docKeys = groups.flatMap((g) => (g.local.ref ? [] : [g.local.nameKey]))
  let totalDocuments: number | null = null
  const coCache = new Map<string, CoMention[]>()
  const coMentions = async (id: string): Promise<CoMention[]> => {
    let co = coCache.get(id)
    if (!co) {
      const r = await tx.query<{
        id: string
        name: string
        type: string
        ref: string | null
        name_keys: string[]
        documents: number
      }>(CO_MENTIONS, [id, docRefs, docKeys])
      co = r.rows.map((x) => ({ ...x, nameKeys: x.name_keys, documents: Number(x.documents) }))
      coCache.set(id, co)
    }
    return co
  }

  const decisions = new Map<Group, Decision>()
  for (const g of groups) {
    if (g.local.ref) {
      decisions.set(
        g,
        decide(g.local, [], () => []),
      )
      continue
    }
    // a surname alone in a document that also names someone else with that surname stays local
    const surnameClash =
      g.local.type === 'PERSON' &&
      !g.local.nameKey.includes(' ') &&
      groups.some(
        (o) => o !== g && o.local.type === 'PERSON' && o.local.nameKeys.includes(`~${g.local.nameKey}`),
      )
    const matches = surnameClash ? [] : matchCandidates(g.local, stored)
    const context = new Map<string, readonly CoMention[]>()
    for (const m of matches) {
      if (!m.needsContext) continue
      totalDocuments ??= Number(
        (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM documents')).rows[0]?.n ?? 0,
      )
      const others = groups.filter((o) => o !== g).map((o) => o.local)
      context.set(m.candidate.id, sharedContext(others, await coMentions(m.candidate.id), totalDocuments))
    }
    decisions.set(
      g,
      decide(g.local, matches, (id) => context.get(id) ?? []),
    )
  }

  const existing = new Set(stored.map((e) => e.id))
  const rows = new Map<string, EntityRow>()
  const mentionEntities: string[] = new Array(mentions.length)
  const links: EntityLink[] = []
  for (const g of groups) {
    const d = decisions.get(g)!
    let id = d.entityId
    if (!id) {
      id = entityId(g.local)
      // the founding id is taken by an entity this one was kept apart from
      if (!g.local.ref && existing.has(id)) id = splitEntityId(g.local.key, docId)
    }
    const row = entityRow(id, g)
    const prior = rows.get(id)
    rows.set(
      id,
      prior
        ? {
            ...prior,
            aliases: [...new Set([...prior.aliases, ...row.aliases])].sort(),
            nameKeys: [...new Set([...prior.nameKeys, ...row.nameKeys])].sort(),
          }
        : row,
    )
    const bySurface = new Map<string, EntityLink>()
    for (const i of g.members) {
      mentionEntities[i] = id
      const m = mentions[i]!
      const surface = text.slice(m.start, m.end)
      const k = `${surface}\u0000${m.canonical}`
      const link = bySurface.get(k)
      if (link) bySurface.set(k, { ...link, mentions: link.mentions + 1 })
      else
        bySurface.set(k, {
          entityId: id,
          mentionIdx: i,
          surface,
          canonical: m.canonical,
          mentions: 1,
          reason: d.reason,
          detail:
            normalizeName(surface) === normalizeName(m.canonical)
              ? d.detail
              : `${d.detail}; in this document ${surface} is “${m.canonical}”`,
        })
    }
    links.push(...bySurface.values())
  }
  links.sort((a, b) => a.mentionIdx - b.mentionIdx)
  return { entities: [...rows.values()].sort(byId), mentionEntities, links }
}

const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end
const inside = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end

/**
 * The entity a claim role points to, through the document's mentions: the mention with the
 * role's span, else the first mention inside that span, else the first mention whose canonical
 * name equals the role's canonical name (or its text). Null when none fits. `idOf` gives a
 * mention's stored entity (by default the one it would found).
 */
export function roleEntity(
  role: RoleValue | null,
  mentions: readonly Mention[],
  idOf: (m: Mention, index: number) => string = (m) => entityId(m),
): string | null {
  if (!role) return null
  const span = role.span
  const at = (i: number) => (i >= 0 ? idOf(mentions[i]!, i) : null)
  if (span) {
    let i = mentions.findIndex((x) => sameSpan(x, span))
    if (i < 0) i = mentions.findIndex((x) => inside(span, x))
    if (i >= 0) return at(i)
  }
  const names = [role.canonical, role.text].filter((n): n is string => !!n).map(normalizeName)
  for (const name of names) {
    const i = mentions.findIndex((x) => normalizeName(x.canonical) === name)
    if (i >= 0) return at(i)
  }
  return null
}

// Aliases and name keys travel as one JSON array per entity (unnest would flatten a 2-D text[]).
// Rows come sorted by id so that concurrent ingests lock entities in the same order.
const UPSERT_ENTITIES = `
INSERT INTO entities AS e (id, name, type, ref, aliases, key, name_keys)
SELECT u.id, u.name, u.type, u.ref, ARRAY(SELECT jsonb_array_elements_text(u.aliases)), u.key,
  ARRAY(SELECT jsonb_array_elements_text(u.name_keys))
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::jsonb[])
  AS u(id, name, type, ref, aliases, key, name_keys)
ORDER BY u.id
ON CONFLICT (id) DO UPDATE
  SET aliases = ARRAY(SELECT DISTINCT a FROM unnest(e.aliases || EXCLUDED.aliases) AS a ORDER BY a),
    name_keys = ARRAY(SELECT DISTINCT k FROM unnest(e.name_keys || EXCLUDED.name_keys) AS k ORDER BY k),
    key = coalesce(e.key, EXCLUDED.key)
  WHERE NOT (EXCLUDED.aliases <@ e.aliases AND EXCLUDED.name_keys <@ e.name_keys AND e.key IS NOT NULL)`

const INSERT_LINKS = `
INSERT INTO entity_links (doc_id, mention_idx, entity_id, surface, canonical, mentions, reason, detail)
SELECT $1, u.* FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[],
  $8::text[]) AS u`

/** Upserts the resolved entities of a document (before its mentions, which reference them). */
export async function upsertEntities(tx: Sql, entities: readonly EntityRow[]): Promise<void> {
  if (!entities.length) return
  await tx.query(UPSERT_ENTITIES, [
    entities.map((e) => e.id),
    entities.map((e) => e.name),
    entities.map((e) => e.type),
    entities.map((e) => e.ref),
    entities.map((e) => JSON.stringify(e.aliases)),
    entities.map((e) => e.key),
    entities.map((e) => JSON.stringify(e.nameKeys)),
  ])
}

/** Records why each surface joined its entity (after the document's mentions are inserted). */
export async function insertEntityLinks(tx: Sql, docId: string, links: readonly EntityLink[]): Promise<void> {
  if (!links.length) return
  await tx.query(INSERT_LINKS, [
    docId,
    links.map((l) => l.mentionIdx),
    links.map((l) => l.entityId),
    links.map((l) => l.surface),
    links.map((l) => l.canonical),
    links.map((l) => l.mentions),
    links.map((l) => l.reason),
    links.map((l) => l.detail),
  ])
}
