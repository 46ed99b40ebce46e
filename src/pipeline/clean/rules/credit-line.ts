import { type BoilerplateRule, type Found, found } from '../found.js'
import { lines, wordCount } from '../text.js'

const ID = 'boilerplate.credit-line'

/** "Photo: Reuters", "Image credit: AFP", "Credit: …", "Image source, Getty Images": a labelled credit; any ending. */
const LABELLED =
  /^(?:(?:(?:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|videos?|footage)(?:\s+(?:source|credits?|courtesy))?|credits?)\s*:|(?:image|media|video) (?:source|caption),)/i

/**
 * "Documents provided by sources in special services", "Photo by John Smith/AFP", "Courtesy of
 * the ministry", "Getty Images": a credit phrase; it must not end like a sentence.
 */
const PHRASED =
  /^(?:(?:photo(?:graph)?s?|images?|pictures?|pics?|videos?|footage|illustrations?|documents?|screenshots?|maps?|graphics?|infographics?)(?:\s+\S+){0,2}?\s+(?:provided|supplied|released|published|obtained|taken|courtesy)\s+(?:by|of)\s|(?:photo(?:graph)?s?|images?|pictures?|pics?|videos?|illustrations?|footage)\s+(?:by|via|courtesy(?:\s+of)?)\s|courtesy of\s|getty images\b|illustrative (?:photo|image|picture)\b)/i

export const MAX_CREDIT_LINE_WORDS = 15

/** Is a line's trimmed content a credit line? Exported for the caption-beside-credit rule. */
export function isCreditLine(content: string): boolean {
  const labelled = LABELLED.test(content)
  if (!labelled && !(PHRASED.test(content) && !/[.!?:;,]$/.test(content))) return false
  return wordCount(content) <= MAX_CREDIT_LINE_WORDS
}

/**
 * A line that is only a credit, usually below an image:
 * "Documents provided by sources in special services" (repeated under each document image),
 * "Photo by John Smith/AFP", "Image: Getty Images".
 */
export function findCreditLines(text: string): Found[] {
  const out: Found[] = []
  for (const l of lines(text)) {
    if (l.contentEnd === l.contentStart) continue
    if (isCreditLine(l.content)) {
      out.push(found(l.contentStart, l.contentEnd, ID, 'photo or document credit line'))
    }
  }
  return out
}

export const creditLine: BoilerplateRule = { id: ID, find: findCreditLines }
