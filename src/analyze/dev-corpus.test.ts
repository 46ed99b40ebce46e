/**
 * Analysis on the real pipeline: the development corpus (read from ../shared/corpus/dev at test
 * time, never copied) plus the fixture articles in test/fixtures/analysis/, written for these
 * tests, that repeat, paraphrase and contradict its figures. Skips visibly without the corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshPgliteDir } from '../../test/support/pglite-store.js'
import { extractDocument } from '../app/extract.js'
import { ingest } from '../app/ingest.js'
import { NEAR_DUPLICATE_THRESHOLD } from '../ingest/dedupe.js'
import { sourceFromText } from '../ingest/readers/txt.js'
import { defaultPipeline } from '../pipeline/default.js'
import { claims as claimsStage } from '../pipeline/extract/claims/index.js'
import { buildPipeline, type Pipeline } from '../pipeline/stage.js'
import { openStore, type Store } from '../store/index.js'
import { brief } from './brief.js'
import { networkGraph } from './graph.js'
import { clusterDetail, listClusters, listContradictions } from './read.js'
import { compareEvents, timeline } from './timeline.js'
import { analyzeDocument } from './update.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const devDir = join(root, '..', 'shared', 'corpus', 'dev')
const fixturesDir = join(root, 'test', 'fixtures', 'analysis')
const hasCorpus = existsSync(join(devDir, 'd02.txt'))

/** The default pipeline, with the claims stage appended while it is not part of it yet. */
function pipelineWithClaims(): Pipeline {
  const base = defaultPipeline()
  if (base.stages.some((s) => s.produces.includes('claims'))) return base
  return buildPipeline([...base.stages, claimsStage])
}

const txt = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f))

