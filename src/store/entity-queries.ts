import type { LinkReason } from '../resolve/cross-document.js'
import { crossDocumentKey } from '../resolve/cross-document.js'
import type { Sql } from './sql.js'

/**
 * Read queries over stored entities, for `dossier entity` and `dossier entities`: lookup by name
 * or alias (exact, then without accents, then by romanisation key, with trigram neighbours as
 * suggestions), the profile of one entity, the evidence that joined its aliases, and a ranked
 * list. Same SQL on PGlite and PostgreSQL; texts are cut in JavaScript (UTF-16 offsets).
 */

export interface EntitySummary {
  readonly id: string
  /** The name it was first stored under. */
  readonly name: string
  /** The canonical name most of its mentions carry (the reference name for reference entities). */
  readonly preferred: string
  readonly type: string
  readonly ref: string | null
  readonly documents: number
  readonly mentions: number
}

/** How a name found its entities: by id, exactly, without accents, or by romanisation key. */
export type MatchKind = 'id' | 'exact' | 'unaccent' | 'translit'

export interface EntityLookup {
  /** The first kind of match that found anything, null when none did. */
  readonly kind: MatchKind | null
  /** Entities found by that kind of match, most documented first: one, several (ambiguous) or none. */
  readonly candidates: readonly EntitySummary[]
  /** When nothing matched: the nearest names by trigram similarity (empty without pg_trgm). */
  readonly nearest: readonly (EntitySummary & { readonly similarity: number })[]
}

export interface LookupOptions {
  readonly type?: string
  readonly limit?: number
}

const SUMMARY_COLUMNS = `e.id, e.name, e.type, e.ref,
  (SELECT count(DISTINCT m.doc_id) FROM mentions m WHERE m.entity_id = e.id)::int AS documents,
  (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)::int AS mentions`

type SummaryRow = {
  id: string
  name: string
  type: string
  ref: string | null
  documents: number
  mentions: number
}

const summary = (r: SummaryRow, preferred?: ReadonlyMap<string, string>): EntitySummary => ({
  id: r.id,
  name: r.name,
  preferred: preferred?.get(r.id) ?? r.name,
  type: r.type,
  ref: r.ref,
  documents: Number(r.documents),
  mentions: Number(r.mentions),
})

/** The most frequent canonical name of each entity's mentions. */
async function preferredNames(sql: Sql, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const r = await sql.query<{ entity_id: string; canonical: string }>(
    `SELECT DISTINCT ON (entity_id) entity_id, canonical FROM (
       SELECT entity_id, canonical, count(*) AS n FROM mentions WHERE entity_id = ANY($1::text[])
       GROUP BY entity_id, canonical
     ) x ORDER BY entity_id, n DESC, canonical`,
    [ids],
  )
  return new Map(r.rows.map((x) => [x.entity_id, x.canonical]))
}

/** Summaries of rows, with their preferred names. */
async function summaries(sql: Sql, rows: readonly SummaryRow[]): Promise<EntitySummary[]> {
  const preferred = await preferredNames(
    sql,
    rows.map((r) => r.id),
  )
  return rows.map((r) => summary(r, preferred))
}

async function extensions(sql: Sql): Promise<Set<string>> {
  const r = await sql.query<{ extname: string }>(
    "SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')",
  )
  return new Set(r.rows.map((x) => x.extname))
}

/** Lower-cased name or alias equals `$1` after `fold`. */
const anyName = (fold: (x: string) => string) =>
  `(${fold('e.name')} = ${fold('$1')} OR EXISTS (SELECT 1 FROM unnest(e.aliases) a WHERE ${fold('a')} = ${fold('$1')}))`

/**
 * Entities a name denotes: an entity id; else names and aliases equal to it ignoring case; else
 * ignoring accents too (with unaccent); else sharing its romanisation key ("Лукашэнка" finds
 * Lukashenko; a surname finds full names). Nothing found: the nearest names by trigram similarity.
 *
 * @example await findEntities(store.sql, 'Lukashenka') // { kind: 'exact', candidates: [{ name: 'Alexander Lukashenko', … }] }
 */
