import { attachClosingQuote } from './attach-closing-quote.js'
import { mergeAbbreviation } from './merge-abbreviation.js'
import { mergeLowercaseStart } from './merge-lowercase-start.js'
import type { SentenceRule } from './rule.js'
import { splitColonQuote } from './split-colon-quote.js'
import { splitLine } from './split-line.js'
import { splitParagraph } from './split-paragraph.js'

export type { SegmentContext, SentenceRule } from './rule.js'

/**
 * The sentence rules applied after wink-nlp, in order:
 * splits at paragraph and line edges come first, so no merge below can cross them (each merge
 * also checks it stays on one line); merges follow; quote and colon handling run last, on
 * sentences whose ends are final.
 */
export const sentenceRules: readonly SentenceRule[] = Object.freeze([
  splitParagraph,
  splitLine,
  mergeAbbreviation,
  mergeLowercaseStart,
  attachClosingQuote,
  splitColonQuote,
])
