import { wordCount } from '../text.js'
import { wholeLineRule } from './whole-line.js'

/** "Source: express.co.uk", "Sourceexpress.co.uk" (label glued to a domain), "Source: https://…". */
const DOMAIN =
  /^(?:Sources?|SOURCES?)\s*:?\s*(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?$/u
/** "Source: Reuters", "Sources: RBC-Ukraine, Interfax": a short name after the label, no sentence. */
const NAMED = /^(?:Sources?|SOURCES?|Via|VIA)\s*:\s*\S[^\n]*$/u

export const MAX_SOURCE_WORDS = 8

/**
 * A source trailer naming where the article came from, on its own line. A quotation that merely
 * contains "Source:" is not a line of its own and is left alone.
 */
export const sourceTrailer = wholeLineRule(
  'boilerplate.source-trailer',
  'source trailer',
  (c) => DOMAIN.test(c) || (NAMED.test(c) && wordCount(c) <= MAX_SOURCE_WORDS && !/[.!?]$/.test(c)),
)
