import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { fixtureEntity, STRAY_TAG, seedStore } from '../../test/e2e/fixture.js'
import { type FreshPgliteDir, freshPgliteDir } from '../../test/support/pglite-store.js'
import { openStore, type Store, StoreError } from '../store/index.js'
import { createApp } from './app.js'
import { toApiError } from './errors.js'
import * as S from './schemas.js'

let tmp: FreshPgliteDir
let store: Store
let app: ReturnType<typeof createApp>
let bare: ReturnType<typeof createApp>
let docIds: string[]
const TOKEN = 'test-token-0123456789'

let belarus: string
let russia: string
let lukashenko: string
let putin: string

beforeAll(async () => {
  tmp = await freshPgliteDir()
  store = await openStore({ dataDir: tmp.dataDir })
  docIds = (await seedStore(store)).map((r) => r.source.id)
  belarus = await fixtureEntity(store, 'Belarus')
  russia = await fixtureEntity(store, 'Russia')
  lukashenko = await fixtureEntity(store, 'Alexander Lukashenko')
  putin = await fixtureEntity(store, 'Vladimir Putin')
  app = createApp({ store, token: TOKEN, maxBodyBytes: 64 * 1024 })
  bare = createApp({ store, analysis: null })
})

afterAll(async () => {
  await store?.close()
  tmp?.remove()
})

/** GET a path; asserts the status and, for 200, that the body matches the response schema. */
async function getJson<T extends z.ZodType>(path: string, schema: T, status = 200): Promise<z.infer<T>> {
  const res = await app.request(path)
  const body = await res.json()
  expect(res.status, JSON.stringify(body)).toBe(status)
  return schema.parse(body)
}

async function expectError(res: Response | Promise<Response>, status: number, code: string) {
  const r = await res
  const body = S.ErrorOut.parse(await r.json())
  expect({ status: r.status, code: body.error.code }).toEqual({ status, code })
  return body.error
}

