/**
 * Claims as the API returns them: the stored row, its document's reference, and the cited
 * sentence sliced from the document text in JavaScript (offsets are UTF-16; PostgreSQL's
 * `substr` counts code points, so SQL never cuts text).
 */
import type { Claim } from '../model/annotations.js'
import type { Sql } from '../store/index.js'
import type { ClaimOut, DocRef, RoleOut } from './schemas.js'

/** Columns of a claim row with its document's reference; `total` is the filtered count. */
export const CLAIM_COLUMNS = `c.id, c.doc_id, c.relation, c.agent, c.recipient, c.item, c.place, c.source,
  c.agent_entity, c.recipient_entity, c.quantity, c.time, c.hedge, c.evidence_start, c.evidence_end,
  c.attribution_id, d.title, d.outlet, d.published, d.url`

export interface ClaimRow {
  id: string
  doc_id: string
  relation: string
  agent: Claim['agent']
  recipient: Claim['recipient']
  item: Claim['item']
  place: Claim['place']
  source: Claim['source']
  agent_entity: string | null
  recipient_entity: string | null
  quantity: Claim['quantity']
  time: Claim['time']
  hedge: string
  evidence_start: number
  evidence_end: number
  attribution_id: string | null
  title: string | null
  outlet: string | null
  published: string | null
  url: string | null
  total?: number | string
}

/**
 * SQL condition: the claim `c` has a role whose span contains the mention `m`, or an agent or
 * recipient linked to entity `$n` — "this entity takes part in this claim". The definition that
 * `claim_entities` stores (src/store/claim-entities.ts); reads use that table, tests this.
 */
export function claimInvolves(entityParam: string): string {
  const within = (role: string) =>
    `(c.${role} ? 'span' AND (c.${role}->'span'->>'start')::int <= m.start AND m."end" <= (c.${role}->'span'->>'end')::int)`
  return `(c.agent_entity = ${entityParam} OR c.recipient_entity = ${entityParam} OR ${['agent', 'recipient', 'item', 'place', 'source'].map(within).join(' OR ')})`
}

/** What the claims list and the timeline filter on; unset fields do not filter. */
export interface ClaimFilter {
  readonly relation?: string | undefined
  /** Claims this entity takes part in (`claim_entities`). */
  readonly entity?: string | undefined
  /** The document's outlet or the claim's attributed source contains this (case-insensitive). */
  readonly source?: string | undefined
  readonly hedge?: string | undefined
  /** A document id or id prefix. */
  readonly doc?: string | undefined
  /** Only these claims (those of a grade). */
  readonly ids?: readonly string[] | null | undefined
}

/** `%term%` for ILIKE, with the pattern characters escaped. */
export const containsPattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * The claims matching a filter, as SQL pieces over narrow rows: `from` (aliases `c` for claims,
 * `d` for documents, `ce` for `claim_entities` when an entity is given), `where`, and `key` /
 * `order`, the API's order (newest document first, then document and position) with the columns
 * it sorts on. Parameters are appended to `params`.
 *
 * Only the conditions that are set are written: a guard such as `($5 IS NULL OR c.id IN (…))`
 * keeps PostgreSQL from turning the sub-select into a join, and past work_mem it runs once per
 * claim of the store. With an entity, rows come from the `claim_entities` index in the API's
 * order, so a page reads only its rows; claims and documents are joined only when a filter
 * needs their columns.
 */
