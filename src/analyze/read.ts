/**
 * Read queries of cross-document analysis: clusters with their origins, figures and suggested
 * grades; contradictions with the claims on each side; every claim with its evidence sentence.
 * All SQL over the shared store (either engine); evidence is sliced from the document text in
 * JavaScript (UTF-16 offsets), never in SQL.
 */
import type { Quantity, TimeValue } from '../model/annotations.js'
import { normaliseAlias } from '../reference/load.js'
import type { Sql } from '../store/sql.js'
import { type AnalysisContext, defaultContext } from './facts.js'
import { CREDIBILITY_WORDS } from './grade.js'
import { RELIABILITY_WORDS, type Reliability } from './sources.js'

/** A suggested Admiralty grade and likelihood: a suggestion with its reasons, never a finding. */
export interface GradeView {
  readonly suggested: true
  readonly reliability: Reliability
  readonly credibility: number
  readonly code: string
  readonly likelihood: string | null
  /** "usually reliable source; possibly true" */
  readonly meaning: string
  readonly reasons: readonly string[]
}

export interface ClusterSummary {
  readonly id: string
  readonly relation: string
  readonly label: string
  readonly members: number
  readonly outlets: number
  readonly origins: number
  readonly contradictions: number
  readonly timeFrom: string | null
  readonly timeTo: string | null
  readonly grade: GradeView | null
}

export interface ClaimView {
  readonly id: string
  readonly docId: string
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly relation: string
  readonly hedge: string
  readonly quantity: Quantity | null
  readonly time: TimeValue | null
  readonly evidence: { readonly start: number; readonly end: number }
  /** The evidence sentence, sliced from the document's text. */
  readonly evidenceText: string
  readonly origin: string | null
  readonly clusterId: string | null
  readonly reasons: readonly string[]
}

export interface ClusterDetail extends ClusterSummary {
  readonly originList: readonly {
    key: string
    label: string
    kind: string | null
    reliability: string
    members: number
    reason: string
  }[]
  readonly outletList: readonly { key: string; label: string; members: number }[]
  readonly memberList: readonly ClaimView[]
  readonly contradictionList: readonly ContradictionView[]
}

export interface ContradictionView {
  readonly clusterId: string
  readonly label: string
  readonly kind: 'quantity' | 'polarity' | 'date'
  /** What differs and by how much. */
  readonly description: string
  /** Why the difference may be a typo, else null. */
  readonly possibleTypo: string | null
  /** The claims on each side: those stating either figure (up to `CLAIMS_PER_SIDE` each), first seen first. */
  readonly claims: readonly ClaimView[]
}

export interface AboutKey {
  readonly key: string
  readonly label: string
  readonly names: readonly string[]
  readonly ref: string | null
}

/** What `--about X` means: the entity X names (any alias), or the normalised name itself. */
export function aboutKey(name: string, ctx: AnalysisContext = defaultContext()): AboutKey {
  const e = ctx.actors.entity(name.trim())
  if (e) return { key: `ref:${e.id}`, label: e.name, names: [e.name, ...e.aliases], ref: e.id }
  return { key: `name:${normaliseAlias(name)}`, label: name.trim(), names: [name.trim()], ref: null }
}

interface ClusterRow {
  id: string
  relation: string
  label: string
  members: number
  outlets: number
  origins: number
  contradictions: number
  t_low: string | null
  t_high: string | null
  reliability: Reliability | null
  credibility: number | null
  likelihood: string | null
  grade_reasons: string[]
}

function gradeView(r: ClusterRow): GradeView | null {
  if (!r.reliability || !r.credibility) return null
  return {
    suggested: true,
    reliability: r.reliability,
    credibility: r.credibility,
    code: `${r.reliability}${r.credibility}`,
    likelihood: r.likelihood,
    meaning: `${RELIABILITY_WORDS[r.reliability]}; ${CREDIBILITY_WORDS[r.credibility]}`,
    reasons: r.grade_reasons,
  }
}

