import { INITIALISM } from '../../segment/abbreviations.js'

/**
 * Offsets where a space was lost between two sentences and must be inserted (before the offset):
 * "armed forces.In his", "at the moment.’This shows", "deteriorated.The". Not inside
 * initialisms ("U.S.", "Ph.D."), domains and paths ("npr.org", "t.me/x" — the next letter is
 * lowercase), numbers ("3.5"), URLs or e-mail addresses, or between two all-caps words ("ASP.NET").
 */
const GLUED = /[.!?]+["'’”»)\]]*(?=["'‘“«(]?\p{Lu})/gu

export function missingSentenceSpaces(text: string): number[] {
  const out: number[] = []
  for (const m of text.matchAll(GLUED)) {
    const at = m.index
    const insertAt = at + m[0].length
    // the word glued on the left, back to whitespace
    let ws = at
    while (ws > 0 && !/\s/.test(text[ws - 1]!) && at - ws < 200) ws--
    const left = text.slice(ws, at)
    if (!/[\p{L}\p{N}%’'"”)\]]$/u.test(left)) continue
    let we = insertAt
    while (we < text.length && !/\s/.test(text[we]!) && we - insertAt < 200) we++
    const right = text.slice(insertAt, we)
    const token = left + m[0] + right
    if (/:\/\/|@|^www\./i.test(token)) continue
    const leftWord = left.replace(/^.*?([\p{L}.]*)$/u, '$1').replace(/^\.+/, '')
    if (m[0][0] === '.' && m[0].length === 1) {
      if (INITIALISM.test(leftWord) || /^\p{Lu}$/u.test(leftWord)) continue // "U.S.Army", "I.V.Vavilov"
      if (/^\p{Lu}\./u.test(right)) continue // "Ph.D."
      if (/^\p{Lu}{2,}$/u.test(leftWord) && /^\p{Lu}{2,}\b/u.test(right)) continue // "ASP.NET"
    }
    out.push(insertAt)
  }
  return out
}
