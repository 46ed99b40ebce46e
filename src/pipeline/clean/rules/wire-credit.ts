import { type BoilerplateRule, type Found, found } from '../found.js'
import { lines } from '../text.js'

const ID = 'boilerplate.wire-credit'

/** A role, capitalised as wire credits are: "Reporting", "Additional reporting", "Editing". */
const ROLE =
  '(?:(?:Additional [Rr]|R)eporting|Writing|Written|Editing|Edited|Compiled|Research|Graphics|Translat(?:ed|ion)|Production)'
/** The credited names start with a capital: "by Jane Doe", not "by state media". */
const NAMED = 'by \\p{Lu}'
/** "(Reporting by Jane Doe; Editing by John Roe)" anywhere; bounded, no nested brackets. */
const BRACKETED = new RegExp(`\\(${ROLE} ${NAMED}[^()\\n]{0,300}\\)`, 'gu')
/** A later role in a credit line, in either case: "; additional reporting by X; editing by Y". */
const LATER_ROLE =
  '(?:(?:[Aa]dditional [Rr]|[Rr])eporting|[Ww]riting|[Ww]ritten|[Ee]diting|[Ee]dited|[Cc]ompiled|[Rr]esearch|[Gg]raphics|[Tt]ranslat(?:ed|ion)|[Pp]roduction)'
/**
 * The same without brackets, as a whole line, with at least two roles: "Reporting by X; Editing
 * by Y", "Reporting by X; additional reporting by Y in Kyiv; editing by Z".
 */
const LINE = new RegExp(`^${ROLE} ${NAMED}[^;\\n]{0,150};\\s*${LATER_ROLE} ${NAMED}[^\\n]{0,150}$`, 'u')

/** A credited name and where it reported from: "Jane Doe", "Jane Doe in Warsaw". */
const CREDITED = "\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}(?: in \\p{Lu}[\\p{L}-]+)?"
/**
 * One role alone on a line whose credited people are all names: "Reporting by Jane Doe in Warsaw
 * and John Roe in Kyiv". (Prose goes on after the names: "Reporting by Jane Doe shows …".)
 */
const ONE_ROLE = new RegExp(`^${ROLE} by ${CREDITED}(?:(?:,| and| &) ${CREDITED})*\\.?$`, 'u')

/**
 * Wire-service credits: "(Reporting by Jane Doe in Vilnius; Editing by John Roe)" at the end of
 * a story, or the same line without brackets. "Reporting by state media suggested …" is prose:
 * no bracket and no second role; so is "(reporting by state media was sparse)": no capitals.
 */
export function findWireCredits(text: string): Found[] {
  const out: Found[] = []
  for (const m of text.matchAll(BRACKETED)) out.push(found(m.index, m.index + m[0].length, ID, 'wire credit'))
  for (const l of lines(text)) {
    if (
      l.contentEnd > l.contentStart &&
      !l.content.startsWith('(') &&
      (LINE.test(l.content) || ONE_ROLE.test(l.content))
    ) {
      out.push(found(l.contentStart, l.contentEnd, ID, 'wire credit'))
    }
  }
  return out
}

export const wireCredit: BoilerplateRule = { id: ID, find: findWireCredits }
