/**
 * The REST API (and, when given a folder, the built web UI) as a Hono app that does not listen:
 * tests call `app.request()` in-process, `serve()` puts it on a socket.
 *
 * ```ts
 * const app = createApp({ store })                       // read-only
 * const app = createApp({ store, token: 's3cret' })      // POST /api/ingest with "Authorization: Bearer s3cret"
 * const res = await app.request('/api/search?q=Minsk')
 * ```
 */
import { timingSafeEqual } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { z } from 'zod'
import { ingest } from '../app/ingest.js'
import { kindOf } from '../ingest/read.js'
import type { Store } from '../store/index.js'
import type { AnalysisProvider } from './analysis.js'
import { storeAnalysis } from './analysis-store.js'
import { claimsCsv } from './claims.js'
import { ApiError, type ErrorDetail, notFound, toApiError } from './errors.js'
import { buildOpenApi, type RouteDoc } from './openapi.js'
import { ReadModel } from './read.js'
import * as S from './schemas.js'
import { staticFiles } from './static.js'

export interface AppOptions {
  readonly store: Store
  /** Writes (ingest) need `Authorization: Bearer <token>`; without a token the API is read-only. */
  readonly token?: string | null
  /**
   * Cross-document analysis: by default the store's own analysis tables; `null` switches it off
   * (the endpoints that need it then answer 501).
   */
  readonly analysis?: AnalysisProvider | null
  /** Largest request body accepted, in bytes (uploads included). */
  readonly maxBodyBytes?: number
  /** Folder of the built UI (`dist/web`); served at `/` when given. */
  readonly webRoot?: string | null
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024

/** Content Security Policy: the UI may load and call nothing but this server. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

/** Parses input against a schema; failures become `DOSSIER_E_INVALID` naming each field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, where: string): z.infer<T> {
  const r = schema.safeParse(input)
  if (r.success) return r.data
  const details: ErrorDetail[] = r.error.issues.map((i) => {
    const keys = i.code === 'unrecognized_keys' ? (i as { keys: string[] }).keys.join(', ') : ''
    const path = [where, ...i.path.map(String)].join('.')
    return {
      path: keys ? `${where}.${keys}` : path,
      message: keys ? `unknown parameter${keys.includes(',') ? 's' : ''}: ${keys}` : i.message,
    }
  })
  throw new ApiError(
    'DOSSIER_E_INVALID',
    `invalid request: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`,
    details,
  )
}

/** Constant-time comparison of a bearer token with the configured one. */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '')
  if (!m) return false
  const given = Buffer.from(m[1]!.trim())
  const want = Buffer.from(token)
  return given.length === want.length && timingSafeEqual(given, want)
}

const RAW_BODY_NAMES: readonly [RegExp, string][] = [
  [/^application\/(x-)?(ndjson|jsonl|json-lines)\b/i, 'batch.jsonl'],
  [/^text\/plain\b/i, 'upload.txt'],
  [/^(text|application)\/(x)?html\b|^application\/xhtml\+xml\b/i, 'upload.html'],
  [/^application\/(rss|atom)\+xml\b|^(application|text)\/xml\b/i, 'upload.xml'],
]

