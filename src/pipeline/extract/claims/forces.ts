import type { RoleValue } from '../../../model/annotations.js'
import type { Lexicon } from '../entities/lexicon.js'
import { hedgeOfClaim } from '../hedge/index.js'
import type { ClaimContext, DraftClaim, Memory } from './extract.js'
import { armedForcesOf, labelOf } from './labels.js'
import { clauseStart, conjuncts, groupStart, phraseAfter, phraseBefore } from './phrases.js'
import { itemRole, mentionsIn, PLACE_PREPS, placeIn, quantityIn, timeNear } from './roles.js'
import { type SentenceView, textOf } from './sentence.js'

/**
 * Forces somewhere: DEPLOY claims read from where troops, units and their equipment are, arrive,
 * stay or are absent, with the armed forces they belong to as the agent.
 */

/** Head nouns of military equipment: "Russian aircraft", "a Russian Il-76 transport". */
const EQUIPMENT_HEAD =
  /^(aircraft|jets?|planes?|warplanes?|helicopters?|armou?r|tanks?|transports?|bombers?|fighters?|gunships?|interceptors?|vehicles?|launchers?|missiles?|rockets?|drones?|Iskanders?|batter(y|ies)|convoys?|columns?|assets|systems?|air-defen[cs]e)$/

/** Words that name forces or their equipment: a sentence without one puts no forces anywhere. */
const FORCE_WORD =
  /^(troops|soldiers|servicemen|forces|military|army|units?|battalions?|brigades?|regiments?|contingent|personnel|reservists|conscripts|paratroopers|servicemembers|marines|sailors|airmen|pilots|instructors|aircraft|jets?|planes?|warplanes?|helicopters?|armou?r|tanks?|transports?|bombers?|fighters?|gunships?|interceptors?|vehicles?|launchers?|missiles?|rockets?|drones?|Iskanders?|batter(y|ies)|convoys?|columns?|assets|systems?|air-defen[cs]e|build)$/

/** Whether a sentence names forces or military equipment at all (a cheap test before the rules). */
export function namesForces(view: SentenceView): boolean {
  return view.toks.some((t) => FORCE_WORD.test(t.lower)) || view.mentions.some((m) => m.type === 'EQUIPMENT')
}

/**
 * The armed forces a phrase names or owns: "Russian troops" (its label), "Russian aircraft",
 * "a Russian Il-76 transport", "Russia's jets" (a nationality before equipment). Null otherwise.
 */
