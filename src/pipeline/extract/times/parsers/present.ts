import type { TimeCandidate, TimeParser } from '../types.js'

// "now", "currently", "at present", "so far", "to date": the publication day
const PRESENT =
  /\b(?:now|currently|at present|at the moment|presently|nowadays|so far|to date|thus far|as of (?:now|today))\b/gi
const UNTIL_NOW = /^(?:so far|to date|thus far)$/i

/** Words that place a claim at the time of writing. Resolved to the reference day, or unresolved without one. */
export const presentParser: TimeParser = (ctx) => {
  const out: TimeCandidate[] = []
  for (const m of ctx.text.matchAll(PRESENT)) {
    const start = m.index ?? 0
    // "from now on" is a promise, "know" never matches (word boundary)
    if (/^now$/i.test(m[0]) && /\bfrom\s+$/i.test(ctx.text.slice(Math.max(0, start - 5), start))) continue
    out.push({
      start,
      end: start + m[0].length,
      rule: 'present',
      from: ctx.working,
      to: null,
      precision: 'day',
      yearStated: false,
      relative: true,
      ...(UNTIL_NOW.test(m[0]) ? { relation: 'until' as const } : {}),
    })
  }
  return out
}
