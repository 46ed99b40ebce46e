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
 * recipient linked to entity `$n` — "this entity takes part in this claim".
 */
export function claimInvolves(entityParam: string): string {
  const within = (role: string) =>
    `(c.${role} ? 'span' AND (c.${role}->'span'->>'start')::int <= m.start AND m."end" <= (c.${role}->'span'->>'end')::int)`
  return `(c.agent_entity = ${entityParam} OR c.recipient_entity = ${entityParam} OR ${['agent', 'recipient', 'item', 'place', 'source'].map(within).join(' OR ')})`
}

const ROLES = ['agent', 'recipient', 'item', 'place', 'source'] as const

/**
 * Ids of the claims an entity takes part in (as `claimInvolves` says), as a sub-select over its
 * mentions. Same rows as joining mentions to claims under `claimInvolves`, but each claim's role
 * spans are read out of jsonb once (a materialised step), not once per mention of the entity in
 * its document, and the mentions come from the (entity_id, doc_id, start, end) index.
 */
export const CLAIMS_OF_ENTITY = (entityParam: string): string => {
  const spans = ROLES.map(
    (r) => `(c.${r}->'span'->>'start')::int AS ${r}_s, (c.${r}->'span'->>'end')::int AS ${r}_e`,
  ).join(', ')
  const within = ROLES.map((r) => `(s.${r}_s <= em.start AND em."end" <= s.${r}_e)`).join(' OR ')
  return `
WITH em AS MATERIALIZED (SELECT doc_id, start, "end" FROM mentions WHERE entity_id = ${entityParam}),
s AS MATERIALIZED (
  SELECT c.id, c.doc_id, c.agent_entity, c.recipient_entity, ${spans}
  FROM claims c WHERE c.doc_id IN (SELECT doc_id FROM em))
SELECT s.id FROM s JOIN em ON em.doc_id = s.doc_id
WHERE s.agent_entity = ${entityParam} OR s.recipient_entity = ${entityParam} OR ${within}`
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
