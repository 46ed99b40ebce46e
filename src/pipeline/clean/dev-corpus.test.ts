import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { lineLocs, locate, overlap, type Range } from '../../eval/score.js'
import type { Span } from '../../model/span.js'
import { segmentText } from '../segment/index.js'
import { cleanText } from './index.js'
import { expectExactMap } from './test-support.js'

/**
 * Evaluation on the development corpus, read at run time (never copied into the project). The
 * boilerplate figures follow the scorer (`../shared/eval/score.mjs`) exactly:
 * - a gold fragment is removed when every occurrence is ≥ 80% covered by predicted spans; a
 *   fragment of ≤ 3 characters is matched only as a whole line;
 * - article text is kept when the first occurrence of each gold claim evidence and attribution
 *   quote is < 20% covered.
 */
const DEV =
  process.env.DOSSIER_DEV_CORPUS ??
  resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared/corpus/dev')
const ids = existsSync(DEV)
  ? readdirSync(DEV)
      .filter((f) => /^d\d+\.txt$/.test(f) && existsSync(resolve(DEV, f.replace(/\.txt$/, '.json'))))
      .map((f) => f.slice(0, -4))
      .sort()
  : []

interface Gold {
  boilerplate?: string[]
  claims?: { evidence: string }[]
  attributions?: { quote: string }[]
}

describe.skipIf(!ids.length)(`dev corpus (${DEV})`, () => {
  const docs = ids.map((id) => {
    const raw = readFileSync(resolve(DEV, `${id}.txt`), 'utf8')
    const gold = JSON.parse(readFileSync(resolve(DEV, `${id}.json`), 'utf8')) as Gold
    return { id, raw, gold, result: cleanText(raw) }
  })

  it('removes ≥ 90% of boilerplate and keeps ≥ 98% of article text (scorer rules)', () => {
    let removed = 0
    let total = 0
    let kept = 0
    let keptTotal = 0
    const misses: string[] = []
    for (const { id, raw, gold, result } of docs) {
      const spans = result.boilerplate.map((s): Range => [s.start, s.end])
      const covered = (r: Range): number => spans.reduce((s, p) => s + overlap(p, r), 0)
      for (const b of gold.boilerplate ?? []) {
        const locs = b.trim().length <= 3 ? lineLocs(raw, b.trim()) : locate(raw, b)
        if (!locs.length) continue
        total++
        if (locs.every((r) => covered(r) >= 0.8 * (r[1] - r[0]))) removed++
        else misses.push(`${id} kept boilerplate: ${b.slice(0, 60)}`)
      }
      for (const x of [
        ...(gold.claims ?? []).map((c) => c.evidence),
        ...(gold.attributions ?? []).map((a) => a.quote),
      ]) {
        for (const r of locate(raw, x).slice(0, 1)) {
          keptTotal++
          if (covered(r) < 0.2 * (r[1] - r[0])) kept++
          else misses.push(`${id} removed article text: ${x.slice(0, 60)}`)
        }
      }
    }
    const figures = {
      boilerplateRemoved: total ? removed / total : 1,
      articleTextKept: keptTotal ? kept / keptTotal : 1,
    }
    console.info(
      `dev corpus: boilerplate removed ${removed}/${total} = ${figures.boilerplateRemoved.toFixed(3)}, ` +
        `article text kept ${kept}/${keptTotal} = ${figures.articleTextKept.toFixed(3)}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
    )
    expect(figures.boilerplateRemoved).toBeGreaterThanOrEqual(0.9)
    expect(figures.articleTextKept).toBeGreaterThanOrEqual(0.98)
  })

  it.each(ids)('%s: every clean span maps back to the exact raw characters', (id) => {
    const { raw, result } = docs.find((d) => d.id === id)!
    const { text, map } = result.clean
    expectExactMap(raw, text, map)
    // any word of the clean text maps to the same characters in the raw text
    for (const m of text.matchAll(/\S+/g)) {
      const s = map.toSource({ start: m.index, end: m.index + m[0].length })
      const rawWord = raw.slice(s.start, s.end)
      expect(rawWord.replace(/\s+/g, '')).toContain(m[0].replace(/[\u200b\u00ad]/g, ''))
    }
  })

  it.each(ids)('%s: tokens are exact and no sentence crosses a paragraph boundary', (id) => {
    const { result } = docs.find((d) => d.id === id)!
    const { text } = result.clean
    const { sentences, tokens } = segmentText(text, result.paragraphs)
    expect(tokens.length).toBeGreaterThan(0)
    const paraOf = (s: Span): number =>
      result.paragraphs.findIndex((p) => p.start <= s.start && s.start < p.end)
    for (const s of sentences) {
      const p = result.paragraphs[paraOf(s)]
      expect(p, text.slice(s.start, s.end)).toBeDefined()
      expect(s.end).toBeLessThanOrEqual(p!.end)
      expect(text.slice(s.start, s.end)).not.toMatch(/\n/)
    }
    let prev = 0
    for (const t of tokens) {
      expect(t.start).toBeGreaterThanOrEqual(prev)
      expect(text.slice(t.start, t.end)).toMatch(/^\S+$/)
      prev = t.end
    }
  })
})
