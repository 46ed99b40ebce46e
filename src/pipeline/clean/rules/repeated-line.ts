import { type BoilerplateRule, type Found, found } from '../found.js'
import { lines, wordCount } from '../text.js'

const ID = 'boilerplate.repeated-line'

export const MAX_REPEATED_WORDS = 12

/**
 * A short line that occurs more than once is site furniture: a site-name banner ("Army
 * Recognition Global Defense and Security news" above each image), a caption or credit repeated
 * under every document image. Every occurrence is removed. Lines that end like a sentence are kept
 * (a repeated sentence is content), and so is the document's first line (a headline repeated at
 * the foot of the page is still the headline). A line of a live page's key-events index, a time
 * and an entry's heading, goes too; the entry keeps its heading.
 */
export function findRepeatedLines(text: string): Found[] {
  const ls = lines(text).filter((l) => l.contentEnd > l.contentStart)
  if (ls.length < 2) return []
  const first = ls[0]!.content
  const byContent = new Map<string, { start: number; end: number }[]>()
  for (const l of ls) {
    const c = l.content
    if (c === first || c.length > 200 || /[.!?:;,]$/.test(c) || !/\p{L}/u.test(c)) continue
    if (wordCount(c) > MAX_REPEATED_WORDS) continue
    const key = c.replace(/\s+/g, ' ')
    const at = byContent.get(key)
    if (at) at.push({ start: l.contentStart, end: l.contentEnd })
    else byContent.set(key, [{ start: l.contentStart, end: l.contentEnd }])
  }
  const out: Found[] = []
  for (const spans of byContent.values()) {
    if (spans.length < 2) continue
    for (const s of spans) out.push(found(s.start, s.end, ID, `line repeated ${spans.length} times`))
  }
  // a live page's index of key events: "14:32 Drones hit Volyn" where "Drones hit Volyn" heads an entry
  const whole = new Set(ls.map((l) => l.content.replace(/\s+/g, ' ')))
  for (const l of ls) {
    const m = TIMED.exec(l.content)
    if (m && whole.has(m[1]!.replace(/\s+/g, ' ')))
      out.push(found(l.contentStart, l.contentEnd, ID, 'key-event link repeating an entry heading'))
  }
  return out
}

/** A time of day, then a heading: "14:32 Drones hit Volyn", "9.15am – Talks end". */
const TIMED =
  /^(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?))?|\d{1,2}\s*[ap]\.?m\.?)\s+(?:[–—-]\s+)?(\S.{0,200})$/i

export const repeatedLine: BoilerplateRule = { id: ID, find: findRepeatedLines }
