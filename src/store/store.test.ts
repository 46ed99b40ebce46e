import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { pgUnavailableReason, startPostgres } from '../../test/support/pg-cluster.js'
import type { Attribution, Claim, EntityType, Mention, RoleValue } from '../model/annotations.js'
import type { SourceDocument } from '../model/document.js'
import { message } from '../model/message.js'
import { OffsetMapBuilder } from '../model/offsets.js'
import type { DocumentRecord } from '../model/record.js'
import type { Span } from '../model/span.js'
import { entityId } from './entities.js'
import { MIGRATIONS, type OpenStoreOptions, openStore, type Store, StoreError, toRecord } from './index.js'
import { migrate } from './migrations.js'

// ---------------------------------------------------------------------------------------------
// Hand-built records (hand-written text, not the development articles)

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

/** A small MinHash over word trigrams (128 values, unsigned 32-bit, as the ingest side makes). */
function minhash(text: string, k = 128): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  const sig = new Array<number>(k).fill(0xffffffff)
  const fnv = (s: string, seed: number): number => {
    let h = (0x811c9dc5 ^ seed) >>> 0
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0
    return h
  }
  for (let i = 0; i + 3 <= words.length; i++) {
    const shingle = words.slice(i, i + 3).join(' ')
    const h1 = fnv(shingle, 0)
    const h2 = fnv(shingle, 0x9e3779b9) | 1
    for (let j = 0; j < k; j++) {
      const v = (h1 + Math.imul(j, h2)) >>> 0
      if (v < sig[j]!) sig[j] = v
    }
  }
  return sig
}

/** The span of the `nth` occurrence of `needle` (UTF-16 offsets, as JavaScript counts). */
function find(text: string, needle: string, nth = 0): Span {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`"${needle}" not in text`)
  }
  return { start: at, end: at + needle.length }
}

interface RecordSpec {
  readonly text: string
  readonly origin?: string
  /** [surface, type, canonical, ref] */
  readonly mentions?: readonly (readonly [string, EntityType, string, (string | null)?])[]
  /** A line removed from the clean text and listed as boilerplate. */
  readonly boilerplate?: string
  readonly withClaims?: boolean
  readonly copyOf?: { id: string; similarity: number } | null
}

/** Builds a complete record from a text; spans are found by searching the text. */
function makeRecord(spec: RecordSpec): DocumentRecord {
  const { text } = spec
  const role = (surface: string, canonical: string | null = surface): RoleValue => ({
    text: surface,
    canonical,
    span: find(text, surface),
  })

  const builder = new OffsetMapBuilder(text)
  const boilerplate: Span[] = []
  if (spec.boilerplate) {
    const b = find(text, spec.boilerplate)
    boilerplate.push(b)
    builder.copy(0, b.start).copy(b.end, text.length)
  } else builder.copy(0, text.length)
  const clean = builder.build()

  const sentences: Span[] = []
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const s = m[0].trim()
    if (!s) continue
    const start = m.index + m[0].indexOf(s)
    sentences.push({ start, end: start + s.length })
  }

  const mentions: Mention[] = (spec.mentions ?? []).map(([surface, type, canonical, ref = null], i) => ({
    ...find(text, surface),
    type,
    canonical,
    ref,
    rule: i % 2 ? 'names.capitalised' : 'gazetteer',
    ...(type === 'PERSON' ? { role: 'President' } : {}),
  }))

  let attributions: Attribution[] = []
  let claims: Claim[] = []
  if (spec.withClaims) {
    attributions = [
      {
        id: 'a1',
        speaker: role('Lukashenka', 'Alexander Lukashenko'),
        role: 'President',
        cue: 'said',
        cueSpan: find(text, 'said'),
        outlet: 'Belta',
        quote: find(text, 'Minsk would deliver 20 tanks to Kyiv'),
      },
      {
        id: 'a2',
        speaker: { text: 'officials', canonical: null },
        role: null,
        cue: 'according to',
        outlet: null,
        quote: find(text, 'deliver 20 tanks'),
        parent: 'a1',
      },
    ]
    claims = [
      {
        id: sha256(`${sha256(text)}|SUPPLY|1`).slice(0, 24),
        relation: 'SUPPLY',
        agent: role('Minsk', 'Belarus'),
        recipient: role('Kyiv', 'Ukraine'),
        item: role('tanks'),
        quantity: { value: 20, low: 20, high: 20, unit: null, text: '20', span: find(text, '20') },
        time: {
          text: 'in March 2023',
          span: find(text, 'in March 2023'),
          date: '2023-03',
          precision: 'month',
        },
        place: null,
        source: role('Lukashenka', 'Alexander Lukashenko'),
        hedge: 'reported',
        evidence: find(text, 'Minsk would deliver 20 tanks to Kyiv in March 2023'),
        attribution: 'a1',
      },
      {
        id: sha256(`${sha256(text)}|OTHER|2`).slice(0, 24),
        relation: 'OTHER',
        agent: { text: 'nobody', canonical: null },
        recipient: null,
        item: null,
        quantity: null,
        time: null,
        place: null,
        source: null,
        hedge: 'possible',
        evidence: sentences[0]!,
      },
    ]
  }

  const sourceMessages = [message('info', 'ingest.txt', 'ingest.encoding', 'read as UTF-8')]
  const source: SourceDocument = {
    id: sha256(text),
    raw: text,
    text,
    format: 'txt',
    origin: spec.origin ?? 'fixtures/hand-written.txt',
    meta: {
      title: 'Hand-written test article',
      outlet: 'Example Wire',
      url: null,
      published: '2023-03-02',
      language: 'eng',
    },
    messages: sourceMessages,
  }
  return {
    source,
    clean,
    boilerplate,
    sentences,
    mentions,
    claims,
    attributions,
    messages: [
      ...sourceMessages,
      message('warning', 'clean', 'boilerplate.caption', 'caption removed', boilerplate[0]),
      message('info', 'pipeline', 'language.detected', 'English'),
    ],
    signature: minhash(clean.text),
    copyOf: spec.copyOf ?? null,
  }
}