export async function findEntities(
  sql: Sql,
  name: string,
  options: LookupOptions = {},
): Promise<EntityLookup> {
  const { type, limit = 20 } = options
  const q = name.trim()
  const ext = await extensions(sql)
  const run = async (where: string, param: unknown): Promise<EntitySummary[]> => {
    const r = await sql.query<SummaryRow>(
      `SELECT * FROM (SELECT ${SUMMARY_COLUMNS} FROM entities e
         WHERE ($2::text IS NULL OR e.type = $2) AND ${where}) s
       ORDER BY documents DESC, mentions DESC, name, id LIMIT $3`,
      [param, type ?? null, limit],
    )
    return summaries(sql, r.rows)
  }
  const tiers: [MatchKind, string, unknown][] = []
  if (/^[0-9a-f]{16}$/.test(q)) tiers.push(['id', 'e.id = $1', q])
  tiers.push(['exact', anyName((x) => `lower(${x})`), q])
  if (ext.has('unaccent')) tiers.push(['unaccent', anyName((x) => `unaccent(lower(${x}))`), q])
  const key = crossDocumentKey(q)
  const keys = key.includes(' ') ? [key] : [key, `~${key}`]
  tiers.push(['translit', 'e.name_keys && $1::text[]', keys])
  for (const [kind, where, param] of tiers) {
    const candidates = await run(where, param)
    if (candidates.length) return { kind, candidates, nearest: [] }
  }
  if (!ext.has('pg_trgm')) return { kind: null, candidates: [], nearest: [] }
  const r = await sql.query<SummaryRow & { similarity: number }>(
    `SELECT * FROM (SELECT ${SUMMARY_COLUMNS},
         greatest(similarity(e.name, $1),
           coalesce((SELECT max(similarity(a, $1)) FROM unnest(e.aliases) a), 0))::float8 AS similarity
       FROM entities e WHERE ($2::text IS NULL OR e.type = $2)) s
     WHERE similarity > 0.2
     ORDER BY similarity DESC, documents DESC, name LIMIT 5`,
    [q, type ?? null],
  )
  return {
    kind: null,
    candidates: [],
    nearest: r.rows.map((x) => ({ ...summary(x), similarity: Number(x.similarity) })),
  }
}

/** The script a name is written in. */
export function scriptOf(name: string): 'Latin' | 'Cyrillic' | 'Mixed' | 'Other' {
  const latin = /\p{Script=Latin}/u.test(name)
  const cyrillic = /\p{Script=Cyrillic}/u.test(name)
  if (latin && cyrillic) return 'Mixed'
  if (latin) return 'Latin'
  if (cyrillic) return 'Cyrillic'
  return 'Other'
}

export interface AliasSeen {
  /** A surface text of the entity's mentions, as written. */
  readonly name: string
  readonly script: ReturnType<typeof scriptOf>
  readonly mentions: number
  readonly documents: number
}

export interface EntityProfile extends EntitySummary {
  /** The Wikidata QID, when the reference id is one. */
  readonly qid: string | null
  readonly aliases: readonly AliasSeen[]
  /** Canonical names its mentions carry in their documents, with mention counts. */
  readonly names: readonly { readonly name: string; readonly mentions: number }[]
  readonly documentList: readonly {
    readonly id: string
    readonly title: string | null
    readonly outlet: string | null
    readonly published: string | null
    readonly mentions: number
  }[]
  /** Entities mentioned in the same documents, by shared documents. */
  readonly coMentions: readonly (EntitySummary & { readonly shared: number })[]
}

export interface ProfileOptions {
  readonly documents?: number
  readonly coMentions?: number
  /** The Wikidata QID of a reference id (from the reference data); a `Q123` id is its own. */
  readonly qidOf?: (ref: string) => string | null | undefined
}

