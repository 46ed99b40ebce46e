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

import type { Hedge, Quantity, Relation, RoleValue, TimeValue } from '../model/annotations.js'
import { shortHash } from '../model/hash.js'
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

const hash = shortHash

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

/** Contradictions recorded for one new figure: against the best-supported conflicting figures. */
export const MAX_CONTRADICTIONS_PER_FIGURE = 10

/**
 * Analyses one stored document, in one transaction and a fixed number of statements whatever
 * its number of claims. Idempotent: a document analysed before is skipped (`analysed: false`).
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

    const claims = await tx.query<ClaimRow & { speaker: RoleValue | null }>(
      `SELECT c.id, c.relation, c.agent, c.recipient, c.item, c.place, c.quantity, c.time, c.source, c.hedge,
         c.attribution_id, a.speaker
       FROM claims c LEFT JOIN attributions a ON a.doc_id = c.doc_id AND a.id = c.attribution_id
       WHERE c.doc_id = $1 ORDER BY c.idx`,
      [docId],
    )
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
          speaker: c.speaker,
        },
        outlet,
        rootOutlet,
        ctx,
      ),
    )
    const clustered = facts.filter((f) => f.key && f.lockKey)

    // one lock per relation, agent and item class (sorted, so that workers never wait in a
    // cycle): a claim without a recipient may join any cluster of these
    const lockKeys = [...new Set(clustered.map((f) => f.lockKey!))].sort()
    if (lockKeys.length) {
      await tx.query(
        'SELECT pg_advisory_xact_lock(hashtext(u.k)) FROM unnest($1::text[]) WITH ORDINALITY AS u(k, i) ORDER BY u.i',
        [lockKeys.map((k) => `dossier.cluster:${k}`)],
      )
    }

    // --- file each claim into a cluster
    const candidates = new Map<string, ClusterRow[]>()
    if (clustered.length) {
      const wanted = [...new Map(clustered.map((f) => [f.lockKey!, f])).values()]
      const r = await tx.query<
        ClusterRow & { relation: string; agent_key: string | null; item_class: string }
      >(
        `SELECT c.id, c.relation, c.agent_key, c.item_class, c.recipient_key, c.t_low, c.t_high
         FROM analysis_clusters c JOIN unnest($1::text[], $2::text[], $3::text[]) AS w(relation, agent_key, item_class)
           ON c.relation = w.relation AND c.agent_key IS NOT DISTINCT FROM w.agent_key AND c.item_class = w.item_class
         ORDER BY c.created_at, c.id`,
        [
          wanted.map((f) => f.relation),
          wanted.map((f) => f.agent?.key ?? null),
          wanted.map((f) => f.itemClass),
        ],
      )
      for (const row of r.rows) {
        const key = [row.relation, row.agent_key ?? '-', row.item_class].join('|')
        const list = candidates.get(key) ?? []
        list.push(row)
        candidates.set(key, list)
      }
    }
    const created: ClaimFacts[] = []
    const createdIds: string[] = []
    const upgrades = new Map<string, ClaimFacts>()
    const clusterOf = new Map<string, string>()
    for (const f of clustered) {
      const list = candidates.get(f.lockKey!) ?? []
      candidates.set(f.lockKey!, list)
      const mine = f.recipient?.key ?? null
      const timeFits = (c: ClusterRow) => timesCompatible(f.relation, f.time, envelope(c, f.time))
      // the same recipient first; else, when one side names none, the oldest that fits
      const fit =
        list.find((c) => c.recipient_key === mine && timeFits(c)) ??
        list.find((c) => (c.recipient_key === null || mine === null) && timeFits(c))
      if (fit) {
        clusterOf.set(f.claimId, fit.id)
        if (f.time) {
          fit.t_low = fit.t_low && fit.t_low < f.time.low ? fit.t_low : f.time.low
          const high = f.time.high ?? OPEN_END
          fit.t_high = fit.t_high && fit.t_high > high ? fit.t_high : high
        }
        if (fit.recipient_key === null && f.recipient) {
          fit.recipient_key = f.recipient.key
          upgrades.set(fit.id, f)
        }
      } else {
        const id = hash(`${f.key}\u0000${f.claimId}`)
        clusterOf.set(f.claimId, id)
        created.push(f)
        createdIds.push(id)
        list.push({
          id,
          recipient_key: mine,
          t_low: f.time?.low ?? null,
          t_high: f.time ? (f.time.high ?? OPEN_END) : null,
        })
      }
    }
    if (created.length) {
      await tx.query(
        `INSERT INTO analysis_clusters (id, key, relation, agent_key, agent_label, recipient_key, recipient_label,
           item_class, label, t_low, t_high)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
           $8::text[], $9::text[], $10::text[], $11::text[])`,
        [
          createdIds,
          created.map((f) => f.key),
          created.map((f) => f.relation),
          created.map((f) => f.agent?.key ?? null),
          created.map((f) => f.agent?.label ?? null),
          created.map((f) => f.recipient?.key ?? null),
          created.map((f) => f.recipient?.label ?? null),
          created.map((f) => f.itemClass),
          created.map((f) => f.label),
          created.map((f) => f.time?.low ?? null),
          created.map((f) => (f.time ? (f.time.high ?? OPEN_END) : null)),
        ],
      )
    }
    const upgraded = [...upgrades].filter(([id]) => !createdIds.includes(id))
    if (upgraded.length) {
      await tx.query(
        `UPDATE analysis_clusters c SET recipient_key = u.rk, recipient_label = u.rl, key = u.k, label = u.l
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, rk, rl, k, l)
         WHERE c.id = u.id`,
        [
          upgraded.map(([id]) => id),
          upgraded.map(([, f]) => f.recipient!.key),
          upgraded.map(([, f]) => f.recipient!.label),
          upgraded.map(([, f]) => f.key),
          upgraded.map(([, f]) => f.label),
        ],
      )
    }

    // --- the claims, as read
    if (facts.length) {
      await tx.query(
        `INSERT INTO analysis_claims (claim_id, doc_id, cluster_id, figure_key, agent_key, recipient_key, agent_ref,
           recipient_ref, item_class, item_model, polarity, hedge, q_unit, q_low, q_high, t_low, t_high, t_precision,
           origin_key, origin_label, origin_kind, reliability, outlet_key, outlet_label, reasons)
         SELECT u.claim_id, $2, u.cluster_id, u.figure_key, u.agent_key, u.recipient_key, u.agent_ref, u.recipient_ref,
           u.item_class, u.item_model, u.polarity, u.hedge, u.q_unit, u.q_low, u.q_high, u.t_low, u.t_high, u.t_precision,
           u.origin_key, u.origin_label, u.origin_kind, u.reliability, $3, $4, u.reasons
         FROM unnest($1::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
           $12::text[], $13::text[], $14::text[], $15::text[], $16::float8[], $17::float8[], $18::text[], $19::text[],
           $20::text[], $21::text[], $22::text[], $23::text[], $24::text[], $25::jsonb[])
           AS u(claim_id, cluster_id, figure_key, agent_key, recipient_key, agent_ref, recipient_ref, item_class,
             item_model, polarity, hedge, q_unit, q_low, q_high, t_low, t_high, t_precision, origin_key, origin_label,
             origin_kind, reliability, reasons)
         ON CONFLICT (claim_id) DO NOTHING`,
        [
          facts.map((f) => f.claimId),
          docId,
          outlet.key,
          outlet.label,
          facts.map((f) => clusterOf.get(f.claimId) ?? null),
          facts.map((f) => f.figureKey),
          facts.map((f) => f.agent?.key ?? null),
          facts.map((f) => f.recipient?.key ?? null),
          facts.map((f) => f.agent?.named ?? null),
          facts.map((f) => f.recipient?.named ?? null),
          facts.map((f) => f.item.itemClass),
          facts.map((f) => f.item.model),
          facts.map((f) => f.polarity),
          facts.map((f) => f.hedge),
          facts.map((f) => f.quantity?.unit ?? null),
          facts.map((f) => finite(f.quantity?.low)),
          facts.map((f) => finite(f.quantity?.high)),
          facts.map((f) => f.time?.low ?? null),
          facts.map((f) => f.time?.high ?? null),
          facts.map((f) => f.time?.precision ?? null),
          facts.map((f) => f.origin.key),
          facts.map((f) => f.origin.label),
          facts.map((f) => f.origin.kind),
          facts.map((f) => f.origin.reliability),
          facts.map((f) => JSON.stringify([...f.reasons, `origin: ${f.origin.reason}`])),
        ],
      )
    }
    if (!clustered.length) {
      await tx.query('UPDATE analysis_documents SET claims = $2 WHERE doc_id = $1', [docId, facts.length])
      return { analysed: true, claims: facts.length, clustered: 0, clusters: [], contradictions: 0 }
    }

    // --- the touched clusters' counters, aggregated per document first (one upsert per table)
    const originAgg = new Map<string, { f: ClaimFacts; cluster: string; n: number; hedges: Set<Hedge> }>()
    const outletAgg = new Map<string, { cluster: string; n: number }>()
    const figureAgg = new Map<string, { f: ClaimFacts; cluster: string; n: number; origins: Set<string> }>()
    const clusterAgg = new Map<string, { n: number; low: string | null; high: string | null }>()
    for (const f of clustered) {
      const cluster = clusterOf.get(f.claimId)!
      const o = originAgg.get(`${cluster}\u0000${f.origin.key}`) ?? {
        f,
        cluster,
        n: 0,
        hedges: new Set<Hedge>(),
      }
      o.n++
      o.hedges.add(f.hedge)
      originAgg.set(`${cluster}\u0000${f.origin.key}`, o)
      const u = outletAgg.get(cluster) ?? { cluster, n: 0 }
      u.n++
      outletAgg.set(cluster, u)
      const g = figureAgg.get(`${cluster}\u0000${f.figureKey}`) ?? {
        f,
        cluster,
        n: 0,
        origins: new Set<string>(),
      }
      g.n++
      g.origins.add(f.origin.key)
      figureAgg.set(`${cluster}\u0000${f.figureKey}`, g)
      const c = clusterAgg.get(cluster) ?? { n: 0, low: null, high: null }
      c.n++
      if (f.time) {
        c.low = c.low && c.low < f.time.low ? c.low : f.time.low
        const high = f.time.high ?? OPEN_END
        c.high = c.high && c.high > high ? c.high : high
      }
      clusterAgg.set(cluster, c)
    }
    const origins = [...originAgg.values()]
    await tx.query(
      `INSERT INTO analysis_cluster_origins AS o (cluster_id, origin_key, label, kind, reliability, reason, members, hedges, first_claim)
       SELECT u.c, u.k, u.l, u.kind, u.r, u.reason, u.n, ARRAY(SELECT jsonb_array_elements_text(u.h)), u.first
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::jsonb[], $9::text[])
         AS u(c, k, l, kind, r, reason, n, h, first)
       ORDER BY u.c, u.k
       ON CONFLICT (cluster_id, origin_key) DO UPDATE
         SET members = o.members + EXCLUDED.members,
             hedges = ARRAY(SELECT DISTINCT x FROM unnest(o.hedges || EXCLUDED.hedges) AS x ORDER BY x)`,
      [
        origins.map((o) => o.cluster),
        origins.map((o) => o.f.origin.key),
        origins.map((o) => o.f.origin.label),
        origins.map((o) => o.f.origin.kind),
        origins.map((o) => o.f.origin.reliability),
        origins.map((o) => o.f.origin.reason),
        origins.map((o) => o.n),
        origins.map((o) => JSON.stringify([...o.hedges].sort())),
        origins.map((o) => o.f.claimId),
      ],
    )
    const outlets = [...outletAgg.values()]
    await tx.query(
      `INSERT INTO analysis_cluster_outlets AS o (cluster_id, outlet_key, label, members)
       SELECT u.c, $2, $3, u.n FROM unnest($1::text[], $4::int[]) AS u(c, n) ORDER BY u.c
       ON CONFLICT (cluster_id, outlet_key) DO UPDATE SET members = o.members + EXCLUDED.members`,
      [outlets.map((o) => o.cluster), outlet.key, outlet.label, outlets.map((o) => o.n)],
    )
    const figures = [...figureAgg.values()]
    const inserted = await tx.query<{ cluster_id: string; figure_key: string }>(
      `INSERT INTO analysis_cluster_figures AS g (cluster_id, figure_key, polarity, q_unit, q_low, q_high, q_stated,
         q_text, q_form, item_model, t_low, t_high, t_precision, members, origins, first_claim)
       SELECT u.c, u.k, u.p, u.qu, u.ql, u.qh, u.qs, u.qt, u.qf, u.m, u.tl, u.th, u.tp, u.n,
         ARRAY(SELECT jsonb_array_elements_text(u.o)), u.first
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::float8[], $8::text[],
         $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::int[], $15::jsonb[], $16::text[])
         AS u(c, k, p, qu, ql, qh, qs, qt, qf, m, tl, th, tp, n, o, first)
       ORDER BY u.c, u.k
       ON CONFLICT (cluster_id, figure_key) DO UPDATE
         SET members = g.members + EXCLUDED.members,
             origins = ARRAY(SELECT DISTINCT x FROM unnest(g.origins || EXCLUDED.origins) AS x ORDER BY x)
       RETURNING cluster_id, figure_key, (xmax = 0) AS fresh`,
      [
        figures.map((g) => g.cluster),
        figures.map((g) => g.f.figureKey),
        figures.map((g) => g.f.polarity),
        figures.map((g) => g.f.quantity?.unit ?? null),
        figures.map((g) => finite(g.f.quantity?.low)),
        figures.map((g) => finite(g.f.quantity?.high)),
        figures.map((g) => g.f.quantity?.stated ?? null),
        figures.map((g) => g.f.quantity?.text ?? null),
        figures.map((g) => g.f.quantity?.form ?? null),
        figures.map((g) => g.f.item.model),
        figures.map((g) => g.f.time?.low ?? null),
        figures.map((g) => g.f.time?.high ?? null),
        figures.map((g) => g.f.time?.precision ?? null),
        figures.map((g) => g.n),
        figures.map((g) => JSON.stringify([...g.origins].sort())),
        figures.map((g) => g.f.claimId),
      ],
    )
    const clusterRows = [...clusterAgg.entries()]
    await tx.query(
      `UPDATE analysis_clusters c SET members = c.members + u.n,
         t_low = CASE WHEN u.lo IS NULL THEN c.t_low ELSE LEAST(c.t_low, u.lo) END,
         t_high = CASE WHEN u.hi IS NULL THEN c.t_high ELSE GREATEST(c.t_high, u.hi) END
       FROM unnest($1::text[], $2::int[], $3::text[], $4::text[]) AS u(id, n, lo, hi)
       WHERE c.id = u.id`,
      [
        clusterRows.map(([id]) => id),
        clusterRows.map(([, c]) => c.n),
        clusterRows.map(([, c]) => c.low),
        clusterRows.map(([, c]) => c.high),
      ],
    )

    // --- contradictions that new figures bring: compared with the cluster's best-supported figures
    const freshFigures = (
      inserted.rows as { cluster_id: string; figure_key: string; fresh: boolean }[]
    ).filter((r) => r.fresh)
    let contradictions = 0
    if (freshFigures.length) {
      const clusterIds = [...new Set(freshFigures.map((r) => r.cluster_id))]
      const others = await tx.query<FigureRow & { cluster_id: string }>(
        `SELECT * FROM (
           SELECT g.*, row_number() OVER (PARTITION BY g.cluster_id ORDER BY g.members DESC, g.figure_key) AS rank
           FROM analysis_cluster_figures g WHERE g.cluster_id = ANY($1::text[])
         ) ranked WHERE rank <= ${MAX_COMPARED_FIGURES}`,
        [clusterIds],
      )
      const byCluster = new Map<string, (FigureRow & { cluster_id: string })[]>()
      for (const row of others.rows)
        byCluster.set(row.cluster_id, [...(byCluster.get(row.cluster_id) ?? []), row])
      const relationOf = new Map(clustered.map((f) => [clusterOf.get(f.claimId)!, f.relation]))
      const rows: {
        c: string
        a: string
        b: string
        kind: string
        d: string
        typo: string | null
        ca: string
        cb: string
      }[] = []
      const seen = new Set<string>()
      for (const { cluster_id, figure_key } of freshFigures) {
        const list = byCluster.get(cluster_id) ?? []
        const mine = list.find((r) => r.figure_key === figure_key)
        if (!mine) continue
        const mineFigure = figureFromRow(mine)
        let n = 0
        for (const other of list) {
          if (other.figure_key === figure_key || n >= MAX_CONTRADICTIONS_PER_FIGURE) continue
          const conflict = conflictBetween(relationOf.get(cluster_id)!, figureFromRow(other), mineFigure)
          if (!conflict) continue
          // a pair of figures is recorded once: the earlier-known one first, two new ones by key
          const otherFresh = freshFigures.some(
            (x) => x.cluster_id === cluster_id && x.figure_key === other.figure_key,
          )
          const [a, b] = otherFresh && other.figure_key > figure_key ? [mine, other] : [other, mine]
          const pair = `${cluster_id}\u0000${a.figure_key}\u0000${b.figure_key}`
          if (seen.has(pair)) continue
          seen.add(pair)
          n++
          rows.push({
            c: cluster_id,
            a: a.figure_key,
            b: b.figure_key,
            kind: conflict.kind,
            d: conflict.description,
            typo: conflict.typo,
            ca: a.first_claim,
            cb: b.first_claim,
          })
        }
      }
      if (rows.length) {
        const r = await tx.query(
          `INSERT INTO analysis_contradictions (cluster_id, figure_a, figure_b, kind, description, possible_typo, claim_a, claim_b)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
           ON CONFLICT DO NOTHING RETURNING cluster_id`,
          [
            rows.map((x) => x.c),
            rows.map((x) => x.a),
            rows.map((x) => x.b),
            rows.map((x) => x.kind),
            rows.map((x) => x.d),
            rows.map((x) => x.typo),
            rows.map((x) => x.ca),
            rows.map((x) => x.cb),
          ],
        )
        contradictions = r.rows.length
      }
    }

    const touched = [...clusterAgg.keys()].sort()
    await regrade(tx, touched)
    await tx.query('UPDATE analysis_documents SET claims = $2 WHERE doc_id = $1', [docId, facts.length])
    return {
      analysed: true,
      claims: facts.length,
      clustered: clustered.length,
      clusters: touched,
      contradictions,
    }
  })
}

/** The cluster's time envelope as a range (with the claim's precision, for the date tolerance). */
function envelope(c: ClusterRow, t: DayRange | null): DayRange | null {
  if (!c.t_low) return null
  return { low: c.t_low, high: c.t_high === OPEN_END ? null : c.t_high, precision: t?.precision ?? 'range' }
}

