import { wholeLineRule } from './whole-line.js'

/**
 * Page widgets that leave a line of text behind: "Advertisement", "Share this article",
 * "Story continues below advertisement", "Tags: Belarus, Russia", "Click to share on Telegram
 * (Opens in new window)", "© 2023 Express Newspapers", "Live updates | Key events | Share".
 */
const WIDGET = [
  /^(?:advertisement|advertisements|sponsored(?: content)?|ad|promoted)$/i,
  /^story continues below(?: this)? (?:advertisement|ad)$/i,
  /^(?:continue reading(?: below)?|scroll down (?:for|to) (?:video|continue)|click (?:here )?to (?:enlarge|expand))$/i,
  /^share(?: this)?(?: article| story| post| on \p{L}+)?\s*:?$/iu,
  /^(?:like this|print|email|tweet|copy link|comments?)\s*:?$/i,
  /^(?:tags|topics|filed under)\s*:\s*\S.{0,200}$/i,
  /^loading\.{0,3}…?$/i,
  /^click to (?:share|email|print|tweet)\b.{0,80}$/i,
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,200}$/i,
  /^all rights reserved\.?$/i,
  // "Live updates | Key events | Share": three or more short items between bars or bullets
  /^[\p{L}][\p{L}'’ -]{0,24}(?:\s+[|•·]\s+[\p{L}][\p{L}'’ -]{0,24}){2,}$/u,
]

/** One alternation: a single test per line. */
const ANY = new RegExp(WIDGET.map((re) => `(?:${re.source})`).join('|'), 'iu')

export const widgetLine = wholeLineRule('boilerplate.widget-line', 'page widget text', (c) => ANY.test(c))
