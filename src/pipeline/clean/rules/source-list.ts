import { sentenceEndAt, wordCount } from '../text.js'
import { wholeLineRule } from './whole-line.js'

const LABEL = /^(?:sources?|based on|compiled from|data)\s*:\s*/i
export const MAX_SOURCE_ITEM_WORDS = 8
export const MAX_SOURCE_LIST_WORDS = 40

/**
 * A line listing where a paragraph's information came from: "Sources: Reuters, ISW, General Staff
 * of the Armed Forces of Ukraine.", "Source: Ministry of Defence; BelTA (4 November)". The list
 * holds short items split by commas or semicolons and no sentence before its final period. A
 * quote that mentions "Sources say" has no colon; "Source: a colleague. That is all I can say."
 * holds a sentence end, and both stay. (Short "Source: X" trailers are `source-trailer`'s.)
 */
export const sourceList = wholeLineRule('boilerplate.source-list', 'list of sources', (c) => {
  const m = LABEL.exec(c)
  if (!m || wordCount(c) > MAX_SOURCE_LIST_WORDS) return false
  const body = c.slice(m[0].length).replace(/[.]$/, '')
  if (!/\p{L}/u.test(body)) return false
  for (let i = 0; i < body.length; i++) if (sentenceEndAt(body, i) >= 0) return false
  return body.split(/[,;]/).every((item) => wordCount(item) <= MAX_SOURCE_ITEM_WORDS)
})
