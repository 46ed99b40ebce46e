import { type BoilerplateRule, type Found, found } from '../found.js'
import { metaLineKinds } from '../meta.js'
import { lines, wordsAtMost } from '../text.js'
import { HEADING } from './link-heading.js'

const ID = 'boilerplate.link-list'

export const MAX_LIST_TITLE_WORDS = 20
/** A list is never longer than this many titles. */
export const MAX_LIST_ITEMS = 30

/** A linked title: short, no final punctuation, no quote; an optional bullet. */
const isTitle = (c: string): boolean =>
  /\p{L}/u.test(c) && !/[.!?…:;,"“”]$/u.test(c) && wordsAtMost(c, 0, c.length, MAX_LIST_TITLE_WORDS)

/**
 * The titles listed under a link heading ("Related publications", "More from Northern Front
 * Review", "You may also like"): the short lines without final punctuation right under it (blank
 * lines directly after the heading are skipped), up to a blank line, a line that reads like prose,
 * or the end. Date lines between titles go too. The heading itself is `link-heading`'s.
 */
export function findLinkLists(text: string): Found[] {
  const out: Found[] = []
  const ls = lines(text)
  for (let i = 0; i < ls.length; i++) {
    if (!HEADING.test(ls[i]!.content)) continue
    let j = i + 1
    while (j < ls.length && ls[j]!.contentEnd === ls[j]!.contentStart) j++
    let items = 0
    for (; j < ls.length && items < MAX_LIST_ITEMS; j++) {
      const l = ls[j]!
      if (l.contentEnd === l.contentStart) break
      if (!isTitle(l.content) && !metaLineKinds(l.content)) break
      out.push(found(l.contentStart, l.contentEnd, ID, 'linked title under a link heading'))
      items++
    }
    i = j - 1
  }
  return out
}

export const linkList: BoilerplateRule = { id: ID, find: findLinkLists }
