/**
 * `npm run bench:api -- [N] [--extract K] [--engine pglite|postgres|both] [--requests R]
 *   [--concurrency 1,8] [--seconds S]`: p50/p95 latency and requests/s of the entity page
 * (GET /api/entities/:id) and search (GET /api/search?q=) on a store of N generated documents
 * (default 20,000), under a bounded load on loopback, on PGlite and on PostgreSQL (a private,
 * throw-away cluster from test/support/pg-cluster.ts), each reported separately.
 *
 * How the store is built (printed with its timings): loading N documents through the whole
 * pipeline takes long on a small machine (extraction and saving with cross-document entity
 * resolution cost tens of milliseconds per document, and saving slows as the store grows), so
 *   1. K generated articles (default 300, bench/generate.mjs) go through the real pipeline
 *      (`extractDocument`) and are saved with `saveDocument`, entity resolution included;
 *   2. they are then replicated in SQL, INSERT … SELECT, batch by batch, up to N documents: each
 *      copy gets a new document id (SHA-256 of the template's id and the copy number — not of its
 *      text, which is the template's), new claim ids, and copies of every child row (boilerplate,
 *      sentences, mentions, attributions, claims, messages, MinHash bands, entity links, claim
 *      and entity-document links).
 *      Mentions keep their entity_id, so entities accumulate the mention counts of a real corpus
 *      where the same people and places recur: the most mentioned sit in most documents, the
 *      entity page's worst case.
 * Cross-document analysis is not run (it would cluster N/K replicas of each claim); the API reads
 * its (empty) tables all the same. The PGlite store is kept in bench/out/api-store-N-K and reused
 * by the next run; the PostgreSQL cluster is removed at the end.
 *
 * Load: for each endpoint and each concurrency, R requests (default 300) through the real HTTP
 * server (`startServer` on 127.0.0.1, port 0) with Node's fetch; a run also stops after S seconds
 * (default 90) and then says how many requests it completed. Nothing leaves the machine.
 */
