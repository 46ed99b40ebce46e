/**
 * `npm run bench -- [N]`: generates N articles from the examples and measures, each engine in
 * its own child process so peak memory is its own:
 *   - ingest into PGlite and into a private PostgreSQL cluster: articles/s, words/s, peak RSS, store size;
 *   - extraction alone (the default pipeline, no store) against compromise's people/places/organizations
 *     on the same texts, in words/s per core, in rounds of one run of each (`--extract-rounds R`,
 *     default 3); the ratio printed is the median of the rounds' ratios. Each engine first reads the
 *     first 100 articles untimed (models loaded, hot code compiled), then all of them timed;
 *   - one long document: the first 400 articles joined into one text, against the same articles one
 *     by one (extraction time should grow with a document's length, no faster);
 *   - cross-document analysis (bench/analysis.ts): adding 1,000 documents to a store of 20,000 against an
 *     empty one, and the ratio (flags after N: --analysis-base, --analysis-add, --analysis-engine, --no-analysis).
 * Dossier runs from the build in `dist/`, as `dossier` does (the script builds it first).
 * Prints figures only; nothing here asserts timings.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
// @ts-expect-error plain ESM script without types
import { generate } from './generate.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const n = Number(process.argv[2] ?? 500)
if (!Number.isInteger(n) || n <= 0) {
  console.error('usage: npm run bench -- N   (N articles, a whole number > 0)')
  process.exit(2)
}

const roundsAt = process.argv.indexOf('--extract-rounds')
const rounds = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 3
if (!Number.isInteger(rounds) || rounds <= 0) {
  console.error(
    'usage: npm run bench -- N [--extract-rounds R]   (R runs of each engine, a whole number > 0)',
  )
  process.exit(2)
}

const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'))
const corpus = join(work, 'corpus')
mkdirSync(corpus)
let words = 0
let bytes = 0
for (const { name, text } of generate({ n, seed: 42, examplesDir: join(root, 'examples', 'txt') })) {
  const file = join(corpus, name.endsWith('.txt') ? name : `${name}.txt`)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
  words += text.split(/\s+/).filter(Boolean).length
  bytes += Buffer.byteLength(text)
}
console.log(
  `corpus: ${n} articles, ${words} words, ${(bytes / 1e6).toFixed(1)} MB (generated from examples/txt, seed 42)`,
)

function child(args: string[], env: NodeJS.ProcessEnv = process.env): Record<string, number | string> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'worker.ts'), ...args], {
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (r.status !== 0) throw new Error(`bench worker ${args.join(' ')} failed:\n${r.stderr}`)
  const last = r.stdout.trim().split('\n').pop() ?? '{}'
  return JSON.parse(last)
}

const rows: Record<string, number | string>[] = []
let long: Record<string, number | string> | null = null
try {
  rows.push({ run: 'ingest pglite', ...child(['ingest', corpus, '--data', join(work, 'pglite')]) })
  const { startPostgres, pgAvailable } = await import('../test/support/pg-cluster.js')
  if (await pgAvailable()) {
    const pg = await startPostgres()
    try {
      rows.push({
        run: 'ingest postgres',
        ...child(['ingest', corpus], { ...process.env, DATABASE_URL: pg.url }),
      })
    } finally {
      await pg.stop()
    }
  } else {
    console.log('postgres: no server binaries found (install Debian package postgresql); skipped')
  }
  // extraction alone, in rounds of one run of each engine back to back: on a noisy machine the
  // ratio within a round is steadier than either figure, and the median of the rounds steadier still
  for (let round = 1; round <= rounds; round++) {
    const suffix = rounds > 1 ? ` #${round}` : ''
    rows.push({ run: `extract dossier${suffix}`, ...child(['extract', corpus]) })
    rows.push({ run: `extract compromise${suffix}`, ...child(['compromise', corpus]) })
  }
  long = child(['long', corpus])
} finally {
  rmSync(work, { recursive: true, force: true })
}

const cols = ['run', 'articles', 'seconds', 'articles/s', 'words/s', 'peak RSS MB', 'store MB']
const width = (c: string) => (c === 'run' ? 24 : 20)
console.log(cols.map((c) => c.padEnd(width(c))).join(''))
for (const r of rows) console.log(cols.map((c) => String(r[c] ?? '-').padEnd(width(c))).join(''))
const ratios: number[] = []
for (let i = 0; i + 1 < rows.length; i++) {
  const d = rows[i]!
  const c = rows[i + 1]!
  if (String(d.run).startsWith('extract dossier') && String(c.run).startsWith('extract compromise'))
    ratios.push(Number(d['words/s']) / Number(c['words/s']))
}
if (ratios.length) {
  const sorted = [...ratios].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  const each = ratios.length > 1 ? `; rounds ${ratios.map((r) => `${r.toFixed(2)}x`).join(', ')}` : ''
  console.log(
    `extraction speed ratio dossier/compromise: ${median.toFixed(2)}x (same texts, same run${ratios.length > 1 ? `, median of ${ratios.length} rounds` : ''}${each})`,
  )
}

if (long) {
  const one = Number(long['one document s'])
  const separate = Number(long['separate s'])
  console.log(
    `long document: ${long.articles} articles joined (${(Number(long.characters) / 1e6).toFixed(2)} M characters) took ${one.toFixed(2)} s as one document, ${separate.toFixed(2)} s one by one (${(one / separate).toFixed(2)}x; peak RSS ${long['peak RSS MB']} MB)`,
  )
}

// Cross-document analysis: is it incremental? (bench/analysis.ts; generated records, see there)
// `npm run bench -- N --analysis-base 20000 --analysis-add 1000 --analysis-engine pglite|postgres`,
// or `--no-analysis` to skip it.
if (!process.argv.includes('--no-analysis')) {
  const flag = (name: string, fallback: string): string => {
    const i = process.argv.indexOf(`--analysis-${name}`)
    return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
  }
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'bench', 'analysis.ts'),
      '--base',
      flag('base', '20000'),
      '--add',
      flag('add', '1000'),
      '--engine',
      flag('engine', 'pglite'),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  )
  if (r.status !== 0) throw new Error('bench/analysis.ts failed')
  console.log(r.stdout.trim().split('\n').slice(0, -1).join('\n'))
}