export function claimSelection(
  f: ClaimFilter,
  params: unknown[],
  options: { readonly ordered: boolean },
): { from: string; where: string; key: string; order: string } {
  const p = (v: unknown) => {
    params.push(v)
    return `$${params.length}`
  }
  const needClaim = !!(f.relation || f.hedge || f.source || f.ids)
  const needDocument = !!f.source || (!f.entity && options.ordered)
  const conditions: string[] = []
  let from: string
  let key: string
  let order: string
  if (f.entity) {
    from = 'claim_entities ce'
    if (needClaim) from += ' JOIN claims c ON c.id = ce.claim_id'
    if (needDocument) from += ' JOIN documents d ON d.id = ce.doc_id'
    conditions.push(`ce.entity_id = ${p(f.entity)}`)
    key = 'ce.claim_id AS id, ce.published, ce.doc_id, ce.idx'
    order = 'ce.published DESC NULLS LAST, ce.doc_id, ce.idx'
  } else {
    from = needDocument ? 'claims c JOIN documents d ON d.id = c.doc_id' : 'claims c'
    key = 'c.id, d.published, c.doc_id, c.idx'
    order = 'd.published DESC NULLS LAST, c.doc_id, c.idx'
  }
  const docId = f.entity ? 'ce.doc_id' : 'c.doc_id'
  if (f.relation) conditions.push(`c.relation = ${p(f.relation)}`)
  if (f.hedge) conditions.push(`c.hedge = ${p(f.hedge)}`)
  if (f.doc) conditions.push(`${docId} LIKE ${p(f.doc)} || '%'`)
  if (f.source) {
    const like = p(containsPattern(f.source))
    conditions.push(
      `(d.outlet ILIKE ${like} OR c.source->>'text' ILIKE ${like} OR c.source->>'canonical' ILIKE ${like})`,
    )
  }
  if (f.ids) conditions.push(`c.id = ANY(${p([...f.ids])}::text[])`)
  return { from, where: conditions.length ? conditions.join(' AND ') : 'true', key, order }
}

/** The document texts claims point into, by id (one round trip). */
export async function documentTexts(sql: Sql, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return new Map()
  const r = await sql.query<{ id: string; text: string }>(
    'SELECT id, text FROM documents WHERE id = ANY($1::text[])',
    [unique],
  )
  return new Map(r.rows.map((row) => [row.id, row.text]))
}

const role = (v: Claim['agent'], entityId: string | null = null): RoleOut | null =>
  v ? { text: v.text, canonical: v.canonical, ...(v.span ? { span: v.span } : {}), entityId } : null

export const docRef = (r: {
  doc_id: string
  title: string | null
  outlet: string | null
  published: string | null
  url: string | null
}): DocRef => ({ id: r.doc_id, title: r.title, outlet: r.outlet, published: r.published, url: r.url })

/** Claim rows as API claims, with their evidence text; `cluster` is filled in by analysis. */
export async function toClaims(sql: Sql, rows: readonly ClaimRow[]): Promise<ClaimOut[]> {
  const texts = await documentTexts(
    sql,
    rows.map((r) => r.doc_id),
  )
  return rows.map((r) => ({
    id: r.id,
    relation: r.relation,
    agent: role(r.agent, r.agent_entity),
    recipient: role(r.recipient, r.recipient_entity),
    item: role(r.item),
    place: role(r.place),
    source: role(r.source),
    quantity: r.quantity,
    time: r.time,
    hedge: r.hedge,
    evidence: { start: r.evidence_start, end: r.evidence_end },
    evidenceText: (texts.get(r.doc_id) ?? '').slice(r.evidence_start, r.evidence_end),
    attribution: r.attribution_id,
    document: docRef(r),
    cluster: null,
  }))
}

const CSV_COLUMNS = [
  'claim',
  'relation',
  'agent',
  'recipient',
  'item',
  'quantity_low',
  'quantity_high',
  'unit',
  'quantity_text',
  'time',
  'time_precision',
  'place',
  'source',
  'hedge',
  'grade',
  'document',
  'title',
  'outlet',
  'published',
  'evidence',
] as const

/** RFC 4180 field; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return ''
  let s = String(v)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Claims as CSV (header first, CRLF line ends). */
export function claimsCsv(claims: readonly ClaimOut[]): string {
  const name = (r: RoleOut | null) => r?.canonical ?? r?.text ?? ''
  const lines = [CSV_COLUMNS.join(',')]
  for (const c of claims) {
    lines.push(
      [
        c.id,
        c.relation,
        name(c.agent),
        name(c.recipient),
        name(c.item),
        c.quantity?.low,
        c.quantity?.high,
        c.quantity?.unit,
        c.quantity?.text,
        c.time?.date ?? c.time?.text,
        c.time?.precision,
        name(c.place),
        name(c.source),
        c.hedge,
        c.cluster?.grade?.code,
        c.document.id,
        c.document.title,
        c.document.outlet,
        c.document.published,
        c.evidenceText.replace(/\s+/g, ' '),
      ]
        .map(csvField)
        .join(','),
    )
  }
  return `${lines.join('\r\n')}\r\n`
}
