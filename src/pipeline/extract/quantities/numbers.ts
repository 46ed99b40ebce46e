import { digitValue, type Tok, touches } from './tokens.js'

/**
 * A number expression found in the token stream, before bounds, ranges and units are read.
 * `from`/`to` are token indexes (end exclusive).
 */
export interface NumberExpr {
  readonly from: number
  readonly to: number
  /** The number it states, exact or approximate; null for vague plurals ("hundreds of"). */
  readonly value: number | null
  /** Lower bound a vague expression implies: "hundreds" → 200, "several thousand" → 3000. */
  readonly low: number | null
  /** Multiplier of a trailing scale word ("65 thousand" → 1000), 1 without one; ranges share it. */
  readonly scale: number
  /** Written with digits ("300,000"), as opposed to words ("four thousand"). */
  readonly digits: boolean
  readonly rule: string
}

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

/** Scale words after a number: "65 thousand", "1.5 million", "$2 bn". */
const SCALE: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
}

/** Plural scale words of vague counts: "hundreds of", "tens of thousands". */
const PLURAL_SCALE: Readonly<Record<string, number>> = {
  tens: 10,
  dozens: 12,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
}

/** Single-letter scales written onto a number, only after a currency sign: "$1.5bn", "€20m", "$300k". */
const ATTACHED_SCALE: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  bn: 1e9,
  b: 1e9,
  mn: 1e6,
  mln: 1e6,
}

const CURRENCY_SIGNS = new Set(['$', '€', '£', '₽', '₴'])

/** How many a vague quantifier stands for at least: "several thousand" → 3 × 1000. */
const VAGUE_QUANTIFIER: Readonly<Record<string, number>> = { several: 3, few: 2, many: 2, multiple: 2 }

const round = (n: number): number => Math.round(n * 1e6) / 1e6

/** The scale word at `toks[i]` (singular, e.g. "thousand"), or 0. */
const scaleAt = (toks: readonly Tok[], i: number): number => {
  const w = toks[i]
  return w?.kind === 'word' ? (SCALE[w.lower] ?? (w.lower === 'dozen' ? 12 : 0)) : 0
}

// "hundreds of", "tens of thousands", "hundreds of thousands", "dozens of"
function readPlural(toks: readonly Tok[], i: number): NumberExpr | null {
  const base = PLURAL_SCALE[toks[i]?.lower ?? '']
  if (!base) return null
  let to = i + 1
  let unit = base
  const inner = PLURAL_SCALE[toks[i + 2]?.lower ?? '']
  if (toks[i + 1]?.lower === 'of' && inner && inner > base) {
    unit = base * inner
    to = i + 3
  }
  return { from: i, to, value: null, low: 2 * unit, scale: unit, digits: false, rule: 'numbers.vague-plural' }
}

// "several thousand", "a few hundred", "several dozen", "many thousands of"
function readVagueQuantifier(toks: readonly Tok[], i: number): NumberExpr | null {
  let j = i
  if (toks[j]?.lower === 'a' && toks[j + 1]?.lower === 'few') j++
  const q = VAGUE_QUANTIFIER[toks[j]?.lower ?? '']
  if (!q) return null
  if (toks[i]?.lower === 'few' && j === i) return null // bare "few" is not a count
  const singular = scaleAt(toks, j + 1)
  const plural = PLURAL_SCALE[toks[j + 1]?.lower ?? '']
  const scale = singular || (plural && plural >= 12 ? plural : 0)
  if (!scale) return null
  return {
    from: i,
    to: j + 2,
    value: null,
    low: q * scale,
    scale,
    digits: false,
    rule: 'numbers.vague-quantifier',
  }
}

// "a couple of thousand" → 2000
function readCouple(toks: readonly Tok[], i: number): NumberExpr | null {
  if (toks[i]?.lower !== 'a' || toks[i + 1]?.lower !== 'couple') return null
  const j = toks[i + 2]?.lower === 'of' ? i + 3 : i + 2
  const scale = scaleAt(toks, j)
  if (!scale) return null
  return { from: i, to: j + 1, value: 2 * scale, low: null, scale, digits: false, rule: 'numbers.couple' }
}

