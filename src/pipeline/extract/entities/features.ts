import { lookupExact } from './lexicon.js'
import { capitalisedRuns } from './runs.js'
import type { Candidate, Extractor } from './types.js'

/**
 * Geographic features named with their kind: "Dnieper River", "Sea of Azov", "Pripyat Marshes",
 * "Lake Naroch" → LOC. The kind word may open ("Sea of …", "Lake …") or close the name.
 */
export const features: Extractor = {
  name: 'features',
  extract(ctx) {
    const out: Candidate[] = []
    const ws = ctx.words
    for (const run of capitalisedRuns(ctx)) {
      const first = ws[run.first]!
      const last = ws[run.last]!
      let start = -1
      let end = -1
      if (run.last > run.first && CLOSING.has(last.text)) {
        // the name before the kind word, without a sentence-initial non-name
        let i = run.first
        while (i < run.last - 1 && ws[i]!.initial && ctx.posAt(ws[i]!.start) !== 'PROPN') i++
        start = ws[i]!.start
        end = last.end
      } else if (run.last > run.first && OPENING.has(first.text)) {
        start = first.start
        end = last.end
      } else if (run.first === run.last && OPENING_OF.has(first.text)) {
        // "Sea of Azov", "Gulf of Finland"
        const m = /^ of (?:the )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)/u.exec(
          ctx.text.slice(first.end, first.end + 40),
        )
        if (m) {
          start = first.start
          end = first.end + m[0].length
        }
      }
      if (start < 0) continue
      const known = lookupExact(ctx.lexicon, ctx.text.slice(start, end)).find((e) => e.type === 'LOC')
      out.push({
        start,
        end,
        type: 'LOC',
        rule: 'features',
        ref: known?.ref ?? null,
        canonical: known?.canonical ?? null,
      })
    }
    return out
  },
}

const CLOSING = new Set([
  'River',
  'Sea',
  'Lake',
  'Mountains',
  'Hills',
  'Marshes',
  'Forest',
  'Peninsula',
  'Bay',
  'Strait',
  'Valley',
  'Desert',
  'Island',
  'Islands',
  'Upland',
  'Lowland',
])
const OPENING = new Set(['Lake', 'Mount', 'Cape'])
const OPENING_OF = new Set(['Sea', 'Gulf', 'Bay', 'Strait', 'Isle', 'Lake'])
