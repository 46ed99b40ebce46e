import type { RoleValue } from '../../../model/annotations.js'
import type { Lexicon } from '../entities/lexicon.js'
import { hedgeOfClaim } from '../hedge/index.js'
import type { ClaimContext, DraftClaim } from './extract.js'
import { armedForcesOf, labelOf } from './labels.js'
import { clauseStart, groupStart, phraseAfter, phraseBefore } from './phrases.js'
import { itemRole, mentionsIn, PLACE_PREPS, placeIn, quantityIn, timeNear } from './roles.js'
import { type SentenceView, textOf } from './sentence.js'

/**
 * Forces somewhere: DEPLOY claims read from where troops, units and their equipment are, arrive,
 * stay or are absent, with the armed forces they belong to as the agent.
 */

/** Head nouns of military equipment: "Russian aircraft", "a Russian Il-76 transport". */
const EQUIPMENT_HEAD =
  /^(aircraft|jets?|planes?|warplanes?|helicopters?|armou?r|tanks?|transports?|bombers?|interceptors?|vehicles?|launchers?|batter(y|ies)|convoys?|columns?|assets|systems?|air-defen[cs]e)$/

/**
 * The armed forces a phrase names or owns: "Russian troops" (its label), "Russian aircraft",
 * "a Russian Il-76 transport", "Russia's jets" (a nationality before equipment). Null otherwise.
 */
export function forceOwner(view: SentenceView, np: [number, number], lexicon: Lexicon): RoleValue | null {
  const text = textOf(view, np[0], np[1])
  const label = labelOf(text, lexicon)
  if (label)
    return /Armed Forces/.test(label.canonical) ? { text: label.text, canonical: label.canonical } : null
  // the head noun stands before any prepositional phrase: "prices of Russian tanks" are prices
  const all = view.toks.slice(np[0], np[1])
  const pp = all.findIndex((t) => t.pos === 'ADP' && t.i > np[0])
  const toks = pp > 0 ? all.slice(0, pp) : all
  const head = toks.findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
  if (!head) return null
  const equipment =
    EQUIPMENT_HEAD.test(head.lower) ||
    mentionsIn(view, [head.i, head.i + 1]).some((m) => m.type === 'EQUIPMENT')
  if (!equipment) return null
  // the nationality stands before the head, as an adjective or a possessive
  for (const t of toks) {
    if (t.i >= head.i) break
    const bare = t.lower.replace(/['’]s$/, '')
    const country =
      lexicon.demonyms.get(t.lower) ?? (/['’]s$/.test(t.lower) ? lexicon.countryByName.get(bare) : undefined)
    if (country && /^[A-Z]/.test(t.text)) return { text: text.trim(), canonical: armedForcesOf(country) }
  }
  return null
}

/**
 * Forces said to be somewhere with "there is/are": "There are now up to seven Belarusian
 * battalions on the border" → DEPLOY by the Belarusian armed forces.
 */
export function existentialDeployments(view: SentenceView, ctx: ClaimContext): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.lower !== 'there' || !/^(is|are|were|was|remain|remains)$/.test(toks[k + 1]!.lower)) continue
    let s = k + 2
    while (s < toks.length && /^(now|also|still|currently|already)$/.test(toks[s]!.lower)) s++
    const np = phraseAfter(view, s)
    if (np[1] <= np[0]) continue
    const place = placeIn(view, np[1], toks.length, PLACE_PREPS)
    const claim = forcesDeployed(view, ctx, np, { at: k, before: k, groupEnd: s, place, nominal: false })
    if (claim) out.push(claim)
  }
  return out
}

/**
 * The DEPLOY claim of the armed forces that the phrase `np` is labelled as, or null when it
 * labels none. `at` is the verb's token, `before` where the hedge cues end, `groupEnd` where the
 * verb group does.
 */
function forcesDeployed(
  view: SentenceView,
  ctx: ClaimContext,
  np: [number, number],
  o: { at: number; before: number; groupEnd: number; place: RoleValue | null; nominal: boolean },
): DraftClaim | null {
  const { toks } = view
  const owner = forceOwner(view, np, ctx.lexicon)
  if (!owner) return null
  const hedge = hedgeOfClaim(
    {
      before: view.text.slice(view.span.start, toks[o.before]!.start),
      group: textOf(view, o.at, o.groupEnd),
    },
    ctx.hedges ? { cues: ctx.hedges } : {},
  )
  return {
    relation: 'DEPLOY',
    agent: owner,
    recipient: null,
    item: itemRole(view, np),
    quantity: quantityIn(view, np),
    time: timeNear(view, toks[o.at]!.start),
    place: o.place,
    hedge: hedge.hedge,
    likelihood: hedge.icd203,
    at: toks[o.at]!.start,
    ...(o.nominal ? { nominal: true } : {}),
  }
}

/**
 * Forces said to be somewhere: "Russian units are in Belarus", "Russian troops are still in
 * Gomel": a subject labelled as armed forces, a form of "be", and a place after in/at/near.
 */
export function forcesPresent(view: SentenceView, ctx: ClaimContext): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!/^(is|are|was|were)$/.test(toks[k]!.lower)) continue
    let p = k + 1
    while (p < toks.length && /^(still|now|currently|already|also|not|no longer)$/.test(toks[p]!.lower)) p++
    if (!/^(in|at|near|inside)$/.test(toks[p]?.lower ?? '')) continue
    const place = placeIn(view, p, Math.min(toks.length, p + 6), PLACE_PREPS)
    if (!place) continue
    const subj = phraseBefore(view, k, clauseStart(view, k))
    if (subj[1] <= subj[0]) continue
    const claim = forcesDeployed(view, ctx, subj, {
      at: k,
      before: subj[0],
      groupEnd: p,
      place,
      nominal: true,
    })
    if (claim) out.push(claim)
  }
  return out
}