describe.skipIf(!hasCorpus)('analysis of the development corpus and the fixture articles', () => {
  let store: Store
  let remove: () => void
  const ids = new Map<string, string>()

  beforeAll(async () => {
    const tmp = await freshPgliteDir()
    remove = tmp.remove
    store = await openStore({ dataDir: tmp.dataDir })
    const pipeline = pipelineWithClaims()
    // the ingest flow (extract → near-duplicate link → save → analyse), with that pipeline
    for (const file of [...txt(devDir), ...txt(fixturesDir)]) {
      const record = extractDocument(sourceFromText(readFileSync(file, 'utf8'), file), { pipeline })
      const copyOf = await store.findNearDuplicate(record.signature, { threshold: NEAR_DUPLICATE_THRESHOLD })
      await store.saveDocument({ ...record, copyOf })
      await analyzeDocument(store.sql, record.source.id)
      ids.set(
        file
          .split('/')
          .pop()!
          .replace(/\.txt$/, ''),
        record.source.id,
      )
    }
  }, 120_000)
  afterAll(async () => {
    await store?.close()
    remove?.()
  })

  const ammunition = async () => {
    const all = await listClusters(store.sql, { relation: 'TRANSFER' })
    const c = all.find((x) => x.label === 'Belarus TRANSFER Russia: ammunition')
    expect(c, 'the Hajun ammunition figure of d02 forms a cluster').toBeDefined()
    return (await clusterDetail(store.sql, c!.id))!
  }

  it('counts the Hajun figure repeated and paraphrased by other outlets as one independent origin', async () => {
    const c = await ammunition()
    const docs = new Set(c.memberList.map((m) => m.docId))
    for (const f of ['d02', 'f01-baltic-wire-hajun-repeat', 'f02-ledger-hajun-paraphrase']) {
      expect(docs.has(ids.get(f)!), `${f} is in the cluster`).toBe(true)
    }
    const hajun = c.originList.filter((o) => o.label === 'Belarusian Hajun')
    expect(hajun).toHaveLength(1)
    expect(hajun[0]!.members).toBeGreaterThanOrEqual(3)
    expect(c.outlets).toBeGreaterThanOrEqual(4)
  })

  it('counts the UK Ministry of Defence as a second, independent origin of the ammunition figure', async () => {
    const c = await ammunition()
    expect(c.originList.map((o) => o.label).sort()).toEqual(['Belarusian Hajun', 'UK Ministry of Defence'])
    expect(c.origins).toBe(2)
    expect(c.grade?.reasons.join('\n')).toMatch(/2 independent origins agree/)
  })

  it('reports the 56,000-ton figure as a contradiction with the difference, flagged as a possible typo', async () => {
    const c = await ammunition()
    const x = c.contradictionList.find((k) => k.description.includes('56,000'))
    expect(x).toBeDefined()
    expect(x!.kind).toBe('quantity')
    expect(x!.description).toMatch(/apart by 9,000 tons/)
    expect(x!.possibleTypo).toMatch(/transposed/)
    expect(x!.claims.map((m) => m.docId)).toContain(ids.get('f03-clarion-hajun-typo'))
    // the Clarion attributes its figure to Hajun too: a relay error, not a second opinion
    expect(c.grade?.reasons.join('\n')).toMatch(/relays of the same origin give different figures/)
  })

  it('reports conflicting tank counts ("up to 50" against "hundreds of T-72A") with the difference', async () => {
    const all = await listContradictions(store.sql)
    const x = all.find(
      (k) =>
        k.label === 'Belarus TRANSFER Russia: tank' &&
        k.description.includes('up to 50 tanks') &&
        k.description.includes('hundreds of T-72A tanks'),
    )
    expect(x).toBeDefined()
    expect(x!.description).toMatch(/apart by 150 items/)
    expect(x!.possibleTypo).toBeNull()
  })

  it('reports "have joined the war" against the denials as a polarity contradiction', async () => {
    const all = await listContradictions(store.sql)
    const x = all.find(
      (k) => k.kind === 'polarity' && k.claims.some((m) => m.docId === ids.get('f03-clarion-hajun-typo')),
    )
    expect(x).toBeDefined()
    expect(x!.claims.map((m) => m.hedge)).toContain('denied')
  })

  it('orders the timeline by event time, keeps the precision, and the report time apart', async () => {
    const t = await timeline(store.sql)
    expect(t.events.length).toBeGreaterThan(0)
    for (let i = 1; i < t.events.length; i++)
      expect(compareEvents(t.events[i - 1]!, t.events[i]!)).toBeLessThanOrEqual(0)
    // the report time is the document's publication date, never taken for the event time
    const published = new Map<string, string | null>()
    for (const id of new Set(t.events.map((e) => e.docId)))
      published.set(id, (await store.getDocument(id))!.published)
    for (const e of t.events) {
      expect(e.reported).toBe(published.get(e.docId))
      expect(['day', 'month', 'season', 'year', 'range', 'duration']).toContain(e.precision)
    }
  })

  it('builds the network around Belarus with evidence on every edge', async () => {
    const g = await networkGraph(store.sql, 'Belarus', { depth: 2 })
    expect(g.nodes.some((n) => n.label === 'Russia')).toBe(true)
    for (const e of g.edges) expect(e.evidence.length).toBeGreaterThan(0)
  })

  it('writes a briefing on Alexander Lukashenko in which every statement cites an evidence sentence', async () => {
    const b = await brief(store.sql, 'Alexander Lukashenko')
    const [body, sources] = b.markdown.split('\n## Sources\n')
    expect(sources, 'the briefing lists its sources').toBeDefined()
    const statements = body!.split('\n').filter((l) => l.trim() && !/^(#|_)/.test(l.trim()))
    expect(statements.length).toBeGreaterThan(3)
    const numbers = new Set(b.citations.map((c) => c.n))
    for (const line of statements) {
      const refs = [...line.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))
      expect(refs.length, `statement without a citation: ${line}`).toBeGreaterThan(0)
      for (const n of refs) expect(numbers.has(n), `[${n}] is listed`).toBe(true)
    }
    // every citation resolves to a sentence of a stored document that is a claim's evidence or a sentence span
    for (const c of b.citations) {
      const doc = await store.getDocument(c.docId)
      expect(doc, `document of [${c.n}]`).not.toBeNull()
      expect(doc!.text.slice(c.start, c.end)).toBe(c.text)
      const isEvidence =
        doc!.claims.some((k) => k.evidence.start === c.start && k.evidence.end === c.end) ||
        doc!.sentences.some((s) => s.start === c.start && s.end === c.end)
      expect(isEvidence, `[${c.n}] is an evidence sentence`).toBe(true)
      expect(sources).toContain(`[${c.n}] `)
      expect(sources).toContain(`document ${c.docId}, characters ${c.start}–${c.end}`)
    }
    expect(b.markdown).toMatch(/suggested grade [A-F][1-6]/)
    expect(b.markdown).not.toMatch(/(?<!suggested )grade [A-F][1-6] \(/)
  })
})

describe.skipIf(!hasCorpus)('ingest runs the analysis after each saved document', () => {
  it('analyses every stored document, once', async () => {
    const tmp = await freshPgliteDir()
    const store = await openStore({ dataDir: tmp.dataDir })
    try {
      await ingest(store, [fixturesDir])
      await ingest(store, [fixturesDir])
      const r = await store.sql.query<{ docs: number; analysed: number }>(
        'SELECT (SELECT count(*)::int FROM documents) AS docs, (SELECT count(*)::int FROM analysis_documents) AS analysed',
      )
      expect(r.rows[0]!.docs).toBeGreaterThan(0)
      expect(r.rows[0]!.analysed).toBe(r.rows[0]!.docs)
    } finally {
      await store.close()
      tmp.remove()
    }
  }, 60_000)
})
