import type { Candidate, Extractor } from './types.js'

/**
 * Armed forces phrased as nationality + force noun: "Russian military", "Ukrainian forces",
 * "Belarusian armed forces" → ORG, canonical the country's armed forces from the reference data
 * ("Russian Armed Forces", "Armed Forces of Belarus"), else "Armed Forces of <country>".
 * Force nouns tagged `none` in the lexicon (troops, soldiers, servicemen) give nothing, and the
 * nationality adjective alone is never a mention. Whether "military" is a noun here ("the Russian
 * military has") or an adjective ("the Russian military effort") is settled by a refiner.
 */
export const forces: Extractor = {
  name: 'forces',
  extract(ctx) {
    const out: Candidate[] = []
    const ws = ctx.words
    const lex = ctx.lexicon
    for (let i = 0; i + 1 < ws.length; i++) {
      const w = ws[i]!
      if (!w.cap) continue
      const country = lex.demonyms.get(w.lower)
      if (!country) continue
      // longest force noun of one or two words right after the adjective
      for (let n = 2; n >= 1; n--) {
        const last = i + n
        if (last >= ws.length) continue
        let ok = true
        for (let j = i; j < last; j++)
          if (!/^[ \t\u00A0]$/.test(ctx.text.slice(ws[j]!.end, ws[j + 1]!.start))) ok = false
        if (!ok) continue
        const noun = ws
          .slice(i + 1, last + 1)
          .map((x) => x.lower)
          .join(' ')
        const tag = lex.forceNouns.get(noun)
        if (!tag) continue
        if (tag === 'org') {
          out.push({
            start: w.start,
            end: ws[last]!.end,
            type: 'ORG',
            rule: 'forces',
            ref: country.forces?.ref ?? null,
            canonical: country.forces?.name ?? `Armed Forces of ${country.name}`,
          })
        }
        i = last
        break
      }
    }
    return out
  },
}
