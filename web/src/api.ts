/**
 * The UI's only way out: JSON from this server's /api. Types come from the server's schemas, so
 * a change there fails the UI's typecheck.
 */
import type {
  ClaimOut,
  ClusterOut,
  DocumentOut,
  DocumentSummaryOut,
  EntityOut,
  EntitySummaryOut,
  GraphOut,
  PageOf,
  PlaceOut,
  SearchOut,
  StatsOut,
  TimelineOut,
} from '../../src/server/schemas.js'

export type {
  ClaimOut,
  ClusterOut,
  DocumentOut,
  DocumentSummaryOut,
  EntityOut,
  EntitySummaryOut,
  GraphOut,
  PageOf,
  PlaceOut,
  SearchOut,
  StatsOut,
  TimelineOut,
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

type Params = Record<string, string | number | undefined | null>

/** `/api/claims?relation=SUPPLY` from a path and the parameters that are set. */
export function apiUrl(path: string, params: Params = {}): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return `/api/${path}${s ? `?${s}` : ''}`
}

export async function api<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(apiUrl(path, params), {
    signal: signal ?? null,
    headers: { Accept: 'application/json' },
  })
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null
  if (!res.ok) {
    throw new ApiFailure(
      res.status,
      body?.error?.code ?? 'DOSSIER_E_INTERNAL',
      body?.error?.message ?? res.statusText,
    )
  }
  return body as T
}

export const getStats = () => api<StatsOut>('stats')
export const getDocuments = (limit = 50, offset = 0) =>
  api<PageOf<DocumentSummaryOut>>('documents', { limit, offset })
export const getDocument = (id: string) => api<DocumentOut>(`documents/${encodeURIComponent(id)}`)
export const getEntities = (params: Params) => api<PageOf<EntitySummaryOut>>('entities', params)
export const getEntity = (id: string) => api<EntityOut>(`entities/${encodeURIComponent(id)}`)
export const getClaims = (params: Params) => api<PageOf<ClaimOut>>('claims', params)
export const getClaim = (id: string) => api<ClaimOut>(`claims/${encodeURIComponent(id)}`)
export const search = (q: string) => api<SearchOut>('search', { q, limit: 10 })
export const getTimeline = (params: Params) => api<TimelineOut>('timeline', params)
export const getGraph = (entity: string, limit = 25) => api<GraphOut>('graph', { entity, limit })
export const getCluster = (id: string) => api<ClusterOut>(`clusters/${encodeURIComponent(id)}`)
export const getPlaces = (params: Params) => api<{ items: PlaceOut[] }>('places', params)
