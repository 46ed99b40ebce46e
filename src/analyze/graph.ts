/**
 * The network: entities as nodes, claims as directed edges typed by relation (agent → recipient,
 * or agent → equipment model when no recipient is named), weighted by the number of claims and of
 * independent origins, each edge listing its evidence (claim ids). Built with graphology from the
 * neighbourhood of one entity, read by SQL a ring at a time; betweenness and degree centrality
 * surface key suppliers and intermediaries, Louvain communities the blocs around them.
 */
import { createRequire } from 'node:module'
import type { Sql } from '../store/sql.js'
import type { AnalysisContext } from './facts.js'
import { aboutKey } from './read.js'

export interface GraphNode {
  readonly id: string
  readonly label: string
  /** Rings from the entity asked about (0 for itself). */
  readonly depth: number
  readonly degree: number
  readonly betweenness: number
  readonly community: number
}

export interface GraphEdge {
  readonly source: string
  readonly target: string
  readonly relation: string
  /** Claims behind the edge. */
  readonly weight: number
  /** Distinct independent origins behind the edge. */
  readonly origins: number
  /** Claim ids (at most `EVIDENCE_PER_EDGE`), each resolvable to its evidence sentence. */
  readonly evidence: readonly string[]
}

export interface NetworkGraph {
  readonly about: { readonly key: string; readonly label: string }
  readonly depth: number
  readonly nodes: readonly GraphNode[]
  readonly edges: readonly GraphEdge[]
}

// graphology and its metrics are CommonJS: required, with their declared types
const require = createRequire(import.meta.url)
const { DirectedGraph } = require('graphology') as typeof import('graphology')
const louvain =
  require('graphology-communities-louvain') as typeof import('graphology-communities-louvain').default
const betweenness =
  require('graphology-metrics/centrality/betweenness') as typeof import('graphology-metrics/centrality/betweenness.js').default

export const EVIDENCE_PER_EDGE = 20
/** Stops a ring from pulling in the whole store around a hub (Russia, Belarus). */
export const MAX_EDGES_PER_RING = 5000

interface EdgeRow {
  claim_id: string
  relation: string
  agent_ref: string | null
  recipient_ref: string | null
  item_model: string | null
  origin_key: string
  agent_label: string | null
  recipient_label: string | null
}

/** The neighbourhood of `about` up to `depth` rings, with centrality and communities. */
export async function networkGraph(
  sql: Sql,
  about: string,
  options: { readonly depth?: number; readonly context?: AnalysisContext } = {},
): Promise<NetworkGraph> {
  const depth = options.depth ?? 2
  const start = aboutKey(about, options.context)
  const seen = new Map<string, number>([[start.key, 0]])
  const labels = new Map<string, string>([[start.key, start.label]])
  const rows = new Map<string, EdgeRow>()
  let frontier = [start.key]
  for (let d = 1; d <= depth && frontier.length; d++) {
    const r = await sql.query<EdgeRow>(
      `SELECT a.claim_id, c.relation, a.agent_ref, a.recipient_ref, a.item_model, a.origin_key,
         coalesce(c.agent->>'canonical', c.agent->>'text') AS agent_label,
         coalesce(c.recipient->>'canonical', c.recipient->>'text') AS recipient_label
       FROM analysis_claims a JOIN claims c ON c.id = a.claim_id
       WHERE a.agent_ref = ANY($1::text[]) OR a.recipient_ref = ANY($1::text[])
       ORDER BY a.claim_id LIMIT ${MAX_EDGES_PER_RING}`,
      [frontier],
    )
    const next: string[] = []
    for (const row of r.rows) {
      rows.set(row.claim_id, row)
      for (const [key, label] of [
        [row.agent_ref, row.agent_label],
        [row.recipient_ref, row.recipient_label],
      ] as const) {
        if (!key) continue
        if (label && !labels.has(key)) labels.set(key, label)
        if (!seen.has(key)) {
          seen.set(key, d)
          next.push(key)
        }
      }
    }
    frontier = next
  }

  const graph = new DirectedGraph()
  const edgeData = new Map<string, { relation: string; claims: string[]; origins: Set<string> }>()
  for (const row of [...rows.values()].sort((a, b) => (a.claim_id < b.claim_id ? -1 : 1))) {
    const source = row.agent_ref
    const target = row.recipient_ref ?? (row.item_model ? `model:${row.item_model}` : null)
    if (!source || !target || source === target) continue
    if (row.item_model && !labels.has(`model:${row.item_model}`))
      labels.set(`model:${row.item_model}`, row.item_model)
    for (const n of [source, target]) if (!graph.hasNode(n)) graph.addNode(n, { label: labels.get(n) ?? n })
    const key = `${source}\u0000${target}\u0000${row.relation}`
    let e = edgeData.get(key)
    if (!e) {
      e = { relation: row.relation, claims: [], origins: new Set() }
      edgeData.set(key, e)
    }
    e.claims.push(row.claim_id)
    e.origins.add(row.origin_key)
  }
  // graphology keeps one edge per direction: relations between the same two nodes add weight to it
  for (const [key, e] of edgeData) {
    const [source, target] = key.split('\u0000') as [string, string]
    if (graph.hasEdge(source, target)) {
      graph.updateEdgeAttribute(source, target, 'weight', (w: number) => w + e.claims.length)
    } else graph.addEdge(source, target, { weight: e.claims.length })
  }
  const between = graph.order > 2 ? betweenness(graph, { normalized: true }) : {}
  const communities = graph.size ? louvain(graph, { getEdgeWeight: 'weight', rng: seeded(42) }) : {}
  const nodes: GraphNode[] = graph
    .nodes()
    .map((n) => ({
      id: n,
      label: labels.get(n) ?? n,
      depth: seen.get(n) ?? depth + 1,
      degree: graph.degree(n),
      betweenness: Math.round((between[n] ?? 0) * 1000) / 1000,
      community: communities[n] ?? 0,
    }))
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || (a.id < b.id ? -1 : 1))
  const edges: GraphEdge[] = [...edgeData.entries()].map(([key, e]) => {
    const [source, target] = key.split('\u0000') as [string, string]
    return {
      source,
      target,
      relation: e.relation,
      weight: e.claims.length,
      origins: e.origins.size,
      evidence: e.claims.slice(0, EVIDENCE_PER_EDGE),
    }
  })
  return { about: { key: start.key, label: start.label }, depth, nodes, edges }
}

/** A deterministic generator, so that communities do not change from run to run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}
