import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEV_CORPUS, devIds, GOLDEN_DIR, type GoldenMention, goldenOf } from './golden.js'

/**
 * The entity stage on the development texts against the reviewed golden files. On a change,
 * run `npx tsx scripts/regen-golden-entities.ts` and review the diff.
 */
const ids = devIds().filter((id) => existsSync(join(GOLDEN_DIR, `${id}.json`)))

describe.skipIf(ids.length === 0)(`entity golden files (${DEV_CORPUS})`, () => {
  it.each(ids)('%s', (id) => {
    const expected = JSON.parse(readFileSync(join(GOLDEN_DIR, `${id}.json`), 'utf8')) as GoldenMention[]
    expect(goldenOf(readFileSync(join(DEV_CORPUS, `${id}.txt`), 'utf8'))).toEqual(expected)
  })
})

describe.skipIf(ids.length > 0)('entity golden files', () => {
  it.skip(`skipped: no development corpus at ${DEV_CORPUS} (or no golden files)`, () => {})
})
