/**
 * Regenerates the entity golden files (`test/golden/entities/dNN.json`) from the development
 * corpus. Review the diff before committing: every change is a change in what Dossier finds.
 *
 *   npx tsx scripts/regen-golden-entities.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEV_CORPUS, devIds, GOLDEN_DIR, goldenOf } from '../src/pipeline/extract/entities/golden.js'

const ids = devIds()
if (!ids.length) {
  console.error(`no development corpus at ${DEV_CORPUS}`)
  process.exit(1)
}
mkdirSync(GOLDEN_DIR, { recursive: true })
for (const id of ids) {
  const mentions = goldenOf(readFileSync(join(DEV_CORPUS, `${id}.txt`), 'utf8'))
  const lines = mentions.map((m) => `  ${JSON.stringify(m)}`)
  writeFileSync(join(GOLDEN_DIR, `${id}.json`), `[\n${lines.join(',\n')}\n]\n`)
  console.log(`${id}: ${mentions.length} mentions`)
}