import { availableParallelism, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { extractDocument } from '../src/app/extract.js'
import { sourceFromText } from '../src/ingest/readers/txt.js'
import type { DocumentRecord } from '../src/model/record.js'
import { startServer } from '../src/server/serve.js'
import { openStore, type Store } from '../src/store/index.js'
import { startPostgres } from '../test/support/pg-cluster.js'

// generate.mjs is plain ESM without type declarations
const { generate } = (await import('./generate.mjs' as string)) as {
  generate: (o: { n: number; seed: number; examplesDir: string }) => Iterable<{ name: string; text: string }>
}

const root = resolve(import.meta.dirname, '..')
const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
const N = Number(positional[0] ?? 20_000)
const K = Math.min(N, Number(option('extract') ?? 300))
const ENGINES = (option('engine') ?? 'both') === 'both' ? ['pglite', 'postgres'] : [option('engine')!]
const REQUESTS = Number(option('requests') ?? 300)
const CONCURRENCY = (option('concurrency') ?? '1,8').split(',').map(Number)
const MAX_SECONDS = Number(option('seconds') ?? 90)
/** Copies inserted per statement while replicating. */
const BATCH_COPIES = 10

const log = (s: string) => process.stdout.write(`${s}\n`)
const pct = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`

let templateCache: DocumentRecord[] | null = null
function templates(): DocumentRecord[] {
  if (templateCache) return templateCache
  const t = performance.now()
  templateCache = []
  for (const { name, text } of generate({ n: K, seed: 42, examplesDir: join(root, 'examples', 'txt') })) {
    templateCache.push(extractDocument(sourceFromText(text, `bench/${name}`)))
  }
  const ms = performance.now() - t
  log(
    `  1. full pipeline (extractDocument) on ${K} generated articles: ${secs(ms)}, ${(ms / K).toFixed(0)} ms/doc ` +
      `(all ${N} this way: about ${(((ms / K) * N) / 60_000).toFixed(0)} min of extraction alone)`,
  )
  return templateCache
}

/** The child tables of a document, with the column list a copy is selected with (`b` = copy map, `x` = row). */
const CHILDREN: readonly [table: string, columns: string, select: string][] = [
  ['boilerplate', 'doc_id, idx, start, "end"', 'b.id, x.idx, x.start, x."end"'],
  ['sentences', 'doc_id, idx, start, "end"', 'b.id, x.idx, x.start, x."end"'],
  [
    'mentions',
    'doc_id, idx, start, "end", type, canonical, ref, rule, role, text, entity_id',
    'b.id, x.idx, x.start, x."end", x.type, x.canonical, x.ref, x.rule, x.role, x.text, x.entity_id',
  ],
  [
    'attributions',
    'doc_id, id, idx, speaker, role, cue, cue_start, cue_end, outlet, quote_start, quote_end, parent_id',
    'b.id, x.id, x.idx, x.speaker, x.role, x.cue, x.cue_start, x.cue_end, x.outlet, x.quote_start, x.quote_end, x.parent_id',
  ],
  [
    'claims',
    'doc_id, id, idx, relation, agent, recipient, item, place, source, agent_entity, recipient_entity, quantity, time, hedge, evidence_start, evidence_end, attribution_id',
    `b.id, left(md5(b.id || '|' || x.id), 16), x.idx, x.relation, x.agent, x.recipient, x.item, x.place, x.source,
     x.agent_entity, x.recipient_entity, x.quantity, x.time, x.hedge, x.evidence_start, x.evidence_end, x.attribution_id`,
  ],
  [
    'messages',
    'doc_id, idx, severity, source, rule, reason, start, "end"',
    'b.id, x.idx, x.severity, x.source, x.rule, x.reason, x.start, x."end"',
  ],
  ['minhash_bands', 'band, hash, doc_id', 'x.band, x.hash, b.id'],
  [
    'entity_links',
    'doc_id, mention_idx, entity_id, surface, canonical, mentions, reason, detail',
    'b.id, x.mention_idx, x.entity_id, x.surface, x.canonical, x.mentions, x.reason, x.detail',
  ],
  // the claim ids as the claims copy makes them
  [
    'claim_entities',
    'claim_id, entity_id, doc_id, idx, published',
    `left(md5(b.id || '|' || x.claim_id), 16), x.entity_id, b.id, x.idx, x.published`,
  ],
  ['entity_documents', 'entity_id, doc_id, mentions', 'x.entity_id, b.id, x.mentions'],
]

async function buildStore(store: Store): Promise<void> {
  const have = (await store.counts()).documents
  if (have >= N) {
    log(`store: reusing ${have} documents in ${store.location} (built by an earlier run as described above)`)
    return
  }
  if (have > 0) throw new Error(`${store.location} holds ${have} documents, fewer than ${N}: remove it first`)
  log(`store: building ${N} documents in ${store.location}`)
  const records = templates()
  let t = performance.now()
  for (const record of records) await store.saveDocument(record)
  let ms = performance.now() - t
  log(
    `  2. saveDocument (entity resolution included) of the ${K}: ${secs(ms)}, ${((K * 1000) / ms).toFixed(1)} docs/s`,
  )

  t = performance.now()
  const sql = store.sql
  const copies = N - K
  const rounds = Math.ceil(copies / K)
  await sql.exec(`DROP TABLE IF EXISTS bench_copy;
    CREATE TABLE bench_copy (id text PRIMARY KEY, src text NOT NULL, copy int NOT NULL)`)
  await sql.query(
    `INSERT INTO bench_copy (id, src, copy)
     SELECT encode(sha256(convert_to(d.id || '|bench copy ' || g, 'UTF8')), 'hex'), d.id, g
     FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM documents) d, generate_series(1, $1::int) g
     WHERE (g - 1) * $2::int + d.i < $3::int`,
    [rounds, K, copies],
  )
  // Bulk-load tricks, undone below: secondary indexes are dropped and rebuilt in one pass (their
  // exact definitions read back from pg_indexes), and row-by-row foreign-key triggers are skipped
  // (session_replication_role, superusers only) since copies of valid rows are valid.
  const secondary = await sql.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
     JOIN pg_class c ON c.relname = i.indexname AND c.relnamespace = to_regnamespace(i.schemaname)
     JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.schemaname = current_schema() AND NOT x.indisunique AND i.tablename = ANY($1::text[])`,
    [['documents', ...CHILDREN.map(([table]) => table)]],
  )
  for (const { name } of secondary.rows) await sql.exec(`DROP INDEX ${name}`)
  const superuser = (
    await sql.query<{ s: boolean }>('SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user')
  ).rows[0]?.s
  const perTable = new Map<string, number>()
  const timed = async <T>(table: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now()
    try {
      return await run()
    } finally {
      perTable.set(table, (perTable.get(table) ?? 0) + performance.now() - t0)
    }
  }
  for (let from = 1; from <= rounds; from += BATCH_COPIES) {
    const range = [from, from + BATCH_COPIES - 1]
    await sql.transaction(async (tx) => {
      if (superuser) await tx.exec('SET LOCAL session_replication_role = replica')
      await timed('documents', () =>
        tx.query(
          `INSERT INTO documents (id, origin, format, title, outlet, url, published, language, raw, text,
           clean_text, clean_map, signature, copy_of, copy_similarity, source_messages)
         SELECT b.id, d.origin || '#copy-' || b.copy, d.format, d.title, d.outlet, d.url, d.published, d.language,
           d.raw, d.text, d.clean_text, d.clean_map, d.signature, NULL, NULL, d.source_messages
         FROM bench_copy b JOIN documents d ON d.id = b.src WHERE b.copy BETWEEN $1 AND $2`,
          range,
        ),
      )
      for (const [table, columns, select] of CHILDREN) {
        await timed(table, () =>
          tx.query(
            `INSERT INTO ${table} (${columns}) SELECT ${select}
             FROM bench_copy b JOIN ${table} x ON x.doc_id = b.src WHERE b.copy BETWEEN $1 AND $2`,
            range,
          ),
        )
      }
    })
    const done = Math.min(copies, (from + BATCH_COPIES - 1) * K)
    log(`     replicated ${K + done}/${N} (${secs(performance.now() - t)})`)
  }
  const t1 = performance.now()
  for (const { def } of secondary.rows) await sql.exec(def)
  const indexMs = performance.now() - t1
  await sql.exec('DROP TABLE bench_copy; ANALYZE')
  ms = performance.now() - t
  log(
    `  3. replicated in SQL to ${N} (INSERT … SELECT, ${BATCH_COPIES} copies of the ${K} per transaction, new document ` +
      `and claim ids, mentions keep entity_id${superuser ? ', foreign-key triggers off' : ''}, ` +
      `${secondary.rows.length} secondary indexes dropped and rebuilt): ${secs(ms)}, ${(((N - K) * 1000) / ms).toFixed(0)} docs/s` +
      ` [${[...perTable].map(([table, tms]) => `${table} ${secs(tms)}`).join(', ')}, index rebuild ${secs(indexMs)}]`,
  )
}

