import { mergeWhere, type SentenceRule, sameLine } from './rule.js'

/**
 * A sentence never starts with a lowercase letter: such a split is a period inside a domain or
 * name ("npr.org recalls" split as "npr." + "org recalls") or after an unlisted abbreviation.
 * The piece joins the sentence before it, within the same line.
 */
export const mergeLowercaseStart: SentenceRule = {
  id: 'merge-lowercase-start',
  apply(sentences, { text }) {
    return mergeWhere(sentences, (a, b) => /\p{Ll}/u.test(text[b.start]!) && sameLine(text, a, b))
  },
}
