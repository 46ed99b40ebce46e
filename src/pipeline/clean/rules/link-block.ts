import { firstAtOrAfter } from '../../../model/span.js'
import { parenCreditStarts } from '../credits.js'
import { type BoilerplateRule, type Found, found } from '../found.js'
import { CLOSERS, isLower, isUpper, isWs, LineIndex, sentenceEndAt, trimEnd, wordsAtMost } from '../text.js'

const ID = 'boilerplate.link-block'

/**
 * Markers that open a block of links to other articles. Mixed-case markers need a colon
 * ("Read more:"); all-caps ones may go without ("READ MORE Putin's …"). "Related", "Watch" and the
 * like always need the colon: without it they are ordinary words.
 */
const MARKER =
  /(Read more|Read More|READ MORE|Read also|Read Also|READ ALSO|Also read|Also Read|ALSO READ|Read next|Read Next|READ NEXT|Don['’]t miss|Don['’]t Miss|DON['’]T MISS|See also|See Also|SEE ALSO|Must read|Must Read|MUST READ|More on this story|MORE ON THIS STORY|Related|RELATED|Recommended|RECOMMENDED|Trending|TRENDING|Most read|Most Read|MOST READ|Top stories|Top Stories|TOP STORIES|Watch|WATCH)([ \t]*:|(?=[ \t]+\S|[ \t]*(?:\n|$)))/g

const COLON_OPTIONAL = new Set([
  'READ MORE',
  'READ ALSO',
  'ALSO READ',
  'READ NEXT',
  'DON’T MISS',
  "DON'T MISS",
  'SEE ALSO',
  'MUST READ',
  'MORE ON THIS STORY',
])

/** A tag after a headline in a link block: "[REPORT]", "[INSIGHT]", "[PICTURES]". */
const TAG = /\[[A-Z][A-Z0-9 &'’-]{1,24}\]/y

/** A headline longer than this is taken for prose that resumed. */
export const MAX_HEADLINE_WORDS = 30
/** A link block is at most this long: a list of links, not a page. */
export const MAX_BLOCK_CHARS = 2000

/** A marker followed at once by a sentence keeps that sentence as link text only if it is this short. */
export const MAX_LINK_SENTENCE_WORDS = 20

/** The marker must start a line or follow the end of a sentence, a bracket or a quote. */
function markerAllowed(text: string, at: number): boolean {
  const p = trimEnd(text, at)
  if (p === 0) return true
  const between = text.slice(p, at)
  if (between.includes('\n')) return true
  const prev = text[p - 1]!
  if ('.!?…'.includes(prev) || CLOSERS.includes(prev)) return true
  // glued straight onto a word ("…standstillRead more:") — prose never does that
  return between === '' && /\p{L}/u.test(prev)
}

/**
 * The end of a link block that starts at `pos` and may run to `limit` (the end of the line or the
 * start of a caption). The block is a run of headlines, glued without a space ("…major Ukraine
 * citiesDefence system could…"), separated by tags ("…WW3 fears [REVEAL]Republicans…") or by a
 * truncation ellipsis ("‘continue…..Lithuania"). Prose resumes with the first segment that holds a
 * sentence end ("…standstill’Lukashenko’s decision … authority.Mr Bell"), or one too long to be a
 * headline; the block ends where that segment starts.
 */
function blockEnd(text: string, pos: number, hardLimit: number): number {
  const limit = Math.min(hardLimit, pos + MAX_BLOCK_CHARS)
  let end = pos
  let segStart = pos
  let first = true
  const boundary = (b: number, next: number): boolean => {
    if (!wordsAtMost(text, segStart, b, MAX_HEADLINE_WORDS)) return false
    end = b
    segStart = next
    first = false
    return true
  }
  let k = pos
  while (k < limit) {
    const c = text[k]!
    if (c === '[') {
      TAG.lastIndex = k
      const t = TAG.exec(text)
      if (t && k + t[0].length <= limit) {
        const after = k + t[0].length
        let next = after
        while (next < limit && isWs(text[next])) next++
        if (!boundary(after, next)) return end
        k = next
        continue
      }
    }
    if (c === '…' || (c === '.' && (text[k + 1] === '.' || text[k + 1] === '…'))) {
      let r = k + 1
      while (r < limit && (text[r] === '.' || text[r] === '…')) r++
      let next = r
      while (next < limit && (text[next] === ' ' || text[next] === '\t')) next++
      if (isUpper(text[next]) && !boundary(r, next)) return end
      k = next
      continue
    }
    if (c === '.' || c === '!' || c === '?') {
      const e = sentenceEndAt(text, k)
      if (e >= 0 && e <= limit) {
        if (c !== '.' && isUpper(text[e])) {
          // a question or exclamation headline glued to the next one
          if (!boundary(e, e)) return end
          k = e
          continue
        }
        if (first && wordsAtMost(text, segStart, e, MAX_LINK_SENTENCE_WORDS)) return e
        return end
      }
    }
    if ((isLower(c) || CLOSERS.includes(c)) && isUpper(text[k + 1]) && isLower(text[k + 2])) {
      if (!boundary(k + 1, k + 1)) return end
    }
    k++
  }
  if (limit === hardLimit && wordsAtMost(text, segStart, limit, MAX_HEADLINE_WORDS)) end = limit
  return end
}

/**
 * "Read more", "Don't miss", "Read next", "READ MORE", "Related:" link blocks, often run into the
 * following text without a line break:
 *
 * "…among Kremlin military leaders.Read more: Putin won’t stop until ‘he is fought until a standstill’"
 * "Don’t miss: Putin’s wrath turning on UK amid Royal Navy swipe [REPORT]Russian missile lands…"
 *
 * A marker alone on its line takes the next line too when that line looks like a headline.
 */
export function findLinkBlocks(text: string): Found[] {
  const idx = new LineIndex(text)
  const credits = parenCreditStarts(text)
  const nextCredit = (from: number): number =>
    credits[firstAtOrAfter(credits, from, (c) => c)] ?? Number.POSITIVE_INFINITY
  const out: Found[] = []
  let covered = -1 // end of the last block: a marker inside it is one of its headlines
  for (const m of text.matchAll(MARKER)) {
    if (m.index < covered) continue
    const word = m[1]!
    const colon = m[2]!.includes(':')
    if (!colon && !COLON_OPTIONAL.has(word)) continue
    if (!markerAllowed(text, m.index)) continue
    const li = idx.indexAt(m.index)
    const line = idx.lines[li]!
    let pos = m.index + m[0].length
    while (pos < line.contentEnd && isWs(text[pos])) pos++
    if (pos >= line.contentEnd) {
      // "READ MORE" alone: the headline is on the next line
      let end = line.contentEnd
      const next = idx.lines[li + 1]
      if (next && next.contentEnd > next.contentStart) {
        const content = next.content
        if (!/[.!?:]$/.test(content) && wordsAtMost(content, 0, content.length, MAX_LINK_SENTENCE_WORDS)) {
          end = next.contentEnd
        }
      }
      out.push(found(m.index, end, ID, 'link block to other articles'))
      covered = end
      continue
    }
    const limit = Math.min(line.contentEnd, nextCredit(pos))
    const end = trimEnd(text, Math.max(blockEnd(text, pos, limit), m.index + m[0].length), m.index)
    out.push(found(m.index, end, ID, 'link block to other articles'))
    covered = end
  }
  return out
}

export const linkBlock: BoilerplateRule = { id: ID, find: findLinkBlocks }
