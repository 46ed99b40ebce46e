import { existsSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Reference } from '../../../reference/load.js'
import { cleanText } from '../../clean/index.js'
import { segmentText } from '../../segment/index.js'
import { extractMentions } from './index.js'

/**
 * Golden files of the entity stage: for each development text, every mention as a span of the raw
 * text with its type, canonical name, reference id and rule — never the text itself, so no
 * development sentence is copied into the project. `scripts/regen-golden-entities.ts` writes
 * them; `golden.test.ts` compares.
 */
export interface GoldenMention {
  readonly start: number
  readonly end: number
  readonly type: string
  readonly canonical: string
  readonly ref: string | null
  readonly rule: string
}

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

/** Where golden files live: `test/golden/entities/`. */
export const GOLDEN_DIR = resolve(ROOT, 'test/golden/entities')

/** The development corpus (`../shared/corpus/dev`, or `DOSSIER_DEV_CORPUS`). */
export const DEV_CORPUS = process.env.DOSSIER_DEV_CORPUS ?? resolve(ROOT, '../shared/corpus/dev')

/** Ids of the development texts (`d00`…), empty when the corpus is absent. */
export function devIds(dir: string = DEV_CORPUS): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^d\d+\.txt$/.test(f))
        .map((f) => f.slice(0, -4))
        .sort()
    : []
}

/** The golden record of one raw text: clean → segment → entities, spans mapped back to the raw text. */
export function goldenOf(raw: string, reference?: Reference): GoldenMention[] {
  const c = cleanText(raw)
  const { sentences, tokens } = segmentText(c.clean.text, c.paragraphs)
  const mentions = extractMentions({ text: c.clean.text, sentences, tokens }, reference ? { reference } : {})
  return mentions.map((m) => {
    const s = c.clean.map.toSource(m)
    return { start: s.start, end: s.end, type: m.type, canonical: m.canonical, ref: m.ref, rule: m.rule }
  })
}
