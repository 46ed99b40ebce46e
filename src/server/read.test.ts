import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureEntity, seedStore } from '../../test/e2e/fixture.js'
import { pgUnavailableReason, startPostgres } from '../../test/support/pg-cluster.js'
import { freshPgliteDir } from '../../test/support/pglite-store.js'
import { minhashSignature } from '../ingest/dedupe.js'
import type { Claim, Mention, RoleValue } from '../model/annotations.js'
import { OffsetMapBuilder } from '../model/offsets.js'
import type { DocumentRecord } from '../model/record.js'
import { openStore, type Sql, type Store } from '../store/index.js'
import { storeAnalysis } from './analysis-store.js'
import { claimInvolves } from './claims.js'
import { ReadModel } from './read.js'

// ---------------------------------------------------------------------------------------------
// A hub: HUB_DOCS short reports that all name Belarus several times, each with two claims (one
// with Belarus as resolved agent, one where Belarus is only inside the place span), so the
// entity has more claims than one page and more mentions than documents.

const HUB_DOCS = 36
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

function at(text: string, needle: string, nth = 0): { start: number; end: number } {
  let i = -1
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1)
    if (i < 0) throw new Error(`"${needle}" not in "${text}"`)
  }
  return { start: i, end: i + needle.length }
}

function hubReport(i: number): DocumentRecord {
  const text =
    `Report ${i}: Belarus sent ${i + 2} trucks to Russia. ` +
    `Officials met near the border of Belarus in Hrodna. Belarus denied it.`
  const id = sha256(text)
  const mention = (surface: string, type: Mention['type'], nth = 0): Mention => ({
    ...at(text, surface, nth),
    type,
    canonical: surface,
    ref: null,
    rule: 'fixture',
  })
  const mentions = [
    mention('Belarus', 'GPE'),
    mention('Russia', 'GPE'),
    mention('Belarus', 'GPE', 1),
    mention('Hrodna', 'GPE'),
    mention('Belarus', 'GPE', 2),
  ].sort((a, b) => a.start - b.start)
  const role = (surface: string, nth = 0): RoleValue => ({
    text: surface,
    canonical: surface,
    span: at(text, surface, nth),
  })
  const claims: Claim[] = [
    {
      id: sha256(`${id}|SUPPLY`).slice(0, 24),
      relation: 'SUPPLY',
      agent: role('Belarus'),
      recipient: role('Russia'),
      item: role('trucks'),
      quantity: null,
      time: null,
      place: null,
      source: null,
      hedge: 'asserted',
      evidence: at(text, `Belarus sent ${i + 2} trucks to Russia.`),
    },
    {
      id: sha256(`${id}|MEET`).slice(0, 24),
      relation: 'MEET',
      agent: { text: 'Officials', canonical: null, span: at(text, 'Officials') },
      recipient: null,
      item: null,
      quantity: null,
      time: null,
      place: { text: 'the border of Belarus', canonical: null, span: at(text, 'the border of Belarus') },
      source: null,
      hedge: 'reported',
      evidence: at(text, 'Officials met near the border of Belarus in Hrodna.'),
    },
  ]
  const builder = new OffsetMapBuilder(text)
  builder.copy(0, text.length)
  const clean = builder.build()
  // a few documents without a date: they sort last
  const published =
    i % 9 === 4
      ? null
      : `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`
  return {
    source: {
      id,
      raw: text,
      text,
      format: 'txt',
      origin: `fixtures/hub-${i}.txt`,
      meta: { title: `Hub report ${i}`, outlet: 'Hub Wire', url: null, published, language: 'eng' },
      messages: [],
    },
    clean,
    boilerplate: [],
    sentences: [],
    mentions,
    claims,
    attributions: [],
    messages: [],
    signature: minhashSignature(clean.text),
    copyOf: null,
  }
}

const engines = [
  {
    name: 'pglite',
    unavailable: null as string | null,
    async open() {
      const tmp = await freshPgliteDir()
      const store = await openStore({ dataDir: tmp.dataDir })
      return { store, teardown: async () => tmp.remove() }
    },
  },
  {
    name: 'postgres',
    unavailable: pgUnavailableReason(),
    async open() {
      const pg = await startPostgres()
      const store = await openStore({ databaseUrl: pg.url })
      return { store, teardown: () => pg.stop() }
    },
  },
]

