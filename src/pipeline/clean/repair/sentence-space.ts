import { INITIALISM } from '../../segment/abbreviations.js'
import { isWsCode } from '../text.js'

/**
 * Offsets where a space was lost between two sentences and must be inserted (before the offset):
 * "armed forces.In his", "at the moment.’This shows", "deteriorated.The". Not inside
 * initialisms ("U.S.", "Ph.D."), domains and paths ("npr.org", "t.me/x" — the next letter is
 * lowercase), numbers ("3.5"), URLs or e-mail addresses, or between two all-caps words ("ASP.NET").
 *
 * A run of punctuation is taken whole and capped ("?!", "..."), so long runs of dots cost linear
 * time; the whitespace-delimited token around a match is found once per token, not per match.
 */
const GLUED = /(?<![.!?])[.!?]{1,4}(?![.!?])["'’”»)\]]{0,4}(?=["'‘“«(]?\p{Lu})/gu

/** How much of the glued words on either side is looked at. */
const CONTEXT = 40

export function missingSentenceSpaces(text: string): number[] {
  const out: number[] = []
  let tokStart = -1
  let tokEnd = -1
  let tokIsAddress = false
  for (const m of text.matchAll(GLUED)) {
    const at = m.index
    const insertAt = at + m[0].length
    if (at >= tokEnd) {
      // a new whitespace-delimited token: find its bounds and whether it is a URL or address
      tokStart = at
      while (tokStart > 0 && !isWsCode(text.charCodeAt(tokStart - 1))) tokStart--
      tokEnd = insertAt
      while (tokEnd < text.length && !isWsCode(text.charCodeAt(tokEnd))) tokEnd++
      tokIsAddress = /:\/\/|@|^www\./i.test(
        tokEnd - tokStart > 4 * CONTEXT
          ? text.slice(tokStart, tokStart + CONTEXT) + text.slice(tokEnd - CONTEXT, tokEnd)
          : text.slice(tokStart, tokEnd),
      )
    }
    if (tokIsAddress) continue
    const left = text.slice(Math.max(tokStart, at - CONTEXT), at)
    if (!/[\p{L}\p{N}%’'"”)\]]$/u.test(left)) continue
    if (m[0][0] === '.' && m[0].length === 1) {
      const right = text.slice(insertAt, Math.min(tokEnd, insertAt + CONTEXT))
      const leftWord = /[\p{L}.]*$/u.exec(left)![0].replace(/^\.+/, '')
      if (INITIALISM.test(leftWord) || /^\p{Lu}$/u.test(leftWord)) continue // "U.S.Army", "I.V.Vavilov"
      if (/^\p{Lu}\./u.test(right)) continue // "Ph.D."
      if (/^\p{Lu}{2,}$/u.test(leftWord) && /^\p{Lu}{2,}\b/u.test(right)) continue // "ASP.NET"
    }
    out.push(insertAt)
  }
  return out
}
