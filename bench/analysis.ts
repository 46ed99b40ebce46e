/**
 * `node --import tsx bench/analysis.ts [--base 20000] [--add 1000] [--engine pglite|postgres]`
 * (also run by `npm run bench`): is cross-document analysis incremental? Times adding `add`
 * documents (save + analysis, one after the other, as ingest does) to an empty store, and to a
 * store that already holds `base` documents, and prints the ratio (below 2 means the cost of a
 * document does not grow with the store).
 *
 * The documents are generated `DocumentRecord`s saved directly through the store, not articles
 * run through the pipeline: extracting 20,000 articles would take most of an hour on a small
 * machine and measure the extractors, not the analysis. Their claims are drawn from a fixed pool
 * of actors, items, figures, dates and sources (seeded), so that clusters grow large, figures
 * repeat and conflict, and some documents are syndicated copies — as in a real store.
 * Prints figures only; nothing here asserts timings.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyzeDocument } from '../src/analyze/update.js'
import type { Attribution, Claim, EntityType, Mention, Relation } from '../src/model/annotations.js'
import { OffsetMap } from '../src/model/offsets.js'
import type { DocumentRecord } from '../src/model/record.js'
import { loadReference, normaliseAlias } from '../src/reference/load.js'
import { openStore, type Store } from '../src/store/index.js'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const BASE = Number(arg('base', '20000'))
const ADD = Number(arg('add', '1000'))
const ENGINE = arg('engine', 'pglite')

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    s = (s ^ (s >>> 13)) >>> 0
    return s / 2 ** 32
  }
}

const AGENTS: readonly [string, EntityType][] = [
  ['Belarus', 'GPE'],
  ['Alexander Lukashenko', 'PERSON'],
  ['Russia', 'GPE'],
  ['Iran', 'GPE'],
  ['North Korea', 'GPE'],
  ['Minsk Wheeled Tractor Plant', 'ORG'],
  ['Peleng', 'ORG'],
  ['558 Aircraft Repair Plant', 'ORG'],
  ['Ministry of Defence of Belarus', 'ORG'],
  ['Armed Forces of Belarus', 'ORG'],
  ['Russian Armed Forces', 'ORG'],
  ['Integral', 'ORG'],
]
const RECIPIENTS = ['Russia', 'Russian Armed Forces', 'Belarus', 'Ukraine', 'Wagner Group', 'Kazakhstan']
const RELATIONS: readonly Relation[] = ['SUPPLY', 'TRANSFER', 'PRODUCE', 'REPAIR', 'DEPLOY', 'OTHER']
const ITEMS = [
  ['ammunition', 'tons'],
  ['artillery shells', 'items'],
  ['T-72A tanks', 'items'],
  ['BMP-2 vehicles', 'items'],
  ['Ural trucks', 'items'],
  ['Mi-8 helicopters', 'items'],
  ['Sosna-U sights', 'items'],
  ['microelectronics', 'items'],
  ['troops', 'troops'],
  ['fuel', 'tons'],
  ['drones', 'items'],
  ['optics', 'items'],
] as const
const SOURCES = [
  'Belarusian Hajun',
  'UK Ministry of Defence',
  'Institute for the Study of War',
  'Ministry of Defence of Ukraine',
  'unspecified reports',
  'Alexander Lukashenko',
  null,
]
const OUTLETS = [
  'Baltic Wire',
  'Daily Clarion',
  'Siver News',
  'RBC-Ukraine',
  'Express',
  'Vistula Observer',
  'Reuters',
]

const sha = (s: string): string => createHash('sha256').update(s).digest('hex')

// mentions carry their reference ids, as the gazetteer gives them for these well-known names
const reference = loadReference()
const refOf = (name: string): string | null => reference.byAlias.get(normaliseAlias(name))?.[0]?.id ?? null

/** One generated document: 3–7 sentences, one claim each, every span real. */
function generate(n: number, copyOf: string | null, seed: number): DocumentRecord {
  const r = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
  const outlet = pick(OUTLETS)
  const sentences: string[] = []
  const specs: {
    relation: Relation
    agent: [string, EntityType]
    recipient: string
    item: (typeof ITEMS)[number]
    qty: number | null
    month: string | null
    source: string | null
  }[] = []
  const k = 3 + Math.floor(r() * 5)
  for (let i = 0; i < k; i++) {
    const item = pick(ITEMS)
    // figures repeat often (the same estimate relayed) and sometimes differ
    const base = [65000, 9000, 200, 90, 4000, 120, 30][Math.floor(r() * 7)]!
    const qty = r() < 0.7 ? (r() < 0.8 ? base : Math.round(base * (0.5 + r()))) : null
    const month =
      r() < 0.6 ? `${2022 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}` : null
    const spec = {
      relation: pick(RELATIONS),
      agent: pick(AGENTS),
      recipient: pick(RECIPIENTS),
      item,
      qty,
      month,
      source: pick(SOURCES),
    }
    specs.push(spec)
    const said = spec.source ? `According to ${spec.source}, ` : ''
    sentences.push(
      `${said}${spec.agent[0]} sent ${spec.recipient} ${qty === null ? '' : `${qty.toLocaleString('en-GB')} ${item[1]} of `}${item[0]}${month ? ` in ${month}` : ''} (report ${n}.${i}).`,
    )
  }
  const text = `${sentences.join(' ')}\n${outlet}, item ${n}.`
  const id = sha(text)
  const mentions: Mention[] = []
  const claims: Claim[] = []
  const attributions: Attribution[] = []
  const sentenceSpans = []
  let at = 0
  for (const [i, s] of sentences.entries()) {
    const start = text.indexOf(s, at)
    const end = start + s.length
    at = end
    sentenceSpans.push({ start, end })
    const spec = specs[i]!
    const find = (needle: string) => {
      const x = text.indexOf(needle, start)
      return { start: x, end: x + needle.length }
    }
    const agentSpan = find(spec.agent[0])
    const recipientSpan = find(spec.recipient)
    mentions.push({
      ...agentSpan,
      type: spec.agent[1],
      canonical: spec.agent[0],
      ref: refOf(spec.agent[0]),
      rule: 'bench',
    })
    mentions.push({
      ...recipientSpan,
      type: 'GPE',
      canonical: spec.recipient,
      ref: refOf(spec.recipient),
      rule: 'bench',
    })
    let attribution: string | undefined
    if (spec.source) {
      attribution = `attr-${i}`
      attributions.push({
        id: attribution,
        speaker: { text: spec.source, canonical: spec.source, span: find(spec.source) },
        role: null,
        cue: 'according to',
        outlet: null,
        quote: { start, end },
      })
    }
    const qtyText = spec.qty === null ? null : `${spec.qty.toLocaleString('en-GB')} ${spec.item[1]}`
    claims.push({
      id: sha(`${id}:${i}`).slice(0, 24),
      relation: spec.relation,
      agent: { text: spec.agent[0], canonical: spec.agent[0], span: agentSpan },
      recipient: { text: spec.recipient, canonical: spec.recipient, span: recipientSpan },
      item: { text: spec.item[0], canonical: null, span: find(spec.item[0]) },
      quantity: qtyText
        ? { value: spec.qty, low: null, high: null, unit: spec.item[1], text: qtyText }
        : null,
      time: spec.month ? { text: `in ${spec.month}`, date: spec.month, precision: 'month' } : null,
      place: null,
      source: { text: spec.source ?? outlet, canonical: spec.source ?? outlet },
      hedge: spec.source === 'unspecified reports' ? 'reported' : 'asserted',
      evidence: { start, end },
      ...(attribution ? { attribution } : {}),
    })
  }
  return {
    source: {
      id,
      raw: text,
      text,
      format: 'txt',
      origin: `bench/${n}.txt`,
      meta: { title: `Generated ${n}`, outlet, url: null, published: null, language: 'eng' },
      messages: [],
    },
    clean: { text, map: OffsetMap.identity(text.length) },
    boilerplate: [],
    sentences: sentenceSpans,
    mentions,
    claims,
    attributions,
    messages: [],
    signature: [],
    copyOf: copyOf ? { id: copyOf, similarity: 0.9 } : null,
  }
}

