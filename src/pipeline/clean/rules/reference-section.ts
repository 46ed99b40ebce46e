import { type BoilerplateRule, type Found, found } from '../found.js'
import { type Line, lines, wordsAtMost } from '../text.js'

const ID = 'boilerplate.reference-section'

/** "Notes", "References:", "Sources", "Footnotes", "Endnotes" alone on a line. */
const HEADING =
  /^(?:notes|references|sources|footnotes|endnotes|bibliography|citations|works cited|(?:notes|sources) and (?:references|notes|sources))\s*:?$/i
/** A numbered note: "[1] …", "1. …", "2) …", "(3) …", "1 Reuters …", "^ …", "↑ …", "* …". */
const NOTE = /^(?:\[\d{1,3}\]|\d{1,3}[.)]?\s|\(\d{1,3}\)\s|\^|↑|\*+\s)/
/**
 * An unnumbered citation: a short line with a year, a link or "accessed" ("Reuters, 4 November
 * 2022", "ISW. Russian Offensive Campaign Assessment. 2023."); taken only when such lines run from
 * the heading to the end of the text.
 */
const CITATION = /\b(?:1[89]|20)\d{2}\b|https?:\/\/|www\.|\b(?:accessed|retrieved)\b/i
export const MAX_CITATION_WORDS = 40
/** A bracketed note, which stands for a note even without a heading: "[1] Reuters, 4 Nov 2022." */
const BRACKET_NOTE = /^\[\d{1,3}\]/
/** A bare link or "Ibid." also belongs to a list of notes. */
const LINK = /^(?:https?:\/\/|www\.)\S+$|^ibid\b/i
/** Lines that may close a page after its notes: "© 2023 …", "All rights reserved". */
const TRAILER = /^(?:©|\(c\)|copyright\b)|all rights reserved/i

/**
 * Reference sections: a "Notes"/"References"/"Sources"/"Footnotes" heading with the numbered notes
 * (or bare links) under it, up to the first line that is neither, or unnumbered citations under
 * it when they run to the end of the text; and a run of bracketed notes
 * "[1] …" that ends the text (only blank lines or a copyright line after it). A numbered list in
 * the body has no heading of that kind, and "1. …" lines without one are left alone.
 */
export function findReferenceSections(text: string): Found[] {
  const out: Found[] = []
  const ls = lines(text).filter((l) => l.contentEnd > l.contentStart)
  const take = (l: Line, reason: string): void => {
    out.push(found(l.contentStart, l.contentEnd, ID, reason))
  }
  let i = 0
  let taken = -1
  while (i < ls.length) {
    if (HEADING.test(ls[i]!.content)) {
      let j = i + 1
      while (j < ls.length && (NOTE.test(ls[j]!.content) || LINK.test(ls[j]!.content))) j++
      if (j === i + 1) {
        // unnumbered citations, every line of them up to the end (or a copyright line)
        let k = i + 1
        const cited = (l: Line): boolean =>
          CITATION.test(l.content) &&
          !TRAILER.test(l.content) &&
          wordsAtMost(l.content, 0, l.content.length, MAX_CITATION_WORDS)
        while (k < ls.length && cited(ls[k]!)) k++
        let rest = k
        while (rest < ls.length && TRAILER.test(ls[rest]!.content)) rest++
        if (k > i + 1 && rest === ls.length) j = k
      }
      if (j > i + 1 || j === ls.length) {
        for (let k = i; k < j; k++) take(ls[k]!, k === i ? 'reference heading' : 'numbered note')
        taken = j - 1
        i = j
        continue
      }
    }
    i++
  }
  // a trailing run of bracketed notes without a heading
  let end = ls.length
  while (end > 0 && TRAILER.test(ls[end - 1]!.content)) end--
  let start = end
  while (start > 0 && (BRACKET_NOTE.test(ls[start - 1]!.content) || LINK.test(ls[start - 1]!.content)))
    start--
  for (let k = Math.max(start, taken + 1); k < end; k++) {
    if (BRACKET_NOTE.test(ls[k]!.content) || LINK.test(ls[k]!.content)) take(ls[k]!, 'numbered note')
  }
  return out
}

export const referenceSection: BoilerplateRule = { id: ID, find: findReferenceSections }
