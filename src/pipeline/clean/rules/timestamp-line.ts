import { type BoilerplateRule, type Found, found } from '../found.js'
import { metaKindsByLine } from '../meta.js'
import { lines } from '../text.js'

const ID = 'boilerplate.timestamp-line'

/**
 * A line of publication metadata holding a date or time: "November 4, 2022 10:17 AM GMT+2 Updated
 * 2 hours ago", "21.11.2023, 10:42", "Published: 14 November 2022", "Updated 3 hours ago",
 * "Posted by Jane Doe · 14 November 2022 · 6 min read". Every segment must be metadata (see
 * `meta.ts`), so "Updated figures show …" or "On 4 November troops crossed …" are kept.
 */
export function findTimestampLines(text: string): Found[] {
  const kinds = metaKindsByLine(text)
  const out: Found[] = []
  lines(text).forEach((l, i) => {
    if (kinds[i]?.has('date')) out.push(found(l.contentStart, l.contentEnd, ID, 'timestamp line'))
  })
  return out
}

export const timestampLine: BoilerplateRule = { id: ID, find: findTimestampLines }