/** Saves and analyses documents `from`…`to`−1 one by one, as ingest does; returns seconds (all, analysis alone). */
async function add(
  store: Store,
  from: number,
  to: number,
  ids: string[],
): Promise<{ total: number; analysis: number }> {
  const t0 = performance.now()
  let analysis = 0
  for (let n = from; n < to; n++) {
    // one in twenty is a syndicated copy of an earlier document (its own text, a copy_of link)
    const copyOf = ids.length && n % 20 === 0 ? ids[Math.floor((n * 7919) % ids.length)]! : null
    const record = generate(n, copyOf, n * 2654435761)
    await store.saveDocument(record)
    const a0 = performance.now()
    await analyzeDocument(store.sql, record.source.id)
    analysis += performance.now() - a0
    ids.push(record.source.id)
  }
  return { total: (performance.now() - t0) / 1000, analysis: analysis / 1000 }
}

async function open(dir: string): Promise<{ store: Store; close(): Promise<void> }> {
  if (ENGINE === 'postgres') {
    const { startPostgres } = await import('../test/support/pg-cluster.js')
    const pg = await startPostgres()
    const store = await openStore({ databaseUrl: pg.url })
    return {
      store,
      close: async () => {
        await store.close()
        await pg.stop()
      },
    }
  }
  const store = await openStore({ dataDir: dir })
  return { store, close: () => store.close() }
}