describe('read endpoints', () => {
  it('GET /api/stats counts the store', async () => {
    const s = await getJson('/api/stats', S.StatsOut)
    expect(s.counts.documents).toBe(3)
    expect(s).toMatchObject({ engine: 'pglite', analysis: true, writable: true })
  })

  it('GET /api/documents pages through documents', async () => {
    const page = await getJson('/api/documents?limit=2', S.Page(S.DocumentSummaryOut))
    expect(page.total).toBe(3)
    expect(page.items).toHaveLength(2)
    const rest = await getJson('/api/documents?limit=2&offset=2', S.Page(S.DocumentSummaryOut))
    expect(rest.items).toHaveLength(1)
    expect(new Set([...page.items, ...rest.items].map((d) => d.id))).toEqual(new Set(docIds))
  })

  it('GET /api/documents/:id returns text with spans that slice to their mentions and evidence', async () => {
    const doc = await getJson(`/api/documents/${docIds[0]!.slice(0, 10)}`, S.DocumentOut)
    expect(doc.id).toBe(docIds[0])
    expect(doc.text).toContain(STRAY_TAG)
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).not.toBe('')
    const transfer = doc.claims.find((c) => c.relation === 'TRANSFER')!
    expect(doc.text.slice(transfer.evidence.start, transfer.evidence.end)).toBe(transfer.evidenceText)
    expect(transfer.agent?.entityId).toBe(belarus)
    expect(doc.attributions[0]?.cue).toBe('said')
  })

  it('GET /api/entities lists and filters by type and name', async () => {
    const all = await getJson('/api/entities', S.Page(S.EntitySummaryOut))
    expect(all.items[0]?.name).toMatch(/Belarus|Russia|Alexander Lukashenko/)
    const people = await getJson('/api/entities?type=PERSON', S.Page(S.EntitySummaryOut))
    expect(people.items.map((e) => e.name).sort()).toEqual(['Alexander Lukashenko', 'Vladimir Putin'])
    const named = await getJson('/api/entities?q=putin', S.Page(S.EntitySummaryOut))
    expect(named.items.map((e) => e.name)).toEqual(['Vladimir Putin'])
  })

  it('GET /api/entities/:id is the entity page', async () => {
    const e = await getJson(`/api/entities/${lukashenko}`, S.EntityOut)
    expect(e).toMatchObject({ name: 'Alexander Lukashenko', type: 'PERSON', documents: 2, analysis: true })
    expect(e.aliases.map((a) => a.name)).toContain('Lukashenko')
    expect(e.aliases.every((a) => a.script === 'Latin')).toBe(true)
    expect(e.claims.map((c) => c.relation).sort()).toEqual(['MEET', 'REPAIR'])
    expect(e.quotesBy.map((q) => q.text).sort()).toEqual([
      'Belarus "will never send troops" into Ukraine',
      'the plant in Barysaw will repair Russian equipment',
    ])
    expect(e.coMentions.map((c) => c.name)).toContain('Vladimir Putin')
    const b = await getJson(`/api/entities/${belarus}`, S.EntityOut)
    expect(b.claims.map((c) => c.relation).sort()).toEqual(['TRANSFER', 'TRANSFER'])
    expect(b.quotesAbout.map((q) => q.text)).toEqual(['Belarus "will never send troops" into Ukraine'])
  })

  it('GET /api/claims filters by relation, entity, source and hedge', async () => {
    const all = await getJson('/api/claims', S.Page(S.ClaimOut))
    expect(all.total).toBe(5)
    const transfer = await getJson('/api/claims?relation=TRANSFER', S.Page(S.ClaimOut))
    expect(transfer.items.map((c) => c.quantity?.low)).toEqual([30, 20])
    const ofRussia = await getJson(`/api/claims?entity=${russia}`, S.Page(S.ClaimOut))
    expect(ofRussia.items.map((c) => c.relation).sort()).toEqual(['DEPLOY', 'TRANSFER', 'TRANSFER'])
    const bySource = await getJson('/api/claims?source=courier', S.Page(S.ClaimOut))
    expect(bySource.total).toBe(2)
    const hedged = await getJson('/api/claims?hedge=asserted', S.Page(S.ClaimOut))
    expect(hedged.items.map((c) => c.relation).sort()).toEqual(['MEET', 'REPAIR'])
    const paged = await getJson('/api/claims?limit=2&offset=4', S.Page(S.ClaimOut))
    expect(paged).toMatchObject({ total: 5, limit: 2, offset: 4 })
    expect(paged.items).toHaveLength(1)
  })

  it('GET /api/claims?format=csv exports the filtered claims', async () => {
    const res = await app.request('/api/claims?format=csv&relation=TRANSFER&source=ledger')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = (await res.text()).trim().split('\r\n')
    expect(lines[0]).toMatch(/^claim,relation,agent,recipient,item,/)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(',TRANSFER,Belarus,Russia,T-72 tanks,20,20,')
  })

  it('GET /api/claims/:id returns one claim with its document', async () => {
    const [first] = (await getJson('/api/claims?relation=MEET', S.Page(S.ClaimOut))).items
    const c = await getJson(`/api/claims/${first!.id}`, S.ClaimOut)
    expect(c.document.title).toBe('Leaders meet in Sochi')
    expect(c.evidenceText).toMatch(/^Alexander Lukashenko met Vladimir Putin/)
  })

  it('GET /api/search finds entities (also misspelt), claims and documents', async () => {
    const s = await getJson('/api/search?q=Lukashenko', S.SearchOut)
    expect(s.entities[0]?.name).toBe('Alexander Lukashenko')
    expect(s.claims.map((c) => c.relation)).toContain('MEET')
    expect(s.documents.length).toBeGreaterThanOrEqual(2)
    expect(s.documents[0]!.snippet.some((p) => p.hit)).toBe(true)
    const fuzzy = await getJson('/api/search?q=Lukashenka', S.SearchOut)
    expect(fuzzy.entities[0]?.name).toBe('Alexander Lukashenko')
    const items = await getJson('/api/search?q=T-72', S.SearchOut)
    expect(items.claims.map((c) => c.relation).sort()).toEqual(['TRANSFER', 'TRANSFER'])
  })

  it('GET /api/timeline orders dated claims and counts the undated ones', async () => {
    const t = await getJson('/api/timeline', S.TimelineOut)
    expect(t.items.map((e) => [e.date, e.precision])).toEqual([
      ['2022', 'year'],
      ['2022-09-15', 'day'],
      ['2023-03', 'month'],
      ['2023-03', 'month'],
    ])
    expect(t.undated).toBe(1)
    const ranged = await getJson(`/api/timeline?from=2023&entity=${belarus}`, S.TimelineOut)
    expect(ranged.items.map((e) => e.relation).sort()).toEqual(['TRANSFER', 'TRANSFER'])
    const to = await getJson('/api/timeline?to=2022-09', S.TimelineOut)
    expect(to.items.map((e) => e.date)).toEqual(['2022', '2022-09-15'])
  })

  it('GET /api/graph gives the neighbourhood with typed claim edges and co-mentions', async () => {
    const g = await getJson(`/api/graph?entity=${belarus}`, S.GraphOut)
    expect(g.nodes.find((n) => n.center)?.id).toBe(belarus)
    const kinds = g.edges.filter((e) => e.source === belarus && e.target === russia).map((e) => e.kind)
    expect(kinds.sort()).toEqual(['CO_MENTION', 'TRANSFER'])
    const transfer = g.edges.find((e) => e.kind === 'TRANSFER')!
    expect(transfer).toMatchObject({ weight: 2 })
    expect(transfer.claims).toHaveLength(2)
    const ids = new Set(g.nodes.map((n) => n.id))
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true)
  })

  it('GET /api/places resolves countries and gazetteer coordinates', async () => {
    const p = await getJson('/api/places', S.PlacesOut)
    const by = new Map(p.items.map((x) => [x.name, x]))
    expect(by.get('Belarus')).toMatchObject({ country: 'Belarus', coordinates: null })
    expect(by.get('Minsk')?.coordinates?.[1]).toBeCloseTo(53.9, 1)
    expect(by.get('Brest')?.gazetteer).toBe('Brest, BY')
    const near = await getJson(`/api/places?entity=${putin}`, S.PlacesOut)
    expect(near.items.map((x) => x.name).sort()).toEqual(['Belarus', 'Sochi', 'Ukraine'])
  })

  it('GET /api/clusters, /api/clusters/:id and /api/contradictions come from cross-document analysis', async () => {
    const page = await getJson('/api/clusters?relation=TRANSFER', S.Page(S.ClusterSummaryOut))
    expect(page.items.length).toBeGreaterThan(0)
    const k = await getJson(`/api/clusters/${page.items[0]!.id}`, S.ClusterOut)
    expect(k.members.length).toBe(k.memberCount)
    expect(k.members.every((m) => m.relation === 'TRANSFER' && m.cluster?.id === k.id)).toBe(true)
    expect(k.origins.length).toBeGreaterThan(0)
    const c = await getJson(
      '/api/contradictions',
      S.Page(S.ContradictionOut).omit({ limit: true, offset: true }),
    )
    for (const x of c.items) expect(x.claims.length).toBeGreaterThan(0)
    const ofBelarus = await getJson(`/api/clusters?entity=${belarus}`, S.Page(S.ClusterSummaryOut))
    expect(ofBelarus.total).toBeGreaterThan(0)
    const claims = await getJson(`/api/claims?entity=${belarus}`, S.Page(S.ClaimOut))
    expect(claims.items.every((x) => x.cluster !== null)).toBe(true)
    const grade = claims.items[0]!.cluster!.grade
    if (grade) {
      const graded = await getJson(`/api/claims?grade=${grade.code}`, S.Page(S.ClaimOut))
      expect(graded.items.every((x) => x.cluster?.grade?.code === grade.code)).toBe(true)
    }
    await expectError(app.request('/api/clusters/no-such-cluster'), 404, 'DOSSIER_E_NOT_FOUND')
  })

  it('GET /api/openapi.json describes every endpoint', async () => {
    const res = await app.request('/api/openapi.json')
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> }
    expect(doc.openapi).toBe('3.1.0')
    for (const p of [
      '/api/documents',
      '/api/documents/{id}',
      '/api/entities/{id}',
      '/api/claims',
      '/api/clusters/{id}',
      '/api/search',
      '/api/timeline',
      '/api/graph',
      '/api/places',
    ]) {
      expect(doc.paths[p]?.get, p).toBeDefined()
    }
    expect(doc.paths['/api/ingest']?.post).toMatchObject({ security: [{ bearer: [] }] })
  })
})

