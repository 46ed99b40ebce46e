import { PAREN_CREDIT, trailingCredit } from '../credits.js'
import { type BoilerplateRule, type Found, found } from '../found.js'
import { lines, wordCount } from '../text.js'
import { isCreditLine } from './credit-line.js'

const ID = 'boilerplate.caption-beside-credit'

const PAREN_ONLY = new RegExp(`^${PAREN_CREDIT.source}$`, 'i')

export const MAX_CAPTION_WORDS = 20
export const MAX_CAPTION_CHARS = 200

/** A line that holds nothing but a credit: "Photo: Reuters", "(Image: GETTY)", "Photo by X". */
function isCreditOnly(text: string, content: string, start: number, end: number): boolean {
  if (isCreditLine(content)) return true
  if (content.startsWith('(') && PAREN_ONLY.test(content)) return true
  return trailingCredit(text, start, end) === start
}

/**
 * The caption line of a photo whose credit stands on the next line:
 *
 * "Belarusian tanks unloaded at a railway station near Brest
 *  Photo: Reuters"
 *
 * Only the line *before* a credit-only line is taken, and only when it reads like a caption: short,
 * a phrase rather than a sentence (no final punctuation — a one-sentence paragraph of prose above
 * an image is common and must stay), no quotation marks, not the document's first line (the
 * headline), not introducing something (":"). A line after a credit is left alone: it is as often a
 * subheading as a caption.
 */
export function findCaptionsBesideCredits(text: string): Found[] {
  const ls = lines(text).filter((l) => l.contentEnd > l.contentStart)
  const out: Found[] = []
  for (let i = 2; i < ls.length; i++) {
    const l = ls[i]!
    if (!isCreditOnly(text, l.content, l.contentStart, l.contentEnd)) continue
    const prev = ls[i - 1]!
    const content = prev.content
    if (content.length > MAX_CAPTION_CHARS || wordCount(content) > MAX_CAPTION_WORDS) continue
    if (/[.!?:;,…"”’»]$/.test(content) || /[“”"«»]|(?:^|\s)‘/.test(content)) continue
    if (isCreditOnly(text, content, prev.contentStart, prev.contentEnd)) continue
    out.push(found(prev.contentStart, prev.contentEnd, ID, 'caption line above a photo credit'))
  }
  return out
}

export const captionBesideCredit: BoilerplateRule = { id: ID, find: findCaptionsBesideCredits }
