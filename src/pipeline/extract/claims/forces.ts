import type { Quantity, RoleValue } from '../../../model/annotations.js'
import type { Lexicon } from '../entities/lexicon.js'
import { parseQuantities } from '../quantities/index.js'
import type { ClaimContext, DraftClaim, Memory } from './extract.js'
import { hedgeIn } from './hedging.js'
import { armedForcesOf, countryIn, labelOf } from './labels.js'
import { clauseStart, conjuncts, groupStart, inQuantity, phraseAfter, phraseBefore } from './phrases.js'
import { actorOf, itemRole, mentionsIn, PLACE_PREPS, placeIn, quantityIn, timeNear } from './roles.js'
import { type SentenceView, type Tok, textOf } from './sentence.js'

/**
 * Forces somewhere: DEPLOY claims read from where troops, units and their equipment are, arrive,
 * stay or are absent, with the armed forces they belong to as the agent.
 */

/** Head nouns of military equipment: "Russian aircraft", "a Russian Il-76 transport". */
const EQUIPMENT_HEAD =
  /^(aircraft|jets?|planes?|warplanes?|helicopters?|armou?r|tanks?|transports?|bombers?|fighters?|gunships?|interceptors?|vehicles?|launchers?|missiles?|rockets?|drones?|Iskanders?|batter(y|ies)|convoys?|columns?|assets|systems?|air-defen[cs]e|pieces|guns|howitzers|artillery|equipment|aviation)$/

