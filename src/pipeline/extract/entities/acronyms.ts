import { ORG_HEAD_WORDS } from './context.js'
import type { Candidate, Extractor } from './types.js'

/**
 * Acronyms defined in the document. "Minsk Wheeled Tractor Plant (MZKT)" makes MZKT an alias of
 * the name before the bracket for the whole document, with its type, reference id and canonical
 * name; every other MZKT of the document is then a mention of it, before or after the definition.
 * The other way round, "KGB (state security committee)" makes the bracketed phrase a mention of
 * the acronym's entity when it is a short phrase with an organisation head word.
 */
export const acronyms: Extractor = {
  name: 'acronyms',
  extract(ctx) {
    const out: Candidate[] = []
    const defined = new Map<string, Candidate>()
    const ending = endingAt(ctx.found)
    for (const m of ctx.text.matchAll(/\(([^()\n]{1,60})\)/g)) {
      const inner = m[1]!
      const open = m.index
      const innerStart = open + 1
      const before = longestEndingAt(ending, ctx.text, open)
      if (ACRONYM.test(inner)) {
        // ("Margaret Hollis (R-Ohio)": a party and a state after a person's name, no alias of it)
        if (before && !ACRONYM.test(ctx.text.slice(before.start, before.end)) && before.type !== 'PERSON') {
          // the reference data knows the acronym but not this full form: the full form takes its entry
          const known = (ending.get(innerStart + inner.length) ?? []).find(
            (c) => c.start === innerStart && c.ref,
          )
          if (known && !before.ref) {
            out.push({ ...before, rule: 'acronyms.full-form', ref: known.ref, canonical: known.canonical })
            continue
          }
          defined.set(inner, {
            ...before,
            start: innerStart,
            end: innerStart + inner.length,
            rule: 'acronyms.definition',
            canonical: before.canonical ?? ctx.text.slice(before.start, before.end),
          })
        }
        continue
      }
      // ACRONYM (expansion)
      if (!before || !ACRONYM.test(ctx.text.slice(before.start, before.end).split(/\s+/).pop() ?? ''))
        continue
      const words = inner.trim().split(/\s+/)
      if (words.length > 6 || !words.every((x) => /^[\p{L}-]+$/u.test(x))) continue
      if (!words.some((x) => ORG_HEAD_WORDS.has(x.toLowerCase()))) continue
      const lead = inner.length - inner.trimStart().length
      out.push({
        ...before,
        start: innerStart + lead,
        end: innerStart + lead + inner.trim().length,
        rule: 'acronyms.expansion',
        canonical: before.canonical ?? ctx.text.slice(before.start, before.end),
      })
    }
    for (const [acronym, def] of defined) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'gu')
      for (const m of ctx.text.matchAll(re)) {
        out.push({ ...def, start: m.index, end: m.index + acronym.length, rule: 'acronyms.use' })
      }
    }
    return out
  },
}

/** Two or more capitals, digits allowed, at most one lower-case run: MZKT, MMZ, ISW, BelTA. */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}][\p{Lu}\p{N}&-]*(?:\p{Ll}+[\p{Lu}\p{N}]*)?$/u

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The candidates by end offset, each list in the order found. */
function endingAt(found: readonly Candidate[]): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>()
  for (const c of found) {
    const list = out.get(c.end)
    if (list) list.push(c)
    else out.set(c.end, [c])
  }
  return out
}

const isSpaceOrTab = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00A0'

/**
 * The longest candidate ending right before `offset` (only spaces between); among equally long
 * ones, the one that ends first.
 */
function longestEndingAt(
  ending: ReadonlyMap<number, Candidate[]>,
  text: string,
  offset: number,
): Candidate | null {
  let from = offset
  while (from > 0 && isSpaceOrTab(text[from - 1])) from--
  let best: Candidate | null = null
  for (let e = from; e <= offset; e++)
    for (const c of ending.get(e) ?? []) if (!best || c.end - c.start > best.end - best.start) best = c
  return best
}
