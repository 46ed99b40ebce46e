import {
  INITIAL,
  INITIALISM,
  MONTH_ABBREVIATIONS,
  OTHER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../abbreviations.js'
import { mergeWhere, type SentenceRule, sameLine } from './rule.js'

/** Abbreviations that never end a sentence, whatever follows ("e.g. Belarus"). */
const NEVER_FINAL = new Set(['e.g', 'i.e', 'eg', 'ie', 'vs', 'cf', 'incl', 'approx'])

/**
 * Undoes a split after an abbreviation, by what the abbreviation is and what follows:
 * titles always continue ("Gen. Smith", "St. Petersburg"); months continue before a number or
 * lowercase word ("Feb. 24"); an initial or initialism continues before a capitalised word that is
 * not a typical sentence opener ("I. V. Vavilov", "U.S. defense officials", but "…by the U.S. The
 * ministry…" stays split); other abbreviations continue before lowercase ("etc. and").
 */
export const mergeAbbreviation: SentenceRule = {
  id: 'merge-abbreviation',
  apply(sentences, { text }) {
    return mergeWhere(sentences, (a, b) => {
      if (text[a.end - 1] !== '.' || !sameLine(text, a, b)) return false
      let i = a.end - 1
      while (i > a.start && /[\p{L}.]/u.test(text[i - 1]!)) i--
      const word = text.slice(i, a.end - 1).replace(/^\.+/, '')
      if (!word) return false
      const next = /^[\p{L}\p{N}]+/u.exec(text.slice(b.start, Math.min(b.end, b.start + 40)))?.[0] ?? ''
      const first = next[0] ?? ''
      const upper = /\p{Lu}/u.test(first)
      const lowerOrDigit = /[\p{Ll}\p{N}]/u.test(first)
      if (TITLE_ABBREVIATIONS.has(word)) return upper || lowerOrDigit
      if (NEVER_FINAL.has(word)) return true
      if (MONTH_ABBREVIATIONS.has(word)) return lowerOrDigit
      if (INITIAL.test(word) || INITIALISM.test(word))
        return lowerOrDigit || (upper && !SENTENCE_STARTERS.has(next))
      if (OTHER_ABBREVIATIONS.has(word)) return /\p{Ll}/u.test(first)
      return false
    })
  },
}