/** Words that name forces or their equipment: a sentence without one puts no forces anywhere. */
const FORCE_WORD =
  /^(troops|soldiers|servicemen|forces|military|army|units?|battalions?|brigades?|regiments?|contingent|personnel|reservists|conscripts|paratroopers|servicemembers|marines|sailors|airmen|pilots|instructors|aircraft|jets?|planes?|warplanes?|helicopters?|armou?r|tanks?|transports?|bombers?|fighters?|gunships?|interceptors?|vehicles?|launchers?|missiles?|rockets?|drones?|Iskanders?|batter(y|ies)|convoys?|columns?|assets|systems?|air-defen[cs]e|pieces|guns|howitzers|artillery|equipment|aviation|echelons?|grouping|russians|belarusians|ukrainians|americans|build)$/

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
  const head = headOf(view, np)
  if (!head) return null
  const toks = view.toks.slice(np[0], head.i + 1)
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
 * The head noun of a phrase: its last noun before any prepositional phrase ("prices of Russian
 * tanks" are prices; "up to 200 tanks" keeps the preposition of its quantity).
 */
function headOf(view: SentenceView, np: [number, number]): Tok | null {
  let end = np[1]
  for (let k = np[0] + 1; k < np[1]; k++) {
    const t = view.toks[k]!
    if (t.pos !== 'ADP' || inQuantity(view, t)) continue
    end = k
    break
  }
  for (let k = end - 1; k >= np[0]; k--) {
    const t = view.toks[k]!
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return t
    // "a fresh contingent of": a force noun the tagger reads as an adjective
    if (k === end - 1 && t.pos === 'ADJ' && FORCE_HEAD.test(t.lower)) return t
  }
  return null
}

/** Whether a phrase's head names forces or military equipment, whoever owns them. */
function forceHeaded(view: SentenceView, np: [number, number]): boolean {
  const head = headOf(view, np)
  return (
    head !== null &&
    (FORCE_HEAD.test(head.lower) ||
      EQUIPMENT_HEAD.test(head.lower) ||
      mentionsIn(view, [head.i, head.i + 1]).some((m) => m.type === 'EQUIPMENT'))
  )
}

/** Head nouns that are forces whoever they belong to: "a fresh contingent", "a first echelon". */
const FORCE_HEAD =
  /^(troops|soldiers|servicemen|servicemembers|forces|units?|battalions?|brigades?|regiments?|squadrons?|contingents?|personnel|paratroopers|marines|echelons?|grouping|crews)$/
/** Equipment nouns that are military whatever surrounds them ("vehicles" and "systems" are not). */
const WEAPON_HEAD =
  /^(aircraft|jets?|warplanes?|helicopters?|tanks?|bombers?|gunships?|interceptors?|launchers?|iskanders?|howitzers|artillery|pieces)$/

/**
 * The armed forces a phrase with no nationality of its own belongs to, or null: "a first echelon
 * of its troops" after a state's ministry (that state's); "a fresh contingent" after Russian
 * troops in the same sentence (theirs); a force or weapon noun after forces named in the
 * sentences before (theirs).
 */
function inheritedOwner(
  view: SentenceView,
  np: [number, number],
  lexicon: Lexicon,
  memory: Memory | null,
): RoleValue | null {
  const head = headOf(view, np)
  if (!head) return null
  const named = mentionsIn(view, [head.i, head.i + 1]).some((m) => m.type === 'EQUIPMENT')
  const forceHead = FORCE_HEAD.test(head.lower)
  if (!forceHead && !named && !EQUIPMENT_HEAD.test(head.lower)) return null
  const text = textOf(view, np[0], np[1]).trim()
  // "not a single aircraft", "any troops": no forces in particular
  if (/^["“'‘]?(no|not|any|every|each|none)\b/i.test(text)) return null
  if (view.toks.slice(np[0], np[1]).some((t) => t.lower === 'its' || t.lower === 'their')) {
    const state = stateBefore(view, np[0], lexicon)
    return state ? { text, canonical: state } : null
  }
  const earlier = forcesBefore(view, np[0], lexicon)
  if (earlier) return { text, canonical: earlier.canonical! }
  // forces named in the sentences before: only for nouns that cannot be anything but military
  if (memory?.forces && (forceHead || named || WEAPON_HEAD.test(head.lower)))
    return { text, canonical: memory.forces.canonical! }
  return null
}

/**
 * The armed forces of the state whose defence body is named last before token `end` ("the
 * Russian Ministry of Defence confirmed that a first echelon of its troops…" → Russian Armed
 * Forces), or null.
 */
function stateBefore(view: SentenceView, end: number, lexicon: Lexicon): string | null {
  const at = view.toks[end]?.start ?? view.span.end
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k]!
    if (m.end > at || m.type !== 'ORG' || !m.canonical) continue
    if (!/\b(Ministry of Defen[cs]e|Defen[cs]e Ministry|General Staff)\b/.test(m.canonical)) continue
    const country = countryIn(m.canonical, lexicon)
    return country ? armedForcesOf(country) : null
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

/** Words between "has" and the forces it has somewhere: "now has around", "still had some". */
const HELD_ADVERBS = /^(now|still|currently|already|also|reportedly|permanently)$/

/**
 * Forces a state has somewhere: "Russia now has around 1,500 troops in Belarus", "Moscow had
 * two air-defence battalions near Gomel" → DEPLOY by the subject, with the place after the
 * forces. Forces alone are no deployment ("Russia has enough troops to …"), nor forces had by a
 * phrase that names no actor.
 */
export function forcesHeld(view: SentenceView, ctx: ClaimContext): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!/^(has|have|had)$/.test(toks[k]!.lower)) continue
    let s = k + 1
    while (s < toks.length && HELD_ADVERBS.test(toks[s]!.lower)) s++
    // (a perfect "has deployed", "has been" is the verb's; "has" here is the main verb)
    if (toks[s]?.pos === 'VERB' || toks[s]?.pos === 'AUX' || toks[s]?.pos === 'PART') continue
    const np = phraseAfter(view, s)
    if (np[1] <= np[0] || !forceHeaded(view, np)) continue
    const held = textOf(view, np[0], np[1]).trim()
    // "has no troops in Belarus", "does not have (any) troops there": denied
    const negated = /^(not|n't|n’t|never)$/.test(toks[k - 1]?.lower ?? '')
    if (/^(enough|more|fewer|less)\b/i.test(held) || (/^any\b/i.test(held) && !negated)) continue
    const denied = negated || toks[s]?.lower === 'no' || /^no\b/i.test(held)
    const place = /^(in|at|near|on|inside)$/.test(toks[np[1]]?.lower ?? '')
      ? placeIn(view, np[1], Math.min(toks.length, np[1] + 6), PLACE_PREPS)
      : null
    if (!place) continue
    const floor = clauseStart(view, k)
    const gs = groupStart(view, k, floor)
    const subj = phraseBefore(view, gs, floor)
    if (subj[1] <= subj[0]) continue
    const owner = actorOf(view, subj, ctx.lexicon)
    if (!owner) continue
    const claim = forcesDeployed(view, ctx, np, {
      at: k,
      before: subj[0],
      groupStart: gs,
      groupEnd: s,
      place,
      nominal: false,
      owner,
    })
    if (claim) out.push({ ...claim, agent: owner, ...(denied ? { hedge: 'denied', likelihood: null } : {}) })
  }
  return out
}

/** Verbs that give the size of a force: "the contingent numbers 9,000", "totals about 2,000". */
const SIZED = /^(numbers|numbered|number|totals|totalled|totaled|total|stands|stood|comprises|comprised)$/

/**
 * Forces somewhere, counted: "The Russian contingent in Belarus numbers about 9,000 troops" →
 * DEPLOY by the Russian armed forces, in Belarus, with the count as the quantity.
 */
export function forcesSized(view: SentenceView, ctx: ClaimContext): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 1 < toks.length; k++) {
    // ("numbers" is often tagged a noun: the count right after it decides)
    if (!SIZED.test(toks[k]!.lower)) continue
    const floor = clauseStart(view, k)
    const gs = groupStart(view, k, floor)
    const subj = phraseBefore(view, gs, floor)
    if (subj[1] <= subj[0]) continue
    const after = toks[k]!.lower.startsWith('stand') && toks[k + 1]?.lower === 'at' ? k + 2 : k + 1
    const count = phraseAfter(view, after)
    const quantity = count[1] > count[0] ? quantityIn(view, count) : null
    const near = toks[Math.min(count[0] + 2, toks.length - 1)]!.end
    if (!quantity?.span || quantity.span.start > near) continue
    const place = placeIn(view, subj[0], subj[1], PLACE_PREPS)
    const claim = forcesDeployed(view, ctx, subj, {
      at: k,
      before: subj[0],
      groupStart: gs,
      groupEnd: k + 1,
      place,
      nominal: true,
    })
    if (claim) out.push({ ...claim, quantity })
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
    /** Where the verb group starts, when its modals and negations count ("would arrive"). */
    groupStart?: number
    /** The forces the phrase belongs to when the sentence or the document tells it already. */
    owner?: RoleValue | null
  },
): DraftClaim | null {
  const { toks } = view
  const owner = forceOwner(view, np, ctx.lexicon) ?? o.owner ?? null
  if (!owner) return null
  const hedge = hedgeIn(view, ctx.hedges, o.before, o.groupStart ?? o.at, o.groupEnd)
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

/** Places named by a common noun after "in": "the aircraft are in the country". */
const GENERIC_PLACE = /^(country|region|republic|area)$/

/**
 * Forces said to be somewhere: "Russian units are in Belarus", "Russian troops are still in
 * Gomel": a subject labelled as armed forces, a form of "be", and a place after in/at/near;
 * "the aircraft were already there", "the Russians are here": forces named before, or a
 * nation's people standing for its forces, and "there"/"here". Then forces seen somewhere and
 * forces counted ({@link forcesSeen}, {@link forcesNumbered}).
 */
export function forcesPresent(
  view: SentenceView,
  ctx: ClaimContext,
  memory: Memory | null = null,
): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!/^(is|are|was|were|been)$/.test(toks[k]!.lower)) continue
    let p = k + 1
    while (p < toks.length && /^(still|now|currently|already|also|not|no longer)$/.test(toks[p]!.lower)) p++
    // "have been present in Belarus since January"
    if (toks[p]?.lower === 'present') p++
    const here = /^(here|there)$/.test(toks[p]?.lower ?? '')
    if (!here && !/^(in|at|near|inside)$/.test(toks[p]?.lower ?? '')) continue
    // "in the country": where the sentence before put them, named by a common noun
    const generic =
      toks[p]!.lower === 'in' && toks[p + 1]?.lower === 'the' && GENERIC_PLACE.test(toks[p + 2]?.lower ?? '')
    const place = here ? null : placeIn(view, p, Math.min(toks.length, p + 6), PLACE_PREPS)
    if (!here && !place && !generic) continue
    // "there are": the existential is read elsewhere
    if (toks[k - 1]!.lower === 'there') continue
    const floor = clauseStart(view, k)
    const subj = phraseBefore(view, groupStart(view, k, floor), floor)
    if (subj[1] <= subj[0]) continue
    // with no place of their own, only forces the text named before are somewhere
    const owner = here || generic ? namedBefore(view, subj, ctx.lexicon, memory) : null
    if ((here || generic) && !owner) continue
    const claim = forcesDeployed(view, ctx, subj, {
      at: k,
      before: subj[0],
      groupEnd: p,
      // "the Russian jets at Lida were there": the place the subject carries
      place: place ?? placeIn(view, subj[0], subj[1], PLACE_PREPS),
      nominal: true,
      owner,
    })
    if (claim) out.push(claim)
  }
  if (memory)
    for (const d of [
      ...forcesSeen(view, ctx, memory),
      ...forcesNumbered(view, ctx, memory),
      ...forcesArriving(view, ctx, memory),
    ])
      out.push(d)
  return out
}

