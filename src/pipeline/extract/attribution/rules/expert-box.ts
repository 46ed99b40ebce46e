import type { AttributionRule, Proposal } from '../types.js'
import { trimSpan } from '../words.js'

// "Vladimir Fesenko, political scientist:" on a line of its own
const HEADER = /^\s*([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}),\s*([^:\n]{3,100}?):\s*$/u

/**
 * An expert box: a paragraph `Name, role:` and the next paragraph as what they said (a leading
 * dash or quote mark dropped). The cue is the colon.
 */
export const expertBox: AttributionRule = {
  name: 'expert-box',
  propose(ctx) {
    const { text, paragraphs } = ctx
    const out: Proposal[] = []
    for (let i = 0; i + 1 < paragraphs.length; i++) {
      const p = paragraphs[i]!
      const m = HEADER.exec(text.slice(p.start, p.end))
      if (!m) continue
      const nameStart = p.start + m.index + (m[0].length - m[0].trimStart().length)
      const colon = p.start + m.index + m[0].trimEnd().length - 1
      const next = paragraphs[i + 1]!
      const content = trimSpan(text, { start: next.start, end: next.end }, /\s/)
      let start = content.start
      while (start < content.end && /[\s–—\-“"‘«]/.test(text[start]!)) start++
      out.push({
        rule: 'expert-box',
        speaker: {
          kind: 'phrase',
          span: { start: nameStart, end: nameStart + m[1]!.length },
          role: m[2]!.trim(),
        },
        cue: ':',
        cueSpan: { start: colon, end: colon + 1 },
        content: { start, end: content.end },
        direct: true,
      })
    }
    return out
  },
}
