import { type BoilerplateRule, type Found, found } from '../found.js'
import { metaKindsByLine } from '../meta.js'
import { lines, sentenceEndAt, wordsAtMost } from '../text.js'

const ID = 'boilerplate.timestamp-line'

/**
 * A line of publication metadata holding a date or time: "November 4, 2022 10:17 AM GMT+2 Updated
 * 2 hours ago", "21.11.2023, 10:42", "Published: 14 November 2022", "Updated 3 hours ago",
 * "Posted by Jane Doe · 14 November 2022 · 6 min read". Every segment must be metadata (see
 * `meta.ts`), so "Updated figures show …" or "On 4 November troops crossed …" are kept. A short
 * line opened by a publication label and a colon goes whatever follows: "Published: Northern
 * Front Review, 6 October 2023" (no sentence in it: "Updated: The ministry said so. It …" stays).
 */
/** "Published: Northern Front Review, 6 October 2023": a publication label and a colon. */
const LABELLED =
  /^(?:(?:last |first )?(?:published|updated|posted|modified|released|issued)|date of publication)\s*:\s*\S/i
export const MAX_LABELLED_WORDS = 15

/** A labelled line holds no sentence end before its last character. */
function isLabelledLine(c: string): boolean {
  if (!LABELLED.test(c) || !wordsAtMost(c, 0, c.length, MAX_LABELLED_WORDS)) return false
  for (let i = 0; i < c.length - 1; i++) {
    const e = sentenceEndAt(c, i)
    if (e >= 0 && e < c.length) return false
  }
  return true
}

export function findTimestampLines(text: string): Found[] {
  const kinds = metaKindsByLine(text)
  const out: Found[] = []
  lines(text).forEach((l, i) => {
    if (kinds[i]?.has('date') || (l.contentEnd > l.contentStart && isLabelledLine(l.content)))
      out.push(found(l.contentStart, l.contentEnd, ID, 'timestamp line'))
  })
  return out
}

export const timestampLine: BoilerplateRule = { id: ID, find: findTimestampLines }