describe('bad input gets coded errors', () => {
  it.each([
    ['/api/documents/xyz', 400, 'DOSSIER_E_INVALID'],
    ['/api/documents/abc', 400, 'DOSSIER_E_INVALID'],
    ['/api/documents/abcdef0123', 404, 'DOSSIER_E_NOT_FOUND'],
    ['/api/entities/NOT-AN-ID', 400, 'DOSSIER_E_INVALID'],
    ['/api/entities/0000000000000000', 404, 'DOSSIER_E_NOT_FOUND'],
    ['/api/claims/zzz', 404, 'DOSSIER_E_NOT_FOUND'],
    ['/api/claims/has%20space', 400, 'DOSSIER_E_INVALID'],
    ['/api/claims?limit=0', 400, 'DOSSIER_E_INVALID'],
    ['/api/claims?limit=500', 400, 'DOSSIER_E_INVALID'],
    ['/api/claims?limit=ten', 400, 'DOSSIER_E_INVALID'],
    ['/api/claims?offset=-1', 400, 'DOSSIER_E_INVALID'],
    ['/api/claims?relation=BUY', 400, 'DOSSIER_E_INVALID'],
    ['/api/claims?colour=red', 400, 'DOSSIER_E_INVALID'],
    ['/api/claims?grade=Z9', 400, 'DOSSIER_E_INVALID'],
    ['/api/search', 400, 'DOSSIER_E_INVALID'],
    ['/api/search?q=%20%20', 400, 'DOSSIER_E_INVALID'],
    [`/api/search?q=${'x'.repeat(201)}`, 400, 'DOSSIER_E_INVALID'],
    ['/api/timeline?from=March', 400, 'DOSSIER_E_INVALID'],
    ['/api/graph', 400, 'DOSSIER_E_INVALID'],
    ['/api/graph?entity=0000000000000000', 404, 'DOSSIER_E_NOT_FOUND'],
    ['/api/nothing-here', 404, 'DOSSIER_E_NOT_FOUND'],
  ])('GET %s → %i %s', async (path, status, code) => {
    await expectError(app.request(path), status, code)
  })

  it.each([['/api/claims?grade=B2'], ['/api/clusters'], ['/api/clusters/k1'], ['/api/contradictions']])(
    'GET %s without analysis → 501 DOSSIER_E_NOT_AVAILABLE',
    async (path) => {
      await expectError(bare.request(path), 501, 'DOSSIER_E_NOT_AVAILABLE')
    },
  )

  it('names the offending parameter', async () => {
    const e = await expectError(app.request('/api/claims?limit=ten&colour=red'), 400, 'DOSSIER_E_INVALID')
    expect(e.details?.map((d) => d.path).sort()).toEqual(['query.colour', 'query.limit'])
  })

  it('store errors map to coded API errors without leaking internals', () => {
    expect(toApiError(new StoreError('DOSSIER_E_AMBIGUOUS', 'prefix matches several')).status).toBe(409)
    expect(toApiError(new StoreError('DOSSIER_E_STORE', 'relation "x" does not exist')).toJSON()).toEqual({
      error: { code: 'DOSSIER_E_STORE', message: 'the store could not answer this request' },
    })
    expect(toApiError(new TypeError('boom')).toJSON().error).toEqual({
      code: 'DOSSIER_E_INTERNAL',
      message: 'internal error',
    })
  })
})

