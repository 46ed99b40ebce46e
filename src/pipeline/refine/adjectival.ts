import type { Refiner } from '../extract/entities/types.js'

/**
 * "military" is a noun in "the Russian military has…" and "the Russian military’s equipment",
 * and an adjective in "the Russian military effort" and "Belarusian military-industrial complex".
 * An organisation mention ending in "military" is dropped when a hyphen or a word the tagger reads
 * as a noun, adjective or proper noun follows it directly.
 */
const MODIFIERS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM'])

export const adjectival: Refiner = {
  name: 'adjectival',
  refine(ctx, candidates) {
    return candidates.filter((c) => {
      if (c.type !== 'ORG') return true
      const text = ctx.text.slice(c.start, c.end)
      if (!/\bmilitary$/i.test(text)) return true
      const rest = ctx.text.slice(c.end, c.end + 40)
      if (/^[-‐‑–]\p{L}/u.test(rest)) return false
      const next = /^[ \t\u00A0]+([\p{L}][\p{L}-]*)/u.exec(rest)
      if (!next) return true
      const pos = ctx.posAt(c.end + next[0].length - next[1]!.length)
      return !(pos && MODIFIERS.has(pos))
    })
  },
}