/**
 * The armed forces a subject of "be there/here" stands for: its own label ("the Russian
 * aircraft"), a definite force noun after forces named before ("the aircraft"), or a nation's
 * people ("the Russians"). Null otherwise.
 */
function namedBefore(
  view: SentenceView,
  subj: [number, number],
  lexicon: Lexicon,
  memory: Memory | null,
): RoleValue | null {
  const own = forceOwner(view, subj, lexicon)
  if (own) return own
  const text = textOf(view, subj[0], subj[1]).trim()
  if (DEFINITE_FORCES.test(text)) {
    const earlier = forcesBefore(view, subj[0], lexicon) ?? memory?.forces ?? null
    return earlier ? { text, canonical: earlier.canonical } : null
  }
  // "the Russians": the plural of a nation's adjective, alone
  const words = text.split(/\s+/)
  const last = words.at(-1) ?? ''
  const country =
    /s$/.test(last) && /^[A-Z]/.test(last) ? lexicon.demonyms.get(last.toLowerCase()) : undefined
  if (country && (words.length === 1 || (words.length === 2 && /^the$/i.test(words[0]!))))
    return { text, canonical: armedForcesOf(country) }
  return null
}

/** Verbs of seeing and showing: what they show somewhere was there. */
const PERCEPTION =
  /^(photographed|filmed|spotted|sighted|saw|seen|see|sees|show|shows|showed|shown|showing|recorded|observed|geolocated|depicts?|depicted|counted)$/