/** The claims of `entity` as `claimInvolves` defines them, in the API's order (the reference). */
async function involvedClaims(sql: Sql, entity: string): Promise<string[]> {
  const r = await sql.query<{ id: string }>(
    `SELECT c.id FROM claims c JOIN documents d ON d.id = c.doc_id
     WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = c.doc_id AND m.entity_id = $1 AND ${claimInvolves('$1')})
        OR c.agent_entity = $1 OR c.recipient_entity = $1
     ORDER BY d.published DESC NULLS LAST, c.doc_id, c.idx`,
    [entity],
  )
  return r.rows.map((x) => x.id)
}

/** Runs `fn`, recording every statement it sends, then returns their EXPLAIN output. */
async function plansOf(store: Store, fn: (read: ReadModel) => Promise<unknown>): Promise<string[]> {
  const seen: [string, readonly unknown[]][] = []
  const sql: Sql = {
    ...store.sql,
    query: (text, params = []) => {
      seen.push([text, params])
      return store.sql.query(text, params)
    },
  }
  await fn(new ReadModel({ ...store, sql }, storeAnalysis(sql)))
  const plans: string[] = []
  for (const [text, params] of seen) {
    if (!/^\s*(WITH|SELECT)/i.test(text)) continue
    const r = await store.sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, params)
    plans.push(r.rows.map((x) => x['QUERY PLAN']).join('\n'))
  }
  return plans
}