/** The profile of a stored entity, null when the id is unknown. */
export async function entityProfile(
  sql: Sql,
  id: string,
  options: ProfileOptions = {},
): Promise<EntityProfile | null> {
  const { documents = 20, coMentions = 10, qidOf } = options
  const e = await sql.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM entities e WHERE e.id = $1`, [id])
  const row = e.rows[0]
  if (!row) return null
  const aliases = await sql.query<{ name: string; mentions: number; documents: number }>(
    `SELECT text AS name, count(*)::int AS mentions, count(DISTINCT doc_id)::int AS documents
     FROM mentions WHERE entity_id = $1 GROUP BY text ORDER BY mentions DESC, documents DESC, text`,
    [id],
  )
  const names = await sql.query<{ name: string; mentions: number }>(
    `SELECT canonical AS name, count(*)::int AS mentions FROM mentions WHERE entity_id = $1
     GROUP BY canonical ORDER BY mentions DESC, canonical`,
    [id],
  )
  const docs = await sql.query<{
    id: string
    title: string | null
    outlet: string | null
    published: string | null
    mentions: number
  }>(
    `SELECT d.id, d.title, d.outlet, d.published, count(*)::int AS mentions
     FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = $1
     GROUP BY d.id, d.title, d.outlet, d.published
     ORDER BY d.published DESC NULLS LAST, d.id LIMIT $2`,
    [id, documents],
  )
  const co = await sql.query<SummaryRow & { shared: number }>(
    `WITH docs AS (SELECT DISTINCT doc_id FROM mentions WHERE entity_id = $1),
     co AS (
       SELECT m.entity_id, count(DISTINCT m.doc_id)::int AS shared FROM docs
       JOIN mentions m ON m.doc_id = docs.doc_id WHERE m.entity_id <> $1 GROUP BY m.entity_id
     )
     SELECT ${SUMMARY_COLUMNS}, co.shared FROM co JOIN entities e ON e.id = co.entity_id
     ORDER BY co.shared DESC, e.name, e.id LIMIT $2`,
    [id, coMentions],
  )
  const base = summary(row)
  const coMentioned = await summaries(sql, co.rows)
  return {
    ...base,
    preferred: names.rows[0]?.name ?? base.name,
    qid: !base.ref ? null : /^Q\d+$/.test(base.ref) ? base.ref : (qidOf?.(base.ref) ?? null),
    aliases: aliases.rows.map((a) => ({
      name: a.name,
      script: scriptOf(a.name),
      mentions: Number(a.mentions),
      documents: Number(a.documents),
    })),
    names: names.rows.map((n) => ({ name: n.name, mentions: Number(n.mentions) })),
    documentList: docs.rows.map((d) => ({ ...d, mentions: Number(d.mentions) })),
    coMentions: coMentioned.map((c, i) => ({ ...c, shared: Number(co.rows[i]!.shared) })),
  }
}

/** One surface of one document joined to the entity, with the reason and the sentence around it. */
export interface EntityEvidence {
  readonly docId: string
  readonly title: string | null
  readonly surface: string
  readonly canonical: string
  readonly mentions: number
  readonly reason: LinkReason
  readonly detail: string
  /** The first mention's span in the document's text (UTF-16, end exclusive). */
  readonly start: number
  readonly end: number
  /** The sentence holding that mention, whitespace collapsed, cut to about 200 characters. */
  readonly snippet: string
}

const SNIPPET = 200

/** Cuts a sentence around a span to about `SNIPPET` characters, with ellipses where cut. */
function snippet(
  text: string,
  sentence: { start: number; end: number },
  span: { start: number; end: number },
): string {
  let { start, end } = sentence
  if (end - start > SNIPPET) {
    const room = Math.max(0, SNIPPET - (span.end - span.start))
    start = Math.max(sentence.start, span.start - Math.floor(room / 2))
    end = Math.min(sentence.end, start + SNIPPET)
  }
  const cut = text.slice(start, end).replace(/\s+/g, ' ').trim()
  return `${start > sentence.start ? '…' : ''}${cut}${end < sentence.end ? '…' : ''}`
}

/**
 * Why the entity is what it is: one row per document and surface, in ingest order, with the
 * reason it joined (see `LINK_REASONS`), the detail, and the sentence of its first mention.
 */
export async function entityEvidence(
  sql: Sql,
  id: string,
  options: { limit?: number } = {},
): Promise<EntityEvidence[]> {
  const { limit = 200 } = options
  const r = await sql.query<{
    doc_id: string
    title: string | null
    surface: string
    canonical: string
    mentions: number
    reason: LinkReason
    detail: string
    start: number
    end: number
    s_start: number | null
    s_end: number | null
  }>(
    `SELECT l.doc_id, d.title, l.surface, l.canonical, l.mentions, l.reason, l.detail,
       m.start, m."end", s.start AS s_start, s."end" AS s_end
     FROM entity_links l
     JOIN documents d ON d.id = l.doc_id
     JOIN mentions m ON m.doc_id = l.doc_id AND m.idx = l.mention_idx
     LEFT JOIN LATERAL (
       SELECT x.start, x."end" FROM sentences x
       WHERE x.doc_id = l.doc_id AND x.start <= m.start AND x."end" >= m."end" ORDER BY x.idx LIMIT 1
     ) s ON true
     WHERE l.entity_id = $1
     ORDER BY d.ingested_at, d.id, l.mention_idx LIMIT $2`,
    [id, limit],
  )
  const ids = [...new Set(r.rows.map((x) => x.doc_id))]
  const texts = new Map<string, string>()
  if (ids.length) {
    const t = await sql.query<{ id: string; text: string }>(
      'SELECT id, text FROM documents WHERE id = ANY($1::text[])',
      [ids],
    )
    for (const x of t.rows) texts.set(x.id, x.text)
  }
  return r.rows.map((x) => {
    const span = { start: Number(x.start), end: Number(x.end) }
    const text = texts.get(x.doc_id) ?? ''
    const sentence =
      x.s_start === null || x.s_end === null
        ? { start: Math.max(0, span.start - 80), end: Math.min(text.length, span.end + 80) }
        : { start: Number(x.s_start), end: Number(x.s_end) }
    return {
      docId: x.doc_id,
      title: x.title,
      surface: x.surface,
      canonical: x.canonical,
      mentions: Number(x.mentions),
      reason: x.reason,
      detail: x.detail,
      ...span,
      snippet: snippet(text, sentence, span),
    }
  })
}

export interface ListEntitiesOptions {
  readonly type?: string
  readonly limit?: number
  readonly offset?: number
}

/** Entities ranked by the documents, then the mentions, that name them. */
export async function listEntities(sql: Sql, options: ListEntitiesOptions = {}): Promise<EntitySummary[]> {
  const { type, limit = 50, offset = 0 } = options
  const r = await sql.query<SummaryRow>(
    `WITH counted AS (
       SELECT m.entity_id, count(DISTINCT m.doc_id)::int AS documents, count(*)::int AS mentions
       FROM mentions m GROUP BY m.entity_id
     )
     SELECT e.id, e.name, e.type, e.ref, coalesce(c.documents, 0) AS documents, coalesce(c.mentions, 0) AS mentions
     FROM entities e LEFT JOIN counted c ON c.entity_id = e.id
     WHERE ($1::text IS NULL OR e.type = $1)
     ORDER BY documents DESC, mentions DESC, e.name, e.id LIMIT $2 OFFSET $3`,
    [type ?? null, limit, offset],
  )
  return summaries(sql, r.rows)
}
