import { coverage } from './context.js'
import type { Candidate, Extractor } from './types.js'

/**
 * Short forms of people named in full earlier in the list of candidates: once "Sean Bell" is a
 * person, every other capitalised "Bell" of the document is a mention of a person too ("Mr Bell
 * explained", "Bell said"). In-document resolution then links it to the full name. Only the last
 * word of a full name is used, and only where no other candidate covers it.
 */
export const surnames: Extractor = {
  name: 'surnames',
  extract(ctx) {
    const surnames = new Set<string>()
    for (const c of ctx.found) {
      if (c.type !== 'PERSON') continue
      const parts = ctx.text.slice(c.start, c.end).split(/\s+/)
      if (parts.length >= 2) surnames.add(parts[parts.length - 1]!)
    }
    if (!surnames.size) return []
    const covered = coverage(ctx.found, ctx.text.length)
    const out: Candidate[] = []
    for (const w of ctx.words) {
      if (!surnames.has(w.text) || covered(w.start, w.end)) continue
      out.push({ start: w.start, end: w.end, type: 'PERSON', rule: 'surnames', ref: null, canonical: null })
    }
    return out
  },
}
