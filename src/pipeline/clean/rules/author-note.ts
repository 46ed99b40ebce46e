import { type BoilerplateRule, type Found, found } from '../found.js'
import { lines, wordCount } from '../text.js'

const ID = 'boilerplate.author-note'

/**
 * "Jane Doe is a senior fellow at the Harbour Institute.", "John Roe is an editor of the Review
 * and the author of …": who wrote the piece, in one sentence about a named person and their post.
 */
const NOTE =
  /^\p{Lu}[\p{L}'’-]+(?:\s+(?:van|von|de|der|den|da|di|du|la|le|al|el|bin)?\s*\p{Lu}[\p{L}'’.-]*){1,3}\s+is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}(?:fellow|analyst|researcher|professor|lecturer|journalist|editor|correspondent|director|columnist|writer|author|expert|associate|scholar|historian|economist|reporter)\b[^\n]*[.)]$/u

/** How many non-empty lines from the end of the text a note about the author may sit. */
export const AUTHOR_NOTE_REACH = 3
export const MAX_AUTHOR_NOTE_WORDS = 45

/**
 * A note about the author at the foot of a column or report: a line among the last few of the
 * text that says who a named person is ("… is a senior fellow at …"). The same sentence in the
 * body of an article is not taken: it must be one of the closing lines, and short.
 */
export function findAuthorNotes(text: string): Found[] {
  const filled = lines(text).filter((l) => l.contentEnd > l.contentStart)
  const out: Found[] = []
  for (const l of filled.slice(-AUTHOR_NOTE_REACH)) {
    if (wordCount(l.content) <= MAX_AUTHOR_NOTE_WORDS && NOTE.test(l.content)) {
      out.push(found(l.contentStart, l.contentEnd, ID, 'note about the author'))
    }
  }
  return out
}

export const authorNote: BoilerplateRule = { id: ID, find: findAuthorNotes }