describe.each(engines)('read model of a hub entity on $name', (engine) => {
  if (engine.unavailable) {
    it.skip(`SKIPPED: ${engine.unavailable}`, () => {})
    return
  }

  let store: Store
  let teardown: () => Promise<void>
  let read: ReadModel
  let belarus: string
  let russia: string
  let hrodna: string

  beforeAll(async () => {
    ;({ store, teardown } = await engine.open())
    await seedStore(store)
    for (let i = 0; i < HUB_DOCS; i++) await store.saveDocument(hubReport(i))
    belarus = await fixtureEntity(store, 'Belarus')
    russia = await fixtureEntity(store, 'Russia')
    const h = await store.sql.query<{ id: string }>("SELECT id FROM entities WHERE name = 'Hrodna'")
    hrodna = h.rows[0]!.id
    read = new ReadModel(store, storeAnalysis(store.sql))
  })

  afterAll(async () => {
    await store?.close()
    await teardown?.()
  })

  it('pages the claims of an entity in the API order with an exact total', async () => {
    const expected = await involvedClaims(store.sql, belarus)
    expect(expected.length).toBeGreaterThan(2 * HUB_DOCS) // hub claims and the fixture's
    const first = await read.claims({ entity: belarus, limit: 50, offset: 0 })
    const rest = await read.claims({ entity: belarus, limit: 50, offset: 50 })
    expect(first.total).toBe(expected.length)
    expect(rest.total).toBe(expected.length)
    expect([...first.items, ...rest.items].map((c) => c.id)).toEqual(expected)
    const past = await read.claims({ entity: belarus, limit: 50, offset: 500 })
    expect(past).toMatchObject({ items: [], total: expected.length })
  })

  it('combines the entity filter with the others', async () => {
    const meet = await read.claims({ entity: belarus, relation: 'MEET', limit: 10, offset: 0 })
    expect(meet.total).toBe(HUB_DOCS)
    expect(meet.items.map((c) => c.relation)).toEqual(Array(10).fill('MEET'))
    const viaPlace = await read.claims({ entity: hrodna, limit: 50, offset: 0 })
    expect(viaPlace.total).toBe(0) // Hrodna is in the evidence, in no role
    const bySource = await read.claims({
      entity: belarus,
      source: 'hub wire',
      hedge: 'reported',
      limit: 5,
      offset: 0,
    })
    expect(bySource.total).toBe(HUB_DOCS)
    expect(bySource.items.every((c) => c.document.outlet === 'Hub Wire' && c.hedge === 'reported')).toBe(true)
    const unknown = await read.claims({ entity: 'ffffffffffffffff', limit: 5, offset: 0 })
    expect(unknown).toMatchObject({ items: [], total: 0 })
  })

  it('the entity page counts mentions and documents, caps claims and counts co-mentions', async () => {
    const e = await read.entity(belarus)
    const m = await store.sql.query<{ mentions: number; documents: number }>(
      'SELECT count(*)::int AS mentions, count(DISTINCT doc_id)::int AS documents FROM mentions WHERE entity_id = $1',
      [belarus],
    )
    expect({ mentions: e.mentions, documents: e.documents }).toEqual(m.rows[0])
    expect(e.claims).toHaveLength(50)
    expect(e.claimsTotal).toBe((await involvedClaims(store.sql, belarus)).length)
    const co = new Map(e.coMentions.map((c) => [c.id, c.documents]))
    expect(co.get(russia)).toBeGreaterThanOrEqual(HUB_DOCS)
    expect(co.get(hrodna)).toBe(HUB_DOCS)
    expect(co.has(belarus)).toBe(false)
    expect(e.coMentionBasis).toEqual({ documents: e.documents, capped: false })
  })

  it('timeline and graph of a hub entity', async () => {
    const t = await read.timeline({ entity: belarus, limit: 5, offset: 0 })
    const expected = await involvedClaims(store.sql, belarus)
    const dated = await store.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM claims WHERE id = ANY($1::text[]) AND time->>'date' IS NOT NULL`,
      [expected],
    )
    expect(t.total).toBe(dated.rows[0]!.n)
    expect(t.total + t.undated).toBe(expected.length)
    const g = await read.graph(belarus, 10)
    const hub = g.edges.find((x) => x.kind === 'CO_MENTION' && x.target === hrodna)
    expect(hub).toMatchObject({ weight: HUB_DOCS })
    expect(hub!.documents).toHaveLength(5)
  })

  it('search: the newest claims an entity takes part in, and documents ranked among the newest matches', async () => {
    const s = await read.search('Belarus', 10)
    expect(s.entities[0]?.id).toBe(belarus)
    expect(s.claims.map((c) => c.id)).toEqual((await involvedClaims(store.sql, belarus)).slice(0, 10))
    const all = await store.sql.query<{ id: string; published: string | null }>(
      `SELECT id, published FROM documents WHERE tsv @@ websearch_to_tsquery('english', 'Belarus')
       ORDER BY published DESC NULLS LAST, id`,
    )
    expect(s.documentBasis).toEqual({ matched: all.rows.length, ranked: all.rows.length, capped: false })
    const capped = await read.search('Belarus', 10, { rankBasis: 12 })
    expect(capped.documentBasis).toEqual({ matched: all.rows.length, ranked: 12, capped: true })
    const newest = new Set(all.rows.slice(0, 12).map((d) => d.id))
    expect(capped.documents).toHaveLength(10)
    expect(capped.documents.every((d) => newest.has(d.id))).toBe(true)
    const ranks = capped.documents.map((d) => d.rank)
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
    const none = await read.search('zzzzqqq', 10)
    expect(none).toMatchObject({ documents: [], documentBasis: { matched: 0, ranked: 0, capped: false } })
  })

  // Regression: at 20,000 documents the entity page of Belarus never answered. Its claims were a
  // sub-select pairing every mention of the entity with every claim of its document, behind an
  // `($n IS NULL OR c.id IN (…))` guard that keeps PostgreSQL from turning it into a join: the
  // sub-select ran as a plan re-scanned once per claim of the store.
  it('reads the claims of an entity without a sub-plan per claim', async () => {
    const plans = await plansOf(store, async (r) => {
      await r.claims({ entity: belarus, limit: 50, offset: 0 })
      await r.claims({ entity: belarus, relation: 'SUPPLY', limit: 50, offset: 0 })
      await r.timeline({ entity: belarus, limit: 50, offset: 0 })
    })
    expect(plans.length).toBeGreaterThan(0)
    for (const plan of plans) expect(plan).not.toMatch(/SubPlan/)
  })
})
