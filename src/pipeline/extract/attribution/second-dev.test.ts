import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { extractDocument } from '../../../app/extract.js'
import { readInputs } from '../../../ingest/read.js'

/**
 * A second development set: hand annotations of the attributions in the team's own example
 * articles (`test/fixtures/attribution/second-dev.json`), scored like the evaluation does — the
 * predicted content covers at least half of the gold quote, and the speaker names the gold
 * speaker (a descriptive label by word overlap). The held-out set is never read here.
 */
interface GoldAttribution {
  readonly speaker: readonly string[]
  readonly desc?: boolean
  readonly cue: string | null
  readonly quote: string
}
interface GoldDocument {
  readonly origin: string
  readonly attributions: readonly GoldAttribution[]
}

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const fixture = JSON.parse(readFileSync(`${root}test/fixtures/attribution/second-dev.json`, 'utf8')) as {
  documents: GoldDocument[]
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
const words = (s: string): Set<string> =>
  new Set(
    norm(s)
      .split(' ')
      .filter((w) => w && !/^(?:the|a|an|of)$/.test(w)),
  )
function jaccard(a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  let n = 0
  for (const w of x) if (y.has(w)) n++
  return n / (x.size + y.size - n || 1)
}

interface Score {
  gold: number
  predicted: number
  quoteTp: number
  fullTp: number
  misses: string[]
}

async function score(): Promise<Score> {
  const files = [...new Set(fixture.documents.map((d) => d.origin.replace(/#\d+$/, '')))]
  const predicted = new Map<
    string,
    { text: string; attributions: ReturnType<typeof extractDocument>['attributions'] }
  >()
  for await (const item of readInputs(files.map((f) => `${root}${f}`))) {
    if (item.kind !== 'document') continue
    const origin = item.doc.origin.replace(root, '')
    predicted.set(origin, { text: item.doc.text, attributions: extractDocument(item.doc).attributions })
  }
  const s: Score = { gold: 0, predicted: 0, quoteTp: 0, fullTp: 0, misses: [] }
  for (const doc of fixture.documents) {
    const p = predicted.get(doc.origin)
    if (!p) throw new Error(`no document ${doc.origin}`)
    const gold = doc.attributions.map((g) => {
      const at = p.text.indexOf(g.quote)
      if (at < 0) throw new Error(`${doc.origin}: quote not in text: ${g.quote}`)
      return { g, start: at, end: at + g.quote.length }
    })
    s.gold += gold.length
    s.predicted += p.attributions.length
    const usedQ = new Set<number>()
    const usedA = new Set<number>()
    for (const a of p.attributions) {
      const covers = (x: { start: number; end: number }): boolean =>
        Math.max(0, Math.min(a.quote.end, x.end) - Math.max(a.quote.start, x.start)) >=
        0.5 * (x.end - x.start)
      const names = [a.speaker?.canonical, a.speaker?.text].filter((x): x is string => !!x)
      const speaks = (g: GoldAttribution): boolean =>
        names.some((n) => g.speaker.some((w) => norm(w) === norm(n) || (g.desc && jaccard(w, n) >= 0.5)))
      const qi = gold.findIndex((x, i) => !usedQ.has(i) && covers(x))
      if (qi >= 0) {
        usedQ.add(qi)
        s.quoteTp++
      }
      const ai = gold.findIndex((x, i) => !usedA.has(i) && covers(x) && speaks(x.g))
      if (ai >= 0) {
        usedA.add(ai)
        s.fullTp++
      } else
        s.misses.push(
          `spurious ${doc.origin}: [${names.join(' / ')}] ${p.text.slice(a.quote.start, Math.min(a.quote.end, a.quote.start + 60))}`,
        )
    }
    gold.forEach((x, i) => {
      if (!usedA.has(i))
        s.misses.push(`missed   ${doc.origin}: [${x.g.speaker[0]}] ${x.g.quote.slice(0, 60)}`)
    })
  }
  return s
}

const f1 = (tp: number, p: number, g: number): number => (p + g ? (2 * tp) / (p + g) : 1)

describe('attribution: second development set', () => {
  it('scores the hand-annotated example articles', async () => {
    const s = await score()
    const full = f1(s.fullTp, s.predicted, s.gold)
    const quote = f1(s.quoteTp, s.predicted, s.gold)
    if (process.env.ATTRIBUTION_REPORT) {
      console.log(
        `second-dev: gold ${s.gold}, predicted ${s.predicted}; quote+speaker F1 ${full.toFixed(3)} (tp ${s.fullTp}); quote-only F1 ${quote.toFixed(3)} (tp ${s.quoteTp})\n${s.misses.join('\n')}`,
      )
    }
    // measured 0.965 (quote+speaker) and 0.976 (quote only) when these floors were set
    expect(full).toBeGreaterThanOrEqual(0.93)
    expect(quote).toBeGreaterThanOrEqual(0.95)
  }, 60_000)
})