const summary = (r: ClusterRow): ClusterSummary => ({
  id: r.id,
  relation: r.relation,
  label: r.label,
  members: Number(r.members),
  outlets: Number(r.outlets),
  origins: Number(r.origins),
  contradictions: Number(r.contradictions),
  timeFrom: r.t_low,
  timeTo: r.t_high === '9999-12-31' ? null : r.t_high,
  grade: gradeView(r),
})

const ABOUT_CLUSTER = `($1::text IS NULL OR c.agent_key = $1 OR c.recipient_key = $1 OR EXISTS (
  SELECT 1 FROM analysis_claims m WHERE m.cluster_id = c.id AND (m.agent_ref = $1 OR m.recipient_ref = $1)))`

export interface ClusterQuery {
  /** An entity name: clusters where it is agent or recipient (also before a state fold). */
  readonly about?: string
  readonly relation?: string
  /** Only clusters with at least this many members (default 1). */
  readonly minMembers?: number
  readonly limit?: number
  readonly offset?: number
  readonly context?: AnalysisContext
}

/** Clusters, best supported first (independent origins, then members). */
export async function listClusters(sql: Sql, q: ClusterQuery = {}): Promise<ClusterSummary[]> {
  const about = q.about ? aboutKey(q.about, q.context).key : null
  const r = await sql.query<ClusterRow>(
    `SELECT c.* FROM analysis_clusters c
     WHERE ${ABOUT_CLUSTER} AND ($2::text IS NULL OR c.relation = $2) AND c.members >= $3
     ORDER BY c.origins DESC, c.members DESC, c.label, c.id
     LIMIT $4 OFFSET $5`,
    [about, q.relation ?? null, q.minMembers ?? 1, q.limit ?? 1000, q.offset ?? 0],
  )
  return r.rows.map(summary)
}

interface ClaimRow {
  id: string
  doc_id: string
  relation: string
  hedge: string
  quantity: Quantity | null
  time: TimeValue | null
  evidence_start: number
  evidence_end: number
  title: string | null
  outlet: string | null
  published: string | null
  origin_label: string | null
  cluster_id: string | null
  reasons: string[] | null
}

/** Claims by id, with their evidence sentences, in the order asked. */
export async function claimViews(sql: Sql, ids: readonly string[]): Promise<ClaimView[]> {
  if (!ids.length) return []
  const r = await sql.query<ClaimRow>(
    `SELECT c.id, c.doc_id, c.relation, c.hedge, c.quantity, c.time, c.evidence_start, c.evidence_end,
       d.title, d.outlet, d.published, a.origin_label, a.cluster_id, a.reasons
     FROM claims c JOIN documents d ON d.id = c.doc_id LEFT JOIN analysis_claims a ON a.claim_id = c.id
     WHERE c.id = ANY($1::text[])`,
    [[...ids]],
  )
  const docIds = [...new Set(r.rows.map((x) => x.doc_id))]
  const texts = await sql.query<{ id: string; text: string }>(
    'SELECT id, text FROM documents WHERE id = ANY($1::text[])',
    [docIds],
  )
  const textOf = new Map(texts.rows.map((t) => [t.id, t.text]))
  const byId = new Map(
    r.rows.map((x) => [
      x.id,
      {
        id: x.id,
        docId: x.doc_id,
        title: x.title,
        outlet: x.outlet,
        published: x.published,
        relation: x.relation,
        hedge: x.hedge,
        quantity: x.quantity,
        time: x.time,
        evidence: { start: x.evidence_start, end: x.evidence_end },
        evidenceText: (textOf.get(x.doc_id) ?? '').slice(x.evidence_start, x.evidence_end),
        origin: x.origin_label,
        clusterId: x.cluster_id,
        reasons: x.reasons ?? [],
      } satisfies ClaimView,
    ]),
  )
  return ids.flatMap((id) => {
    const v = byId.get(id)
    return v ? [v] : []
  })
}

/** Claims listed per side of a contradiction. */
export const CLAIMS_PER_SIDE = 5

interface ContradictionRow {
  figure_a: string
  figure_b: string
  cluster_id: string
  label: string
  kind: ContradictionView['kind']
  description: string
  possible_typo: string | null
  claim_a: string
  claim_b: string
}

