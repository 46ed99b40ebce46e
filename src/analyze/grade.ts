/**
 * Contradictions between the figures of a cluster, and the cluster's *suggested* grade: an
 * Admiralty code (source reliability A–F from the origins' profiles, information credibility 1–6
 * from independent corroboration and contradiction) and an ICD 203 likelihood word. Every step
 * adds a reason; nothing here is a finding, only a suggestion an analyst can check.
 */
import type { Hedge, Relation } from '../model/annotations.js'
import type { Polarity } from './facts.js'
import { compareQuantities, type DayRange, dayGap, type QuantityRange } from './figures.js'
import { RELIABILITY, RELIABILITY_WORDS, type Reliability, type SourceKind } from './sources.js'

/** One distinct statement within a cluster, with the origins that make it. */
export interface Figure {
  readonly key: string
  readonly polarity: Polarity
  readonly quantity: QuantityRange | null
  readonly model: string | null
  readonly time: DayRange | null
  readonly members: number
  readonly origins: readonly string[]
}

export type ContradictionKind = 'quantity' | 'polarity' | 'date'

export interface Conflict {
  readonly kind: ContradictionKind
  readonly description: string
  /** Why the difference may be a typo, else null. */
  readonly typo: string | null
}

/** Events that happen once, on a day: two different days are a contradiction, not two events. */
const DATED_EVENTS: ReadonlySet<Relation> = new Set(['MEET', 'AGREE', 'SANCTION', 'ATTACK'])
const EXACT = new Set(['day', 'month'])

/** Days two dated events of these relations may lie apart and still be read as one event. */
export const DATE_TOLERANCE_DAYS = 7

/** Whether claims with these times may state the same thing (join one cluster). */
export function timesCompatible(relation: Relation, a: DayRange | null, b: DayRange | null): boolean {
  if (!a || !b) return true
  const gap = dayGap(a, b)
  if (gap === 0) return true
  return (
    DATED_EVENTS.has(relation) &&
    EXACT.has(a.precision) &&
    EXACT.has(b.precision) &&
    gap <= DATE_TOLERANCE_DAYS
  )
}

/** How two figures of one cluster conflict; null when they agree or cannot be compared. */
export function conflictBetween(relation: Relation, a: Figure, b: Figure): Conflict | null {
  if (a.model && b.model && a.model !== b.model) return null // T-72 and T-90 counts are not rivals
  if (a.time && b.time && dayGap(a.time, b.time) > 0) {
    if (DATED_EVENTS.has(relation) && EXACT.has(a.time.precision) && EXACT.has(b.time.precision)) {
      return {
        kind: 'date',
        description: `dates differ: ${range(a.time)} vs ${range(b.time)}, ${dayGap(a.time, b.time)} days apart`,
        typo: null,
      }
    }
    return null // different periods: cumulative or repeated figures, not rivals
  }
  if (a.polarity !== b.polarity) {
    return {
      kind: 'polarity',
      description: `one says it happened, the other denies it (${a.polarity} vs ${b.polarity})`,
      typo: null,
    }
  }
  if (a.quantity && b.quantity) {
    const q = compareQuantities(a.quantity, b.quantity)
    if (q) return { kind: 'quantity', description: q.description, typo: q.typo }
  }
  return null
}

const range = (t: DayRange): string => (t.high === t.low ? t.low : `${t.low}…${t.high ?? ''}`)

// ---------------------------------------------------------------------------------------------

export const CREDIBILITY_WORDS: Readonly<Record<number, string>> = Object.freeze({
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
})

export interface OriginSummary {
  readonly key: string
  readonly label: string
  readonly kind: SourceKind | null
  readonly reliability: Reliability
  readonly members: number
  readonly hedges: readonly Hedge[]
}

export interface ContradictionSummary {
  readonly kind: ContradictionKind
  readonly figureA: string
  readonly figureB: string
  readonly typo: string | null
}

