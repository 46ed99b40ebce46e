import type { Tok } from './tokens.js'
import { touches, wordsAt } from './tokens.js'

/** How a bound word qualifies a number: a lower bound, an upper bound, or an approximation. */
export type BoundKind = 'low' | 'high' | 'approx'

export interface Bound {
  /** Token index where the bound phrase starts (before) or ends, exclusive (after). */
  readonly at: number
  readonly kind: BoundKind
  readonly rule: string
}

/**
 * Phrases before a number, longest first within each kind. The corpus table: "over N", "more
 * than N" → low; "up to N", "nearly N" → high; "about N" → value N.
 */
const BEFORE: readonly (readonly [BoundKind, readonly string[]])[] = [
  // "no fewer than 20", "in excess of 300"
  ['low', ['slightly', 'more', 'than']],
  ['low', ['no', 'fewer', 'than']],
  ['low', ['no', 'less', 'than']],
  ['low', ['not', 'less', 'than']],
  ['low', ['not', 'fewer', 'than']],
  ['low', ['in', 'excess', 'of']],
  ['low', ['a', 'little', 'over']],
  ['low', ['more', 'than']],
  ['low', ['greater', 'than']],
  ['low', ['at', 'least']],
  ['low', ['upwards', 'of']],
  ['low', ['just', 'over']],
  ['low', ['well', 'over']],
  ['low', ['well', 'above']],
  ['low', ['over']],
  ['low', ['above']],
  ['low', ['exceeding']],
  ['low', ['minimum', 'of']],
  // "up to seven", "nearly 700", "fewer than 20"
  ['high', ['no', 'more', 'than']],
  ['high', ['not', 'more', 'than']],
  ['high', ['a', 'maximum', 'of']],
  ['high', ['as', 'many', 'as']],
  ['high', ['as', 'much', 'as']],
  ['high', ['just', 'under']],
  ['high', ['just', 'below']],
  ['high', ['not', 'exceeding']],
  ['high', ['up', 'to']],
  ['high', ['less', 'than']],
  ['high', ['fewer', 'than']],
  ['high', ['at', 'most']],
  ['high', ['close', 'to']],
  ['high', ['maximum', 'of']],
  ['high', ['nearly']],
  ['high', ['almost']],
  ['high', ['under']],
  ['high', ['below']],
  // "about 4,000", "some 30,000", "an estimated 20,000"
  ['approx', ['in', 'the', 'region', 'of']],
  ['approx', ['on', 'the', 'order', 'of']],
  ['approx', ['an', 'estimated']],
  ['approx', ['approx', '.']],
  ['approx', ['about']],
  ['approx', ['around']],
  ['approx', ['some']],
  ['approx', ['approximately']],
  ['approx', ['roughly']],
  ['approx', ['approx']],
  ['approx', ['estimated']],
  ['approx', ['circa']],
  ['approx', ['~']],
]

/** Phrases after a number or its unit: "30,000 or more", "500+", "a dozen or so". */
const AFTER: readonly (readonly [BoundKind, readonly string[]])[] = [
  ['low', ['or', 'more']],
  ['low', ['and', 'more']],
  ['low', ['or', 'over']],
  ['low', ['-', 'plus']],
  ['low', ['plus']],
  ['low', ['-', 'odd']],
  ['low', ['odd']],
  ['high', ['or', 'less']],
  ['high', ['or', 'fewer']],
  ['approx', ['or', 'so']],
]

/**
 * The bound phrase that ends right before token `i`, if any.
 *
 * ```ts
 * boundBefore(tokenize('more than 30,000 troops'), 2) // { at: 0, kind: 'low', … }
 * ```
 */
export function boundBefore(toks: readonly Tok[], i: number): Bound | null {
  for (const [kind, words] of BEFORE) {
    const at = i - words.length
    if (at < 0 || !wordsAt(toks, at, words)) continue
    // "handed over 48 howitzers", "took over 20 plants": a verb particle, not a bound
    if (words.length === 1 && PARTICLE_VERBS.test(toks[at - 1]?.lower ?? '')) return null
    return { at, kind, rule: `bounds.${kind}.${words.join('-')}` }
  }
  return null
}

/** Verbs whose particle "over"/"under" looks like a bound: "handed over", "took over", "brought under". */
const PARTICLE_VERBS =
  /^(hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking|pass|passes|passed|passing|give|gives|gave|given|giving|sign|signs|signed|signing|bring|brings|brought|bringing|come|comes|came|coming|fly|flies|flew|flown|flying|carry|carries|carried|carrying|roll|rolls|rolled|rolling)$/

/** The bound phrase that starts at token `j` (after a number or unit), if any. "+" must touch the number. */
export function boundAfter(toks: readonly Tok[], j: number): Bound | null {
  if (toks[j]?.text === '+' && touches(toks[j - 1], toks[j]))
    return { at: j + 1, kind: 'low', rule: 'bounds.low.plus-sign' }
  for (const [kind, words] of AFTER) {
    if (!wordsAt(toks, j, words)) continue
    // "-plus" and "-odd" are written onto the number: "30,000-plus"
    if (words[0] === '-' && !(touches(toks[j - 1], toks[j]) && touches(toks[j], toks[j + 1]))) continue
    return { at: j + words.length, kind, rule: `bounds.${kind}.${words.join('-')}` }
  }
  return null
}

export interface Reading {
  readonly value: number | null
  readonly low: number | null
  readonly high: number | null
}

/**
 * Applies a bound to a reading. An exact number becomes a bound; an approximation keeps `value`;
 * a vague count ("hundreds") and a range keep what they are.
 */
export function applyBound(r: Reading, kind: BoundKind): Reading {
  if (r.value === null) return r
  if (kind === 'low') return { value: null, low: r.value, high: null }
  if (kind === 'high') return { value: null, low: null, high: r.value }
  return r
}
