import { lookupExact } from './lexicon.js'
import { runStartingAt } from './organisations.js'
import type { Candidate, ExtractContext, Extractor } from './types.js'

/**
 * Media not in the reference data, by two cues:
 *
 * - a web domain cited as a source, with a speech verb after it or "according to" before it —
 *   "example.org recalls", "according to example.com" → ORG named by the domain;
 * - a capitalised name right after a media noun — "the state agency Tass", "the newspaper
 *   Kommersant", "the Telegram channel Rybar" → ORG.
 */
export const media: Extractor = {
  name: 'media',
  extract(ctx) {
    const out: Candidate[] = []
    for (const m of ctx.text.matchAll(DOMAIN)) {
      const start = m.index
      const end = start + m[0].length
      const after = /^[ \t\u00A0]+(\p{L}+)/u.exec(ctx.text.slice(end, end + 30))?.[1]?.toLowerCase()
      const before = ctx.text.slice(Math.max(0, start - 14), start).toLowerCase()
      if (!(after && ctx.lexicon.speechCues.has(after)) && !/according to\s+$/.test(before)) continue
      out.push(org(ctx, start, end, 'media.domain'))
    }
    const ws = ctx.words
    for (let i = 0; i + 1 < ws.length; i++) {
      if (
        !MEDIA_NOUNS.has(ws[i]!.text) ||
        !/^[ \t\u00A0]$/.test(ctx.text.slice(ws[i]!.end, ws[i + 1]!.start))
      )
        continue
      const run = runStartingAt(ctx, i + 1)
      if (!run || run.last - run.first > 3) continue
      out.push(org(ctx, ws[run.first]!.start, ws[run.last]!.end, 'media.noun'))
    }
    return out
  },
}

const DOMAIN =
  /(?<![\p{L}\p{N}.@/-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|ru|by|ua|uk|eu|de|pl|lt|fr|io|news|media|tv)(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/gu

/** Lower-case nouns that introduce a medium's name: "the agency BelTA", "newspaper Nasha Niva". */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set(
  'agency newspaper outlet channel broadcaster magazine publication portal website daily weekly tabloid'.split(
    ' ',
  ),
)

function org(ctx: ExtractContext, start: number, end: number, rule: string): Candidate {
  const known = lookupExact(ctx.lexicon, ctx.text.slice(start, end)).find((e) => e.type === 'ORG')
  return { start, end, type: 'ORG', rule, ref: known?.ref ?? null, canonical: known?.canonical ?? null }
}