export interface SuggestedGrade {
  readonly reliability: Reliability
  readonly credibility: 1 | 2 | 3 | 4 | 5 | 6
  /** `B2`. */
  readonly code: string
  /** ICD 203 likelihood of the cluster's main statement, null when it cannot be judged. */
  readonly likelihood: string | null
  /** The figure graded: the one with the most independent origins. */
  readonly mainFigure: string | null
  readonly supporting: readonly string[]
  readonly conflicting: readonly string[]
  readonly reasons: readonly string[]
}

const LIKELIHOOD = [
  'almost no chance',
  'very unlikely',
  'unlikely',
  'roughly even chance',
  'likely',
  'very likely',
  'almost certain',
] as const
const better = (a: Reliability, b: Reliability): Reliability =>
  RELIABILITY.indexOf(a) <= RELIABILITY.indexOf(b) ? a : b
const reliable = (r: Reliability): boolean => r === 'A' || r === 'B'

/**
 * The suggested grade of a cluster from its origins, figures and contradictions.
 *
 * @example suggestGrade([hajun], [figure], []) → { code: 'B3', likelihood: 'likely', reasons: [...] }
 */
export function suggestGrade(
  origins: readonly OriginSummary[],
  figures: readonly Figure[],
  contradictions: readonly ContradictionSummary[],
): SuggestedGrade {
  const reasons: string[] = []
  const byKey = new Map(origins.map((o) => [o.key, o]))
  // the main figure: most independent origins, then the most reliable of them, then most claims
  const bestOf = (f: Figure): number =>
    Math.min(
      ...f.origins.map((o) => RELIABILITY.indexOf(byKey.get(o)?.reliability ?? 'F')),
      RELIABILITY.length,
    )
  const ranked = [...figures].sort(
    (a, b) =>
      b.origins.length - a.origins.length ||
      bestOf(a) - bestOf(b) ||
      b.members - a.members ||
      (a.key < b.key ? -1 : 1),
  )
  const main = ranked[0] ?? null
  const conflictsOfMain = new Set(
    contradictions.flatMap((c) =>
      c.figureA === main?.key ? [c.figureB] : c.figureB === main?.key ? [c.figureA] : [],
    ),
  )
  // when the main figure's number is disputed, only origins that give a number can support it;
  // those that report the event without one support the event, not the figure
  const disputed =
    !!main?.quantity &&
    contradictions.some((c) => c.kind === 'quantity' && (c.figureA === main.key || c.figureB === main.key))
  const supportingSet = new Set<string>()
  const conflictingSet = new Set<string>()
  const eventOnly = new Set<string>()
  for (const f of figures) {
    const target = conflictsOfMain.has(f.key)
      ? conflictingSet
      : disputed && !f.quantity
        ? eventOnly
        : supportingSet
    for (const o of f.origins) target.add(o)
  }
  for (const o of [...supportingSet, ...conflictingSet]) eventOnly.delete(o)
  if (!figures.length) for (const o of origins) supportingSet.add(o.key)
  // an origin on both sides contradicts itself: a relay error, not a second opinion
  const selfConflicting = [...conflictingSet].filter((o) => supportingSet.has(o))
  for (const o of selfConflicting) conflictingSet.delete(o)
  const supporting = [...supportingSet].map((k) => byKey.get(k)).filter((o): o is OriginSummary => !!o)
  const conflicting = [...conflictingSet].map((k) => byKey.get(k)).filter((o): o is OriginSummary => !!o)
  const named = supporting.filter((o) => o.kind !== 'anonymous')
  const names = (os: readonly OriginSummary[]) => os.map((o) => `${o.label} (${o.reliability})`).join(', ')

  // reliability: the best of the origins that support the main statement
  let reliability: Reliability = 'F'
  for (const o of supporting) reliability = better(reliability, o.reliability)
  reasons.push(
    supporting.length
      ? `reliability ${reliability} (${RELIABILITY_WORDS[reliability]}): best of the supporting origins ${names(supporting)}`
      : `reliability F: no origin could be identified`,
  )

  let credibility: SuggestedGrade['credibility']
  if (!supporting.length || (supporting.length === 1 && supporting[0]!.kind === 'anonymous')) {
    credibility = 6
    reasons.push('credibility 6 (truth cannot be judged): only unnamed sources')
  } else if (conflicting.length >= supporting.length) {
    credibility =
      conflicting.some((o) => reliable(o.reliability)) && !supporting.some((o) => reliable(o.reliability))
        ? 5
        : 4
    reasons.push(
      `credibility ${credibility} (${CREDIBILITY_WORDS[credibility]}): contradicted by as many independent origins (${names(conflicting)}) as support it (${names(supporting)})`,
    )
  } else if (supporting.length >= 2) {
    credibility = named.length >= 2 ? 1 : 2
    reasons.push(
      `credibility ${credibility} (${CREDIBILITY_WORDS[credibility]}): ${supporting.length} independent origins agree (${names(supporting)})${named.length < 2 ? ', but only one of them is named' : ''}`,
    )
    if (conflicting.length) reasons.push(`contradicted by fewer origins: ${names(conflicting)}`)
  } else {
    credibility = 3
    const s = supporting[0]!
    reasons.push(
      `credibility 3 (${CREDIBILITY_WORDS[3]}): one independent origin (${s.label}), repeated in ${s.members} claim${s.members === 1 ? '' : 's'}; not confirmed by another`,
    )
    if (conflicting.length) reasons.push(`contradicted by fewer origins: ${names(conflicting)}`)
  }
  if (eventOnly.size) {
    reasons.push(
      `the figure is disputed: ${[...eventOnly].map((k) => byKey.get(k)?.label ?? k).join(', ')} report${eventOnly.size === 1 ? 's' : ''} the event without a number, which supports the event, not the figure`,
    )
  }
  if (selfConflicting.length) {
    reasons.push(
      `${names(selfConflicting.map((k) => byKey.get(k)!).filter(Boolean))}: relays of the same origin give different figures — a relay or typing error, not independent contradiction`,
    )
  }
  for (const c of contradictions) if (c.typo) reasons.push(`a conflicting figure may be a typo: ${c.typo}`)

  // likelihood of the main statement
  let level: number | null
  if (credibility === 6) level = null
  else if (credibility === 1) level = reliable(reliability) ? 5 : 4
  else if (credibility === 2) level = 4
  else if (credibility === 3)
    level = reliable(reliability) ? 4 : reliability === 'C' ? 3 : reliability === 'F' ? null : 2
  else if (credibility === 4) level = 2
  else level = 1
  const hedges = new Set(supporting.flatMap((o) => o.hedges))
  if (level !== null && hedges.size && [...hedges].every((h) => h === 'possible') && level > 3) {
    level = 3
    reasons.push('every supporting claim is hedged as possible: likelihood capped at "roughly even chance"')
  } else if (
    level !== null &&
    hedges.size &&
    [...hedges].every((h) => h === 'possible' || h === 'likely') &&
    level > 4
  ) {
    level = 4
    reasons.push('the supporting claims are hedged as likely: likelihood capped at "likely"')
  }
  const likelihood = level === null ? null : LIKELIHOOD[level]!
  reasons.push(
    likelihood
      ? `suggested likelihood "${likelihood}" (ICD 203) for the main statement${main?.polarity === 'denied' ? ' (a denial)' : ''}`
      : 'no likelihood suggested: the sources cannot be judged',
  )
  return {
    reliability,
    credibility,
    code: `${reliability}${credibility}`,
    likelihood,
    mainFigure: main?.key ?? null,
    supporting: supporting.map((o) => o.key),
    conflicting: conflicting.map((o) => o.key),
    reasons,
  }
}
