import { type BoilerplateRule, type Found, found } from '../found.js'
import { lines } from '../text.js'

const ID = 'boilerplate.wire-dateline'

/** The dateline opens the first paragraph: it is looked for only in this many first lines. */
export const MAX_DATELINE_LINE = 8

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
/**
 * "VILNIUS, Nov 4 (Reuters) -", "KYIV (AP) —", "MINSK, Belarus, Nov. 4 (AFP) –", "KYIV, Ukraine —":
 * a city in capitals, then a country, a date and an agency in brackets, any of them, then a dash.
 * Without an agency, a country or a date must be there, so "NATO — The alliance …" stays.
 * Anchored at a line start and bounded, so it cannot backtrack beyond a few dozen characters.
 */
const DATELINE = new RegExp(
  "^(\\p{Lu}[\\p{Lu}'’. -]{1,30}\\p{Lu})" +
    '(,\\s*\\p{Lu}\\p{Ll}[\\p{L}.]*(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}.]*){0,2})?' +
    `(,\\s*(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?)?` +
    "(\\s*\\((?:\\p{Lu}[\\p{L}&.' -]{0,30})\\))?" +
    '\\s*[-–—]{1,2}\\s+(?=[\\p{Lu}\\p{N}"“‘\'])',
  'u',
)

/** News agencies that put their name in a dateline. */
const AGENCY =
  '(?:Reuters|AP|AFP|Associated Press|Bloomberg|dpa|DPA|Interfax|Ukrinform|UNIAN|BelTA|TASS|PAP|LETA|BNS|ELTA|RIA Novosti|Xinhua|ANSA|EFE)'
const SENTENCE = '(?=[\\p{Lu}\\p{N}"“‘\'])'
const PLACE = '\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}'
const DATE = `(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+\\d{4})?`
/**
 * Known agencies also mark datelines with the city in ordinary case or without one: "(Reuters) -
 * Lithuania said …", "Kyiv, November 4 (Ukrinform) – …", "MOSCOW, November 4. /TASS/. …".
 */
const AGENCY_LINE = new RegExp(
  `^(?:(?:\\p{Lu}[\\p{Lu}'’. -]{1,30}\\p{Lu}|${PLACE})(?:,\\s*${PLACE})?(?:,\\s*${DATE})?` +
    `(?:\\s*\\(${AGENCY}\\)\\s*[-–—]{1,2}|\\.?\\s*\\/${AGENCY}\\/\\.?)|\\(${AGENCY}\\)\\s*[-–—]{1,2})\\s+${SENTENCE}`,
  'u',
)

/**
 * A wire dateline at the start of the first paragraph: "VILNIUS, Nov 4 (Reuters) - Lithuania
 * said …" loses "VILNIUS, Nov 4 (Reuters) -" and keeps the sentence; so do "(Reuters) - …",
 * "Kyiv, November 4 (Ukrinform) – …" and "MOSCOW, November 4. /TASS/. …".
 */
export function findWireDatelines(text: string): Found[] {
  const out: Found[] = []
  let seen = 0
  for (const l of lines(text)) {
    if (l.contentEnd === l.contentStart) continue
    if (++seen > MAX_DATELINE_LINE) break
    const a = AGENCY_LINE.exec(l.content)
    if (a) {
      out.push(found(l.contentStart, l.contentStart + a[0].trimEnd().length, ID, 'wire dateline', 'none'))
      continue
    }
    const m = DATELINE.exec(l.content)
    if (!m || !(m[2] || m[3] || m[4])) continue
    if (m[1]!.replace(/[^\p{Lu}]/gu, '').length < 3) continue
    out.push(found(l.contentStart, l.contentStart + m[0].trimEnd().length, ID, 'wire dateline', 'none'))
  }
  return out
}

export const wireDateline: BoilerplateRule = { id: ID, find: findWireDatelines }
