/**
 * The incremental update: after a document is saved, its claims are filed into clusters and only
 * the clusters they join are updated — their origin, outlet and figure counters, new
 * contradictions and the suggested grade. Nothing else in the store is read, so the cost of a
 * document does not grow with the store, and any number of workers can run it on one database:
 * each cluster key is taken under a transaction-scoped advisory lock (in sorted order, so two
 * workers never wait on each other in a cycle), and a document is analysed once
 * (`analysis_documents` is the guard).
 *
 * ```ts
 * await store.saveDocument(record)
 * await analyzeDocument(store.sql, record.source.id)
 * ```
 */
import { createHash } from 'node:crypto'
import type { Hedge, Quantity, Relation, RoleValue, TimeValue } from '../model/annotations.js'
import type { Sql } from '../store/sql.js'
import { type AnalysisContext, type ClaimFacts, claimFacts, defaultContext } from './facts.js'
import type { DayRange, QuantityRange } from './figures.js'
import {
  type ContradictionSummary,
  conflictBetween,
  type Figure,
  type OriginSummary,
  suggestGrade,
  timesCompatible,
} from './grade.js'
import { outletOf } from './origin.js'
import type { Reliability, SourceKind } from './sources.js'

export interface AnalyzeReport {
  /** False when the document had been analysed already (nothing was written). */
  readonly analysed: boolean
  readonly claims: number
  readonly clustered: number
  /** Clusters created or joined. */
  readonly clusters: readonly string[]
  readonly contradictions: number
}

export interface AnalyzeOptions {
  readonly context?: AnalysisContext
}

/** Figures compared with a new one: the best-supported first. Bounds the work of a huge cluster. */
export const MAX_COMPARED_FIGURES = 200

const OPEN_END = '9999-12-31'

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16)

interface ClaimRow {
  id: string
  relation: Relation
  agent: RoleValue | null
  recipient: RoleValue | null
  item: RoleValue | null
  quantity: Quantity | null
  time: TimeValue | null
  source: RoleValue | null
  hedge: Hedge
  attribution_id: string | null
  place: RoleValue | null
}

interface ClusterRow {
  id: string
  recipient_key: string | null
  t_low: string | null
  t_high: string | null
}

/**
 * Analyses one stored document, in one transaction. Idempotent: a document analysed before is
 * skipped (`analysed: false`).
 */
