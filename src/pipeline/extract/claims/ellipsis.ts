import type { ClaimContext, DraftClaim, Memory } from './extract.js'
import { hedgeIn } from './hedging.js'
import { itemRole, quantityIn, timeNear } from './roles.js'
import type { SentenceView } from './sentence.js'

/** "it was", "it is", "it has been": the copula of an elliptical load sentence. */
const COPULA = new Set(['is', 'was', "'s", '’s'])
const PERFECT = new Set(['has', 'had'])
/** Share adverbs between the copula and the load: "mostly trucks", "almost only shells". */
const SHARE = new Set([
  'mostly',
  'mainly',
  'largely',
  'chiefly',
  'primarily',
  'predominantly',
  'overwhelmingly',
  'almost',
  'nearly',
  'only',
  'entirely',
  'exclusively',
  'still',
  'now',
])
/** Heads of loads a state hands over from its stock ("old armour", "shells", "old stock"). */
const LOAD_HEADS = new Set([
  'trucks',
  'armour',
  'armor',
  'shells',
  'ammunition',
  'munitions',
  'tanks',
  'vehicles',
  'stock',
  'stocks',
  'equipment',
  'rounds',
  'weapons',
  'missiles',
  'artillery',
  'guns',
  'howitzers',
  'cargo',
  'materiel',
  'carriers',
  'BMPs',
  'bmps',
  'rockets',
  'mines',
])

/** The index just past the copula of "it was", "it has been", or -1. */
function copulaAfter(view: SentenceView, k: number): number {
  const w = (i: number) => view.toks[k + i]?.lower
  if (COPULA.has(w(0) ?? '')) return k + 1
  if (PERFECT.has(w(0) ?? '') && w(1) === 'been') return k + 2
  return -1
}

/**
 * The list of loads from `k`: members split at commas and "and"/"or", up to an adverb, a
 * preposition or a clause break ("armour and shells almost every night" → armour, shells). Each
 * member ends with a load head, whatever its tag (the tagger reads "trucks" as a verb); a
 * member that does not ends the list.
 */
function loads(view: SentenceView, k: number): Array<[number, number]> {
  const { toks } = view
  const out: Array<[number, number]> = []
  let s = k
  for (let j = k; j <= toks.length; j++) {
    const t = toks[j]
    const joiner = t && (t.text === ',' || t.lower === 'and' || t.lower === 'or')
    const stop = !t || /^(ADV|ADP|SCONJ|AUX|PRON)$/.test(t.pos) || /^[.;:!?()\u2013\u2014-]$/.test(t.text)
    if (!joiner && !stop) continue
    if (j === s || !LOAD_HEADS.has(toks[j - 1]!.lower)) break
    out.push([s, j])
    if (stop) break
    s = j + 1
  }
  return out
}

/**
 * Loads told elliptically, after the document has named a transfer between two states:
 * "In spring it was mostly trucks and old armour." "Now it is mostly shells." "Since February it
 * has been armour and shells almost every night." Each listed load the opener's "it" stands for
 * continues the last route (`memory.route`): one TRANSFER per load from its origin to its
 * destination. Only "it" as the first subject, with nothing but an opener before it, and only
 * loads a state keeps in stock; "It was a hard year" names none.
 */
export function ellipticalLoads(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const route = memory.route
  if (!route) return []
  const { toks } = view
  const it = toks.findIndex((t) => t.lower === 'it')
  if (it < 0 || it > 6) return []
  if (toks.slice(0, it).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON')) return []
  let k = copulaAfter(view, it + 1)
  if (k < 0) return []
  while (k < toks.length && SHARE.has(toks[k]!.lower)) k++
  const out: DraftClaim[] = []
  for (const part of loads(view, k)) {
    const hedge = hedgeIn(view, ctx.hedges, it, it + 1, it + 2)
    out.push({
      relation: 'TRANSFER',
      agent: route.origin,
      recipient: route.destination,
      item: itemRole(view, part),
      quantity: quantityIn(view, part),
      time: timeNear(view, toks[it]!.start),
      place: null,
      hedge: hedge.hedge,
      likelihood: hedge.icd203,
      at: toks[it]!.start,
      nominal: true,
    })
  }
  return out
}
