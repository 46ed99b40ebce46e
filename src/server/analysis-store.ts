/**
 * Cross-document analysis as the API sees it, read from the store's analysis tables with
 * `src/analyze/read.ts`. Analysis names entities by name ("about"); the API by stored entity id,
 * so an id is turned into its name first.
 */
import {
  type ClusterSummary,
  type ContradictionView,
  clusterDetail,
  type GradeView,
  listClusters,
  listContradictions,
} from '../analyze/read.js'
import type { Sql } from '../store/index.js'
import type { AnalysisProvider, ClaimClusterRef } from './analysis.js'
import type { ClusterSummaryOut, ContradictionOut, GradeOut } from './schemas.js'

const grade = (g: GradeView | null): GradeOut | null =>
  g
    ? {
        reliability: g.reliability,
        credibility: g.credibility,
        code: g.code,
        likelihood: g.likelihood,
        meaning: g.meaning,
        reasons: [...g.reasons],
      }
    : null

const summary = (c: ClusterSummary): ClusterSummaryOut => ({
  id: c.id,
  relation: c.relation,
  label: c.label,
  memberCount: c.members,
  outletCount: c.outlets,
  originCount: c.origins,
  timeFrom: c.timeFrom,
  timeTo: c.timeTo,
  grade: grade(c.grade),
  contradicted: c.contradictions > 0,
})

const contradiction = (x: ContradictionView): ContradictionOut => ({
  cluster: x.clusterId,
  label: x.label,
  kind: x.kind,
  reason: x.description,
  possibleTypo: x.possibleTypo,
  claims: x.claims.map((c) => c.id),
})

export function storeAnalysis(sql: Sql): AnalysisProvider {
  const entityName = async (id: string | undefined): Promise<string | null> => {
    if (!id) return null
    const r = await sql.query<{ name: string }>('SELECT name FROM entities WHERE id = $1', [id])
    return r.rows[0]?.name ?? null
  }
  return {
    async clustersOfClaims(ids) {
      const out = new Map<string, ClaimClusterRef>()
      if (!ids.length) return out
      const r = await sql.query<{
        claim_id: string
        id: string
        reliability: string | null
        credibility: number | null
        likelihood: string | null
        contradictions: number
      }>(
        `SELECT a.claim_id, c.id, c.reliability, c.credibility, c.likelihood, c.contradictions
         FROM analysis_claims a JOIN analysis_clusters c ON c.id = a.cluster_id
         WHERE a.claim_id = ANY($1::text[])`,
        [[...ids]],
      )
      for (const row of r.rows) {
        const g =
          row.reliability && row.credibility
            ? {
                reliability: row.reliability,
                credibility: Number(row.credibility),
                code: `${row.reliability}${row.credibility}`,
                likelihood: row.likelihood,
                meaning: '',
                reasons: [],
              }
            : null
        out.set(row.claim_id, { id: row.id, grade: g, contradicted: Number(row.contradictions) > 0 })
      }
      return out
    },

    async claimsWithGrade(code) {
      const r = await sql.query<{ claim_id: string }>(
        `SELECT a.claim_id FROM analysis_claims a JOIN analysis_clusters c ON c.id = a.cluster_id
         WHERE c.reliability = $1 AND c.credibility = $2`,
        [code[0], Number(code.slice(1))],
      )
      return r.rows.map((x) => x.claim_id)
    },

    async clusters(filter) {
      const about = await entityName(filter.entity)
      if (filter.entity && !about) return { items: [], total: 0 }
      const q = { ...(about ? { about } : {}), ...(filter.relation ? { relation: filter.relation } : {}) }
      const page = await listClusters(sql, { ...q, limit: filter.limit, offset: filter.offset })
      const total =
        page.length < filter.limit && (page.length > 0 || filter.offset === 0)
          ? filter.offset + page.length
          : (await listClusters(sql, { ...q, limit: 100_000 })).length
      return { items: page.map(summary), total }
    },

    async cluster(id) {
      const d = await clusterDetail(sql, id)
      if (!d) return null
      return {
        ...summary(d),
        members: d.memberList.map((m) => m.id),
        origins: d.originList.map((o) => ({ ...o })),
        contradictions: d.contradictionList.map(contradiction),
      }
    },

    async contradictions(filter) {
      const about = await entityName(filter.entity)
      if (filter.entity && !about) return []
      return (await listContradictions(sql, about ? { about } : {})).map(contradiction)
    },
  }
}