export async function analyzeDocument(
  sql: Sql,
  docId: string,
  options: AnalyzeOptions = {},
): Promise<AnalyzeReport> {
  const ctx = options.context ?? defaultContext()
  return sql.transaction(async (tx) => {
    const fresh = await tx.query(
      'INSERT INTO analysis_documents (doc_id, claims) VALUES ($1, 0) ON CONFLICT DO NOTHING RETURNING doc_id',
      [docId],
    )
    if (!fresh.rows.length)
      return { analysed: false, claims: 0, clustered: 0, clusters: [], contradictions: 0 }

    const chain = await tx.query<{ id: string; outlet: string | null }>(
      `WITH RECURSIVE chain AS (
         SELECT id, outlet, copy_of, 0 AS depth FROM documents WHERE id = $1
         UNION ALL
         SELECT d.id, d.outlet, d.copy_of, c.depth + 1 FROM documents d JOIN chain c ON d.id = c.copy_of
         WHERE c.depth < 20
       ) SELECT id, outlet FROM chain ORDER BY depth`,
      [docId],
    )
    const self = chain.rows[0]
    if (!self) throw new Error(`analysis: document ${docId} is not stored`)
    const root = chain.rows[chain.rows.length - 1]!
    const outlet = outletOf(self.outlet, self.id, ctx.profiles)
    const rootOutlet = outletOf(root.outlet, root.id, ctx.profiles)

    const claims = await tx.query<ClaimRow>(
      `SELECT id, relation, agent, recipient, item, place, quantity, time, source, hedge, attribution_id
       FROM claims WHERE doc_id = $1 ORDER BY idx`,
      [docId],
    )
    const speakers = await tx.query<{ id: string; speaker: RoleValue | null }>(
      'SELECT id, speaker FROM attributions WHERE doc_id = $1',
      [docId],
    )
    const speakerOf = new Map(speakers.rows.map((r) => [r.id, r.speaker]))
    const facts = claims.rows.map((c) =>
      claimFacts(
        {
          id: c.id,
          docId,
          relation: c.relation,
          agent: c.agent,
          recipient: c.recipient,
          item: c.item,
          place: c.place,
          quantity: c.quantity,
          time: c.time,
          source: c.source,
          hedge: c.hedge,
          speaker: c.attribution_id ? (speakerOf.get(c.attribution_id) ?? null) : null,
        },
        outlet,
        rootOutlet,
        ctx,
      ),
    )

    // one lock per relation, agent and item class: a claim without a recipient may join any
    // cluster of these, so they must not be filed concurrently
    const keys = [...new Set(facts.flatMap((f) => (f.lockKey ? [f.lockKey] : [])))].sort()
    for (const key of keys)
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`dossier.cluster:${key}`])

    const candidates = new Map<string, ClusterRow[]>()
    const touched = new Set<string>()
    let contradictions = 0
    for (const f of facts) {
      let clusterId: string | null = null
      if (f.key && f.lockKey) {
        let list = candidates.get(f.lockKey)
        if (!list) {
          const r = await tx.query<ClusterRow>(
            `SELECT id, recipient_key, t_low, t_high FROM analysis_clusters
             WHERE relation = $1 AND agent_key IS NOT DISTINCT FROM $2 AND item_class = $3
             ORDER BY created_at, id`,
            [f.relation, f.agent?.key ?? null, f.itemClass],
          )
          list = r.rows
          candidates.set(f.lockKey, list)
        }
        const mine = f.recipient?.key ?? null
        const timeFits = (c: ClusterRow) => timesCompatible(f.relation, f.time, envelope(c, f.time))
        // the same recipient first; else, when one side names none, the oldest that fits
        const fit =
          list.find((c) => c.recipient_key === mine && timeFits(c)) ??
          list.find((c) => (c.recipient_key === null || mine === null) && timeFits(c))
        if (fit) {
          clusterId = fit.id
          if (f.time) {
            fit.t_low = fit.t_low && fit.t_low < f.time.low ? fit.t_low : f.time.low
            const high = f.time.high ?? OPEN_END
            fit.t_high = fit.t_high && fit.t_high > high ? fit.t_high : high
          }
          if (fit.recipient_key === null && f.recipient) {
            fit.recipient_key = f.recipient.key
            await tx.query(
              'UPDATE analysis_clusters SET recipient_key = $2, recipient_label = $3, key = $4, label = $5 WHERE id = $1',
              [fit.id, f.recipient.key, f.recipient.label, f.key, f.label],
            )
          }
        } else {
          clusterId = hash(`${f.key}\u0000${f.claimId}`)
          await createCluster(tx, clusterId, f)
          list.push({
            id: clusterId,
            recipient_key: mine,
            t_low: f.time?.low ?? null,
            t_high: f.time ? (f.time.high ?? OPEN_END) : null,
          })
        }
        touched.add(clusterId)
      }
      await insertClaim(tx, f, clusterId)
      if (clusterId) contradictions += await joinCluster(tx, clusterId, f)
    }
    for (const id of [...touched].sort()) await regrade(tx, id)
    await tx.query('UPDATE analysis_documents SET claims = $2 WHERE doc_id = $1', [docId, facts.length])
    return {
      analysed: true,
      claims: facts.length,
      clustered: facts.filter((f) => f.key).length,
      clusters: [...touched],
      contradictions,
    }
  })
}

/** The cluster's time envelope as a range (with the claim's precision, for the date tolerance). */
function envelope(c: ClusterRow, t: DayRange | null): DayRange | null {
  if (!c.t_low) return null
  return { low: c.t_low, high: c.t_high === OPEN_END ? null : c.t_high, precision: t?.precision ?? 'range' }
}