/** Participles of forces on the move after what was seen ("jets crossing into", "tanks heading to"). */
const GOING = /^(crossing|entering|moving|heading|massing|gathering|deployed|positioned)$/
/** Verbs of saying: a participle after their object still places it ("saying jets based at X"). */
const SAYING = /^(say|says|said|saying|report|reports|reported|claim|claims|claimed)$/

/**
 * Forces or equipment seen somewhere: "the monitors photographed Russian tanks on flatcars at
 * Lida", "images show two Russian jets at the air base" — a DEPLOY where they were seen.
 */
function forcesSeen(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 0; k + 2 < toks.length; k++) {
    if (!PERCEPTION.test(toks[k]!.lower)) continue
    let s = k + 1
    while (s < toks.length && /^(what|that|about|some)$/.test(toks[s]!.lower) && !inQuantity(view, toks[s]!))
      s++
    const np = phraseAfter(view, s)
    if (np[1] <= np[0]) continue
    // "recorded Belarusian vehicles crossing into Ukraine": where they were seen going
    const going = GOING.test(toks[np[1]]?.lower ?? '') ? 1 : 0
    if (!/^(in|at|near|on|inside|into)$/.test(toks[np[1] + going]?.lower ?? '')) continue
    // "no Russian armour at X" is an absence, read elsewhere
    if (toks[np[0]]!.lower === 'no') continue
    const place = placeIn(view, np[1] + going, Math.min(toks.length, np[1] + going + 8), PLACE_PREPS)
    if (!place) continue
    const owner = forceOwner(view, np, ctx.lexicon) ?? inheritedOwner(view, np, ctx.lexicon, memory)
    if (!owner) continue
    const floor = clauseStart(view, k)
    const claim = forcesDeployed(view, ctx, np, {
      at: k,
      before: floor,
      groupStart: groupStart(view, k, floor),
      groupEnd: k + 1,
      place,
      nominal: false,
      owner,
    })
    // "nobody has seen Russian tanks in X", "no reporter filmed them": seen by no one, not there
    const nobody =
      toks.slice(floor, k).some((x) => /^(nobody|no-one)$/.test(x.lower)) || toks[floor]?.lower === 'no'
    if (claim) out.push(nobody ? { ...claim, hedge: 'denied', likelihood: null } : claim)
  }
  return out
}

/** Words before "the arrival of" that make it background or expected: "since the arrival of". */
const ARRIVAL_FRAME =
  /^(since|after|before|until|following|ahead|amid|awaiting|await|awaits|awaited|despite|upon|on|with|pending|for|any|no)$/

/**
 * The arrival of forces named as a noun: "the ministry confirmed the arrival of 600 Russian
 * paratroopers at Lida" — a DEPLOY where they arrived. Not after "since", "after", "ahead of" and
 * the like, which make it background, nor after a forecast.
 */