// Includes a flag emoji (two astral code points, four UTF-16 units) and Cyrillic before the
// spans, so offsets must be UTF-16 code units end to end.
const ARTICLE = [
  'MINSK 🇺🇦 (Лукашэнка) — President Lukashenka said on Thursday that Minsk would deliver 20 tanks to Kyiv in March 2023, according to officials.',
  'Advertisement',
  'The announcement surprised observers in Warsaw and Vilnius, where defence ministries had expected a quieter spring along the border.',
  'Analysts at the Example Institute noted that the plant in Barysaw had repaired armoured vehicles for years, and that rail traffic through Homyel had grown since the winter.',
  'Neither the ministry in Kyiv nor the embassy in Minsk answered questions about the schedule, the crews or the fuel that such a transfer would need.',
].join('\n')

const ARTICLE_MENTIONS = [
  ['Lukashenka', 'PERSON', 'Alexander Lukashenko', 'Q22129'],
  ['Лукашэнка', 'PERSON', 'Alexander Lukashenko', 'Q22129'],
  ['Minsk', 'GPE', 'Minsk', 'Q2280'],
  ['Kyiv', 'GPE', 'Kyiv', 'Q1899'],
  ['tanks', 'EQUIPMENT', 'tank', null],
  ['Warsaw', 'GPE', 'Warsaw', null],
  ['Example Institute', 'ORG', 'Example Institute', null],
  ['Barysaw', 'GPE', 'Barysaw', null],
] as const

// A syndicated copy: one word changed, a trailer added.
const ARTICLE_COPY = `${ARTICLE.replace('surprised observers', 'startled observers')}\nSource: example.org`

const UNRELATED = [
  'The harbour authority in Gdańsk opened a new container terminal on Monday, doubling the capacity of the port.',
  'Cranes built in Finland unloaded the first ship, a feeder vessel carrying furniture, paper and frozen fish from Norway.',
  'Local officials expect the terminal to employ three hundred people by the end of the year.',
].join('\n')

const article = (): DocumentRecord =>
  makeRecord({ text: ARTICLE, mentions: ARTICLE_MENTIONS, boilerplate: 'Advertisement', withClaims: true })

/** Two short texts whose SHA-256 ids share their first six hex digits (found by search, deterministic). */
function collidingTexts(): [string, string] {
  const seen = new Map<string, string>()
  for (let i = 0; ; i++) {
    const text = `Short note number ${i}.`
    const prefix = sha256(text).slice(0, 6)
    const other = seen.get(prefix)
    if (other) return [other, text]
    seen.set(prefix, text)
  }
}

// ---------------------------------------------------------------------------------------------
// Both engines, one table of cases

interface EngineCase {
  readonly name: 'pglite' | 'postgres'
  /** Why this engine cannot run here, or null. */
  readonly unavailable: string | null
  setup(): Promise<{ options: OpenStoreOptions; teardown(): Promise<void> }>
}