/** Contradictions, newest cluster activity first; `about` as for clusters. */
export async function listContradictions(
  sql: Sql,
  q: {
    readonly about?: string
    readonly clusterId?: string
    readonly limit?: number
    readonly context?: AnalysisContext
  } = {},
): Promise<ContradictionView[]> {
  const about = q.about ? aboutKey(q.about, q.context).key : null
  const r = await sql.query<ContradictionRow>(
    `SELECT x.cluster_id, x.figure_a, x.figure_b, c.label, x.kind, x.description, x.possible_typo, x.claim_a, x.claim_b
     FROM analysis_contradictions x JOIN analysis_clusters c ON c.id = x.cluster_id
     WHERE ${ABOUT_CLUSTER} AND ($2::text IS NULL OR x.cluster_id = $2)
     ORDER BY c.origins DESC, c.label, x.created_at, x.figure_a, x.figure_b
     LIMIT $3`,
    [about, q.clusterId ?? null, q.limit ?? 1000],
  )
  const sides = new Map<string, string[]>()
  for (const x of r.rows) {
    for (const [figure, first] of [
      [x.figure_a, x.claim_a],
      [x.figure_b, x.claim_b],
    ] as const) {
      const key = `${x.cluster_id}\u0000${figure}`
      if (sides.has(key)) continue
      const m = await sql.query<{ claim_id: string }>(
        `SELECT claim_id FROM analysis_claims WHERE cluster_id = $1 AND figure_key = $2
         ORDER BY claim_id = $3 DESC, doc_id, claim_id LIMIT ${CLAIMS_PER_SIDE}`,
        [x.cluster_id, figure, first],
      )
      sides.set(
        key,
        m.rows.map((row) => row.claim_id),
      )
    }
  }
  const claims = await claimViews(sql, [...new Set([...sides.values()].flat())])
  const byId = new Map(claims.map((c) => [c.id, c]))
  return r.rows.map((x) => ({
    clusterId: x.cluster_id,
    label: x.label,
    kind: x.kind,
    description: x.description,
    possibleTypo: x.possible_typo,
    claims: [x.figure_a, x.figure_b].flatMap((f) =>
      (sides.get(`${x.cluster_id}\u0000${f}`) ?? []).flatMap((id) => {
        const c = byId.get(id)
        return c ? [c] : []
      }),
    ),
  }))
}

/** One cluster with its origins, outlets, members (up to `memberLimit`) and contradictions. */
export async function clusterDetail(
  sql: Sql,
  id: string,
  options: { readonly memberLimit?: number } = {},
): Promise<ClusterDetail | null> {
  const r = await sql.query<ClusterRow>('SELECT * FROM analysis_clusters WHERE id = $1', [id])
  const row = r.rows[0]
  if (!row) return null
  const origins = await sql.query<{
    origin_key: string
    label: string
    kind: string | null
    reliability: string
    members: number
    reason: string
  }>(
    'SELECT origin_key, label, kind, reliability, members, reason FROM analysis_cluster_origins WHERE cluster_id = $1 ORDER BY members DESC, origin_key',
    [id],
  )
  const outlets = await sql.query<{ outlet_key: string; label: string; members: number }>(
    'SELECT outlet_key, label, members FROM analysis_cluster_outlets WHERE cluster_id = $1 ORDER BY members DESC, outlet_key',
    [id],
  )
  const memberIds = await sql.query<{ claim_id: string }>(
    'SELECT claim_id FROM analysis_claims WHERE cluster_id = $1 ORDER BY doc_id, claim_id LIMIT $2',
    [id, options.memberLimit ?? 200],
  )
  return {
    ...summary(row),
    originList: origins.rows.map((o) => ({
      key: o.origin_key,
      label: o.label,
      kind: o.kind,
      reliability: o.reliability,
      members: Number(o.members),
      reason: o.reason,
    })),
    outletList: outlets.rows.map((o) => ({ key: o.outlet_key, label: o.label, members: Number(o.members) })),
    memberList: await claimViews(
      sql,
      memberIds.rows.map((m) => m.claim_id),
    ),
    contradictionList: await listContradictions(sql, { clusterId: id }),
  }
}
