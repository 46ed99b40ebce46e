import type { Span } from '../../../model/span.js'
import { lastProperName } from './subject.js'

// "Speaking on Sky News, Mr Bell …", "In an interview with Reuters, he …", "Writing in Foreign Affairs, …"
const MEDIUM_FRAME =
  /^\s*(?:speaking (?:on|to|with)|in an interview (?:with|to)|in comments to|writing (?:in|for|on)|in a post on|on air (?:on|at)|appearing on)\s+(?:the\s+)?([^,]{2,60}),/i

/**
 * The medium a sentence says its speaker spoke on: the name in an opening "Speaking on …," frame.
 *
 * @example mediumOf('Speaking on Sky News, Mr Bell explained:', { start: 0, end: 39 }) // 'Sky News'
 */
export function mediumOf(text: string, sentence: Span): string | null {
  const m = MEDIUM_FRAME.exec(text.slice(sentence.start, sentence.end))
  if (!m) return null
  return lastProperName(m[1]!) ?? m[1]!.trim()
}
