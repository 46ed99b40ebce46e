import { type BoilerplateRule, type Found, found } from '../found.js'

const ID = 'boilerplate.html-residue'

/** Block-level tags: removing one separates the text around it like a paragraph break. */
const BLOCK = new Set(
  'p div h1 h2 h3 h4 h5 h6 br hr ul ol li figure figcaption blockquote section article header footer nav aside table thead tbody tr td th pre form iframe script style noscript'.split(
    ' ',
  ),
)
const INLINE =
  'span strong em b i u a img sup sub small center font meta link source picture video audio svg button input label time cite abbr code mark'

/**
 * Stray markup left by the scraper: "< h4>Vladimir Fesenko, political scientist:", "</p>",
 * "<br/>", "<!-- ad -->". Only known tag names count, so "a < b > c" in prose is not markup.
 */
const TAG = new RegExp(
  `<\\s*\\/?\\s*(${[...BLOCK].join('|')}|${INLINE.replace(/ /g, '|')})\\b[^<>\\n]{0,200}?\\/?\\s*>|<!--[^]{0,2000}?-->`,
  'gi',
)

export function findHtmlResidue(text: string): Found[] {
  const out: Found[] = []
  for (const m of text.matchAll(TAG)) {
    const name = m[1]?.toLowerCase()
    const join = name === undefined || BLOCK.has(name) ? 'paragraph' : 'none'
    out.push(found(m.index, m.index + m[0].length, ID, 'HTML residue', join))
  }
  return out
}

export const htmlResidue: BoilerplateRule = { id: ID, find: findHtmlResidue }
