/**
 * One measured run for bench/run.ts; prints one JSON line of figures.
 *
 * Dossier is measured as `dossier` runs it: the built JavaScript in `dist/` (`npm run build`,
 * which `npm run bench` runs first), not the TypeScript sources through the loader this script
 * itself runs under, which wraps every function it creates to keep its name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const [mode, dir, ...rest] = process.argv.slice(2)
if (!mode || !dir) throw new Error('usage: worker.ts ingest|extract|long|compromise DIR [--data X]')

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
/** A module of the build, typed by its source. */
async function built<T>(path: string): Promise<T> {
  const file = join(dist, path)
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`)
  return (await import(pathToFileURL(file).href)) as T
}
const { extractDocument } = await built<typeof import('../src/app/extract.js')>('app/extract.js')
const { ingest } = await built<typeof import('../src/app/ingest.js')>('app/ingest.js')
const { storeOptions } = await built<typeof import('../src/cli/context.js')>('cli/context.js')
const { sourceFromText } = await built<typeof import('../src/ingest/readers/txt.js')>('ingest/readers/txt.js')
const { openStore } = await built<typeof import('../src/store/index.js')>('store/index.js')

function files(d: string): string[] {
  return readdirSync(d)
    .sort()
    .flatMap((f) =>
      statSync(join(d, f)).isDirectory() ? files(join(d, f)) : f.endsWith('.txt') ? [join(d, f)] : [],
    )
}
const texts = files(dir).map((f) => readFileSync(f, 'utf8'))
const words = texts.reduce((s, t) => s + t.split(/\s+/).filter(Boolean).length, 0)
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
/**
 * Articles each engine reads before its timed run, untimed: models load and the JIT compiles the
 * hot code, as in a server or a long ingest that has been running for a while. Both engines get
 * the same; the timed run is then the steady state.
 */
const WARM_UP = 100
/** How many articles the long document of `long` mode joins. */
const LONG_ARTICLES = 400

function figures(seconds: number, extra: Record<string, number> = {}) {
  return {
    articles: texts.length,
    seconds: Number(seconds.toFixed(2)),
    'articles/s': Number((texts.length / seconds).toFixed(1)),
    'words/s': Math.round(words / seconds),
    'peak RSS MB': peakMb(),
    ...extra,
  }
}

if (mode === 'ingest') {
  const dataIdx = rest.indexOf('--data')
  const store = await openStore(storeOptions({ data: dataIdx >= 0 ? rest[dataIdx + 1] : undefined }))
  const t0 = performance.now()
  const summary = await ingest(store, [dir])
  const seconds = (performance.now() - t0) / 1000
  if (summary.failed.length) throw new Error(`ingest failed on ${summary.failed.length} inputs`)
  const size = await store.sizeBytes()
  await store.close()
  console.log(JSON.stringify(figures(seconds, { 'store MB': Number((size / 1e6).toFixed(1)) })))
} else if (mode === 'extract') {
  for (const [i, t] of texts.slice(0, WARM_UP).entries()) extractDocument(sourceFromText(t, `warm-${i}.txt`))
  const t0 = performance.now()
  for (const [i, t] of texts.entries()) extractDocument(sourceFromText(t, `${i}.txt`))
  console.log(JSON.stringify(figures((performance.now() - t0) / 1000)))
} else if (mode === 'long') {
  // one long document (a report, a book chapter): the first articles joined into one text, timed
  // against the same articles extracted one by one; time should grow with length, no faster
  const part = texts.slice(0, LONG_ARTICLES)
  const joined = part.join('\n\n')
  for (const [i, t] of texts.slice(0, WARM_UP).entries()) extractDocument(sourceFromText(t, `warm-${i}.txt`))
  const t0 = performance.now()
  for (const [i, t] of part.entries()) extractDocument(sourceFromText(t, `${i}.txt`))
  const separate = (performance.now() - t0) / 1000
  const t1 = performance.now()
  extractDocument(sourceFromText(joined, 'joined.txt'))
  const one = (performance.now() - t1) / 1000
  console.log(
    JSON.stringify({
      articles: part.length,
      characters: joined.length,
      'separate s': Number(separate.toFixed(2)),
      'one document s': Number(one.toFixed(2)),
      'peak RSS MB': peakMb(),
    }),
  )
} else if (mode === 'compromise') {
  const { default: nlp } = await import('compromise')
  const read = (t: string) => {
    const doc = nlp(t)
    doc.people().out('array')
    doc.places().out('array')
    doc.organizations().out('array')
  }
  for (const t of texts.slice(0, WARM_UP)) read(t)
  const t0 = performance.now()
  for (const t of texts) read(t)
  console.log(JSON.stringify(figures((performance.now() - t0) / 1000)))
} else {
  throw new Error(`unknown mode ${mode}`)
}
