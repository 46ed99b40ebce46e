import type { TimeCandidate, TimeParser } from '../types.js'

// "Since then", "until then", "by then": the date comes from the time mentioned before it
const THEN = /\b([Ss]ince|[Uu]ntil|[Bb]y)\s+then\b/g

export const sinceThenParser: TimeParser = (ctx) => {
  const out: TimeCandidate[] = []
  for (const m of ctx.text.matchAll(THEN)) {
    const start = m.index ?? 0
    const word = m[1]!.toLowerCase()
    out.push({
      start,
      end: start + m[0].length,
      rule: 'anaphora.then',
      from: null,
      to: null,
      precision: 'unresolved',
      yearStated: false,
      relative: false,
      relation: word === 'since' ? 'since' : word === 'until' ? 'until' : 'by',
      anaphora: true,
    })
  }
  return out
}
