import { type BoilerplateRule, type Found, found } from '../found.js'
import { lines } from '../text.js'

/**
 * Builds a rule that removes whole lines whose trimmed content passes `test`. Most furniture is a
 * line of its own ("Leave a Reply", "RELATED ARTICLES", "-"), so most rules are this shape.
 */
export function wholeLineRule(
  id: string,
  reason: string,
  test: (content: string) => boolean,
): BoilerplateRule {
  return {
    id,
    find(text: string): Found[] {
      const out: Found[] = []
      for (const l of lines(text)) {
        if (l.contentEnd === l.contentStart) continue
        if (test(l.content)) {
          out.push(found(l.contentStart, l.contentEnd, id, reason))
        }
      }
      return out
    },
  }
}