const finite = (n: number | undefined): number | null => (n === undefined || !Number.isFinite(n) ? null : n)

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

interface OriginRow {
  cluster_id: string
  origin_key: string
  label: string
  kind: SourceKind | null
  reliability: Reliability
  members: number
  hedges: Hedge[]
}

/** Recomputes clusters' counts and suggested grades from their side tables (never their members). */
async function regrade(tx: Sql, clusterIds: readonly string[]): Promise<void> {
  if (!clusterIds.length) return
  const ids = [...clusterIds]
  const origins = await tx.query<OriginRow>(
    `SELECT cluster_id, origin_key, label, kind, reliability, members, hedges FROM analysis_cluster_origins
     WHERE cluster_id = ANY($1::text[]) ORDER BY cluster_id, origin_key`,
    [ids],
  )
  const figures = await tx.query<FigureRow & { cluster_id: string }>(
    `SELECT * FROM (
       SELECT g.*, row_number() OVER (PARTITION BY g.cluster_id ORDER BY g.members DESC, g.figure_key) AS rank
       FROM analysis_cluster_figures g WHERE g.cluster_id = ANY($1::text[])
     ) ranked WHERE rank <= ${MAX_COMPARED_FIGURES}`,
    [ids],
  )
  const contradictions = await tx.query<{
    cluster_id: string
    figure_a: string
    figure_b: string
    kind: string
    possible_typo: string | null
  }>(
    'SELECT cluster_id, figure_a, figure_b, kind, possible_typo FROM analysis_contradictions WHERE cluster_id = ANY($1::text[])',
    [ids],
  )
  const outlets = await tx.query<{ cluster_id: string; n: number }>(
    `SELECT cluster_id, count(*)::int AS n FROM analysis_cluster_outlets WHERE cluster_id = ANY($1::text[]) GROUP BY cluster_id`,
    [ids],
  )
  const group = <T extends { cluster_id: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>()
    for (const r of rows) m.set(r.cluster_id, [...(m.get(r.cluster_id) ?? []), r])
    return m
  }
  const originsOf = group(origins.rows)
  const figuresOf = group(figures.rows)
  const contradictionsOf = group(contradictions.rows)
  const outletsOf = new Map(outlets.rows.map((r) => [r.cluster_id, Number(r.n)]))
  const updates = ids.map((id) => {
    const os: OriginSummary[] = (originsOf.get(id) ?? []).map((o) => ({
      key: o.origin_key,
      label: o.label,
      kind: o.kind,
      reliability: o.reliability,
      members: Number(o.members),
      hedges: o.hedges,
    }))
    const cs: ContradictionSummary[] = (contradictionsOf.get(id) ?? []).map((c) => ({
      kind: c.kind as ContradictionSummary['kind'],
      figureA: c.figure_a,
      figureB: c.figure_b,
      typo: c.possible_typo,
    }))
    const grade = suggestGrade(os, (figuresOf.get(id) ?? []).map(figureFromRow), cs)
    return { id, origins: os.length, contradictions: cs.length, outlets: outletsOf.get(id) ?? 0, grade }
  })
  await tx.query(
    `UPDATE analysis_clusters c SET outlets = u.outlets, origins = u.origins, contradictions = u.contradictions,
       reliability = u.reliability, credibility = u.credibility, likelihood = u.likelihood, main_figure = u.main,
       grade_reasons = u.reasons, updated_at = now()
     FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::int[], $7::text[], $8::text[], $9::jsonb[])
       AS u(id, outlets, origins, contradictions, reliability, credibility, likelihood, main, reasons)
     WHERE c.id = u.id`,
    [
      updates.map((u) => u.id),
      updates.map((u) => u.outlets),
      updates.map((u) => u.origins),
      updates.map((u) => u.contradictions),
      updates.map((u) => u.grade.reliability),
      updates.map((u) => u.grade.credibility),
      updates.map((u) => u.grade.likelihood),
      updates.map((u) => u.grade.mainFigure),
      updates.map((u) => JSON.stringify(u.grade.reasons)),
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
