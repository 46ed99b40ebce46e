import { type BoilerplateRule, type Found, found } from '../found.js'
import { lines } from '../text.js'

const ID = 'boilerplate.wire-credit'

const ROLE =
  '(?:(?:additional )?reporting|writing|written|editing|edited|compiled|research|graphics|translat(?:ed|ion)|production)'
/** "(Reporting by Jane Doe; Editing by John Roe)" anywhere; bounded, no nested brackets. */
const BRACKETED = new RegExp(`\\(${ROLE} by [^()\\n]{1,300}\\)`, 'giu')
/** The same without brackets, as a whole line, with at least two roles: "Reporting by X; Editing by Y". */
const LINE = new RegExp(`^${ROLE} by [^;\\n]{1,150};\\s*${ROLE} by [^\\n]{1,150}$`, 'iu')

/**
 * Wire-service credits: "(Reporting by Jane Doe in Vilnius; Editing by John Roe)" at the end of
 * a story, or the same line without brackets. "Reporting by state media suggested …" is prose:
 * no bracket and no second role.
 */
export function findWireCredits(text: string): Found[] {
  const out: Found[] = []
  for (const m of text.matchAll(BRACKETED)) out.push(found(m.index, m.index + m[0].length, ID, 'wire credit'))
  for (const l of lines(text)) {
    if (l.contentEnd > l.contentStart && !l.content.startsWith('(') && LINE.test(l.content)) {
      out.push(found(l.contentStart, l.contentEnd, ID, 'wire credit'))
    }
  }
  return out
}

export const wireCredit: BoilerplateRule = { id: ID, find: findWireCredits }