/** Verbs that put forces somewhere: "paratroopers arrived at", "jets based in", "a transport landed". */
const POSITION =
  /^(arriv(e|es|ed|ing)|land(s|ed|ing)?|flew|fl(y|ies|own)|remain(s|ed|ing)?|stay(s|ed|ing)?|based|stationed|return(s|ed|ing)?|rotat(e|es|ed|ing)|took|take|takes|taken|taking)$/
const TAKE = /^(took|take|takes|taken|taking)$/
const WHERE = new Set([...PLACE_PREPS, 'to', 'toward', 'towards', 'there'])

/**
 * Forces that arrive, land, take off, stay or are based somewhere: "about 600 Russian
 * paratroopers have arrived at the training ground", "a Russian Il-76 transport landed there",
 * "no Russian aircraft were based at the airfield" (denied).
 */
export function forcesMoving(view: SentenceView, ctx: ClaimContext): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!
    if (!POSITION.test(t.lower)) continue
    if (TAKE.test(t.lower) && toks[k + 1]?.lower !== 'off') continue
    // "land forces", "a land border": the noun
    if (/^land/.test(t.lower) && t.pos !== 'VERB') continue
    const floor = clauseStart(view, k)
    const gs = groupStart(view, k, floor)
    const subj = phraseBefore(view, gs, floor)
    if (subj[1] <= subj[0]) continue
    const after = TAKE.test(t.lower) ? k + 2 : k + 1
    const place = placeIn(view, after, Math.min(toks.length, after + 10), WHERE)
    const claim = forcesDeployed(view, ctx, subj, {
      at: k,
      before: subj[0],
      groupEnd: k + 1,
      place,
      nominal: true,
    })
    if (claim) out.push(denyNo(view, subj, claim))
  }
  return out
}

/**
 * Forces said not to be somewhere: "reported no new Russian units in the region", "imagery
 * shows no Russian armour at the training ground" — a DEPLOY, denied.
 */
export function forcesAbsent(view: SentenceView, ctx: ClaimContext): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.lower !== 'no') continue
    const np = phraseAfter(view, k + 1)
    if (np[1] <= np[0] || !/^(in|at|near|inside|on)$/.test(toks[np[1]]?.lower ?? '')) continue
    const place = placeIn(view, np[1], Math.min(toks.length, np[1] + 8), PLACE_PREPS)
    if (!place) continue
    const claim = forcesDeployed(view, ctx, np, { at: k, before: k, groupEnd: k + 1, place, nominal: true })
    if (claim) out.push({ ...claim, hedge: 'denied', likelihood: null })
  }
  return out
}

/** "No Russian aircraft were based there": a subject that opens with "no" denies the claim. */
function denyNo(view: SentenceView, subj: [number, number], claim: DraftClaim): DraftClaim {
  return /^(no|not a single|not one)$/.test(view.toks[subj[0]]!.lower) ||
    /^no\b/i.test(textOf(view, subj[0], subj[1]))
    ? { ...claim, hedge: 'denied', likelihood: null }
    : claim
}
