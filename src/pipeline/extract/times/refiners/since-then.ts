import type { TimeCandidate, TimeRefiner } from '../types.js'

/** How far back "since then" looks for the time it refers to, in characters, within one paragraph. */
const WINDOW = 400

/**
 * "They invaded on Feb. 24. Since then, …": "then" takes the date of the nearest earlier point
 * in time in the same paragraph. Without one it stays unresolved.
 */
export const resolveSinceThen: TimeRefiner = (ctx, cands) => {
  const out: TimeCandidate[] = []
  for (const c of cands) {
    if (!c.anaphora) {
      out.push(c)
      continue
    }
    const prior = [...out]
      .reverse()
      .find(
        (p) =>
          p.from &&
          !p.to &&
          p.precision !== 'duration' &&
          !p.anaphora &&
          c.start - p.end <= WINDOW &&
          !ctx.text.slice(p.end, c.start).includes('\n\n'),
      )
    out.push(
      prior
        ? {
            ...c,
            from: prior.from,
            precision: prior.precision,
            yearStated: prior.yearStated,
            relative: prior.relative,
            rule: `${c.rule}+${prior.rule}`,
          }
        : c,
    )
  }
  return out
}
