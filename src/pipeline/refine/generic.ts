import { EQUIPMENT_NOUNS, MONTHS_AND_DAYS } from '../extract/entities/context.js'
import type { Candidate, Refiner } from '../extract/entities/types.js'

/**
 * Generic nouns are not entities: equipment needs a model or family name, so a lower-case
 * "tanks" or "rifles" without a capital or digit is dropped; a person made only of month or
 * weekday names ("May") is dropped; so is a single sentence-initial capitalised word that only
 * a weak name rule proposed. A model name keeps no generic noun after it: "Ural trucks" is the
 * mention "Ural" (an alias such as "Ural truck" still finds it).
 */
export const generic: Refiner = {
  name: 'generic',
  refine(ctx, candidates) {
    return candidates
      .map((c) => (c.type === 'EQUIPMENT' ? trimGenericTail(ctx.text, c) : c))
      .filter((c) => {
        const text = ctx.text.slice(c.start, c.end)
        if (c.type === 'EQUIPMENT' && !/[\p{Lu}\d]/u.test(text)) return false
        if (c.type === 'PERSON' && c.ref === null && text.split(/\s+/).every((w) => MONTHS_AND_DAYS.has(w)))
          return false
        return true
      })
  },
}

function trimGenericTail(text: string, c: Candidate): Candidate {
  let end = c.end
  for (;;) {
    const m = /\s+([\p{L}]+)$/u.exec(text.slice(c.start, end))
    if (!m || !EQUIPMENT_NOUNS.has(m[1]!.toLowerCase())) break
    const rest = text.slice(c.start, end - m[0].length)
    if (!/[\p{Lu}\d]/u.test(rest)) break
    end -= m[0].length
  }
  return end === c.end ? c : { ...c, end }
}
