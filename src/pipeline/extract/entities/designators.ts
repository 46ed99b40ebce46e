import { EQUIPMENT_NOUNS, lower, wordAfter } from './context.js'
import { lookupExact } from './lexicon.js'
import type { Candidate, Extractor } from './types.js'

/**
 * Weapon designators: letters, a hyphen, a number and an optional variant suffix — `T-72B3`,
 * `Su-25s` (plural stays in the surface), `Kh-101`, `S-400`, `BMP-2`, and each half of `Mi-8/Mi-17`.
 *
 * A designator counts when its letter prefix is one the reference data uses for equipment (`T`,
 * `Su`, `Mi`…) or when an equipment noun follows it ("XY-12 drones"); "COVID-19" is neither.
 * Canonical: the reference entry of the exact designator, else of its family (`T-72A` → `T-72`),
 * else the family string itself.
 */
// the look-behind follows the first capital, so the scan tests it only at capitals
export const DESIGNATOR =
  /(\p{Lu}(?<![\p{L}\p{N}\-‐‑–]\p{Lu})[\p{L}]{0,5})[-‐‑–](\d{1,4})([\p{Lu}\d]{1,6})?(?:(s)|([\p{Ll}]{1,3}))?(?![\p{L}\p{N}]|[-‐‑–][\p{L}\p{N}])/gu

/** A hyphen before a digit: every designator has one, at most six characters after its start. */
const DASH_DIGIT = /[-‐‑–](?=\d)/g

/**
 * What `text.matchAll(DESIGNATOR)` gives, found faster: the pattern (which tests a Unicode class at
 * every position) is only tried from six characters before each hyphen that precedes a digit.
 */
export function designatorMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let from = 0
  DASH_DIGIT.lastIndex = 0
  for (let d = DASH_DIGIT.exec(text); d; d = DASH_DIGIT.exec(text)) {
    if (d.index <= from) continue
    DESIGNATOR.lastIndex = Math.max(from, d.index - 6)
    const m = DESIGNATOR.exec(text)
    if (!m || m.index > d.index) continue
    out.push(m)
    from = m.index + m[0].length
  }
  return out
}

export const designators: Extractor = {
  name: 'designators',
  extract(ctx) {
    const out: Candidate[] = []
    for (const m of designatorMatches(ctx.text)) {
      const [whole, prefix, number, variant, plural] = m as unknown as [
        string,
        string,
        string,
        string?,
        string?,
      ]
      const start = m.index
      const end = start + whole.length
      const known = ctx.lexicon.designatorPrefixes.has(prefix.toLowerCase())
      if (!known && !EQUIPMENT_NOUNS.has(lower(wordAfter(ctx, end)))) continue
      const model = plural ? whole.slice(0, -1) : whole
      const family = `${prefix}-${number}`
      const exact = lookupExact(ctx.lexicon, model).find((e) => e.type === 'EQUIPMENT')
      const fam = exact ?? lookupExact(ctx.lexicon, family).find((e) => e.type === 'EQUIPMENT')
      out.push({
        start,
        end,
        type: 'EQUIPMENT',
        rule: variant && !exact ? 'designators.variant' : 'designators',
        ref: fam?.ref ?? null,
        canonical: fam?.canonical ?? family,
      })
    }
    return out
  },
}