// "300,000", "1.5 million", "65 thousand", "$1.5bn"
function readDigits(toks: readonly Tok[], i: number): NumberExpr | null {
  const t = toks[i]
  if (t?.kind !== 'num') return null
  let value = digitValue(t)
  let to = i + 1
  let scale = 1
  const next = toks[to]
  const afterSign = CURRENCY_SIGNS.has(toks[i - 1]?.text ?? '') && touches(toks[i - 1], t)
  if (next && touches(t, next) && next.kind === 'word' && afterSign && ATTACHED_SCALE[next.lower]) {
    scale = ATTACHED_SCALE[next.lower]!
    to++
  } else {
    // "65 thousand", "1.5 million", "2 hundred thousand"
    while (scaleAt(toks, to) && toks[to]?.lower !== 'dozen') {
      const s = scaleAt(toks, to)
      if (s <= scale && scale !== 1) break
      scale = scale === 1 ? s : scale * s
      to++
    }
  }
  value = round(value * scale)
  return {
    from: i,
    to,
    value,
    low: null,
    scale,
    digits: true,
    rule: scale > 1 ? 'numbers.digits-scale' : 'numbers.digits',
  }
}

// "four thousand", "twenty-five", "three hundred and fifty", "a dozen", "a hundred", "half a million",
// "one and a half million", "two dozen"
function readWords(toks: readonly Tok[], i: number): NumberExpr | null {
  let j = i
  let total = 0
  let current = 0
  let last: 'none' | 'small' | 'hundred' | 'scale' = 'none'
  let scale = 1
  const art = toks[j]?.lower
  if ((art === 'a' || art === 'an') && (scaleAt(toks, j + 1) || toks[j + 1]?.lower === 'dozen')) {
    current = 1
    last = 'small'
    j++
  } else if (
    art === 'half' &&
    (toks[j + 1]?.lower === 'a' || toks[j + 1]?.lower === 'an') &&
    scaleAt(toks, j + 2)
  ) {
    current = 0.5
    last = 'small'
    j += 2
  }
  for (;;) {
    const w = toks[j]
    if (w?.kind !== 'word') break
    const small = SMALL[w.lower]
    if (small !== undefined) {
      if (last === 'small') break // "five six" is two numbers
      // "twenty-five"
      const unit = SMALL[toks[j + 2]?.lower ?? '']
      if (
        small >= 20 &&
        touches(w, toks[j + 1]) &&
        toks[j + 1]?.text === '-' &&
        touches(toks[j + 1], toks[j + 2])
      ) {
        if (unit !== undefined && unit > 0 && unit < 10) {
          current += small + unit
          last = 'small'
          j += 3
          continue
        }
      }
      current += small
      last = 'small'
      j++
      continue
    }
    if (w.lower === 'hundred' && last !== 'hundred' && last !== 'none') {
      current = (current || 1) * 100
      last = 'hundred'
      scale = Math.max(scale, 100)
      j++
      continue
    }
    if (w.lower === 'dozen' && last === 'small') {
      current *= 12
      last = 'scale'
      scale = 12
      j++
      continue
    }
    const s = SCALE[w.lower]
    if (s && s >= 1000 && last !== 'none') {
      total += (current || 1) * s
      current = 0
      last = 'scale'
      scale = Math.max(scale, s)
      j++
      continue
    }
    if (w.lower === 'and' && last !== 'none') {
      // "one and a half million"
      if (toks[j + 1]?.lower === 'a' && toks[j + 2]?.lower === 'half' && last === 'small') {
        current += 0.5
        j += 3
        continue
      }
      // "three hundred and fifty"
      if ((last === 'hundred' || last === 'scale') && SMALL[toks[j + 1]?.lower ?? ''] !== undefined) {
        j++
        last = 'scale'
        continue
      }
    }
    break
  }
  if (last === 'none' || j === i) return null
  const value = round(total + current)
  return { from: i, to: j, value, low: null, scale, digits: false, rule: 'numbers.words' }
}

const READERS = [readPlural, readVagueQuantifier, readCouple, readDigits, readWords] as const

/** Words a number expression can start with; every other word is skipped without trying the readers. */
const STARTERS: ReadonlySet<string> = new Set([
  ...Object.keys(SMALL),
  ...Object.keys(PLURAL_SCALE),
  ...Object.keys(VAGUE_QUANTIFIER),
  'a',
  'an',
  'half',
])

/**
 * Finds every number expression, left to right, longest reading first.
 *
 * ```ts
 * scanNumbers(tokenize('over 65 thousand tons')) // [{ value: 65000, scale: 1000, … }]
 * ```
 */
export function scanNumbers(toks: readonly Tok[]): NumberExpr[] {
  const out: NumberExpr[] = []
  for (let i = 0; i < toks.length; ) {
    const t = toks[i]!
    if (t.kind !== 'num' && !STARTERS.has(t.lower)) {
      i++
      continue
    }
    let found: NumberExpr | null = null
    for (const read of READERS) {
      found = read(toks, i)
      if (found) break
    }
    if (found) {
      out.push(found)
      i = found.to
    } else i++
  }
  return out
}
