/**
 * The seam between the API and cross-document analysis (claim clusters, origins, grades,
 * contradictions): the questions the API asks. `storeAnalysis` answers them from the analysis
 * tables of the store; without a provider the endpoints that need one answer
 * `DOSSIER_E_NOT_AVAILABLE` (501) and claims carry `cluster: null` — nothing is guessed instead.
 */
import type { ClusterOut, ClusterSummaryOut, ContradictionOut, GradeOut } from './schemas.js'

/** A cluster as analysis knows it; the API expands `members` (claim ids) into claims. */
export interface ClusterRecord extends Omit<ClusterOut, 'members'> {
  readonly members: readonly string[]
}

export interface ClaimClusterRef {
  readonly id: string
  readonly grade: GradeOut | null
  readonly contradicted: boolean
}

export interface ClusterFilter {
  readonly entity?: string | undefined
  readonly relation?: string | undefined
  readonly limit: number
  readonly offset: number
}

export interface AnalysisProvider {
  /** The cluster of each claim that has one. */
  clustersOfClaims(claimIds: readonly string[]): Promise<ReadonlyMap<string, ClaimClusterRef>>
  /** Ids of claims whose cluster has this suggested grade (`B2`). */
  claimsWithGrade(grade: string): Promise<readonly string[]>
  clusters(filter: ClusterFilter): Promise<{ items: readonly ClusterSummaryOut[]; total: number }>
  cluster(id: string): Promise<ClusterRecord | null>
  contradictions(filter: { readonly entity?: string | undefined }): Promise<readonly ContradictionOut[]>
}
