/**
 * The seam between the API and cross-document analysis (claim clusters, origins, grades,
 * contradictions). The API asks these questions; an adapter over `src/analyze` answers them.
 * Without one, the endpoints that need it answer `DOSSIER_E_NOT_AVAILABLE` (501) and claims
 * carry `cluster: null` — nothing is guessed in its place.
 */
import type { z } from 'zod'
import type { ContradictionOut, GradeOut, OriginOut } from './schemas.js'

type Origin = z.infer<typeof OriginOut>

/** A cluster as analysis knows it; the API expands `members` (claim ids) into claims. */
export interface ClusterRecord {
  readonly id: string
  readonly relation: string
  /** Short human label, e.g. "Belarus SUPPLY Russia: tanks". */
  readonly label: string
  readonly members: readonly string[]
  readonly origins: readonly Origin[]
  readonly grade: GradeOut | null
  readonly contradicted: boolean
}

export interface ClaimClusterRef {
  readonly id: string
  readonly grade: GradeOut | null
  readonly contradicted: boolean
}

export interface ClusterFilter {
  readonly entity?: string
  readonly relation?: string
  readonly limit: number
  readonly offset: number
}

export interface AnalysisProvider {
  /** The cluster of each claim that has one. */
  clustersOfClaims(claimIds: readonly string[]): Promise<ReadonlyMap<string, ClaimClusterRef>>
  /** Ids of claims whose cluster has this grade (`B2`). */
  claimsWithGrade(grade: string): Promise<readonly string[]>
  clusters(filter: ClusterFilter): Promise<{ items: readonly ClusterRecord[]; total: number }>
  cluster(id: string): Promise<ClusterRecord | null>
  contradictions(filter: { readonly entity?: string }): Promise<readonly ContradictionOut[]>
}