interface Result {
  n: number
  errors: number
  p50: number
  p95: number
  max: number
  rps: number
  capped: boolean
}

/** `paths` fetched by `concurrency` clients, each path once, stopping after MAX_SECONDS. */
async function load(base: string, paths: readonly string[], concurrency: number): Promise<Result> {
  const latencies: number[] = []
  let errors = 0
  let next = 0
  const started = performance.now()
  const deadline = started + MAX_SECONDS * 1000
  const worker = async () => {
    while (next < paths.length && performance.now() < deadline) {
      const path = paths[next++]!
      const t0 = performance.now()
      const res = await fetch(base + path)
      await res.arrayBuffer()
      latencies.push(performance.now() - t0)
      if (!res.ok) errors++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    n: latencies.length,
    errors,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    rps: latencies.length / seconds,
    capped: latencies.length < paths.length,
  }
}

async function measure(store: Store): Promise<void> {
  const sql = store.sql
  // hubs (the most mentioned: Belarus, Lukashenko, …) and mid-frequency entities
  const ranked = await sql.query<{ id: string; name: string; type: string; documents: number; rank: number }>(
    `SELECT e.id, e.name, e.type, r.documents, r.rank FROM (
       SELECT entity_id, count(*)::int AS documents,
         row_number() OVER (ORDER BY count(*) DESC, entity_id)::int AS rank
       FROM entity_documents GROUP BY entity_id) r JOIN entities e ON e.id = r.entity_id
     WHERE r.rank IN (1, 2, 3, 25, 50, 100) ORDER BY r.rank`,
  )
  const lukashenko = await sql.query<{ id: string; name: string; type: string; documents: number }>(
    `SELECT e.id, e.name, e.type, count(*)::int AS documents
     FROM entities e JOIN entity_documents ed ON ed.entity_id = e.id
     WHERE e.name ILIKE '%lukashenk%' GROUP BY e.id ORDER BY documents DESC LIMIT 1`,
  )
  const targets = [...ranked.rows]
  for (const l of lukashenko.rows)
    if (!targets.some((t) => t.id === l.id)) targets.splice(1, 0, { ...l, rank: 0 })
  log(`  entity pages: ${targets.map((t) => `${t.name} (${t.type}, ${t.documents} docs)`).join(', ')}`)
  const queries = ['Lukashenko', 'Belarus', 'Minsk', 'tanks', 'sanctions', 'railway drones']
  log(`  search queries: ${queries.map((q) => `"${q}"`).join(', ')}`)
  const entityPaths = Array.from(
    { length: REQUESTS },
    (_, i) => `/api/entities/${targets[i % targets.length]!.id}`,
  )
  const searchPaths = Array.from(
    { length: REQUESTS },
    (_, i) => `/api/search?q=${encodeURIComponent(queries[i % queries.length]!)}`,
  )

  const server = await startServer({ store, port: 0, host: '127.0.0.1' })
  const base = server.url.replace(/\/$/, '')
  try {
    // warm-up: every target once (gazetteer, plan caches, pages)
    await load(base, [...entityPaths.slice(0, targets.length), ...searchPaths.slice(0, queries.length)], 1)
    log(
      `  load: ${REQUESTS} requests per endpoint and concurrency (at most ${MAX_SECONDS} s each), ${server.url}, ` +
        `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)} (other work on the machine shares the cores)`,
    )
    for (const [name, paths] of [
      ['GET /api/entities/:id', entityPaths],
      ['GET /api/search?q=   ', searchPaths],
    ] as const) {
      for (const c of CONCURRENCY) {
        const r = await load(base, paths, c)
        log(
          `    ${name} c=${c}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(0)} ms, ` +
            `${r.rps.toFixed(1)} req/s, ${r.n} requests${r.capped ? ` (time cap of ${MAX_SECONDS} s reached)` : ''}, ${r.errors} errors`,
        )
      }
    }
  } finally {
    await server.close()
  }
}

async function bench(engine: string): Promise<void> {
  log(`\n== ${engine} ==`)
  const pg = engine === 'postgres' ? await startPostgres({ database: 'dossier_bench' }) : null
  try {
    const store = await openStore(
      pg ? { databaseUrl: pg.url } : { dataDir: join(root, 'bench', 'out', `api-store-${N}-${K}`) },
    )
    try {
      const t = performance.now()
      await buildStore(store)
      const counts = await store.counts()
      log(
        `store: ${counts.documents} documents, ${counts.mentions} mentions, ${counts.entities} entities, ${counts.claims} claims, ` +
          `${((await store.sizeBytes()) / 1e6).toFixed(0)} MB (${store.engine}); ready in ${secs(performance.now() - t)}`,
      )
      await measure(store)
    } finally {
      await store.close()
    }
  } finally {
    await pg?.stop()
  }
}

for (const engine of ENGINES) await bench(engine)
