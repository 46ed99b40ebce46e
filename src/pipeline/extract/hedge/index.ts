import type { Hedge } from '../../../model/annotations.js'
import { type HedgeCue, loadReference } from '../../../reference/load.js'
import { prefixAlternation, scanUnpreceded } from '../regex.js'

/**
 * Hedges from cue words and constructions (data/lexicons/hedges.tsv), with their scope:
 *
 * - *verb-group* cues (modals, negation, "likely", "is ready to", "willingness to") count only in
 *   the words just before the trigger, so "Belarus does not have many tanks – they gave up 90"
 *   keeps "gave up" asserted;
 * - *frame* cues (evidentials "suggest", "no evidence", "denied", and every `reported` cue such as
 *   "reportedly", "according to reports", "have said") count anywhere in the sentence before the
 *   trigger, unless a temporal or causal clause ("after", "because") stands between cue and
 *   trigger: "reports suggest the crisis worsened after Putin ordered the mobilisation" leaves the
 *   mobilisation asserted.
 *
 * When several apply, the order is: frame denial, reported, verb-group denial, possible, likely.
 */

export interface HedgeMatch {
  readonly hedge: Exclude<Hedge, 'asserted'>
  /** The ICD 203 likelihood term of the cue, when it has one. */
  readonly icd203: string | null
  readonly expression: string
  /** Offset of the match in the text searched. */
  readonly index: number
  readonly scope: 'group' | 'frame'
}

export interface HedgeOptions {
  /** Hedge cues; the reference lexicon by default. */
  readonly cues?: readonly HedgeCue[]
}

const FRAME =
  /^(suggest|indicat|no evidence|seen no|no sign|no indication|deni|deny|reject|refut|dismiss|apparently|seemingly|presumably|in all likelihood|cannot be ruled|can not be ruled|does not rule|could not rule|it is not excluded)/

const scopeOf = (cue: HedgeCue): 'group' | 'frame' =>
  cue.hedge === 'reported' || FRAME.test(cue.expression.toLowerCase()) ? 'frame' : 'group'

interface Compiled {
  /** One alternation of every cue, longest first, so each position takes its longest cue. */
  readonly scan: (text: string) => RegExpExecArray[]
  /** Normalised surface → cue. */
  readonly byKey: ReadonlyMap<string, HedgeCue>
}

const compiledCache = new WeakMap<readonly HedgeCue[], Compiled>()
const keyOf = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ')

function compile(cues: readonly HedgeCue[]): Compiled {
  let c = compiledCache.get(cues)
  if (!c) {
    const sorted = [...cues].sort((a, b) => b.expression.length - a.expression.length)
    // each cue as its atoms: a character, "['’]" for an apostrophe, "\\s+" for a space
    const body = prefixAlternation(
      sorted.map((cue) =>
        (cue.expression.toLowerCase().trim().match(/\s+|./gsu) ?? []).map((c) =>
          /^\s+$/.test(c) ? '\\s+' : c === "'" ? "['’]" : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        ),
      ),
    )
    c = {
      scan: scanUnpreceded(`(?:${body})(?![\\p{L}\\p{N}])`, 'giu', '[\\p{L}\\p{N}]'),
      byKey: new Map(sorted.map((cue) => [keyOf(cue.expression), cue])),
    }
    compiledCache.set(cues, c)
  }
  return c
}

/**
 * Every hedge cue in a text, the longest at each position, without overlaps.
 *
 * @example findHedgeCues('Russia will likely send tanks').map((m) => m.expression) // ['will likely']
 */
export function findHedgeCues(text: string, options: HedgeOptions = {}): HedgeMatch[] {
  const cues = options.cues ?? loadReference().lexicons.hedges
  if (!cues.length) return []
  const { scan, byKey } = compile(cues)
  const out: HedgeMatch[] = []
  for (const m of scan(text)) {
    const cue = byKey.get(keyOf(m[0]))
    if (!cue) continue
    out.push({
      hedge: cue.hedge,
      icd203: cue.icd203 ?? null,
      expression: cue.expression,
      index: m.index,
      scope: scopeOf(cue),
    })
  }
  return out
}

/**
 * The ICD 203 likelihood term a text uses ("very likely", "roughly even chance"), or null.
 *
 * @example likelihoodOf('ISW assesses the Kremlin will most likely absorb the plant') // 'very likely'
 */
export function likelihoodOf(text: string, options: HedgeOptions = {}): string | null {
  return findHedgeCues(text, options).find((m) => m.icd203)?.icd203 ?? null
}

export interface ClaimHedgeInput {
  /** The sentence text up to the trigger (the frame). */
  readonly before: string
  /** The words just before the trigger that belong to its verb group ("has not", "is ready to"). */
  readonly group: string
  /** The sentence text after the trigger (for trailing relays: "…, media reported."). */
  readonly after?: string
}

export interface HedgeReading {
  readonly hedge: Hedge
  readonly icd203: string | null
  readonly cue: string | null
}

const RANK: Record<string, number> = { frameDenied: 0, reported: 1, denied: 2, possible: 3, likely: 4 }

/** A temporal or causal clause between a frame cue and the trigger shields the trigger from it. */
// (", saying …": what the speaker goes on to say is asserted by the speaker, whatever the verb before)
const SHIELD =
  /\b(after|before|when|because|since|as soon as|once|while)\b|,\s*(?:saying|adding|noting|insisting|arguing|explaining|stressing)\b/i

/**
 * The hedge of one claim from the text around its trigger.
 *
 * @example hedgeOfClaim({ before: 'The Kremlin will likely ', group: 'will likely' }).hedge // 'likely'
 */
export function hedgeOfClaim(input: ClaimHedgeInput, options: HedgeOptions = {}): HedgeReading {
  const found: Array<{ rank: number; m: HedgeMatch }> = []
  // "had never sent so much", "has never sent as many": a comparison with the past, no denial
  const compared = /^\s*(?:so|such|as\s+(?:much|many|hard|fast|often)|more)\b/i.test(input.after ?? '')
  for (const m of findHedgeCues(input.group, options)) {
    if (m.scope !== 'group' && m.hedge !== 'denied') continue
    if (compared && /^never$/i.test(m.expression)) continue
    found.push({ rank: RANK[m.hedge]!, m })
  }
  for (const m of findHedgeCues(input.before, options)) {
    if (m.scope !== 'frame') continue
    if (SHIELD.test(input.before.slice(m.index))) continue
    found.push({ rank: m.hedge === 'denied' ? RANK.frameDenied! : RANK[m.hedge]!, m })
  }
  // only a relay that closes the sentence (", media reported.") reaches back to the trigger
  const after = input.after ?? ''
  for (const m of findHedgeCues(after, options)) {
    if (
      m.hedge === 'reported' &&
      m.scope === 'frame' &&
      after.length - m.index <= 40 &&
      /,\s*$/.test(after.slice(0, m.index))
    ) {
      found.push({ rank: RANK.reported!, m })
    }
  }
  if (!found.length) return { hedge: 'asserted', icd203: null, cue: null }
  found.sort((a, b) => a.rank - b.rank)
  const best = found[0]!.m
  return { hedge: best.hedge, icd203: found.find((f) => f.m.icd203)?.m.icd203 ?? null, cue: best.expression }
}
