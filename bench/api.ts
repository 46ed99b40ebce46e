/**
 * `npm run bench:api -- [N] [--extract K] [--concurrency C] [--requests R]`: p50/p95 latency of the
 * entity-page and search endpoints on a store of N generated documents (default 20,000), under a
 * bounded load on loopback.
 *
 * Loading N documents through the whole pipeline takes long on a small machine, so the store is
 * built in two steps, both measured and printed: K generated articles (default 300) go through the
 * full pipeline (extraction measured per document), then their records are replicated, each copy
 * with its own text (a numbered line appended, so a new content hash and id; every span stays
 * valid), its own claim ids, and saved with `saveDocument` like any document. Entities are shared
 * across copies as they would be across real articles, so the most mentioned entities sit in all N
 * documents: the entity page's worst case. Cross-document analysis is not run over the copies (it
 * would cluster N replicas of K claims); the API reads its (empty) tables all the same.
 *
 * The store is kept in bench/out/api-store-N-K and reused by the next run.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { extractDocument } from '../src/app/extract.js'
import { sourceFromText } from '../src/ingest/readers/txt.js'
import type { DocumentRecord } from '../src/model/record.js'
import { startServer } from '../src/server/serve.js'
import { openStore, type Store } from '../src/store/index.js'

// generate.mjs is plain ESM without type declarations
const { generate } = (await import('./generate.mjs' as string)) as {
  generate: (o: { n: number; seed: number; examplesDir: string }) => Iterable<{ name: string; text: string }>
}

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const flag = (name: string, def: number): number => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : def
}
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
const N = Number(positional[0] ?? 20_000)
const K = Math.min(N, flag('extract', 300))
const CONCURRENCY = flag('concurrency', 8)
const REQUESTS = flag('requests', 400)

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')
const log = (s: string) => process.stdout.write(`${s}\n`)
const pct = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

/** A copy of a record with its own text, id and claim ids; every span still points at the same characters. */
function replicate(r: DocumentRecord, copy: number): DocumentRecord {
  const text = `${r.source.text}\n[bench copy ${copy}]\n`
  const id = sha256(text)
  const claimId = new Map(r.claims.map((c) => [c.id, sha256(`${id}|${c.id}`).slice(0, 24)]))
  return {
    ...r,
    source: { ...r.source, id, raw: text, text, origin: `bench/copy-${copy}.txt` },
    claims: r.claims.map((c) => ({ ...c, id: claimId.get(c.id)! })),
    copyOf: null,
  }
}

async function buildStore(store: Store): Promise<void> {
  const have = (await store.counts()).documents
  if (have >= N) {
    log(`store: reusing ${have} documents in ${store.location}`)
    return
  }
  log(`store: building ${N} documents in ${store.location}`)
  const templates: DocumentRecord[] = []
  let t = performance.now()
  for (const { name, text } of generate({ n: K, seed: 42, examplesDir: join(root, 'examples', 'txt') })) {
    templates.push(extractDocument(sourceFromText(text, `bench/${name}`)))
  }
  const extractMs = performance.now() - t
  const perDoc = extractMs / K
  log(
    `  full pipeline on ${K} generated articles: ${(extractMs / 1000).toFixed(1)} s, ${perDoc.toFixed(1)} ms/doc ` +
      `(all ${N} this way: about ${((perDoc * N) / 60_000).toFixed(1)} min of extraction alone)`,
  )
  t = performance.now()
  let saved = 0
  for (let i = have; i < N; i++) {
    const record = i < K ? templates[i]! : replicate(templates[i % K]!, i)
    if ((await store.saveDocument(record)) === 'inserted') saved++
    if ((i + 1) % 2000 === 0) log(`  saved ${i + 1}/${N}`)
  }
  const saveS = (performance.now() - t) / 1000
  log(
    `  saved ${saved} records (${K} extracted, the rest replicated) in ${saveS.toFixed(1)} s (${(saved / saveS).toFixed(0)} docs/s)`,
  )
}

async function load(base: string, paths: readonly string[]) {
  const latencies: number[] = []
  let errors = 0
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!
      const t0 = performance.now()
      const res = await fetch(base + path)
      await res.arrayBuffer()
      latencies.push(performance.now() - t0)
      if (!res.ok) errors++
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    n: latencies.length,
    errors,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    rps: latencies.length / seconds,
  }
}

const databaseUrl = process.env.DATABASE_URL?.trim()
const dataDir = join(root, 'bench', 'out', `api-store-${N}-${K}`)
if (!databaseUrl) mkdirSync(join(root, 'bench', 'out'), { recursive: true })
const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir })
try {
  await buildStore(store)
  const counts = await store.counts()
  log(
    `store: ${counts.documents} documents, ${counts.mentions} mentions, ${counts.entities} entities, ${counts.claims} claims (${store.engine}, ${(
      (await store.sizeBytes()) / 1e6
    ).toFixed(0)} MB)`,
  )
  const server = await startServer({ store, port: 0, host: '127.0.0.1' })
  const base = server.url.replace(/\/$/, '')
  try {
    // the entity page of the most mentioned entities (in every document) and of the long tail
    const top = await store.sql.query<{ entity_id: string }>(
      'SELECT entity_id FROM mentions GROUP BY entity_id ORDER BY count(*) DESC LIMIT 20',
    )
    const tail = await store.sql.query<{ id: string; name: string }>(
      'SELECT id, name FROM entities ORDER BY md5(id) LIMIT 200',
    )
    const hub = top.rows.map((r) => r.entity_id)
    const entityPaths = Array.from({ length: REQUESTS }, (_, i) =>
      i % 4 === 0
        ? `/api/entities/${hub[i % hub.length]}`
        : `/api/entities/${tail.rows[i % tail.rows.length]!.id}`,
    )
    const words = [
      'tanks',
      'Minsk',
      'ammunition',
      'sanctions',
      'Lukashenka',
      'drones',
      'railway',
      'Hajun',
      'plant',
      'Wagner',
    ]
    const names = tail.rows.map((r) => r.name)
    const searchPaths = Array.from({ length: REQUESTS }, (_, i) => {
      const q = i % 2 ? words[i % words.length]! : names[i % names.length]!
      return `/api/search?q=${encodeURIComponent(q)}`
    })
    // warm-up: first queries load the gazetteer, plan caches and pages
    await load(base, [...entityPaths.slice(0, 20), ...searchPaths.slice(0, 20)])
    log(
      `load: ${REQUESTS} requests per endpoint, ${CONCURRENCY} concurrent, loopback, ${availableParallelism()} cores`,
    )
    for (const [name, paths] of [
      ['GET /api/entities/:id (entity page; 1 in 4 a top-20 entity)', entityPaths],
      ['GET /api/search?q=', searchPaths],
    ] as const) {
      const r = await load(base, paths)
      log(
        `  ${name}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ` +
          `max ${r.max.toFixed(0)} ms, ${r.rps.toFixed(1)} req/s, ${r.errors} errors`,
      )
    }
  } finally {
    await server.close()
  }
} finally {
  await store.close()
}
if (!existsSync(dataDir) && !databaseUrl) log('(store not kept)')
