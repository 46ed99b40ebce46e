import { metaLineKinds } from '../meta.js'
import { wholeLineRule } from './whole-line.js'

/**
 * A line of publication metadata holding a date or time: "November 4, 2022 10:17 AM GMT+2 Updated
 * 2 hours ago", "21.11.2023, 10:42", "Published: 14 November 2022", "Updated 3 hours ago",
 * "Posted by Jane Doe · 14 November 2022 · 6 min read". Every segment must be metadata (see
 * `meta.ts`), so "Updated figures show …" or "On 4 November troops crossed …" are kept.
 */
export const timestampLine = wholeLineRule('boilerplate.timestamp-line', 'timestamp line', (c) =>
  Boolean(metaLineKinds(c)?.has('date')),
)
