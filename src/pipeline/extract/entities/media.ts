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
    const ws = ctx.words
    for (let i = 1; i < ws.length; i++) {
      // "npr.org": a top-level domain joined by a dot to lower-case labels before it
      if (!TLDS.has(ws[i]!.text) || ctx.text[ws[i]!.start - 1] !== '.') continue
      let j = i - 1
      while (
        j > 0 &&
        ctx.text.slice(ws[j - 1]!.end, ws[j]!.start) === '.' &&
        /^[a-z0-9-]+$/.test(ws[j - 1]!.text)
      )
        j--
      if (ws[j]!.end !== ws[i]!.start - 1 && j === i - 1) continue
      if (!/^[a-z0-9-]+$/.test(ws[j]!.text) || /[\p{L}\p{N}.@/-]/u.test(ctx.text[ws[j]!.start - 1] ?? ' '))
        continue
      if (/^[.\p{L}\p{N}]/u.test(ctx.text[ws[i]!.end] === '.' ? (ctx.text[ws[i]!.end + 1] ?? ' ') : ' '))
        continue
      const start = ws[j]!.start
      const end = ws[i]!.end
      const after = /^[ \t\u00A0]+(\p{L}+)/u.exec(ctx.text.slice(end, end + 30))?.[1]?.toLowerCase()
      const before = ctx.text.slice(Math.max(0, start - 14), start).toLowerCase()
      if (!(after && ctx.lexicon.speechCues.has(after)) && !/according to\s+$/.test(before)) continue
      out.push(org(ctx, start, end, 'media.domain'))
    }
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

const TLDS = new Set('com org net info ru by ua uk eu de pl lt fr io news media tv'.split(' '))

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