describe('writes', () => {
  const text = 'Poland closed the border crossing at Kuźnica to freight in October 2023, officials said.\n'

  it('are refused without a configured token', async () => {
    const readOnly = createApp({ store })
    await expectError(
      readOnly.request('/api/ingest', {
        method: 'POST',
        body: text,
        headers: { 'Content-Type': 'text/plain' },
      }),
      403,
      'DOSSIER_E_READ_ONLY',
    )
  })

  it('need the bearer token', async () => {
    const post = (auth?: string) =>
      app.request('/api/ingest', {
        method: 'POST',
        body: text,
        headers: { 'Content-Type': 'text/plain', ...(auth ? { Authorization: auth } : {}) },
      })
    await expectError(post(), 401, 'DOSSIER_E_UNAUTHORIZED')
    await expectError(post('Bearer wrong'), 401, 'DOSSIER_E_UNAUTHORIZED')
    await expectError(post(TOKEN), 401, 'DOSSIER_E_UNAUTHORIZED')
  })

  const auth = { Authorization: `Bearer ${TOKEN}` }

  it('ingest a raw text body through the pipeline, idempotently', async () => {
    const post = () =>
      app.request('/api/ingest', {
        method: 'POST',
        body: text,
        headers: { ...auth, 'Content-Type': 'text/plain' },
      })
    const res = await post()
    const out = S.IngestOut.parse(await res.json())
    expect(out).toMatchObject({ files: 1, stored: 1, existing: 0, failed: [] })
    const doc = await getJson(`/api/documents/${out.documents[0]!.id}`, S.DocumentOut)
    expect(doc.text).toBe(text)
    const again = S.IngestOut.parse(await (await post()).json())
    expect(again).toMatchObject({ stored: 0, existing: 1 })
  })

  it('ingest multipart uploads and JSONL batches, reporting bad lines', async () => {
    const form = new FormData()
    form.append('file', new Blob(['A second article about rail freight through Brest.\n']), 'note.txt')
    form.append(
      'file',
      new Blob(['<html><body><article><p>Third one.</p></article></body></html>']),
      'page.html',
    )
    const res = await app.request('/api/ingest', { method: 'POST', body: form, headers: auth })
    const out = S.IngestOut.parse(await res.json())
    expect(res.status).toBe(200)
    expect(out.files).toBe(2)
    expect(out.stored + out.failed.length).toBe(2)

    const batch = `${JSON.stringify({ text: 'A JSONL article on drones over Homyel.', outlet: 'Test Wire' })}\nnot json\n`
    const r2 = await app.request('/api/ingest', {
      method: 'POST',
      body: batch,
      headers: { ...auth, 'Content-Type': 'application/x-ndjson' },
    })
    const o2 = S.IngestOut.parse(await r2.json())
    expect(o2.stored).toBe(1)
    expect(o2.failed.map((f) => f.code)).toEqual(['DOSSIER_E_JSONL_LINE'])
    expect(o2.failed[0]!.input).not.toContain('dossier-upload-')
  })

  it('refuse oversized bodies, unknown media types and unsupported file names', async () => {
    await expectError(
      app.request('/api/ingest', {
        method: 'POST',
        body: 'x'.repeat(65 * 1024),
        headers: { ...auth, 'Content-Type': 'text/plain' },
      }),
      413,
      'DOSSIER_E_TOO_LARGE',
    )
    await expectError(
      app.request('/api/ingest', {
        method: 'POST',
        body: '{}',
        headers: { ...auth, 'Content-Type': 'image/png' },
      }),
      415,
      'DOSSIER_E_MEDIA_TYPE',
    )
    const form = new FormData()
    form.append('file', new Blob(['MZ']), 'tool.exe')
    await expectError(
      app.request('/api/ingest', { method: 'POST', body: form, headers: auth }),
      400,
      'DOSSIER_E_INVALID',
    )
    await expectError(
      app.request('/api/ingest?name=../../etc/passwd', {
        method: 'POST',
        body: 'x',
        headers: { ...auth, 'Content-Type': 'text/plain' },
      }),
      400,
      'DOSSIER_E_INVALID',
    )
  })

  it('GET-only paths do not accept writes', async () => {
    await expectError(
      app.request('/api/claims', { method: 'POST', headers: auth }),
      404,
      'DOSSIER_E_NOT_FOUND',
    )
  })
})

describe('security headers', () => {
  it('sets a Content Security Policy that allows only this server', async () => {
    const res = await app.request('/api/stats')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
