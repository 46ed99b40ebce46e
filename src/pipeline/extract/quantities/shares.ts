import { type Tok, touches, wordsAt } from './tokens.js'

/** A share read from the text: a fraction as a percentage, or a non-numeric share. */
export interface ShareExpr {
  readonly from: number
  readonly to: number
  readonly value: number | null
  readonly unit: 'percent' | 'share'
  readonly rule: string
}

/** Fractions of a whole, as percent: "half of the tanks" → 50 percent. */
const FRACTIONS: readonly (readonly [readonly string[], number])[] = [
  [['two', 'thirds'], 66.67],
  [['two', '-', 'thirds'], 66.67],
  [['three', 'quarters'], 75],
  [['three', '-', 'quarters'], 75],
  [['one', 'third'], 33.33],
  [['one', '-', 'third'], 33.33],
  [['a', 'third'], 33.33],
  [['one', 'quarter'], 25],
  [['a', 'quarter'], 25],
  [['one', 'half'], 50],
  [['half'], 50],
]

/** What a fraction must be followed by to be a share: "half of", "half the", "a third of their". */
const FRACTION_FOLLOWERS = new Set(['of', 'the', 'their', 'its', 'his', 'her', 'our', 'all'])
/** "the first half of 2022", "the second quarter": periods, not shares. */
const PERIOD_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'last', 'latter', 'former', 'final'])

const SHARE_ADJECTIVES = new Set(
  (
    'large significant substantial small considerable sizeable sizable major huge tiny growing increasing great ' +
    'big larger smaller greater modest minor certain'
  ).split(' '),
)
const SHARE_NOUNS = new Set(['fraction', 'part', 'share', 'portion', 'proportion', 'percentage'])

/** Words a share can start with; every other token is skipped at once. */
const STARTERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'most', 'one', 'two', 'three', 'half'])

/**
 * Finds shares: "half of the tanks" (50 percent), "a large fraction", "the vast majority", "the
 * bulk of", "most of the". Non-numeric shares keep every number null with unit `share`, as the
 * corpus table says.
 */
export function scanShares(toks: readonly Tok[]): ShareExpr[] {
  const out: ShareExpr[] = []
  for (let i = 0; i < toks.length; i++) {
    if (!STARTERS.has(toks[i]!.lower)) continue
    const prev = toks[i - 1]?.lower ?? ''
    // "a large fraction", "a significant part of"
    if (
      (toks[i]?.lower === 'a' || toks[i]?.lower === 'an') &&
      SHARE_ADJECTIVES.has(toks[i + 1]?.lower ?? '') &&
      SHARE_NOUNS.has(toks[i + 2]?.lower ?? '')
    ) {
      if (toks[i + 3]?.lower === 'of') {
        out.push({ from: i, to: i + 3, value: null, unit: 'share', rule: 'shares.adjective-noun' })
        i += 2
        continue
      }
    }
    // "the (vast|overwhelming) majority of", "the bulk of"
    if (toks[i]?.lower === 'the') {
      let j = i + 1
      if (['vast', 'overwhelming', 'absolute', 'great'].includes(toks[j]?.lower ?? '')) j++
      if ((toks[j]?.lower === 'majority' || toks[j]?.lower === 'bulk') && toks[j + 1]?.lower === 'of') {
        out.push({ from: i, to: j + 1, value: null, unit: 'share', rule: `shares.${toks[j]!.lower}` })
        i = j
        continue
      }
    }
    // "most of the"
    if (
      toks[i]?.lower === 'most' &&
      wordsAt(toks, i + 1, ['of']) &&
      FRACTION_FOLLOWERS.has(toks[i + 2]?.lower ?? '')
    ) {
      out.push({ from: i, to: i + 1, value: null, unit: 'share', rule: 'shares.most' })
      continue
    }
    if (PERIOD_ORDINALS.has(prev)) continue
    for (const [words, pct] of FRACTIONS) {
      if (!wordsAt(toks, i, words)) continue
      if (words.includes('-') && !touches(toks[i], toks[i + 1])) continue
      const end = i + words.length
      if (!FRACTION_FOLLOWERS.has(toks[end]?.lower ?? '')) continue
      // "half a million" is a number, read elsewhere
      if (toks[end]?.lower === 'a') continue
      out.push({ from: i, to: end, value: pct, unit: 'percent', rule: 'shares.fraction' })
      i = end - 1
      break
    }
  }
  return out
}
