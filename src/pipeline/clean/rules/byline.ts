import { type BoilerplateRule, type Found, found } from '../found.js'
import { metaKindsByLine } from '../meta.js'
import { lines } from '../text.js'

const ID = 'boilerplate.byline'

/** Authors' lines without "By" are looked for only among this many lines after the title. */
export const MAX_AUTHOR_LINE_INDEX = 6
/** … and only this near the start of the text. */
export const MAX_AUTHOR_LINE_OFFSET = 1500

/** A name of two or three words: "Ieva Bērziņa", "Jonas K. Petraitis", "Anna-Maria O’Neill". */
const PERSON = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}[\\p{L}'’-]*)){1,2}"
const AUTHORS = new RegExp(`^${PERSON}(?:\\s*,\\s*${PERSON}){0,4}(?:\\s*,?\\s+(?:and|&)\\s+${PERSON})?$`, 'u')

/** Words that make a capitalised phrase a place, an institution or a subheading, not a person. */
const NOT_PERSON = new Set(
  (
    'North South East West Northern Southern Eastern Western Central United New Great Saint Republic ' +
    'Kingdom States Union Federation Ministry Army Forces Force Air Navy Guard Council Committee ' +
    'Party Front Review News Report Update War Defence Defense Security Policy Institute Center ' +
    'Centre Studies Analysis Opinion Expert Experts Key Main Latest Military Foreign Affairs Europe ' +
    'European Russia Russian Ukraine Ukrainian Belarus Belarusian Lithuania Lithuanian Poland Polish ' +
    'Latvia Latvian Estonia Estonian America American China Chinese Korea Sea Black Baltic Minsk ' +
    'Moscow Kyiv Vilnius Warsaw Riga Tallinn Washington London Brussels Day Week Year Time Timeline ' +
    'Background Summary Introduction Conclusion Conclusions Findings Recommendations Part Chapter'
  ).split(' '),
)

const isAuthors = (c: string): boolean =>
  AUTHORS.test(c) && !c.split(/[\s,&]+/).some((w) => NOT_PERSON.has(w))

/**
 * Bylines: "By Jane Doe", "By Jane Doe and John Roe", "BY JANE DOE, Reuters", "Jane Doe,
 * Reporter", "Posted by Jane Doe · 14 November 2022" (every segment of the line metadata, see
 * `meta.ts`); and the authors' line of a report, names alone on a line under the title:
 * "Ieva Bērziņa and Jonas Petraitis". Such a line is taken only among the first few lines after
 * the title, and a single name only next to another metadata line ("Jane Doe" above "14 May
 * 2023"), so a subheading "Expert Opinion" or "North Korea and South Korea" stays.
 * "By the end of the year, …" is prose: "the" names nobody.
 */
export function findBylines(text: string): Found[] {
  const out: Found[] = []
  const all = lines(text)
  const byLine = metaKindsByLine(text)
  const ls = all.map((l, i) => ({ l, kinds: byLine[i] })).filter((x) => x.l.contentEnd > x.l.contentStart)
  const isMeta = (i: number): boolean => Boolean(ls[i]?.kinds)
  ls.forEach(({ l, kinds }, i) => {
    if (kinds?.has('byline')) {
      out.push(found(l.contentStart, l.contentEnd, ID, 'byline'))
      return
    }
    if (i === 0 || i > MAX_AUTHOR_LINE_INDEX || l.start > MAX_AUTHOR_LINE_OFFSET) return
    if (!isAuthors(l.content)) return
    const several = /,|\s(?:and|&)\s/.test(l.content)
    if (several || isMeta(i - 1) || isMeta(i + 1)) {
      out.push(found(l.contentStart, l.contentEnd, ID, 'authors line under the title'))
    }
  })
  return out
}

export const byline: BoilerplateRule = { id: ID, find: findBylines }