const engines: EngineCase[] = [
  {
    name: 'pglite',
    unavailable: null,
    async setup() {
      // one fresh database per file: creating one takes seconds
      const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'))
      return {
        options: { dataDir: join(dir, 'db') },
        teardown: async () => rmSync(dir, { recursive: true, force: true }),
      }
    },
  },
  {
    name: 'postgres',
    unavailable: pgUnavailableReason(),
    async setup() {
      const pg = await startPostgres()
      return { options: { databaseUrl: pg.url }, teardown: () => pg.stop() }
    },
  },
]

const ZERO_COUNTS = {
  documents: 0,
  sentences: 0,
  mentions: 0,
  entities: 0,
  claims: 0,
  attributions: 0,
  messages: 0,
}

describe.each(engines)('store on $name', (engine) => {
  if (engine.unavailable) {
    it.skip(`SKIPPED: ${engine.unavailable}`, () => {})
    return
  }

  let store: Store
  let options: OpenStoreOptions
  let teardown: () => Promise<void>

  beforeAll(async () => {
    const env = await engine.setup()
    options = env.options
    teardown = env.teardown
    store = await openStore(options)
  })

  afterAll(async () => {
    await store?.close()
    await teardown?.()
  })

  beforeEach(async () => {
    // DELETE, not TRUNCATE: with a handful of rows it is much cheaper on PGlite (no file churn)
    await store.sql.exec('DELETE FROM documents; DELETE FROM entities')
  })

  it('applies the migrations on a fresh store and re-opens without re-applying them', async () => {
    expect(store.engine).toBe(engine.name)
    const applied = await store.sql.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')
    expect(applied.rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id))
    const ext = await store.sql.query<{ extname: string }>(
      'SELECT extname FROM pg_extension ORDER BY extname',
    )
    const names = ext.rows.map((r) => r.extname)
    expect(names).toEqual(expect.arrayContaining(['fuzzystrmatch', 'pg_trgm', 'unaccent']))
    const trgm = await store.sql.query("SELECT 1 FROM pg_indexes WHERE indexname = 'entities_name_trgm'")
    expect(trgm.rows).toHaveLength(1)

    await store.saveDocument(article())
    const before = await store.counts()
    await store.close()
    store = await openStore(options)
    const again = await store.sql.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')
    expect(again.rows).toEqual(applied.rows)
    expect(await store.counts()).toEqual(before)
  })

  it('saves every row of a document once; a second save says exists and adds nothing', async () => {
    const record = article()
    expect(await store.hasDocument(record.source.id)).toBe(false)
    expect(await store.saveDocument(record)).toBe('inserted')
    expect(await store.hasDocument(record.source.id)).toBe(true)
    const counts = await store.counts()
    expect(counts).toEqual({
      documents: 1,
      sentences: record.sentences.length,
      mentions: record.mentions.length,
      entities: 7, // the two Lukashenka spellings share a reference id
      claims: 2,
      attributions: 2,
      messages: 3,
    })
    const bands = await store.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM minhash_bands')
    expect(bands.rows[0]!.n).toBeGreaterThan(0)

    expect(await store.saveDocument(record)).toBe('exists')
    expect(await store.counts()).toEqual(counts)
  })

  it('lets exactly one of two concurrent saves of the same document insert it', async () => {
    const record = article()
    const results = await Promise.all([store.saveDocument(record), store.saveDocument(record)])
    expect(results.sort()).toEqual(['exists', 'inserted'])
    expect((await store.counts()).mentions).toBe(record.mentions.length)
  })

  it('saves different documents sharing entities concurrently', async () => {
    // names long enough to join on their key alone; enough documents that writers overlap
    const places = ['Minsk', 'Warsaw', 'Vilnius', 'Tallinn', 'Helsinki'] as const
    const records = Array.from({ length: 24 }, (_, i) => {
      const [a, b, c] = [places[i % 5]!, places[(i + 1) % 5]!, places[(i + 2) % 5]!]
      return makeRecord({
        text: `Report ${i}: trains ran from ${a} to ${b} and on to ${c}.`,
        mentions: [
          [a, 'GPE', a],
          [b, 'GPE', b],
          [c, 'GPE', c],
        ],
      })
    })
    const results = await Promise.all(records.map((r) => store.saveDocument(r)))
    expect(results).toEqual(records.map(() => 'inserted'))
    expect(await store.counts()).toMatchObject({ documents: 24, mentions: 72, entities: 5 })
  })

  it.each([
    [
      'a mention with a reversed span',
      (r: DocumentRecord): DocumentRecord => ({
        ...r,
        mentions: [
          ...r.mentions,
          { start: 9, end: 3, type: 'ORG', canonical: 'Broken', ref: null, rule: 'test' },
        ],
      }),
    ],
    [
      'a claim resting on a missing attribution',
      (r: DocumentRecord): DocumentRecord => ({
        ...r,
        claims: r.claims.map((c) => ({ ...c, attribution: 'a9' })),
      }),
    ],
    [
      'a message with a negative place (the last table written)',
      (r: DocumentRecord): DocumentRecord => ({
        ...r,
        messages: [...r.messages, message('error', 'test', 'test.broken', 'broken', { start: -1, end: 2 })],
      }),
    ],
  ])('rolls back the whole document when a row fails: %s', async (_, breakIt) => {
    const good = article()
    const bad = breakIt(good)
    const error = await store.saveDocument(bad).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).code).toBe('DOSSIER_E_STORE')
    expect((error as StoreError).message).toContain(good.source.id.slice(0, 12))
    expect(await store.counts()).toEqual(ZERO_COUNTS)
    expect(await store.hasDocument(good.source.id)).toBe(false)
    const bands = await store.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM minhash_bands')
    expect(bands.rows[0]!.n).toBe(0)
    // and the same document saves cleanly afterwards
    expect(await store.saveDocument(good)).toBe('inserted')
  })

  it('round-trips the record exactly, spans included', async () => {
    const record = article()
    await store.saveDocument(record)
    const doc = await store.getDocument(record.source.id)
    expect(doc).not.toBeNull()
    expect(doc!.ingestedAt).toBeInstanceOf(Date)
    const back = toRecord(doc!)
    const mentions = doc!.mentions.map(({ entityId: _, ...m }) => m)
    expect({ ...back, mentions }).toEqual(record)
    expect(doc!.cleanMap.toJSON()).toEqual(record.clean.map.toJSON())
    expect(doc!.cleanMap.toSource({ start: 0, end: 5 })).toEqual({ start: 0, end: 5 })
    // every mention's text is derived from its UTF-16 span, after the emoji and Cyrillic
    for (const [i, [surface]] of ARTICLE_MENTIONS.entries()) {
      const m = doc!.mentions[i]!
      expect(doc!.text.slice(m.start, m.end)).toBe(surface)
      expect(m.entityId).toBe(entityId(m))
    }
    const stored = await store.sql.query<{ text: string }>('SELECT text FROM mentions ORDER BY idx')
    expect(stored.rows.map((r) => r.text)).toEqual(ARTICLE_MENTIONS.map(([s]) => s))
    // claims point at the stored entities of their agent and recipient
    const claim = await store.sql.query<{ agent_entity: string; recipient_entity: string }>(
      "SELECT agent_entity, recipient_entity FROM claims WHERE relation = 'SUPPLY'",
    )
    expect(claim.rows[0]).toEqual({
      agent_entity: entityId({ ref: 'Q2280', type: 'GPE', canonical: 'Minsk' }),
      recipient_entity: entityId({ ref: 'Q1899', type: 'GPE', canonical: 'Kyiv' }),
    })
  })

  /** claim_entities and entity_documents, by entity name, in a stable order. */
  async function readLinks() {
    const claims = await store.sql.query<Record<string, unknown>>(
      `SELECT c.relation, e.name, ce.doc_id, ce.idx, ce.published FROM claim_entities ce
       JOIN claims c ON c.id = ce.claim_id JOIN entities e ON e.id = ce.entity_id
       ORDER BY ce.doc_id, ce.idx, e.name`,
    )
    const documents = await store.sql.query<Record<string, unknown>>(
      `SELECT e.name, ed.doc_id, ed.mentions FROM entity_documents ed JOIN entities e ON e.id = ed.entity_id
       ORDER BY ed.doc_id, e.name`,
    )
    return { claims: claims.rows, documents: documents.rows }
  }

  it('links each claim to the entities it involves and counts mentions per entity and document', async () => {
    const record = article()
    await store.saveDocument(record)
    const id = record.source.id
    const links = await readLinks()
    // agent, recipient, item and source spans each hold one mention; the OTHER claim holds none
    expect(links.claims).toEqual(
      ['Alexander Lukashenko', 'Kyiv', 'Minsk', 'tank'].map((name) => ({
        relation: 'SUPPLY',
        name,
        doc_id: id,
        idx: 0,
        published: '2023-03-02',
      })),
    )
    expect(links.documents).toEqual(
      // in the C collation, capitals sort first
      ['Alexander Lukashenko', 'Barysaw', 'Example Institute', 'Kyiv', 'Minsk', 'Warsaw', 'tank'].map(
        (name) => ({
          name,
          doc_id: id,
          mentions: name === 'Alexander Lukashenko' ? 2 : 1,
        }),
      ),
    )
    // deleting the document takes its links along
    await store.sql.exec('DELETE FROM documents')
    expect(await readLinks()).toEqual({ claims: [], documents: [] })
  })

  it('migration 006 backfills the links of documents stored before it, as saving writes them', async () => {
    await store.saveDocument(article())
    await store.saveDocument(
      makeRecord({
        text: 'Lukashenko met officials in Minsk again. Minsk was calm.',
        mentions: [
          ['Lukashenko', 'PERSON', 'Alexander Lukashenko', 'Q22129'],
          ['Minsk', 'GPE', 'Minsk', 'Q2280'],
        ],
      }),
    )
    const saved = await readLinks()
    expect(saved.claims.length).toBeGreaterThan(0)
    await store.sql.exec(`DROP TABLE claim_entities; DROP TABLE entity_documents;
      DELETE FROM schema_migrations WHERE id = '006-entity-read-links'`)
    expect(await migrate(store.sql)).toEqual({ applied: ['006-entity-read-links'] })
    expect(await readLinks()).toEqual(saved)
  })

  it('keeps raw apart from text only when they differ', async () => {
    const base = makeRecord({ text: 'Plain text body about Vilnius.' })
    const html = {
      ...base,
      source: { ...base.source, raw: '<p>Plain text body about Vilnius.</p>', format: 'html' as const },
    }
    await store.saveDocument(html)
    const doc = await store.getDocument(base.source.id)
    expect(doc!.raw).toBe('<p>Plain text body about Vilnius.</p>')
    expect(doc!.format).toBe('html')
    const plain = makeRecord({ text: 'Another plain body, about Riga.' })
    await store.saveDocument(plain)
    expect((await store.getDocument(plain.source.id))!.raw).toBe(plain.source.text)
  })

  it('finds a document by a unique id prefix and refuses an ambiguous or short one', async () => {
    const record = article()
    await store.saveDocument(record)
    const id = record.source.id
    expect((await store.getDocument(id.slice(0, 8)))?.id).toBe(id)
    expect((await store.getDocument(id.slice(0, 10).toUpperCase()))?.id).toBe(id)
    expect(await store.getDocument('ffffffffffff')).toBeNull()
    expect(await store.getDocument('not-an-id')).toBeNull()
    await expect(store.getDocument(id.slice(0, 5))).rejects.toMatchObject({ code: 'DOSSIER_E_AMBIGUOUS' })

    const [a, b] = collidingTexts()
    await store.saveDocument(makeRecord({ text: a }))
    await store.saveDocument(makeRecord({ text: b }))
    const shared = sha256(a).slice(0, 6)
    await expect(store.getDocument(shared)).rejects.toMatchObject({ code: 'DOSSIER_E_AMBIGUOUS' })
    expect((await store.getDocument(sha256(a)))?.text).toBe(a)
  })

  it('finds a lightly edited copy as a near-duplicate, not an unrelated document', async () => {
    const original = article()
    await store.saveDocument(original)
    const unrelated = makeRecord({ text: UNRELATED, origin: 'fixtures/unrelated.txt' })
    expect(await store.findNearDuplicate(unrelated.signature)).toBeNull()
    expect(await store.findNearDuplicate(unrelated.signature, { threshold: 0.1 })).toBeNull()
    await store.saveDocument(unrelated)

    const copy = makeRecord({ text: ARTICLE_COPY, origin: 'fixtures/copy.txt' })
    const found = await store.findNearDuplicate(copy.signature)
    expect(found?.id).toBe(original.source.id)
    expect(found!.similarity).toBeGreaterThanOrEqual(0.8)
    expect(found!.similarity).toBeLessThan(1)
    expect(await store.findNearDuplicate(copy.signature, { threshold: 0.999 })).toBeNull()
    expect(await store.findNearDuplicate([])).toBeNull()

    // the copy is stored pointing at the original; the earliest match is still the original
    await store.saveDocument({ ...copy, copyOf: found })
    expect((await store.findNearDuplicate(copy.signature))?.id).toBe(original.source.id)
    const listed = await store.listDocuments()
    expect(listed.map((d) => d.id)).toEqual([original.source.id, sha256(UNRELATED), copy.source.id])
    expect(listed[2]).toMatchObject({ copyOf: found!.id, copySimilarity: found!.similarity })
  })

  it('lists documents in ingest order with their counts', async () => {
    const first = article()
    const second = makeRecord({ text: UNRELATED, mentions: [['Gdańsk', 'GPE', 'Gdańsk']] })
    await store.saveDocument(first)
    await store.saveDocument(second)
    const all = await store.listDocuments()
    expect(all).toHaveLength(2)
    expect(all[0]).toMatchObject({
      id: first.source.id,
      title: 'Hand-written test article',
      outlet: 'Example Wire',
      published: '2023-03-02',
      language: 'eng',
      format: 'txt',
      origin: 'fixtures/hand-written.txt',
      copyOf: null,
      copySimilarity: null,
      sentences: first.sentences.length,
      mentions: first.mentions.length,
      claims: 2,
    })
    expect(all[0]!.ingestedAt).toBeInstanceOf(Date)
    expect((await store.listDocuments({ limit: 1, offset: 1 })).map((d) => d.id)).toEqual([second.source.id])
  })

  it('upserts entities across documents and merges their aliases', async () => {
    await store.saveDocument(article())
    const other = makeRecord({
      text: 'Lukashenko met officials in Minsk again.',
      mentions: [
        ['Lukashenko', 'PERSON', 'Alexander Lukashenko', 'Q22129'],
        ['Minsk', 'GPE', 'Minsk', 'Q2280'],
      ],
    })
    const before = (await store.counts()).entities
    await store.saveDocument(other)
    expect((await store.counts()).entities).toBe(before)
    const r = await store.sql.query<{ aliases: string[] }>(
      "SELECT aliases FROM entities WHERE ref = 'Q22129'",
    )
    expect(r.rows[0]!.aliases).toEqual(
      ['Alexander Lukashenko', 'Lukashenka', 'Lukashenko', 'Лукашэнка'].sort(),
    )
    const fuzzy = await store.sql.query<{ name: string }>(
      "SELECT name FROM entities WHERE similarity(name, 'Alexandr Lukashenka') > 0.4",
    )
    expect(fuzzy.rows.map((x) => x.name)).toEqual(['Alexander Lukashenko'])
  })

  it('searches titles and clean text through the tsvector column', async () => {
    await store.saveDocument(article())
    const r = await store.sql.query<{ id: string }>(
      "SELECT id FROM documents WHERE tsv @@ plainto_tsquery('english', 'tanks delivered')",
    )
    expect(r.rows.map((x) => x.id)).toEqual([sha256(ARTICLE)])
    const boiler = await store.sql.query(
      "SELECT id FROM documents WHERE tsv @@ plainto_tsquery('english', 'advertisement')",
    )
    expect(boiler.rows).toHaveLength(0) // boilerplate is not in the clean text
  })

  it('reports its size', async () => {
    await store.saveDocument(article())
    expect(await store.sizeBytes()).toBeGreaterThan(1_000_000)
  })
})