async function createCluster(tx: Sql, id: string, f: ClaimFacts): Promise<void> {
  await tx.query(
    `INSERT INTO analysis_clusters (id, key, relation, agent_key, agent_label, recipient_key, recipient_label,
       item_class, label, t_low, t_high)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      f.key,
      f.relation,
      f.agent?.key ?? null,
      f.agent?.label ?? null,
      f.recipient?.key ?? null,
      f.recipient?.label ?? null,
      f.itemClass,
      f.label,
      f.time?.low ?? null,
      f.time ? (f.time.high ?? OPEN_END) : null,
    ],
  )
}

const finite = (n: number | undefined): number | null => (n === undefined || !Number.isFinite(n) ? null : n)

async function insertClaim(tx: Sql, f: ClaimFacts, clusterId: string | null): Promise<void> {
  await tx.query(
    `INSERT INTO analysis_claims (claim_id, doc_id, cluster_id, figure_key, agent_key, recipient_key, agent_ref,
       recipient_ref, item_class, item_model, polarity, hedge, q_unit, q_low, q_high, t_low, t_high, t_precision,
       origin_key, origin_label, origin_kind, reliability, outlet_key, outlet_label, reasons)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
       $23, $24, $25::jsonb)
     ON CONFLICT (claim_id) DO NOTHING`,
    [
      f.claimId,
      f.docId,
      clusterId,
      f.figureKey,
      f.agent?.key ?? null,
      f.recipient?.key ?? null,
      f.agent?.named ?? null,
      f.recipient?.named ?? null,
      f.item.itemClass,
      f.item.model,
      f.polarity,
      f.hedge,
      f.quantity?.unit ?? null,
      finite(f.quantity?.low),
      finite(f.quantity?.high),
      f.time?.low ?? null,
      f.time?.high ?? null,
      f.time?.precision ?? null,
      f.origin.key,
      f.origin.label,
      f.origin.kind,
      f.origin.reliability,
      f.outlet.key,
      f.outlet.label,
      JSON.stringify([...f.reasons, `origin: ${f.origin.reason}`]),
    ],
  )
}

interface FigureRow {
  figure_key: string
  polarity: 'affirmed' | 'denied'
  q_unit: string | null
  q_low: number | null
  q_high: number | null
  q_stated: number | null
  q_text: string | null
  q_form: 'value' | 'low' | 'high' | null
  item_model: string | null
  t_low: string | null
  t_high: string | null
  t_precision: string | null
  members: number
  origins: string[]
  first_claim: string
}

/** A stored figure row back as a `Figure` (an open upper bound is stored as NULL). */
export function figureFromRow(r: FigureRow): Figure {
  const quantity: QuantityRange | null =
    r.q_unit !== null && r.q_low !== null
      ? {
          unit: r.q_unit,
          low: Number(r.q_low),
          high: r.q_high === null ? Number.POSITIVE_INFINITY : Number(r.q_high),
          stated: Number(r.q_stated),
          form: r.q_form ?? 'value',
          text: r.q_text ?? '',
        }
      : null
  const time: DayRange | null = r.t_low
    ? { low: r.t_low, high: r.t_high, precision: r.t_precision ?? 'range' }
    : null
  return {
    key: r.figure_key,
    polarity: r.polarity,
    quantity,
    model: r.item_model,
    time,
    members: Number(r.members),
    origins: r.origins,
  }
}

/** Adds one claim to its cluster's counters; records the contradictions a new figure brings. */
async function joinCluster(tx: Sql, clusterId: string, f: ClaimFacts): Promise<number> {
  await tx.query(
    `INSERT INTO analysis_cluster_origins AS o (cluster_id, origin_key, label, kind, reliability, reason, members, hedges, first_claim)
     VALUES ($1, $2, $3, $4, $5, $6, 1, ARRAY[$7::text], $8)
     ON CONFLICT (cluster_id, origin_key) DO UPDATE
       SET members = o.members + 1,
           hedges = CASE WHEN $7::text = ANY(o.hedges) THEN o.hedges ELSE o.hedges || $7::text END`,
    [
      clusterId,
      f.origin.key,
      f.origin.label,
      f.origin.kind,
      f.origin.reliability,
      f.origin.reason,
      f.hedge,
      f.claimId,
    ],
  )
  await tx.query(
    `INSERT INTO analysis_cluster_outlets AS o (cluster_id, outlet_key, label, members) VALUES ($1, $2, $3, 1)
     ON CONFLICT (cluster_id, outlet_key) DO UPDATE SET members = o.members + 1`,
    [clusterId, f.outlet.key, f.outlet.label],
  )
  const q = f.quantity
  const fig = await tx.query<{ inserted: boolean }>(
    `INSERT INTO analysis_cluster_figures AS g (cluster_id, figure_key, polarity, q_unit, q_low, q_high, q_stated,
       q_text, item_model, t_low, t_high, t_precision, members, origins, first_claim, q_form)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, ARRAY[$13::text], $14, $15)
     ON CONFLICT (cluster_id, figure_key) DO UPDATE
       SET members = g.members + 1,
           origins = CASE WHEN $13::text = ANY(g.origins) THEN g.origins ELSE g.origins || $13::text END
     RETURNING (xmax = 0) AS inserted`,
    [
      clusterId,
      f.figureKey,
      f.polarity,
      q?.unit ?? null,
      finite(q?.low),
      finite(q?.high),
      q?.stated ?? null,
      q?.text ?? null,
      f.item.model,
      f.time?.low ?? null,
      f.time?.high ?? null,
      f.time?.precision ?? null,
      f.origin.key,
      f.claimId,
      q?.form ?? null,
    ],
  )
  const t = f.time
  await tx.query(
    `UPDATE analysis_clusters SET members = members + 1,
       t_low = CASE WHEN $2::text IS NULL THEN t_low ELSE LEAST(t_low, $2::text) END,
       t_high = CASE WHEN $3::text IS NULL THEN t_high ELSE GREATEST(t_high, $3::text) END
     WHERE id = $1`,
    [clusterId, t?.low ?? null, t ? (t.high ?? OPEN_END) : null],
  )
  if (!fig.rows[0]?.inserted) return 0

  // a figure the cluster had not seen: compare it with the others
  const others = await tx.query<FigureRow>(
    `SELECT * FROM analysis_cluster_figures WHERE cluster_id = $1 AND figure_key <> $2
     ORDER BY members DESC, figure_key LIMIT ${MAX_COMPARED_FIGURES}`,
    [clusterId, f.figureKey],
  )
  const mine: Figure = {
    key: f.figureKey,
    polarity: f.polarity,
    quantity: f.quantity,
    model: f.item.model,
    time: f.time,
    members: 1,
    origins: [f.origin.key],
  }
  let n = 0
  for (const row of others.rows) {
    const conflict = conflictBetween(f.relation, figureFromRow(row), mine)
    if (!conflict) continue
    const r = await tx.query(
      `INSERT INTO analysis_contradictions (cluster_id, figure_a, figure_b, kind, description, possible_typo, claim_a, claim_b)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING cluster_id`,
      [
        clusterId,
        row.figure_key,
        f.figureKey,
        conflict.kind,
        conflict.description,
        conflict.typo,
        row.first_claim,
        f.claimId,
      ],
    )
    n += r.rows.length
  }
  return n
}

interface OriginRow {
  origin_key: string
  label: string
  kind: SourceKind | null
  reliability: Reliability
  members: number
  hedges: Hedge[]
}

/** Recomputes a cluster's counts and suggested grade from its side tables (never its members). */
async function regrade(tx: Sql, clusterId: string): Promise<void> {
  const origins = await tx.query<OriginRow>(
    'SELECT origin_key, label, kind, reliability, members, hedges FROM analysis_cluster_origins WHERE cluster_id = $1 ORDER BY origin_key',
    [clusterId],
  )
  const figures = await tx.query<FigureRow>(
    `SELECT * FROM analysis_cluster_figures WHERE cluster_id = $1 ORDER BY members DESC, figure_key LIMIT ${MAX_COMPARED_FIGURES}`,
    [clusterId],
  )
  const contradictions = await tx.query<{
    figure_a: string
    figure_b: string
    kind: string
    possible_typo: string | null
  }>('SELECT figure_a, figure_b, kind, possible_typo FROM analysis_contradictions WHERE cluster_id = $1', [
    clusterId,
  ])
  const originSummaries: OriginSummary[] = origins.rows.map((o) => ({
    key: o.origin_key,
    label: o.label,
    kind: o.kind,
    reliability: o.reliability,
    members: Number(o.members),
    hedges: o.hedges,
  }))
  const contradictionSummaries: ContradictionSummary[] = contradictions.rows.map((c) => ({
    kind: c.kind as ContradictionSummary['kind'],
    figureA: c.figure_a,
    figureB: c.figure_b,
    typo: c.possible_typo,
  }))
  const grade = suggestGrade(originSummaries, figures.rows.map(figureFromRow), contradictionSummaries)
  await tx.query(
    `UPDATE analysis_clusters SET
       outlets = (SELECT count(*) FROM analysis_cluster_outlets WHERE cluster_id = $1),
       origins = $2, contradictions = $3, reliability = $4, credibility = $5, likelihood = $6,
       main_figure = $7, grade_reasons = $8::jsonb, updated_at = now()
     WHERE id = $1`,
    [
      clusterId,
      originSummaries.length,
      contradictionSummaries.length,
      grade.reliability,
      grade.credibility,
      grade.likelihood,
      grade.mainFigure,
      JSON.stringify(grade.reasons),
    ],
  )
}

/**
 * Analyses every stored document analysis has not seen yet, in ingest order — for stores written
 * before analysis existed, or by writers that skip the post-save step. Returns how many it analysed.
 */
export async function analyzePending(
  sql: Sql,
  options: AnalyzeOptions & { readonly batch?: number } = {},
): Promise<number> {
  let n = 0
  for (;;) {
    const r = await sql.query<{ id: string }>(
      `SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM analysis_documents a WHERE a.doc_id = d.id)
       ORDER BY d.ingested_at, d.id LIMIT $1`,
      [options.batch ?? 200],
    )
    if (!r.rows.length) return n
    for (const { id } of r.rows) {
      const report = await analyzeDocument(sql, id, options)
      if (report.analysed) n++
    }
  }
}
