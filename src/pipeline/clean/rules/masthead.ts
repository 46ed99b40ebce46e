import { type BoilerplateRule, type Found, found } from '../found.js'
import { isDateSegment } from '../meta.js'
import { lines, wordCount } from '../text.js'

const ID = 'boilerplate.masthead'

/** A banner is among the first lines of the page … */
export const MAX_BANNER_LINE = 3
/** … and names a site or a section, not a headline set in capitals. */
export const MAX_BANNER_WORDS = 5
/** A two-part pipe header ("Institute X | 6 October 2023") counts only among the first lines. */
export const MAX_HEADER_LINE = 5
export const MAX_HEADER_SEGMENT_WORDS = 10

/** Capitals, digits and a little punctuation only: "NORTHERN FRONT REVIEW", "ANALYSIS & OPINION". */
const CAPS = /^[\p{Lu}\p{N}][\p{Lu}\p{N}\s&'’.-]*$/u
/** A pipe-header segment naming an issue: "Update No. 7", "Issue 12", "Vol. 3". */
const ISSUE =
  /^(?:(?:daily |weekly )?(?:update|issue|report|bulletin|brief|briefing|digest)|no\.|vol\.|volume|number)\b.*\d/i

/** The line under a banner is a headline (or more furniture), not the body: short, no final period. */
const headlineLike = (c: string | undefined): boolean =>
  c !== undefined && !/[.]["”’]?$/.test(c) && wordCount(c) <= 30

function isPipeHeader(c: string, index: number): boolean {
  if (c.length > 200) return false
  const parts = c.split(/\s+\|\s+/)
  if (parts.length < 2 || (parts.length === 2 && index >= MAX_HEADER_LINE)) return false
  if (!parts.some((p) => isDateSegment(p) || ISSUE.test(p))) return false
  return parts.every(
    (p) =>
      /[\p{L}\p{N}]/u.test(p) &&
      !/[!?:;,]$/.test(p) &&
      !(p.endsWith('.') && !/\b(?:No|Nr|Vol|Iss)\.$/.test(p)) &&
      wordCount(p) <= MAX_HEADER_SEGMENT_WORDS,
  )
}

/**
 * Site banners and report headers: a line in capitals alone among the first lines ("NORTHERN
 * FRONT REVIEW" above the headline), and header lines of a series split by pipes with a date or
 * an issue number ("Northern Front Review | Update No. 7 | 6 October 2023"). A headline in
 * capitals is longer than a banner, or has the body under it, and stays; so does a document that is nothing but one line.
 */
export function findMastheads(text: string): Found[] {
  const out: Found[] = []
  const ls = lines(text).filter((l) => l.contentEnd > l.contentStart)
  if (ls.length < 2) return out
  ls.forEach((l, i) => {
    const c = l.content
    const banner =
      i < MAX_BANNER_LINE &&
      CAPS.test(c) &&
      (c.match(/\p{Lu}/gu)?.length ?? 0) >= 3 &&
      wordCount(c) <= MAX_BANNER_WORDS &&
      !c.endsWith('.') &&
      headlineLike(ls[i + 1]?.content)
    if (banner) out.push(found(l.contentStart, l.contentEnd, ID, 'site banner'))
    else if (c.includes('|') && isPipeHeader(c, i))
      out.push(found(l.contentStart, l.contentEnd, ID, 'report header'))
  })
  return out
}

export const masthead: BoilerplateRule = { id: ID, find: findMastheads }