function forcesArriving(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!/^arrivals?$/.test(toks[k]!.lower) || toks[k + 1]!.lower !== 'of') continue
    if (toks.slice(Math.max(0, k - 3), k).some((x) => ARRIVAL_FRAME.test(x.lower))) continue
    if (toks.slice(0, k).some((x) => FORECAST.has(x.lower) || ADVICE.test(x.lower))) continue
    const np = phraseAfter(view, k + 2)
    if (np[1] <= np[0]) continue
    const owner = forceOwner(view, np, ctx.lexicon) ?? inheritedOwner(view, np, ctx.lexicon, memory)
    if (!owner) continue
    // the verb that governs the noun carries the hedge: "did not confirm the arrival of"
    let v = k - 1
    while (v > 0 && /^(DET|ADJ|PRON)$/.test(toks[v]!.pos)) v--
    const floor = clauseStart(view, k)
    const claim = forcesDeployed(view, ctx, np, {
      at: k,
      before: Math.max(floor, v),
      ...(toks[v]!.pos === 'VERB' ? { groupStart: groupStart(view, v, floor) } : {}),
      groupEnd: k + 1,
      place: placeIn(view, np[1], Math.min(toks.length, np[1] + 8), PLACE_PREPS),
      nominal: true,
      owner,
    })
    if (claim) out.push(claim)
  }
  return out
}

/** Words that may stand between "number" and its count: quote marks, "a little under". */
const BEFORE_COUNT = /^[\s"“'‘]*((a|an)\s+)?((little|bit|few|just|roughly|some)\s+)*$/

/**
 * The count right after the verb "number": a quantity of the sentence, or one read from the words
 * that follow ("number 6,500 servicemen", which the quantity layer takes for a numbering).
 */
function countAfter(view: SentenceView, t: Tok): Quantity | null {
  const known = view.quantities.find(
    (q) =>
      q.span !== undefined &&
      q.span.start >= t.end &&
      BEFORE_COUNT.test(view.text.slice(t.end, q.span.start)),
  )
  if (known) return known
  if (!/^\s*\d/.test(view.text.slice(t.end, t.end + 3))) return null
  const rest = view.text.slice(t.end, Math.min(view.span.end, t.end + 40))
  const q = parseQuantities(rest).find((x) => x.span && BEFORE_COUNT.test(rest.slice(0, x.span.start)))
  if (!q?.span) return null
  return {
    value: q.value,
    low: q.low,
    high: q.high,
    unit: q.unit,
    text: q.text,
    span: { start: q.span.start + t.end, end: q.span.end + t.end },
  }
}

/**
 * Forces counted: "the Russian contingent would number 9,000 servicemen", "a Russian grouping
 * numbering about 2,000 troops" — a DEPLOY of the forces, with the count as its quantity.
 */
function forcesNumbered(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k]!
    if (!/^number(s|ed|ing)?$/.test(t.lower)) continue
    // "the number of troops": the noun
    if (/^(the|a|an|this|that|its|their|large|small|growing)$/.test(toks[k - 1]!.lower)) continue
    if (toks[k + 1]?.lower === 'of') continue
    const count = countAfter(view, t)
    if (!count) continue
    const floor = clauseStart(view, k)
    const gs = t.lower === 'numbering' ? k : groupStart(view, k, floor)
    const subj = phraseBefore(view, gs, floor)
    if (subj[1] <= subj[0] || !forceHeaded(view, subj)) continue
    if (toks.slice(gs, k).some((x) => ADVICE.test(x.lower))) continue
    const owner = forceOwner(view, subj, ctx.lexicon) ?? inheritedOwner(view, subj, ctx.lexicon, memory)
    if (!owner) continue
    const claim = forcesDeployed(view, ctx, subj, {
      at: k,
      before: subj[0],
      groupStart: gs,
      groupEnd: k + 1,
      place: placeIn(view, subj[0], subj[1], PLACE_PREPS),
      nominal: false,
      owner,
    })
    if (claim) out.push({ ...claim, quantity: count })
  }
  return out
}

/** Verbs that put forces somewhere: "paratroopers arrived at", "jets based in", "a transport landed". */
const POSITION =
  /^(arriv(e|es|ed|ing)|go|goes|going|gone|went|land(s|ed|ing)?|touch(ed|es)?|flew|fl(y|ies|own)|remain(s|ed|ing)?|stay(s|ed|ing)?|based|stationed|positioned|concentrated|housed|quartered|garrisoned|parked|(un|off)loaded|spotted|seen|sighted|observed|photographed|filmed|return(s|ed|ing)?|rotat(e|es|ed|ing)|took|take|takes|taken|taking|withdr(aw|aws|ew|awn|awing)|pull(s|ed|ing)?|left|leav(e|es|ing)|ferr(y|ies|ied|ying))$/
