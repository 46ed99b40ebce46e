/**
 * Words written with a final period that usually do not end a sentence. Shared by `segment`
 * (merge rules) and `clean` (where a caption or link block may start). Case-sensitive, without
 * the period. Kinds differ in what may follow them, so they are listed apart.
 */

/** Titles and name prefixes: always followed by a name or number ("Gen. Smith", "St. Petersburg"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Mssrs',
  'Messrs',
  'Dr',
  'Prof',
  'Gen',
  'Lt',
  'Col',
  'Maj',
  'Capt',
  'Cpt',
  'Cmdr',
  'Sgt',
  'Cpl',
  'Pvt',
  'Adm',
  'Brig',
  'Gov',
  'Sen',
  'Rep',
  'Pres',
  'Rev',
  'Hon',
  'Amb',
  'Supt',
  'St',
  'Ste',
  'Mt',
  'Ft',
  'No',
  'Nos',
  'Vol',
  'Fig',
  'Art',
  'Gens',
])

/** Months: a sentence may end on one, but "Feb. 24" continues. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
])

/** Others that end a sentence only when the next word is capitalised ("etc. They"). */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'vs',
  'approx',
  'incl',
  'esp',
  'cf',
  'al',
  'Inc',
  'Corp',
  'Ltd',
  'Co',
  'Jr',
  'Sr',
  'Bros',
  'Dept',
  'Univ',
  'Ave',
  'Rd',
  'km',
  'mln',
  'bln',
  'thsd',
])

/** "U.S", "U.K", "E.U": letters joined by periods (the final period is not part of the word). */
export const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u

/** "V" in "I. V. Vavilov". */
export const INITIAL = /^\p{Lu}$/u

/** Is `word` (without its final period) a known abbreviation or initial of any kind? */
export function isAbbreviation(word: string): boolean {
  return (
    TITLE_ABBREVIATIONS.has(word) ||
    MONTH_ABBREVIATIONS.has(word) ||
    OTHER_ABBREVIATIONS.has(word) ||
    INITIAL.test(word) ||
    INITIALISM.test(word)
  )
}

/**
 * Capitalised words that typically open a new sentence; after "U.S." or an initial they mean the
 * period did end the sentence ("…imposed by the U.S. The ministry said").
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The',
  'A',
  'An',
  'It',
  'Its',
  'He',
  'She',
  'They',
  'We',
  'I',
  'You',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'However',
  'Meanwhile',
  'Moreover',
  'Also',
  'In',
  'On',
  'At',
  'As',
  'By',
  'For',
  'From',
  'With',
  'After',
  'Before',
  'Since',
  'When',
  'While',
  'If',
  'Although',
  'According',
  'Earlier',
  'Later',
  'Now',
  'Then',
  'Still',
  'Thus',
  'Instead',
  'What',
  'Who',
  'Why',
  'How',
  'His',
  'Her',
  'Their',
  'Our',
  'My',
])
