import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { segmentText } from '../segment/index.js'
import { cleanText } from './index.js'
import { expectExactMap } from './test-support.js'

/**
 * Golden files: hand-written pages in the styles of the sites Dossier reads
 * (`test/fixtures/clean/*.txt`), with the expected removals, clean text and sentences in
 * `*.golden.json`. Regenerate after a deliberate change and review the diff:
 *
 *   UPDATE_GOLDEN=1 npx vitest run src/pipeline/clean/golden.test.ts
 */
const DIR = fileURLToPath(new URL('../../../test/fixtures/clean/', import.meta.url))
const update = process.env.UPDATE_GOLDEN === '1'
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.txt')) : []

interface Golden {
  removed: { rule: string; text: string }[]
  clean: string
  sentences: string[]
}

function run(raw: string): Golden {
  const r = cleanText(raw)
  const s = segmentText(r.clean.text, r.paragraphs)
  return {
    removed: r.removals.map((x) => ({ rule: x.rule, text: raw.slice(x.start, x.end) })),
    clean: r.clean.text,
    sentences: s.sentences.map((x) => r.clean.text.slice(x.start, x.end)),
  }
}

describe.skipIf(!files.length)('golden pages', () => {
  it.each(files)('%s', (file) => {
    const raw = readFileSync(resolve(DIR, file), 'utf8')
    const goldenPath = resolve(DIR, file.replace(/\.txt$/, '.golden.json'))
    const actual = run(raw)
    expectExactMap(raw, actual.clean, cleanText(raw).clean.map)
    if (update || !existsSync(goldenPath)) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`)
    const golden = JSON.parse(readFileSync(goldenPath, 'utf8')) as Golden
    expect(actual).toEqual(golden)
  })
})