const work = mkdtempSync(join(tmpdir(), 'dossier-bench-analysis-'))
try {
  // documents base…base+add−1 are the measured ones in both runs, so both add the same documents
  const empty = await open(join(work, 'empty'))
  const emptyRun = await add(empty.store, BASE, BASE + ADD, [])
  await empty.close()

  const full = await open(join(work, 'full'))
  const ids: string[] = []
  const t0 = performance.now()
  let last = t0
  for (let n = 0; n < BASE; n += 1000) {
    await add(full.store, n, Math.min(BASE, n + 1000), ids)
    if (performance.now() - last > 30_000) {
      process.stderr.write(`  base store: ${Math.min(BASE, n + 1000)} / ${BASE} documents\n`)
      last = performance.now()
    }
  }
  const baseSeconds = (performance.now() - t0) / 1000
  const fullRun = await add(full.store, BASE, BASE + ADD, ids)
  const counts = await full.store.sql.query<{ clusters: number; claims: number; contradictions: number }>(
    `SELECT (SELECT count(*)::int FROM analysis_clusters) AS clusters, (SELECT count(*)::int FROM analysis_claims) AS claims,
       (SELECT count(*)::int FROM analysis_contradictions) AS contradictions`,
  )
  await full.close()
  const ratio = fullRun.total / emptyRun.total
  const analysisRatio = fullRun.analysis / emptyRun.analysis
  const c = counts.rows[0]!
  const rate = (s: number) => `${(ADD / s).toFixed(0)} docs/s`
  console.log(
    `analysis (${ENGINE}; generated DocumentRecords saved through the store, not the pipeline):\n` +
      `  base store built: ${BASE} documents in ${baseSeconds.toFixed(1)} s (${c.claims} claims, ${c.clusters} clusters, ${c.contradictions} contradictions)\n` +
      `  add ${ADD} documents to an empty store:  ${emptyRun.total.toFixed(2)} s (${rate(emptyRun.total)}; analysis alone ${emptyRun.analysis.toFixed(2)} s)\n` +
      `  add ${ADD} documents to a store of ${BASE}: ${fullRun.total.toFixed(2)} s (${rate(fullRun.total)}; analysis alone ${fullRun.analysis.toFixed(2)} s)\n` +
      `  ratio ${ratio.toFixed(2)} save + analysis, ${analysisRatio.toFixed(2)} analysis alone (incremental when below 2)`,
  )
  console.log(
    JSON.stringify({
      engine: ENGINE,
      base: BASE,
      add: ADD,
      baseSeconds: Number(baseSeconds.toFixed(2)),
      emptySeconds: Number(emptyRun.total.toFixed(2)),
      fullSeconds: Number(fullRun.total.toFixed(2)),
      emptyAnalysisSeconds: Number(emptyRun.analysis.toFixed(2)),
      fullAnalysisSeconds: Number(fullRun.analysis.toFixed(2)),
      ratio: Number(ratio.toFixed(2)),
      analysisRatio: Number(analysisRatio.toFixed(2)),
    }),
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