// ---------------------------------------------------------------------------------------------
// Opening failures (no database is created)

describe('openStore failures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-open-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('names a data folder that is a file', async () => {
    const file = join(dir, 'a-file')
    writeFileSync(file, 'not a folder')
    await expect(openStore({ dataDir: file })).rejects.toMatchObject({
      code: 'DOSSIER_E_STORE_OPEN',
      message: expect.stringContaining(file),
    })
  })

  it('refuses a non-empty folder that holds no database', async () => {
    const folder = mkdtempSync(join(dir, 'notes-'))
    writeFileSync(join(folder, 'notes.txt'), 'my notes')
    await expect(openStore({ dataDir: folder })).rejects.toMatchObject({
      code: 'DOSSIER_E_STORE_OPEN',
      message: expect.stringContaining('PG_VERSION'),
    })
  })

  it('names an unreachable server without its password', async () => {
    const error = await openStore({ databaseUrl: 'postgres://dossier:s3cret@127.0.0.1:1/osint' }).catch(
      (e) => e,
    )
    expect(error).toBeInstanceOf(StoreError)
    expect(error.code).toBe('DOSSIER_E_STORE_OPEN')
    expect(error.message).toContain('postgres://dossier@127.0.0.1:1/osint')
    expect(error.message).not.toContain('s3cret')
  })

  it('needs a folder or a URL', async () => {
    await expect(openStore({})).rejects.toMatchObject({ code: 'DOSSIER_E_STORE_OPEN' })
  })
})
