/** One measured run for bench/run.ts; prints one JSON line of figures. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { extractDocument } from '../src/app/extract.js'
import { ingest } from '../src/app/ingest.js'
import { storeOptions } from '../src/cli/context.js'
import { sourceFromText } from '../src/ingest/readers/txt.js'
import { openStore } from '../src/store/index.js'

const [mode, dir, ...rest] = process.argv.slice(2)
if (!mode || !dir) throw new Error('usage: worker.ts ingest|extract|compromise DIR [--data X]')

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
  extractDocument(sourceFromText(texts[0] ?? 'Warm up.', 'warmup.txt')) // loads models once, as a server would
  const t0 = performance.now()
  for (const [i, t] of texts.entries()) extractDocument(sourceFromText(t, `${i}.txt`))
  console.log(JSON.stringify(figures((performance.now() - t0) / 1000)))
} else if (mode === 'compromise') {
  const { default: nlp } = await import('compromise')
  nlp('Warm up.').people()
  const t0 = performance.now()
  for (const t of texts) {
    const doc = nlp(t)
    doc.people().out('array')
    doc.places().out('array')
    doc.organizations().out('array')
  }
  console.log(JSON.stringify(figures((performance.now() - t0) / 1000)))
} else {
  throw new Error(`unknown mode ${mode}`)
}