export function forceOwner(view: SentenceView, range: [number, number], lexicon: Lexicon): RoleValue | null {
  // "Russian forces permanently": without the adverbs after the phrase
  let np: [number, number] = [range[0], range[1]]
  while (np[1] - 1 > np[0] && view.toks[np[1] - 1]!.pos === 'ADV') np = [np[0], np[1] - 1]
  // "Russian troops and equipment": the first member names the owner
  const and = view.toks.findIndex((t, k) => k > np[0] && k < np[1] && t.lower === 'and')
  if (and > 0) {
    const first = forceOwner(view, [np[0], and], lexicon)
    if (first) return first
  }
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
  o: {
    at: number
    before: number
    groupEnd: number
    place: RoleValue | null
    nominal: boolean
    /** The forces the phrase belongs to when the sentence or the document tells it already. */
    owner?: RoleValue | null
  },
): DraftClaim | null {
  const { toks } = view
  const owner = forceOwner(view, np, ctx.lexicon) ?? o.owner ?? null
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
  /^(arriv(e|es|ed|ing)|go|goes|going|gone|went|land(s|ed|ing)?|touch(ed|es)?|flew|fl(y|ies|own)|remain(s|ed|ing)?|stay(s|ed|ing)?|based|stationed|return(s|ed|ing)?|rotat(e|es|ed|ing)|took|take|takes|taken|taking|withdr(aw|aws|ew|awn|awing)|pull(s|ed|ing)?|left|leav(e|es|ing)|ferr(y|ies|ied|ying))$/
const TAKE = /^(took|take|takes|taken|taking)$/
const WHERE = new Set([...PLACE_PREPS, 'to', 'toward', 'towards', 'there'])
/** Forces named by a definite noun alone: "the troops", "the aircraft", the forces named before. */
/**
 * The armed forces of the last nation's forces or equipment named before token `end` of the
 * sentence ("a Russian regiment is at the centre, but the jets went home" → Russian), or null.
 */
function forcesBefore(view: SentenceView, end: number, lexicon: Lexicon): RoleValue | null {
  const { toks } = view
  for (let k = end - 1; k >= 0; k--) {
    if (!/^[A-Z]/.test(toks[k]!.text) || !lexicon.demonyms.has(toks[k]!.lower)) continue
    let e = k + 1
    // "Russian air-defence regiment": the noun phrase the adjective opens, hyphens included
    while (e < end && e - k <= 4 && (/^(NOUN|PROPN|ADJ)$/.test(toks[e]!.pos) || toks[e]!.text === '-')) e++
    const owner = forceOwner(view, [k, e], lexicon)
    if (owner) return owner
  }
  return null
}

const DEFINITE_FORCES =
  /^(the|these|those)\s+([\p{L}-]+\s+)?(troops|forces|soldiers|units|servicemen|paratroopers|marines|aircraft|jets|planes|helicopters|fighters|bombers|battalions|contingent)$/iu

type Movement = 'arrive' | 'leave' | null
const TEMPORAL = /^(after|before|once|when|until|since)$/
/** Rolling stock and vehicles that carry forces: their load is what arrives. */
const CARRIER = /^(trains?|echelons?|wagons?|flatcars?|convoys?|columns?|trucks?|transports?)$/

/**
 * Whether the verb at `k` brings forces somewhere or takes them away: "arrived", "touched down",
 * "took off from X" arrive; "withdrew", "pulled out", "left Belarus", "took off for Russia",
 * "flew home", "returned to Russia" (their own country), "were ferried back" leave. "left
 * behind" keeps them where they are.
 */
function movementAt(view: SentenceView, k: number, owner: string | null): { kind: Movement; after: number } {
  const { toks } = view
  const t = toks[k]!.lower
  const next = toks[k + 1]?.lower ?? ''
  if (TAKE.test(t)) {
    if (next !== 'off') return { kind: null, after: k + 1 }
    return { kind: toks[k + 2]?.lower === 'for' ? 'leave' : 'arrive', after: k + 2 }
  }
  if (/^touch/.test(t)) return { kind: next === 'down' ? 'arrive' : null, after: k + 2 }
  if (/^pull/.test(t)) return { kind: next === 'out' || next === 'back' ? 'leave' : null, after: k + 2 }
  if (/^ferr/.test(t)) return { kind: next === 'back' ? 'leave' : null, after: k + 2 }
  if (/^withdr/.test(t)) return { kind: 'leave', after: k + 1 }
  if (/^(left|leav)/.test(t)) {
    // "may be left short of armour": "left" in the passive is no leaving
    if (/^(be|been|being|is|are|was|were|get|got)$/.test(toks[k - 1]?.lower ?? ''))
      return { kind: null, after: k + 1 }
    const behind = toks.slice(k + 1, k + 6).some((x) => x.lower === 'behind')
    return { kind: behind ? 'arrive' : 'leave', after: k + 1 }
  }
  const home = next === 'home' || next === 'back'
  // "the combat jets went home"
  if (/^(go|goes|going|gone|went)$/.test(t)) return { kind: home ? 'leave' : null, after: k + 2 }
  if (/^(fl|return)/.test(t)) {
    // "returned to Russia": to their own country
    const to = toks[k + 1]?.lower === 'to' ? textOf(view, k + 2, Math.min(toks.length, k + 4)) : ''
    const own = owner !== null && owner.length > 0 && to.length > 0 && owner.includes(to.split(/\s+/)[0]!)
    if (home || own) return { kind: 'leave', after: k + 1 }
  }
  return { kind: 'arrive', after: k + 1 }
}

/**
 * Forces that arrive, land, take off, stay or are based somewhere — "about 600 Russian
 * paratroopers have arrived at the training ground", "a Russian Il-76 transport landed there",
 * "no Russian aircraft were based at the airfield" (denied) — a DEPLOY; and forces that leave —
 * "1,500 Russian troops pulled out of the range", "the jets took off for Russia" — an OTHER
 * (a withdrawal). A list of counted or named equipment gives one claim per member.
 */
export function forcesMoving(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!
    if (!POSITION.test(t.lower)) continue
    // "land forces", "a land border", "the left flank": nouns and adjectives
    if (/^(land|left)$/.test(t.lower) && t.pos !== 'VERB') continue
    const floor = clauseStart(view, k)
    // "after Russian units withdrew from the Kyiv region": a time clause is background
    if (/^(after|before|once|when|until|since|as)$/.test(toks[floor - 1]?.lower ?? '')) continue
    const gs = groupStart(view, k, floor)
    let subj = phraseBefore(view, gs, floor)
    // "fighters that had been based at the air base": the antecedent of the relative pronoun
    if (subj[1] <= subj[0] && /^(that|which)$/.test(toks[gs - 1]?.lower ?? ''))
      subj = phraseBefore(view, gs - 1, clauseStart(view, gs - 1))
    // "fighters that had been based at X since October took off": the subject before the relative clause
    if (subj[1] > subj[0] && !forceOwner(view, subj, ctx.lexicon)) {
      let r = subj[0] - 1
      while (r > 0 && subj[0] - r < 12 && !/^(that|which)$/.test(toks[r]!.lower)) r--
      if (/^(that|which)$/.test(toks[r]?.lower ?? '')) subj = phraseBefore(view, r, clauseStart(view, r))
    }
    // "(repairs resumed) after Russian units withdrew": a time clause is background
    if (subj[1] <= subj[0] || toks.slice(subj[0], subj[1]).some((x) => TEMPORAL.test(x.lower))) continue
    // "nine military trains carrying Russian troops and equipment have arrived": what they carry
    const carrying = toks.findIndex(
      (x, j) => j > subj[0] && j < subj[1] && /^(carrying|with|loaded)$/.test(x.lower),
    )
    if (carrying > 0 && CARRIER.test(toks[carrying - 1]!.lower))
      subj = [toks[carrying]!.lower === 'loaded' ? carrying + 2 : carrying + 1, subj[1]]
    let owner = forceOwner(view, subj, ctx.lexicon)
    // "the jets", "the Su-25s": the forces named earlier in this sentence, else in the ones before
    const earlier = forcesBefore(view, subj[0], ctx.lexicon) ?? memory.forces
    if (!owner && earlier && DEFINITE_FORCES.test(textOf(view, subj[0], subj[1]).trim()))
      owner = { text: textOf(view, subj[0], subj[1]).trim(), canonical: earlier.canonical }
    const members = equipmentList(view, subj)
    if (!owner && earlier && members) owner = earlier
    const move = movementAt(view, k, owner?.canonical ?? null)
    if (!move.kind) continue
    // "claimed those forces would return home": a promise of a withdrawal is none
    if (move.kind === 'leave' && toks.slice(gs, k).some((x) => /^(will|would|'ll|’ll|shall)$/.test(x.lower)))
      continue
    const place = placeIn(view, move.after, Math.min(toks.length, move.after + 10), WHERE)
    for (const part of members ?? [subj]) {
      const claim = forcesDeployed(view, ctx, part, {
        at: k,
        before: subj[0],
        groupEnd: k + 1,
        place,
        nominal: true,
        owner,
      })
      if (!claim) continue
      const leaving = move.kind === 'leave' ? { ...claim, relation: 'OTHER' as const } : claim
      out.push(denyNo(view, subj, leaving))
    }
  }
  return out
}

/**
 * The members of a subject that lists named or counted equipment ("Su-25 jets and Su-35S
 * fighters", "five Mi-8 helicopters and three Ka-52s"), or null when it is no such list.
 */
function equipmentList(view: SentenceView, subj: [number, number]): Array<[number, number]> | null {
  const parts = conjuncts(view, subj)
  const equipment = (p: [number, number]) =>
    mentionsIn(view, p).some((m) => m.type === 'EQUIPMENT') ||
    EQUIPMENT_HEAD.test(view.toks[p[1] - 1]?.lower ?? '')
  if (!parts.length || !parts.every(equipment)) return null
  return parts.length > 1 || mentionsIn(view, subj).some((m) => m.type === 'EQUIPMENT') ? parts : null
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
  return /^no\b/i.test(textOf(view, subj[0], subj[1]))
    ? { ...claim, hedge: 'denied', likelihood: null }
    : claim
}
