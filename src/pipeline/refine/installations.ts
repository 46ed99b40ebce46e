import { lookupExact } from '../extract/entities/lexicon.js'
import type { Candidate, ExtractContext, Refiner } from '../extract/entities/types.js'

/** After a town's name, nouns that make the name an air installation: "Machulishchy airfield". */
const AIR = /^[ \t\u00A0]+(?:air[ -]?fields?|air[ -]?bases?|airports?)\b/i
/** After a town's name, nouns that name a ground installation with it: "the Barysaw training ground". */
const GROUND =
  /^[ \t\u00A0]+(?:training (?:grounds?|areas?|ranges?|centres?)|firing ranges?|(?:ammunition |arms )?depots?|arsenals?)\b/i

/**
 * An installation named by its place is a FACILITY (corpus conventions: "X airfield", "the
 * depot at X"). A town followed by an air installation noun is the facility itself
 * ("Machulishchy airfield", "the Baranavichy and Lida air bases": the town names stay the
 * surfaces); a town followed by a ground installation noun names it together with the noun
 * ("Asipovichy training area"). The reference id of the town is dropped: the facility is not the town.
 */
export const installations: Refiner = {
  name: 'installations',
  refine(ctx, candidates) {
    const out = candidates.map((c) => {
      if (c.type !== 'GPE') return c
      const rest = ctx.text.slice(c.end, c.end + 40)
      const ground = GROUND.exec(rest)
      if (ground) {
        const end = c.end + ground[0].length
        return {
          ...c,
          end,
          type: 'FACILITY' as const,
          rule: `${c.rule}+installation`,
          ref: null,
          canonical: null,
        }
      }
      if (AIR.test(rest))
        return { ...c, type: 'FACILITY' as const, rule: `${c.rule}+installation`, ref: null, canonical: null }
      return airBaseByTown(ctx, c) ?? c
    })
    // "the Baranavichy and Lida air bases": the first of two coordinated towns too
    return out.map((c, i) => {
      const next = out[i + 1]
      if (c.type !== 'GPE' || !next || next.type !== 'FACILITY' || !next.rule.endsWith('+installation'))
        return c
      if (!/^[ \t]+and[ \t]+$/.test(ctx.text.slice(c.end, next.start))) return c
      if (!AIR.test(ctx.text.slice(next.end, next.end + 40))) return c
      return { ...c, type: 'FACILITY' as const, rule: `${c.rule}+installation`, ref: null, canonical: null }
    })
  },
}

/** Words that make a sentence about aircraft: what lands, takes off, flies or is based somewhere. */
const AVIATION =
  /\b(?:aircraft|jets?|warplanes?|planes?|fighters?|bombers?|interceptors?|helicopters?|transports?|landed|landing|lands?|took off|take off|takes off|taking off|flights?|flew|flown|sorties|(?:MiG|Su|Il|Tu|Mi|Ka|An|A)-\d+\w*)\b/
/** Prepositions that put something at an installation rather than in a town. */
const AT_FROM = /(?:^|\s)(?:at|from)\s+(?:the\s+)?$/i

/**
 * "MiG-31Ks took off from Machulishchy", "jets landed at Lida": a town that the reference data
 * knows as the name of an air base, after "at" or "from" in a sentence about aircraft, is that air
 * base (corpus conventions: a bare town name used for an installation is a FACILITY). "In
 * Baranavichy" stays the town.
 */
function airBaseByTown(ctx: ExtractContext, c: Candidate): Candidate | null {
  if (!AT_FROM.test(ctx.text.slice(Math.max(0, c.start - 12), c.start))) return null
  const town = ctx.text.slice(c.start, c.end)
  const base = [`${town} air base`, `${town} airfield`, `${town} airbase`]
    .flatMap((name) => lookupExact(ctx.lexicon, name))
    .find((e) => e.type === 'FACILITY')
  if (!base) return null
  const sentence = ctx.sentences.find((s) => s.start <= c.start && c.end <= s.end)
  if (!sentence || !AVIATION.test(ctx.text.slice(sentence.start, sentence.end))) return null
  return { ...c, type: 'FACILITY', rule: `${c.rule}+air-base`, ref: base.ref, canonical: base.canonical }
}