/** Verbs that let forces go somewhere: "allowed Russian jets to land". */
const LETS = /^(let|lets|allow|allows|allowed|permit|permits|permitted)$/
/** Verbs before a clause that make it a forecast, and modals that make it advice. */
const FORECAST = new Set([
  'predict',
  'predicts',
  'predicted',
  'expect',
  'expects',
  'expected',
  'forecast',
  'anticipate',
  'anticipates',
  'anticipated',
])
const ADVICE = /^(should|ought|must)$/
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
  // "were spotted near X", "were seen moving towards X": seen there, in the passive only;
  // "seen leaving Belarus" is no arrival
  if (/^(spotted|seen|sighted|observed|photographed|filmed)$/.test(t)) {
    const passive = /^(is|are|was|were|be|been|being)$/.test(toks[k - 1]?.lower ?? '')
    if (!passive || /^(leav|left|withdr|depart|return|pull)/.test(next)) return { kind: null, after: k + 1 }
    return { kind: 'arrive', after: k + 1 }
  }
  const home = next === 'home' || next === 'back'
  // "the combat jets went home"
  if (/^(go|goes|going|gone|went)$/.test(t)) return { kind: home ? 'leave' : null, after: k + 2 }
  // "flew joint air patrols", "flies sorties": an activity, not a journey
  if (/^fl/.test(t) && /^(NOUN|ADJ|DET|NUM)$/.test(toks[k + 1]?.pos ?? '') && !/^(home|back|in)$/.test(next))
    return { kind: null, after: k + 1 }
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
    // "land forces", "a land border", "the left flank": nouns and adjectives; "transports land
    // at X" is a verb the tagger reads as a noun
    if (t.lower === 'left' && t.pos !== 'VERB') continue
    if (t.lower === 'land' && t.pos !== 'VERB' && !landsAt(view, k)) continue
    const floor = clauseStart(view, k)
    // "after Russian units withdrew from the Kyiv region": a time clause is background
    if (/^(after|before|once|when|until|since|as)$/.test(toks[floor - 1]?.lower ?? '')) continue
    const gs = groupStart(view, k, floor)
    let subj = phraseBefore(view, gs, floor)
    // "The Russian contingent, a battalion of …, arrived": the appositive closed by a comma
    if (subj[1] <= subj[0] && toks[gs - 1]?.text === ',' && gs - 1 > floor) {
      const appositive = phraseBefore(view, gs - 1, floor)
      if (toks[appositive[0] - 1]?.text === ',') subj = appositive
    }
    // "fighters that had been based at the air base": the antecedent of the relative pronoun
    if (subj[1] <= subj[0] && /^(that|which)$/.test(toks[gs - 1]?.lower ?? ''))
      subj = phraseBefore(view, gs - 1, clauseStart(view, gs - 1))
    // "fighters that had been based at X since October took off": the subject before the relative clause
    if (subj[1] > subj[0] && !forceOwner(view, subj, ctx.lexicon) && !forceHeaded(view, subj)) {
      let r = subj[0] - 1
      while (r > 0 && subj[0] - r < 12 && !/^(that|which)$/.test(toks[r]!.lower)) r--
      // (a relative pronoun after its noun; "warned that" opens a clause instead)
      if (/^(that|which)$/.test(toks[r]?.lower ?? '') && /^(NOUN|PROPN)$/.test(toks[r - 1]?.pos ?? ''))
        subj = phraseBefore(view, r, clauseStart(view, r))
    }
    // "(repairs resumed) after Russian units withdrew", "since the troops arrived": a time clause is background
    if (
      subj[1] <= subj[0] ||
      toks.slice(Math.max(0, subj[0] - 1), subj[1]).some((x) => TEMPORAL.test(x.lower))
    )
      continue
    // "the troops should remain", "analysts expect the jets to return": advice and forecasts place nothing
    if (toks.slice(gs, k).some((x) => ADVICE.test(x.lower))) continue
    if (toks.slice(0, subj[0]).some((x) => FORECAST.has(x.lower))) continue
    // "pictures show eight helicopters parked at X", "Minsk allowed Russian jets to land": what is
    // shown or let, when the tagger took the verb for a noun or a participle
    const shown = toks.findLastIndex(
      (x, j) => j >= subj[0] && j < subj[1] - 1 && (PERCEPTION.test(x.lower) || LETS.test(x.lower)),
    )
    if (shown >= 0) subj = [shown + 1, subj[1]]
    // "damaged a Russian jet parked at X": a participle after the object of another verb
    // describes it; after seeing or saying it places it ("images show jets parked at X")
    if (gs === k && /ed$/.test(t.lower) && subj[0] > 0) {
      const verb = toks[subj[0] - 1]!
      if (verb.pos === 'VERB' && !PERCEPTION.test(verb.lower) && !SAYING.test(verb.lower)) continue
    }
    // "about 170 tanks, up to 200 vehicles and 100 guns would arrive": the whole list
    subj = listBefore(view, subj, floor)
    // "trains carrying Russian troops have arrived", "columns of Russian vehicles": what they carry
    const carrying = toks.findIndex(
      (x, j) => j > subj[0] && j < subj[1] && /^(carrying|with|loaded|of)$/.test(x.lower),
    )
    const carrier = carrying > 0 ? toks[carrying - 1]!.lower : ''
    if (toks[carrying]?.lower === 'of' ? /^(columns?|convoys?)$/.test(carrier) : CARRIER.test(carrier))
      subj = [toks[carrying]!.lower === 'loaded' ? carrying + 2 : carrying + 1, subj[1]]
    let owner = forceOwner(view, subj, ctx.lexicon)
    // "the jets", "the Su-25s": the forces named earlier in this sentence, else in the ones before
    const earlier = forcesBefore(view, subj[0], ctx.lexicon) ?? memory.forces
    if (!owner && earlier && DEFINITE_FORCES.test(textOf(view, subj[0], subj[1]).trim()))
      owner = { text: textOf(view, subj[0], subj[1]).trim(), canonical: earlier.canonical }
    const members = equipmentList(view, subj)
    if (!owner && earlier && members) owner = earlier
    // "The Russian contingent, a battalion of the Western Military District, arrived": the
    // phrase an appositive describes names the owner
    if (!owner && toks[subj[0] - 1]?.text === ',' && subj[0] - 1 > floor) {
      const head = phraseBefore(view, subj[0] - 1, floor)
      if (head[1] > head[0] && toks[head[0] - 1]?.text !== ',') owner = forceOwner(view, head, ctx.lexicon)
    }
    // "a fresh contingent", "a first echelon of its troops": the owner the sentence or the ones before give
    if (!owner) owner = inheritedOwner(view, subj, ctx.lexicon, memory)
    const move = movementAt(view, k, owner?.canonical ?? null)
    if (!move.kind) continue
    // "claimed those forces would return home": a promise of a withdrawal is none
    if (move.kind === 'leave' && toks.slice(gs, k).some((x) => /^(will|would|'ll|’ll|shall)$/.test(x.lower)))
      continue
    const place = placeIn(view, move.after, Math.min(toks.length, move.after + 10), WHERE)
    // "Moscow may leave two battalions behind in Gomel": the state keeps what it leaves behind there
    if (!owner && move.kind === 'arrive' && /^(left|leav)/.test(t.lower)) {
      const kept = leftBehind(view, ctx, subj, k, place)
      if (kept) out.push(kept)
      continue
    }
    // "might let Russian aviation return": the modal of the verb that lets them counts
    const lets = /^(let|lets|allow|allows|allowed|permit|permits|permitted)$/.test(
      toks[subj[0] - 1]?.lower ?? '',
    )
    for (const part of members ?? [subj]) {
      const claim = forcesDeployed(view, ctx, part, {
        at: k,
        before: subj[0],
        ...(lets ? { groupStart: groupStart(view, subj[0] - 1, clauseStart(view, subj[0] - 1)) } : {}),
        groupEnd: k + 1,
        place,
        // a counted member of a list is a claim of its own
        nominal: false,
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
 * The DEPLOY of a state that leaves forces behind ("Moscow left two battalions behind in
 * Gomel"): the state is the agent and the forces between the verb and "behind" the item.
 */
function leftBehind(
  view: SentenceView,
  ctx: ClaimContext,
  subj: [number, number],
  k: number,
  place: RoleValue | null,
): DraftClaim | null {
  const { toks } = view
  const m = mentionsIn(view, subj).find((x) => x.type === 'GPE' && x.canonical)
  if (!m?.canonical || !ctx.lexicon.countryByName.has(m.canonical.toLowerCase())) return null
  if (textOf(view, subj[0], subj[1]).trim() !== view.text.slice(m.start, m.end)) return null
  const behind = toks.findIndex((x, j) => j > k && x.lower === 'behind')
  const item: [number, number] = [k + 1, behind]
  if (behind < 0 || !forceHeaded(view, item)) return null
  const floor = clauseStart(view, k)
  const hedge = hedgeIn(view, ctx.hedges, subj[0], groupStart(view, k, floor), k + 1)
  return {
    relation: 'DEPLOY',
    agent: { text: view.text.slice(m.start, m.end), canonical: m.canonical },
    recipient: null,
    item: itemRole(view, item),
    quantity: quantityIn(view, item),
    time: timeNear(view, toks[k]!.start),
    place,
    hedge: hedge.hedge,
    likelihood: hedge.icd203,
    at: toks[k]!.start,
  }
}

/** "Il-76 transports land at X": "land" between a plural noun and a place preposition is the verb. */
function landsAt(view: SentenceView, k: number): boolean {
  const prev = view.toks[k - 1]
  return (
    prev !== undefined &&
    /s$/.test(prev.lower) &&
    prev.pos !== 'DET' &&
    prev.pos !== 'ADJ' &&
    /^(at|in|on)$/.test(view.toks[k + 1]?.lower ?? '')
  )
}

/**
 * A subject that closes a list ("100 guns" after "about 170 tanks, up to 200 vehicles and")
 * widened to the whole list, when the list opens the clause and every member names something.
 */
function listBefore(view: SentenceView, range: [number, number], floor: number): [number, number] {
  const { toks } = view
  if (!toks.slice(range[0], range[1]).some((t) => t.pos === 'CCONJ' && t.lower === 'and')) return range
  let s = range[0]
  while (toks[s - 1]?.text === ',') {
    const p = phraseBefore(view, s - 1, floor)
    if (p[1] <= p[0] || !toks.slice(p[0], p[1]).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) break
    const first = toks[p[0]]!
    if (first.pos === 'ADP' && !inQuantity(view, first)) break
    s = p[0]
  }
  return s < range[0] && s === floor ? [s, range[1]] : range
}

/**
 * The members of a subject that lists named or counted equipment or counted forces ("Su-25 jets
 * and Su-35S fighters", "five Mi-8 helicopters and three Ka-52s"), or null when it is no such list.
 */
function equipmentList(view: SentenceView, subj: [number, number]): Array<[number, number]> | null {
  const parts = conjuncts(view, subj)
  const equipment = (p: [number, number]) =>
    mentionsIn(view, p).some((m) => m.type === 'EQUIPMENT') ||
    EQUIPMENT_HEAD.test(view.toks[p[1] - 1]?.lower ?? '')
  // "about 500 Russian troops and 40 tanks": counted forces are members too
  const counted = (p: [number, number]) => forceHeaded(view, p) && quantityIn(view, p) !== null
  if (!parts.length || !parts.every((p) => equipment(p) || counted(p))) return null
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

const INCLUDE = /^(include|includes|included)$/
/** What forces bring along: "its equipment", "the column", "the Russian contingent". */
const KIT =
  /^(equipment|kit|hardware|weaponry|armou?r|materiel|vehicles|columns?|convoys?|trains?|contingents?|deployment|grouping|force|echelons?|cargo|loads?)$/

/**
 * Forces' kit told by what it includes: "its equipment appears to include BMP-3 vehicles and a
 * dozen T-90M tanks", "the Russian column included Tor-M2 systems" — a DEPLOY by the owner of the
 * forces for each piece of equipment listed. The owner is the phrase's ("Russian equipment"),
 * else that of the forces named before ("its equipment" after "the Russian battalion arrived").
 */
export function equipmentIncluded(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!INCLUDE.test(toks[k]!.lower) || toks[k]!.pos === 'NOUN') continue
    const floor = clauseStart(view, k)
    const gs = groupStart(view, k, floor)
    const subj = phraseBefore(view, gs, floor)
    const head = headOf(view, subj)
    if (!head || !KIT.test(head.lower)) continue
    const owner =
      forceOwner(view, subj, ctx.lexicon) ??
      inheritedOwner(view, subj, ctx.lexicon, memory) ??
      (/^(its|their|the)$/.test(toks[subj[0]]!.lower) ? memory.forces : null)
    if (!owner) continue
    // the list after the verb, to the end of its clause
    let end = k + 1
    while (end < toks.length && !/^[,;.:]$/.test(toks[end]!.text)) end++
    const equipment = (p: [number, number]) =>
      mentionsIn(view, p).some((m) => m.type === 'EQUIPMENT') ||
      EQUIPMENT_HEAD.test(headOf(view, p)?.lower ?? '')
    for (const part of conjuncts(view, [k + 1, end])) {
      if (!equipment(part)) continue
      const claim = forcesDeployed(view, ctx, part, {
        at: k,
        before: gs,
        groupStart: gs,
        groupEnd: k + 1,
        place: null,
        nominal: false,
        owner: { text: owner.text, canonical: owner.canonical },
      })
      if (claim) out.push(claim)
    }
  }
  return out
}