export function createApp(options: AppOptions): Hono {
  const { store, token = null, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, webRoot = null } = options
  const analysis = options.analysis === undefined ? storeAnalysis(store.sql) : options.analysis
  const read = new ReadModel(store, analysis)
  const app = new Hono()
  const docs: RouteDoc[] = []

  app.onError((err, c) => {
    const e = toApiError(err)
    if (e.code === 'DOSSIER_E_INTERNAL' || e.code === 'DOSSIER_E_STORE') {
      process.stderr.write(`dossier serve: ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? err}\n`)
    }
    return c.json(e.toJSON(), e.status)
  })

  app.use('*', async (c, next) => {
    await next()
    c.header('Content-Security-Policy', CSP)
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
  })

  /** Registers a GET route with its schemas, for the handler and the OpenAPI document alike. */
  function get<P extends z.ZodType, Q extends z.ZodType>(
    path: string,
    doc: Omit<RouteDoc, 'method' | 'path' | 'params' | 'query'> & { params?: P; query?: Q },
    handler: (input: { params: z.infer<P>; query: z.infer<Q> }, c: Context) => Promise<unknown>,
  ): void {
    docs.push({ ...doc, method: 'get', path })
    app.get(path, async (c) => {
      const params = doc.params ? parseInput(doc.params, c.req.param(), 'param') : ({} as z.infer<P>)
      const query = doc.query ? parseInput(doc.query, c.req.query(), 'query') : ({} as z.infer<Q>)
      const out = await handler({ params, query }, c)
      return out instanceof Response ? out : c.json(out)
    })
  }

  get(
    '/api/stats',
    { summary: 'Row counts, engine, and what this server offers', tag: 'meta', response: S.StatsOut },
    async () => ({ ...(await read.stats()), analysis: analysis !== null, writable: token !== null }),
  )

  get(
    '/api/documents',
    {
      summary: 'Stored documents in ingest order',
      tag: 'documents',
      query: S.DocumentsQuery,
      response: S.Page(S.DocumentSummaryOut),
    },
    ({ query }) => read.documents(query),
  )

  get(
    '/api/documents/:id',
    {
      summary: 'One document: text, cleaned text, and mentions, claims and attributions as spans into text',
      tag: 'documents',
      params: S.DocParams,
      response: S.DocumentOut,
    },
    ({ params }) => read.document(params.id),
  )

  get(
    '/api/entities',
    {
      summary: 'Entities, most documented first',
      tag: 'entities',
      query: S.EntitiesQuery,
      response: S.Page(S.EntitySummaryOut),
    },
    ({ query }) => read.entities(query),
  )

  get(
    '/api/entities/:id',
    {
      summary: 'Entity page: profile, aliases with scripts, claims, quotes by and about it, co-mentions',
      tag: 'entities',
      params: S.EntityParams,
      response: S.EntityOut,
    },
    ({ params }) => read.entity(params.id),
  )

  get(
    '/api/claims',
    {
      summary: 'Claims filtered by relation, entity, source, hedge, grade or document; JSON or CSV',
      tag: 'claims',
      query: S.ClaimsQuery,
      response: S.Page(S.ClaimOut),
    },
    async ({ query }, c) => {
      const { format, ...filter } = query
      if (format === 'json' && filter.limit > S.MAX_LIMIT) {
        throw new ApiError(
          'DOSSIER_E_INVALID',
          `invalid request: query.limit: at most ${S.MAX_LIMIT} as JSON`,
          [{ path: 'query.limit', message: `at most ${S.MAX_LIMIT} as JSON (up to 10000 with format=csv)` }],
        )
      }
      if (filter.grade && !analysis) {
        throw new ApiError(
          'DOSSIER_E_NOT_AVAILABLE',
          'grades come from cross-document analysis, not in this build',
        )
      }
      const page = await read.claims(filter)
      if (format === 'json') return page
      c.header('Content-Type', 'text/csv; charset=utf-8')
      c.header('Content-Disposition', 'attachment; filename="claims.csv"')
      return c.body(claimsCsv(page.items))
    },
  )

  get(
    '/api/claims/:id',
    { summary: 'One claim with its evidence', tag: 'claims', params: S.ClaimParams, response: S.ClaimOut },
    ({ params }) => read.claim(params.id),
  )

  const needAnalysis = (): AnalysisProvider => {
    if (!analysis) {
      throw new ApiError(
        'DOSSIER_E_NOT_AVAILABLE',
        'claim clusters, grades and contradictions come from cross-document analysis, which this build does not have yet',
      )
    }
    return analysis
  }

  get(
    '/api/clusters',
    {
      summary: 'Claim clusters with origins and grade (needs cross-document analysis)',
      tag: 'clusters',
      query: S.ClustersQuery,
      response: S.Page(S.ClusterSummaryOut),
    },
    async ({ query }) => {
      const page = await needAnalysis().clusters(query)
      return { items: page.items, total: page.total, limit: query.limit, offset: query.offset }
    },
  )

  get(
    '/api/clusters/:id',
    {
      summary: 'One claim cluster: members, independent origins, grade, contradiction',
      tag: 'clusters',
      params: S.ClusterParams,
      response: S.ClusterOut,
    },
    async ({ params }) => {
      const k = await needAnalysis().cluster(params.id)
      if (!k) throw notFound('cluster', params.id)
      return { ...k, members: await read.claimsById(k.members) }
    },
  )

  get(
    '/api/contradictions',
    {
      summary: 'Clusters whose quantities or hedges contradict (needs cross-document analysis)',
      tag: 'clusters',
      query: S.ClustersQuery.pick({ entity: true }),
      response: S.Page(S.ContradictionOut).omit({ limit: true, offset: true }),
    },
    async ({ query }) => {
      const items = await needAnalysis().contradictions(query.entity ? { entity: query.entity } : {})
      return { items, total: items.length }
    },
  )

  get(
    '/api/search',
    {
      summary: 'Entities (name, alias, fuzzy), claims and documents (full text) matching a query',
      tag: 'search',
      query: S.SearchQuery,
      response: S.SearchOut,
    },
    ({ query }) => read.search(query.q, query.limit),
  )

  get(
    '/api/timeline',
    {
      summary: 'Dated claims in date order, with the precision of each date',
      tag: 'analysis',
      query: S.TimelineQuery,
      response: S.TimelineOut,
    },
    ({ query }) => read.timeline(query),
  )

  get(
    '/api/graph',
    {
      summary: "An entity's neighbourhood: claim edges typed by relation, co-mention edges",
      tag: 'analysis',
      query: S.GraphQuery,
      response: S.GraphOut,
    },
    ({ query }) => read.graph(query.entity, query.limit),
  )

  get(
    '/api/places',
    {
      summary: 'Places mentioned, with gazetteer coordinates for the offline map',
      tag: 'analysis',
      query: S.PlacesQuery,
      response: S.PlacesOut,
    },
    ({ query }) => read.places(query),
  )

  // ---------------------------------------------------------------- writes

  docs.push({
    method: 'post',
    path: '/api/ingest',
    summary:
      'Ingest a file upload (multipart field "file", one or more) or a raw body: JSONL batch (application/x-ndjson), text/plain, text/html or RSS/Atom XML. Needs the bearer token.',
    tag: 'ingest',
    query: S.IngestQuery,
    response: S.IngestOut,
    write: true,
  })
  app.post(
    '/api/ingest',
    (c, next) => {
      if (!token) {
        throw new ApiError(
          'DOSSIER_E_READ_ONLY',
          'this server is read-only: start it with a token (DOSSIER_TOKEN or --token) to allow writes',
        )
      }
      if (!tokenMatches(c.req.header('Authorization'), token)) {
        c.header('WWW-Authenticate', 'Bearer')
        throw new ApiError('DOSSIER_E_UNAUTHORIZED', 'writes need "Authorization: Bearer <token>"')
      }
      return next()
    },
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ApiError(
          'DOSSIER_E_TOO_LARGE',
          `the request body is over the limit of ${maxBodyBytes} bytes`,
        )
      },
    }),
    async (c) => {
      const query = parseInput(S.IngestQuery, c.req.query(), 'query')
      const type = c.req.header('Content-Type') ?? ''
      const dir = await mkdtemp(join(tmpdir(), 'dossier-upload-'))
      try {
        const names: string[] = []
        if (/^multipart\/form-data\b/i.test(type)) {
          const body = await c.req.parseBody({ all: true })
          const files = [body.file].flat().filter((f): f is File => f instanceof File)
          if (!files.length) {
            throw new ApiError(
              'DOSSIER_E_INVALID',
              'no file: send the upload in the multipart field "file"',
              [{ path: 'body.file', message: 'missing' }],
            )
          }
          for (const [i, f] of files.entries()) {
            const name = uploadName(f.name, i)
            await writeFile(join(dir, name), Buffer.from(await f.arrayBuffer()))
            names.push(name)
          }
        } else {
          const fallback = RAW_BODY_NAMES.find(([re]) => re.test(type))?.[1]
          if (!fallback) {
            throw new ApiError(
              'DOSSIER_E_MEDIA_TYPE',
              `cannot ingest "${type || 'no content type'}": send multipart/form-data, application/x-ndjson, text/plain, text/html or RSS/Atom XML`,
            )
          }
          const name = query.name ? uploadName(query.name, 0) : fallback
          await writeFile(join(dir, name), Buffer.from(await c.req.arrayBuffer()))
          names.push(name)
        }
        const documents: { id: string; status: string; copyOf: string | null }[] = []
        const summary = await ingest(store, [dir], {
          maxBytes: maxBodyBytes,
          onEvent: (e) => {
            if (e.kind === 'stored') documents.push({ id: e.doc.id, status: 'stored', copyOf: e.copyOf })
            if (e.kind === 'exists') documents.push({ id: e.doc.id, status: 'exists', copyOf: null })
          },
        })
        const strip = (s: string) => s.split(`${dir}/`).join('')
        return c.json({
          files: summary.files,
          stored: summary.stored,
          existing: summary.existing,
          copies: summary.copies,
          failed: summary.failed.map((f) => ({
            input: strip(f.input),
            code: f.code,
            message: strip(f.message),
          })),
          documents,
        })
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
  )

  const openapi = buildOpenApi(docs)
  app.get('/api/openapi.json', (c) => c.json(openapi))

  app.all('/api/*', (c) => {
    const e = new ApiError('DOSSIER_E_NOT_FOUND', `no endpoint ${c.req.method} ${c.req.path}`)
    return c.json(e.toJSON(), e.status)
  })

  if (webRoot) app.get('*', staticFiles(webRoot))
  return app
}

/** A safe file name for an upload: its base name, and an extension a reader knows. */
function uploadName(given: string, index: number): string {
  const base = given.split(/[\\/]/).pop() ?? ''
  const clean = base.replace(/[^\w.-]+/g, '_').replace(/^\.+/, '')
  if (!clean || !kindOf(clean)) {
    throw new ApiError(
      'DOSSIER_E_INVALID',
      `cannot ingest "${base}": give a file ending in .txt, .html, .htm, .jsonl, .ndjson, .xml, .rss or .atom`,
      [{ path: 'body.file', message: 'unsupported file type' }],
    )
  }
  return `${String(index).padStart(3, '0')}-${clean}`
}
