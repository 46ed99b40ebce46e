import { wholeLineRule } from './whole-line.js'

/**
 * A heading over a list of links, on its own line: "RELATED ARTICLES", "You may also like",
 * "More from Express", "Post navigation", "Read more", "Related publications", "Further reading". (With a colon and text after it, it is a link block.)
 */
export const HEADING =
  /^(?:related(?: articles| stories| posts| news| content| coverage| publications| reading| research| analysis| reports| materials| links| topics)?|further reading|other publications|latest publications|more (?:publications|analysis|reports|articles)|you (?:may|might) also like|more (?:from|on) [\p{L}\p{N} .&'’-]{1,30}|more stories|more news|most read|most popular|popular (?:now|posts|stories)|recommended(?: for you| stories)?|latest(?: news| stories)?|top stories|trending(?: now)?|read more|read also|also read|read next|see also|don['’]t miss|editor['’]s picks?|in other news|post navigation|more in [\p{L} .&'’-]{1,30})\s*:?\s*$/iu

export const linkHeading = wholeLineRule('boilerplate.link-heading', 'heading of a link list', (c) =>
  HEADING.test(c),
)
