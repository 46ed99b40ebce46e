import type { Hedge, Mention, Quantity, Relation, RoleValue, TimeValue } from '../../../model/annotations.js'
import type { Span } from '../../../model/span.js'
import type { HedgeCue } from '../../../reference/load.js'
import { type Country, type Lexicon, lookupExact } from '../entities/lexicon.js'
import { hedgeOfClaim } from '../hedge/index.js'
import { ellipticalLoads } from './ellipsis.js'
import {
  equipmentIncluded,
  existentialDeployments,
  forceOwner,
  forcesAbsent,
  forcesHeld,
  forcesMoving,
  forcesPresent,
  forcesSized,
  namesForces,
} from './forces.js'
import { hedgeIn } from './hedging.js'
import { adjectiveOf, armedForcesOf, countryIn, labelOf } from './labels.js'
import type { TriggerLexicon } from './lexicon.js'
import { outputGoing } from './outputs.js'
import {
  clauseStart,
  conjuncts,
  groupStart,
  inQuantity,
  inTime,
  isPunct,
  isQuoteMark,
  listJoiner,
  participleInPhrase,
  pastWithObject,
  phraseAfter,
  phraseBefore,
} from './phrases.js'
import {
  ACTOR_TYPES,
  type ActorOptions,
  actorOf,
  appositivePerson,
  argumentAfter,
  countryRole,
  FIRM_HEAD,
  isLeader,
  isPronoun,
  itemRole,
  mentionsIn,
  orgAnaphor,
  PLACE_PREPS,
  PLACE_TYPES,
  PLANT,
  partiesIn,
  placeIn,
  quantityIn,
  roleOfMention,
} from './roles.js'
import { entryBans } from './sanction-bans.js'
import { listedItem, listIntroducer } from './sanction-lists.js'
import type { SentenceView, Tok } from './sentence.js'
import { textOf, tokenRange } from './sentence.js'
import { supplyChains } from './supply-chains.js'
import { doubleObject, findTriggers, type TriggerHit } from './triggers.js'

/** A claim before its source and id are settled. */
export interface DraftClaim {
  readonly relation: Relation
  readonly agent: RoleValue | null
  readonly recipient: RoleValue | null
  readonly item: RoleValue | null
  readonly quantity: Quantity | null
  readonly time: TimeValue | null
  readonly place: RoleValue | null
  readonly hedge: Hedge
  /** The ICD 203 term of the hedge cue, when it has one. */
  readonly likelihood: string | null
  /** Offset of the trigger in the clean text. */
  readonly at: number
  /** The trigger is a noun ("deliveries", "exercises"), not a verb. */
  readonly nominal?: boolean
}

export interface ClaimContext {
  readonly lexicon: Lexicon
  readonly triggers: TriggerLexicon
  readonly hedges?: readonly HedgeCue[]
  /**
   * Token indexes of the sentence's triggers read as verbs: the tagger may take a verb for a noun
   * ("Belarus repairs/NOUN tanks and sends shells"), the trigger rules know better.
   */
  readonly verbs?: ReadonlySet<number>
}

/** What carries over between sentences: the last agent, for pronoun subjects ("they invaded…"). */
export interface Memory {
  lastAgent: RoleValue | null
  /** The country of the last industry label ("Belarusian defense industry"), for "the plants" later. */
  industry: Country | null
  /** The last armed forces named, for "those forces". */
  forces: RoleValue | null
  /** People named as free mentions in earlier sentences, the most recent last, for "he"/"she". */
  persons?: RoleValue[]
  /** Places (states, capitals) named as free mentions in earlier sentences, for "the two countries". */
  states?: RoleValue[]
  /** The speaker of a direct quotation over the current sentence: not who "he" inside it is. */
  speaker?: string | null
  /**
   * A direct quotation in the current sentence whose speaker's employer is known: who "we" inside
   * that quotation is.
   */
  speakerOrg?: { readonly org: RoleValue; readonly quote: Span } | null
  /** The last state or body that imposed sanctions, for "the measures target…", "the department blocked…". */
  sanctioner?: RoleValue | null
  /** The states of the last transfer between two states, for loads whose origin goes unsaid. */
  route?: { origin: RoleValue; destination: RoleValue } | null
  /** Organisations named in earlier sentences, the most recent last, for "the plant" later. */
  orgs?: RoleValue[]
  /** The body whose announced list of sanction targets is being read, item by item. */
  listing?: RoleValue | null
  /** The last item of that list had no bullet: it ends at the first item that ends a sentence. */
  listingBare?: boolean
  /** The sentence before named troops (not equipment), for "send them" in this one. */
  troopsBefore?: boolean
  /** The parties of the last exercise named, for "the drills" later. */
  exercise?: { agent: RoleValue; recipient: RoleValue | null } | null
  /** The last claim with an actor and an item, for "X does the same for Y" later. */
  lastAct?: DraftClaim | null
}

/** Adds the drafts whose relation and actor no claim of the sentence has told already. */
function addUntold(out: DraftClaim[], drafts: readonly DraftClaim[]): void {
  for (const d of drafts)
    if (!out.some((o) => o.relation === d.relation && o.agent?.canonical === d.agent?.canonical)) out.push(d)
}

/** Heads that make a trigger word before them a modifier: "export controls", "sanctions list". */
const COMPOUND_HEAD =
  /^(controls?|bans?|licen[cs]es?|restrictions?|regimes?|rules|lists?|curbs|regulations?|permits?|quotas?|tariffs?|statistics|volumes?|revenues?|earnings|evasion|violations?|compliance|lawyers?|officers?|experts?)$/

/** Nouns for the people of armed forces: "send them" after one of these sends troops. */
const TROOPS = new Set([
  'troops',
  'soldiers',
  'servicemen',
  'servicemembers',
  'conscripts',
  'reservists',
  'paratroopers',
  'marines',
  'battalions',
  'brigades',
  'units',
  'mercenaries',
  'fighters',
])

/** Whether a sentence names troops: what the next sentence's "them" may stand for. */
export function namesTroops(view: SentenceView): boolean {
  return view.toks.some((t) => TROOPS.has(t.lower))
}

/** Personal pronouns that stand for a person only. */
const PERSONAL = /^(he|she)$/

/**
 * Whether a sentence can carry a claim: at least three words and a predicate (a verb, an
 * auxiliary or a verb trigger). A heading ("Repair") or a short subheading with no closing
 * punctuation ("Joint exercises and deployments") cannot.
 */
function hasPredicate(view: SentenceView, hits: readonly TriggerHit[]): boolean {
  const words = view.toks.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM')
  if (words.length < 3) return false
  const closed = /[.!?…:;"”’»)]$/.test(view.text.slice(view.span.start, view.span.end).trim())
  if (!closed && words.length <= 5) return false
  return words.some((t) => t.pos === 'VERB' || t.pos === 'AUX') || hits.some((h) => h.usage === 'verb')
}

/** Verbs of saying that take a clause, not an object: "said the drills were over". */
const SAYING =
  /^(said|says|say|told|tells|insisted|insists|noted|notes|added|adds|wrote|writes|warned|warns|stated|states|argued|argues|believes?|believed|thinks?|thought)$/

/** Speech and reporting verbs: a time next to one dates the statement, not the event. */
const SPEECH =
  /\b(said|says|say|announced|announces|claimed|claims|told|tells|stated|states|reported|reports|insisted|insists|noted|notes|added|adds|confirmed|confirms|warned|warns|wrote|writes|declared|declares|according to)\b/i

/**
 * The time of the event a trigger names: a time expression in the trigger's clause, else the
 * nearest one in the sentence; never one separated from the trigger by a speech verb ("said on
 * Monday that the tanks arrived in May" → "in May").
 */
function eventTime(view: SentenceView, from: number, to: number): TimeValue | null {
  const { toks } = view
  const at = toks[from]!.start
  const cs = toks[clauseStart(view, from)]!.start
  const ce = toks[Math.max(from, clauseEnd(view, to) - 1)]!.end
  let best: TimeValue | null = null
  let bestKey = Number.POSITIVE_INFINITY
  for (const t of view.times) {
    if (!t.span) continue
    const between =
      t.span.end <= at ? view.text.slice(t.span.end, at) : view.text.slice(toks[to - 1]!.end, t.span.start)
    if (SPEECH.test(between)) continue
    const d = Math.min(Math.abs(t.span.start - at), Math.abs(t.span.end - at))
    const inClause = t.span.start >= cs && t.span.end <= ce
    const key = (inClause ? 0 : 1e9) + d
    if (key < bestKey) {
      bestKey = key
      best = t
    }
  }
  return best
}

const TO_FOR = new Set(['to', 'for'])
const WITH = new Set(['with'])
const ON = new Set(['on', 'against'])
const ON_AT = new Set(['on', 'against', 'at'])
/** A phrase that denies what it names: "no troops", "not a single shell", "none of its tanks". */
const NEGATED = /^(no|not a single|not one|none of|nothing)\b/i
const BY = new Set(['by'])
const AT = new Set(['at'])
const FROM = new Set(['from'])
const TO_ON = new Set(['to', 'on'])
/** A deployment's place is also where forces are sent ("relocated to the airfield"). */
const DESTINATION_PREPS = new Set([...PLACE_PREPS, 'to', 'toward', 'towards'])
const SYMMETRIC = new Set<Relation>(['MEET', 'AGREE'])
/** What is launched without an attack: events, undertakings, products. */
const NOT_LAUNCHED =
  /\b(exercises?|drills?|checks?|inspections?|phase|manoeuvres|maneuvers|programmes?|programs?|projects?|investigations?|campaigns?|probes?|satellites?|websites?|initiatives?|production|talks|appeal|review|inquiry|fund|service|app|platform)\b/i

/** Mentions whose words are a name, not a predicate ("Repair" in "558 Aircraft Repair Plant"). */
const NAMED = new Set(['ORG', 'UNIT', 'FACILITY', 'EVENT', 'EQUIPMENT'])
/** Items that are forces: "send troops" deploys them. */
const FORCE_ITEM =
  /\b(troops|soldiers?|forces|servicem[ae]n|units|battalions?|brigades?|regiments?|squadrons?|platoons?|divisions|contingents?|personnel|fighters|mercenaries|paratroopers|marines|instructors|army)$/i
/** "radar units", "power units": pieces of equipment, not forces. */
const EQUIPMENT_UNITS =
  /\b(radar|power|control|launch|launcher|engine|storage|pumping|cooling|computing|air-conditioning|tractor)\s+units$/i
/** What "give" hands over when it gives no goods: "gave them access", "gave Minsk a guarantee". */
const INTANGIBLE =
  /^(assurances?|guarantees?|access|permission|chances?|opportunit(y|ies)|time|reasons?|signals?|warnings?|answers?|promises?|interviews?|speech(es)?|advice|credit|impression|voice|way|support|backing|approval|go-ahead|leverage|hope|pause|thought|attention|priority|say|word|details|figures|orders|instructions|directions|lessons|rights|powers|grounds|means|hints|tips|clues|names|numbers|statements|briefings|assignments|tasks|roles|titles|medals|awards|honours|honors|thanks|seconds|minutes|hours|days|weeks|months|years)$/
/** Supplies counted as a mass: "gave them fuel". */
const MASS_GOODS =
  /^(fuel|ammunition|equipment|weaponry|materiel|hardware|diesel|petrol|oil|gas|food|electricity|housing|shelter)$/
/** Verbs seen from the receiving side (relations.tsv notes them "like receive"). */
const RECEIVING = /^(receive|obtain|acquire|purchase|buy|import|procure)$/
/** Relations whose subject is what the claim is about even in the passive ("troops were put on alert"). */
const SUBJECT_IS_ACTOR = new Set<Relation>(['DEPLOY', 'EXERCISE', 'MOBILIZE', 'OTHER', 'MEET', 'AGREE'])
const BE = /^(is|are|was|were|be|been|being|'s|’s|'re|’re)$/
/** Words that make the trigger a recommendation or a forecast, not a claim. */
const NOT_A_CLAIM =
  /\b(should|must|ought to|need to|needs to|call(s|ed)? for|urge[sd]?|ask(s|ed)?|request(s|ed)?|predict(s|ed)?|forecast(s)?|foresee(s)?|struggled|struggles|failed|fails|unable|trying|try|tried|attempt(s|ed)?|persuade[sd]?)\b/i
/** A nominal trigger inside a background phrase: "since the beginning of the invasion", "after the exercises ended". */
const BACKGROUND =
  /\b((beginning|end|start|outset|course|result|outbreak|eve|wake|duration) of|(run-up|lead-up) to|ahead of|(after|before|since|until|amid|despite|following|alongside|throughout))\s+((the|a|an|this|these|its|their|his|her)\s+)?([\p{L}-]+\s+){0,2}$/iu
const PARTICIPLE = /(ed|en|wn|nt|ld|ck|ne|ut)$/
/** "arrived by rail": how something travelled, not who acted. */
const BY_MEANS =
  /^(rail|road|air|sea|train|trains|truck|trucks|lorry|lorries|ship|ships|plane|planes|ferry|barge|barges|convoy|convoys|bus|buses|car|cars|land|river)$/
/** A trigger after "amid reports that", "against the backdrop of fears that": background, not a claim. */
const BACKGROUND_REPORT =
  /\b(amid|amidst|against the backdrop of|despite)\b[^.;]*\b(reports?|fears?|speculation|rumou?rs?|concerns?|suggestions?)\s+that\b[^.;]*$/i

/**
 * The claims of one sentence: each trigger, its voice, and its roles from the phrases around it.
 *
 * @example claimsOfSentence(view('Russia deployed troops to Belarus.'), ctx, { lastAgent: null })
 * // [{ relation: 'DEPLOY', agent: { canonical: 'Russia' }, item: { text: 'troops' }, place: { canonical: 'Belarus' }, … }]
 */
export function claimsOfSentence(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  if (!toks.length) return []
  const sentenceText = view.text.slice(view.span.start, view.span.end).trim()
  if (/\?["”’']?$/.test(sentenceText)) return []
  const hits = findTriggers(view, ctx.triggers)
  const verbs = new Set<number>()
  for (const h of hits) if (h.usage === 'verb') verbs.add(h.from)
  // (one object shape for every sentence: a spread of the caller's context costs more)
  ctx = { lexicon: ctx.lexicon, triggers: ctx.triggers, hedges: ctx.hedges, verbs }
  // "- Planar, a producer of optics;": an item of an announced sanctions list, verb or not
  const listed = listedItem(view, memory)
  if (!hasPredicate(view, hits)) {
    rememberPersons(view, memory)
    return listed ? [listed] : []
  }
  const out: DraftClaim[] = listed ? [listed] : []
  let absorbedUntil = -1
  // the words BACKGROUND_REPORT opens with, tested once per sentence rather than once per trigger
  const rumours = /\b(amid|amidst|backdrop|despite)\b/i.test(sentenceText)
  for (const h of hits) {
    const t0 = toks[h.from]!
    if (inTime(view, t0)) continue
    // "the 140th Repair Plant", "Minsk Repair Works": a word of a name is no trigger
    if (view.mentions.some((m) => NAMED.has(m.type) && m.start <= t0.start && t0.end <= m.end)) continue
    if (h.from < absorbedUntil) continue
    // "export controls", "its Russia sanctions list": a trigger word naming a rule or a register
    // before its head noun, whatever the tagger made of it
    if (h.to === h.from + 1 && COMPOUND_HEAD.test(toks[h.to]?.lower ?? '') && h.relation !== 'EXERCISE')
      continue
    // "repairing damaged armour delivered by rail": a participle right after another trigger's
    // object only describes that object
    if (
      h.usage === 'verb' &&
      h.from === absorbedUntil &&
      /ed$/.test(t0.lower) &&
      toks[h.from - 1]?.pos === 'NOUN'
    )
      continue
    if (h.usage === 'noun' && BACKGROUND.test(view.text.slice(view.span.start, t0.start))) continue
    if (
      h.usage === 'noun' &&
      /^(SUPPLY|TRANSFER)$/.test(h.relation) &&
      !/^(of|to|from)$/.test(toks[h.to]?.lower ?? '')
    )
      continue
    // "a full production cycle", "mobilization exercises": a noun modifying another names no event
    if (h.usage === 'noun' && toks[h.to]?.pos === 'NOUN' && h.relation !== 'EXERCISE') continue
    if (h.usage === 'noun' && hits.some((o) => o.from === h.to && o.usage === 'noun')) continue
    // "every new deployment", "any future transfer": a generic or hypothetical event
    if (
      h.usage === 'noun' &&
      /^(every|any|each|no|future|possible|potential|further)$/.test(toks[h.from - 1]?.lower ?? '')
    )
      continue
    // "no new deployment" is generic; "no Russian build-up" denies one by a named side
    if (
      h.usage === 'noun' &&
      /^(every|any|each|no)$/.test(toks[h.from - 2]?.lower ?? '') &&
      !(
        h.relation === 'DEPLOY' &&
        toks[h.from - 2]!.lower === 'no' &&
        deployingForces(view, h.from, ctx.lexicon)
      )
    )
      continue
    if (h.usage === 'noun' && evaluated(view, h)) continue
    // "banned the transit of goods destined for …", "tools that can be used to manufacture
    // weapons": trade that a ban stops further on, or a use that is only possible
    if (
      /^(SUPPLY|TRANSFER|PRODUCE)$/.test(h.relation) &&
      (toks
        .slice(clauseStart(view, h.from), Math.max(0, h.from - 2))
        .some((t) => STOPPING.exec(t.lower)?.[1]) ||
        /\b(can|could|may|might)\s+be\s+used\s+(to|for)\s*$/i.test(
          view.text.slice(view.span.start, t0.start),
        ))
    )
      continue
    if (backgroundOpener(view, h.from) || conditional(view, h.from) || forecast(view, h.from)) continue
    // "…, amid reports that they could join the invasion": a rumour set as background
    if (rumours && BACKGROUND_REPORT.test(view.text.slice(view.span.start, t0.start))) continue
    const floor = clauseStart(view, h.from)
    const r =
      h.usage === 'verb'
        ? verbClaims(view, h, floor, ctx, memory)
        : { drafts: nounClaims(view, h, floor, ctx, memory), objectEnd: -1 }
    if (h.relation === 'AGREE' && h.usage === 'verb') absorbedUntil = clauseEnd(view, h.to)
    else if (r.objectEnd > absorbedUntil) absorbedUntil = r.objectEnd
    for (const d of r.drafts)
      out.push(stockMoved(h, d, ctx.lexicon) || sentForRepair(d) ? { ...d, relation: 'TRANSFER' } : d)
  }
  if (namesForces(view)) {
    const forces = [
      ...existentialDeployments(view, ctx),
      ...forcesHeld(view, ctx),
      ...forcesSized(view, ctx),
      ...forcesPresent(view, ctx, memory),
      ...forcesMoving(view, ctx, memory),
      ...equipmentIncluded(view, ctx, memory),
      ...forcesAbsent(view, ctx),
    ]
    // "If Russian bombers ever start arriving…": a condition puts no forces anywhere
    for (const d of forces)
      if (
        !conditional(
          view,
          toks.findIndex((t) => t.start === d.at),
        )
      )
        out.push(d)
  }
  for (const d of cargoMovements(view, ctx, memory)) out.push(d)
  // ("… were shipped from Belarus, adding that the tanks had come from storage": told once)
  addUntold(out, loadings(view, ctx, memory))
  for (const d of specialisms(view, ctx, memory)) out.push(d)
  addUntold(out, cameFrom(view, ctx))
  for (const d of listedTargets(view, ctx, memory)) out.push(d)
  for (const d of entryBans(view, ctx)) out.push(d)
  for (const d of supplyChains(view, ctx, memory)) out.push(d)
  // "70% of MZKT's output goes to Russia": a maker's output told by where it goes
  // (its "production" names no act of making then: "most of the plant's production went to Russia")
  for (const d of outputGoing(view, ctx, memory)) {
    const span = d.item?.span
    if (span)
      for (let k = out.length - 1; k >= 0; k--)
        if (out[k]!.relation === 'PRODUCE' && out[k]!.at >= span.start && out[k]!.at < span.end)
          out.splice(k, 1)
    out.push(d)
  }
  // "In spring it was mostly trucks.": a sentence with no trigger may continue the last route
  if (!hits.length) for (const d of ellipticalLoads(view, ctx, memory)) out.push(d)
  // "added the following companies to its list:": the items that follow are the targets
  const introducer = listIntroducer(view, hits, out, memory.sanctioner ?? null)
  if (introducer) {
    memory.listing = introducer
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.relation === 'SANCTION') out.splice(k, 1)
  }
  // "froze the assets of X along with Y": Y is sanctioned too
  for (const d of sanctionedAlong(view, out)) out.push(d)
  // "…, and Washington followed suit": the same act by another actor
  for (const d of followers(view, out, ctx)) out.push(d)
  for (const d of sameFor(view, ctx, memory)) out.push(d)
  // every claim needs an actor; a meeting or an agreement needs two parties
  const kept = withValue(
    view,
    dedupe(out).filter(
      (c) =>
        c.agent !== null &&
        (!SYMMETRIC.has(c.relation) || c.recipient !== null || agreedAlone(view, c, ctx.lexicon)),
    ),
  ).map((c) => onRoute(c, memory))
  // (a list item keeps the body that sanctioned before the list, for "Also designated were …")
  const sanctioner = kept.findLast((c) => c.relation === 'SANCTION' && c.agent && c !== listed)?.agent
  if (sanctioner) memory.sanctioner = sanctioner
  const route = kept.findLast(
    (c) =>
      c.relation === 'TRANSFER' &&
      c.agent?.canonical &&
      c.recipient?.canonical &&
      ctx.lexicon.countryByName.has(c.agent.canonical.toLowerCase()) &&
      ctx.lexicon.countryByName.has(c.recipient.canonical.toLowerCase()),
  )
  if (route) memory.route = { origin: route.agent!, destination: route.recipient! }
  const exercise = kept.findLast((c) => c.relation === 'EXERCISE' && c.agent)
  if (exercise?.agent) memory.exercise = { agent: exercise.agent, recipient: exercise.recipient }
  const acted = kept.findLast((c) => c.agent && c.item)
  if (acted) memory.lastAct = acted
  const last = [...kept].reverse().find((c) => c.agent)
  const subject = last?.agent ?? lastSubject(view, ctx, memory)
  if (subject) remember(memory, subject, ctx)
  rememberPersons(view, memory)
  return kept
}

/**
 * The country that makes the equipment named in a range, from the reference data, when it is not
 * the receiver's own: "received two Su-30SM2s" (made in Russia) to Belarus.
 */
function makerOf(
  view: SentenceView,
  range: [number, number],
  receiver: RoleValue,
  lexicon: Lexicon,
): RoleValue | null {
  for (const m of mentionsIn(view, range)) {
    if (m.type !== 'EQUIPMENT' || !m.ref) continue
    const code = lexicon.byId.get(m.ref)?.country
    const country = code ? lexicon.countries.get(code) : undefined
    if (!country) continue
    const own =
      receiver.canonical === country.name ||
      countryIn(receiver.canonical ?? receiver.text, lexicon)?.name === country.name
    return own ? null : { text: country.name, canonical: country.name }
  }
  return null
}

/** Weapons, vehicles and munitions, which a state keeps in stock; parts and goods are supplied. */
const STOCK =
  /\b(tanks?|T-\d+\w*|BMPs?|BMP-\d\w*|BTRs?|armou?r(ed)?|vehicles?|trucks?|ammunition|munitions?|shells|rounds|weapons|arms|missiles?|rockets?|guns?|howitzers?|mortars?|artillery|launchers?)\b/i

/**
 * "Tanks were shipped from Belarus to Russia": a state that ships goods hands over its own stock
 * (TRANSFER, in the corpus README's sense); a plant that ships them supplies its output.
 */
function stockMoved(h: TriggerHit, d: DraftClaim, lexicon: Lexicon): boolean {
  return (
    d.relation === 'SUPPLY' &&
    /^(ship|shipment|give)$/.test(h.entry.lemma) &&
    STOCK.test(d.item?.text ?? '') &&
    d.agent?.canonical != null &&
    lexicon.countryByName.has(d.agent.canonical.toLowerCase())
  )
}

/**
 * "The plant received 70 damaged radar units from Russia": goods sent in for repair are the
 * sender's own holdings, handed over (TRANSFER), not supplied.
 */
function sentForRepair(d: DraftClaim): boolean {
  // the goods themselves, not what they are for ("spare parts for damaged tanks")
  const head = (d.item?.text ?? '').split(/\s+(?:for|of|to|from|with)\s+/)[0]!
  return d.relation === 'SUPPLY' && /\b(damaged|broken|disabled|worn-out|unserviceable)\b/i.test(head)
}

/** The free person mentions of a sentence (not after a preposition, not possessive), for "he" later. */
function rememberPersons(view: SentenceView, memory: Memory): void {
  const orgs = view.mentions.filter((m) => m.type === 'ORG')
  if (orgs.length)
    memory.orgs = recent(
      memory.orgs ?? [],
      orgs.map((m) => ({ text: view.text.slice(m.start, m.end), canonical: m.canonical })),
      6,
    )
  if (!view.mentions.some((m) => m.type === 'PERSON' || m.type === 'GPE')) return
  const parties = partiesIn(view, [0, view.toks.length])
  const people = parties.filter((m) => m.type === 'PERSON')
  if (people.length)
    memory.persons = recent(
      memory.persons ?? [],
      people.map((m) => roleOfMention(view, m)),
      4,
    )
  const states = parties.filter((m) => m.type === 'GPE')
  if (states.length)
    memory.states = recent(
      memory.states ?? [],
      states.map((m) => roleOfMention(view, m)),
      4,
    )
}

/** `list` with `roles` moved or added to its end, one entry per canonical name, the last `keep` kept. */
function recent(list: RoleValue[], roles: readonly RoleValue[], keep: number): RoleValue[] {
  for (const role of roles) {
    const k = list.findIndex((p) => p.canonical === role.canonical)
    if (k >= 0) list.splice(k, 1)
    list.push(role)
  }
  if (list.length > keep) list.splice(0, list.length - keep)
  return list
}

/** "He"/"she": the most recent person named before, other than the speaker quoting them; else none. */
function personBefore(memory: Memory): RoleValue | null {
  const list = memory.persons ?? []
  for (let k = list.length - 1; k >= 0; k--) {
    if (memory.speaker && list[k]!.canonical === memory.speaker) continue
    return list[k]!
  }
  return null
}

function remember(memory: Memory, agent: RoleValue, ctx: ClaimContext): void {
  memory.lastAgent = agent
  const c = agent.canonical ?? ''
  if (/military-industrial complex$/.test(c)) memory.industry = countryIn(c, ctx.lexicon)
  if (/Armed Forces/.test(c)) memory.forces = agent
}

const actorOptions = (memory: Memory, prefer?: string) => ({
  allowGoverned: true,
  prefer,
  fallback: memory.industry,
  forces: memory.forces,
  last: memory.lastAgent,
  orgs: memory.orgs ?? [],
})

/**
 * A noun trigger that names an event only to judge it: "the deployment was purely defensive",
 * "the drills are a provocation", "called the exercise a threat". The event was told before;
 * the sentence tells nothing new of it. "The drills were held in May" still tells of one.
 */
function evaluated(view: SentenceView, h: TriggerHit): boolean {
  const { toks } = view
  const before = toks[h.from - 1]?.pos === 'DET' ? h.from - 2 : h.from - 1
  if (
    /^(called|calls|call|branded|brands|dubbed|dubs|labelled|labeled|termed|terms)$/.test(
      toks[before]?.lower ?? '',
    )
  )
    return true
  if (!/^(is|are|was|were)$/.test(toks[h.to]?.lower ?? '')) return false
  let k = h.to + 1
  while (k < toks.length && (toks[k]!.pos === 'ADV' || isQuoteMark(toks[k]))) k++
  const next = toks[k]
  return next !== undefined && (next.pos === 'ADJ' || /^(a|an)$/.test(next.lower)) && !/ed$/.test(next.lower)
}

/** "Despite the Kremlin's efforts to increase production, …": a trigger in a fronted concessive or temporal phrase. */
function backgroundOpener(view: SentenceView, i: number): boolean {
  const opening = view.toks
    .slice(0, 4)
    .map((t) => t.lower)
    .join(' ')
  if (
    !/^(despite|amid|amidst|since|after|following|before|unlike|ahead of|in (a )?follow-up to|in response to)\b/.test(
      opening,
    )
  )
    return false
  // "Since then Minsk has handed…", "Since 2023 Russia has kept…": a time, not a fronted event
  const second = view.toks[1]
  if (
    /^(since|after|before|following)$/.test(view.toks[0]!.lower) &&
    second &&
    (second.lower === 'then' ||
      view.times.some((t) => t.span && t.span.start <= second.start && second.start < t.span.end))
  )
    return false
  const comma = view.toks.findIndex((t) => t.text === ',')
  return comma > i
}

/** "If he now sends troops…", "as long as Russia wages war, Belarus will…": a condition, not a claim. */
function conditional(view: SentenceView, i: number): boolean {
  // "… will not enter Ukraine unless his country is attacked": a condition opens the trigger's clause
  for (let k = i - 1; k >= 0; k--) {
    const t = view.toks[k]!
    if (/^(if|unless|whether)$/.test(t.lower)) return true
    if (t.text === ',' || t.text === ';' || (t.pos === 'VERB' && k < i - 4)) break
  }
  // "his troops will fight only if NATO attacks first": a condition right after it
  for (let k = i + 1; k < Math.min(view.toks.length - 1, i + 5); k++) {
    if (view.toks[k]!.lower === 'only' && /^(if|when)$/.test(view.toks[k + 1]!.lower)) return true
    if (view.toks[k]!.pos === 'PUNCT') break
  }
  const before = view.text.slice(view.span.start, view.toks[i]!.start)
  return (
    /(^|[,;:]\s*|\b(and|but)\s+)(if|as long as|unless|in case)\b/i.test(before) ||
    /^\s*(and\s+)?(if|as long as|unless)\b/i.test(before)
  )
}

/** "Analysts predict that Belarus will send troops": a forecast, not a claim. */
function forecast(view: SentenceView, i: number): boolean {
  const before = view.text.slice(view.span.start, view.toks[i]!.start)
  return /\b(predict(s|ed)?|forecast(s|ed)?|expect(s|ed)?|anticipate[sd]?|foresee(s|n)?|envisage[sd]?)\b/i.test(
    before,
  )
}

/** The first verb after `from` outside relative clauses ("X, whom the EU does not recognise, and Y agreed"). */
function mainVerbAfter(view: SentenceView, from: number): number {
  for (let k = from; k < view.toks.length; k++) {
    const t = view.toks[k]!
    if (/^(whom|who|which|whose)$/.test(t.lower)) {
      while (k < view.toks.length && view.toks[k]!.text !== ',') k++
      continue
    }
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.lower !== 'according' && !/ing$/.test(t.lower)) return k
  }
  return -1
}

/** Whether a subject and its verb start at `k` (", and Kyiv is closer…"), rather than a list member. */
function newClause(view: SentenceView, k: number): boolean {
  for (let j = k; j < Math.min(view.toks.length, k + 4); j++) {
    const t = view.toks[j]!
    // ("…, and Lukashenko denied that …": a past tense after a name or a pronoun is a verb too;
    // after a noun, when an object follows it: "…, and the sides signed a programme")
    if (
      t.pos === 'AUX' ||
      (t.pos === 'VERB' &&
        (!/ed$/.test(t.lower) ||
          /^(PROPN|PRON)$/.test(view.toks[j - 1]?.pos ?? '') ||
          pastWithObject(view, j)))
    )
      return j > k
    if (t.pos === 'PUNCT' || t.pos === 'ADP') return false
  }
  return false
}

/** Index after the clause that starts at `from`. */
function clauseEnd(view: SentenceView, from: number): number {
  for (let k = from; k < view.toks.length; k++) {
    const t = view.toks[k]!
    if (
      t.text === ';' ||
      t.text === '.' ||
      (t.pos === 'SCONJ' && t.lower !== 'that') ||
      t.lower === 'but' ||
      t.lower === 'while' ||
      // "builds chassis and has overhauled tanks for the army": a second verb phrase has its own arguments
      (t.lower === 'and' && k > from && coordinatedVerb(view, k + 1)) ||
      (t.text === ',' &&
        /^(and|but|while|whereas)$/.test(view.toks[k + 1]?.lower ?? '') &&
        newClause(view, k + 2))
    )
      return k
  }
  return view.toks.length
}

/**
 * The verb "use" whose object comes right before the infinitive marker at `to` ("using Belarusian
 * airfields to launch strikes", "used its territory to attack"), or -1 when there is none.
 */
function meansUser(view: SentenceView, to: number, floor: number): number {
  for (let v = to - 1; v >= Math.max(floor, to - 6); v--) {
    const t = view.toks[v]!
    if (/^(use|uses|used|using)$/.test(t.lower)) return v
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return -1
  }
  return -1
}

/**
 * The phrase accused of the gerund at `k` ("accused Minsk of supplying", "Minsk, accused of
 * supplying" has none here), or null: "of" right before the gerund and a verb of accusing, then
 * a phrase, before it.
 */
function accusedOf(view: SentenceView, k: number, floor: number): [number, number] | null {
  const { toks } = view
  let of = k - 1
  while (of > floor && toks[of]!.pos === 'ADV') of--
  if (toks[of]?.lower !== 'of') return null
  for (let v = of - 1; v >= Math.max(floor, of - 8); v--) {
    if (!/^(accus(e|es|ed|ing)|suspect(s|ed|ing)?)$/.test(toks[v]!.lower)) continue
    return v + 1 < of ? [v + 1, of] : null
  }
  return null
}

/** Verbs that stop deliveries: a ban (group 1) restricts them, the others end them. */
const STOPPING =
  /^(?:(ban|bans|banned|banning|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idden)|outlaw(?:s|ed)?|restrict(?:s|ed|ing)?|curb(?:s|ed)?|embargo(?:es|ed)?)|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|stop(?:s|ped|ping)?|end(?:s|ed)?|cease[sd]?)$/

/**
 * "moved 5,000 soldiers to the border, together with helicopters, jets and radar units":
 * the members of a list joined on after the object's prepositional phrases, one range each.
 */
function joinedLater(
  view: SentenceView,
  obj: [number, number],
  limit: number,
  relation: Relation,
): Array<[number, number]> {
  if (obj[1] <= obj[0] || !/^(SUPPLY|TRANSFER|DEPLOY)$/.test(relation)) return []
  for (let k = obj[1]; k < limit; k++) {
    const t = view.toks[k]!
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') return []
    if (t.text !== ',') continue
    const joiner = listJoiner(view, k + 1)
    if (!joiner) continue
    const list = phraseAfter(view, k + 1 + joiner)
    const parts = list[1] > list[0] ? conjuncts(view, list) : []
    // ("together with its allies": partners in the act, not more of what is moved)
    const actors = (p: [number, number]) =>
      mentionsIn(view, p).some((m) => m.type !== 'EQUIPMENT') ||
      /\b(allies|partners|officials|leaders|governments?)$/i.test(textOf(view, p[0], p[1]))
    return parts.some(actors) ? [] : parts
  }
  return []
}

/**
 * "Belarus had agreed to host the units", "the sides had not agreed on a request": a state that
 * agrees to do something, with no other party named, still agrees (verb "agree" followed by
 * "to" and a verb, or by "on").
 */
function agreedAlone(view: SentenceView, c: DraftClaim, lexicon: Lexicon): boolean {
  if (c.relation !== 'AGREE' || !c.agent?.canonical) return false
  if (!lexicon.countryByName.has(c.agent.canonical.toLowerCase())) return false
  const k = view.toks.findIndex((t) => t.start === c.at)
  const next = view.toks[k + 1]
  return (
    /^agree/.test(view.toks[k]?.lower ?? '') &&
    ((next?.lower === 'to' && view.toks[k + 2]?.pos === 'VERB') || next?.lower === 'on')
  )
}

/**
 * "Belarus transferred 130 tanks to Russia. … Belarus has not transferred any of its Iskanders.":
 * a state's later handover with no receiver named goes the way its last one went.
 */
function onRoute(c: DraftClaim, memory: Memory): DraftClaim {
  const route = memory.route
  if (c.relation !== 'TRANSFER' || c.recipient || !route || c.agent?.canonical !== route.origin.canonical)
    return c
  return { ...c, recipient: { text: route.destination.text, canonical: route.destination.canonical } }
}

/**
 * Who goods shipped "from" a place came from: a body or state named there ("from MZKT", "from
 * Belarus"), else the state a town, region or site lies in ("from Barysaw", "from a depot near
 * Asipovichy" → Belarus): a town hands nothing over, its state does.
 */
function origin(
  view: SentenceView,
  from: [number, number],
  lexicon: Lexicon,
  opts: ActorOptions,
): RoleValue | null {
  const actor = actorOf(view, from, lexicon, opts)
  if (!actor) return null
  const m = actor.span ? mentionsIn(view, from).find((x) => x.start === actor.span!.start) : undefined
  if (!m || (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'FACILITY')) return actor
  return stateOf(view, from, lexicon) ?? actor
}

/** Prepositions that place a site: "a depot near Asipovichy", "the arsenal outside Barysaw". */
const SITING = new Set(['near', 'outside', 'in', 'at', 'around', 'by'])

/** A phrase with the place that sites it: "a depot" → "a depot near Asipovichy". */
function sited(view: SentenceView, range: [number, number]): [number, number] {
  if (!SITING.has(view.toks[range[1]]?.lower ?? '')) return range
  const place = phraseAfter(view, range[1] + 1)
  return place[1] > place[0] ? [range[0], place[1]] : range
}

/**
 * "Belarus has handed Russia 120 tanks. … In May, 40 more tanks were shipped to Russia": a load
 * handed over in the passive with no giver named goes the way the document's last transfer between
 * two states went, when its receiver is that transfer's (or unnamed) and it is stock a state hands
 * over (tanks, shells, vehicles). Its giver is that transfer's.
 */
function routeOrigin(
  view: SentenceView,
  h: TriggerHit,
  item: [number, number],
  limit: number,
  memory: Memory,
  lexicon: Lexicon,
): RoleValue | null {
  const route = memory.route
  if (!route || !/^(SUPPLY|TRANSFER)$/.test(h.relation)) return null
  const head = view.toks.slice(item[0], item[1]).findLast((t) => t.pos === 'NOUN')
  if (!head || !STOCK_HEADS.test(head.lower)) return null
  const to = argumentAfter(view, h.to, TO_FOR_INTO, limit)
  const destination = to ? stateOf(view, to, lexicon) : null
  if (to && destination?.canonical !== route.destination.canonical) return null
  return { text: route.origin.text, canonical: route.origin.canonical }
}

/** Heads of the stock a state hands over from its holdings. */
const STOCK_HEADS =
  /^(tanks|armou?r|vehicles|carriers|bmps|trucks|lorries|shells|ammunition|munitions|rounds|missiles|rockets|launchers|howitzers|guns|artillery|weapons|equipment|materiel|stocks?)$/

/** Nouns in the name of a receiving body: "the Russian army", "the armed forces". */
const NAMED_PART = /^(army|armed|forces|military|ministry|government)$/

/** Heads of military goods whose nationality names who uses them: "Russian tanks", "Russian Su-25s". */
const MILITARY_GOODS =
  /^(tanks?|armou?r|vehicles?|helicopters?|jets?|aircraft|radars?|launchers?|systems?|munitions?|missiles?|drones?|weapons|artillery|howitzers?|batteries|guns?|units|forces|army|military|[A-Z][A-Za-z]*-\d+\w*)$/

/**
 * The receiver read from the nationality of the weapons a claim serves, when nothing else names
 * one: "repairing damaged Russian armour", "overhauled Russian Su-25s" (the armed forces that use
 * them); "components for Russian missile systems" (the country, whose industry builds them). A
 * country is not its own customer here: "Belarusian plants make parts for Belarusian tanks" names none.
 */
function weaponsOwner(
  view: SentenceView,
  h: TriggerHit,
  part: [number, number],
  limit: number,
  agent: RoleValue | null,
  lexicon: Lexicon,
): RoleValue | null {
  if (!/^(SUPPLY|PRODUCE|REPAIR)$/.test(h.relation)) return null
  const own = countryIn(agent?.canonical ?? '', lexicon)
  // the nationality before a military head, in the item or in its "for"/"into" phrase
  const nationOf = (range: [number, number]) => {
    const toks = view.toks.slice(range[0], range[1])
    const head = toks.findLastIndex((t) => MILITARY_GOODS.test(t.text))
    if (head < 0) return null
    const adj = toks.slice(0, head).find((t) => /^[A-Z]/.test(t.text) && lexicon.demonyms.has(t.lower))
    return adj ? lexicon.demonyms.get(adj.lower)! : null
  }
  const forArg = argumentAfter(view, part[1], SERVED_PREPS, limit)
  if (h.relation === 'REPAIR') {
    const c = nationOf(part) ?? (forArg ? nationOf(forArg) : null)
    return c ? { text: c.name, canonical: armedForcesOf(c) } : null
  }
  const c = forArg ? nationOf(forArg) : null
  return c && c !== own ? { text: c.name, canonical: c.name } : null
}

/** What goods serve: "parts for Russian tanks", "chips that go into Russian missiles". */
const SERVED_PREPS: ReadonlySet<string> = new Set(['for', 'into'])

/** Whether a finite verb, or an auxiliary and its verb, start at `k` (the second verb of "builds A and repairs B"). */
function coordinatedVerb(view: SentenceView, k: number): boolean {
  const t = view.toks[k]
  if (t?.pos === 'VERB') return !/(ing|ed)$/.test(t.lower)
  return t?.pos === 'AUX' && /^(has|have|had)$/.test(t.lower) && view.toks[k + 1]?.pos === 'VERB'
}

function hedgeFor(view: SentenceView, groupFrom: number, trigger: TriggerHit, ctx: ClaimContext) {
  const start = view.toks[trigger.from]!.start
  const gStart = view.toks[Math.min(groupFrom, trigger.from)]!.start
  return hedgeOfClaim(
    {
      before: view.text.slice(view.span.start, start),
      group: view.text.slice(gStart, view.toks[trigger.to - 1]!.end),
      after: view.text.slice(view.toks[trigger.to - 1]!.end, view.span.end),
    },
    ctx.hedges ? { cues: ctx.hedges } : {},
  )
}

/** Claims of a verb trigger, in the active or the passive voice; `objectEnd` is where its object ends. */
function verbClaims(
  view: SentenceView,
  h: TriggerHit,
  floor: number,
  ctx: ClaimContext,
  memory: Memory,
): { drafts: DraftClaim[]; objectEnd: number } {
  const { toks } = view
  const none = { drafts: [], objectEnd: -1 }
  const gs = groupStart(view, h.from, floor)
  const group = toks.slice(gs, h.from)
  const window = toks
    .slice(Math.max(floor, h.from - 6), h.from)
    .map((t) => t.lower)
    .join(' ')
  if (NOT_A_CLAIM.test(window)) return none
  // "It is not profitable for him to get involved": an evaluation of a possibility
  if (toks[h.from - 1]?.lower === 'to' || toks[h.from - 2]?.lower === 'to') {
    const clause = textOf(view, floor, h.from).toLowerCase()
    if (/^(and\s+)?(therefore,?\s+)?it\s+(is|was|would be|will be)\b/.test(clause)) return none
  }
  const trigger = toks[h.from]!
  // "launched the active phase of their joint exercise", "launched an investigation": no attack
  if (h.entry.lemma === 'launch' && NOT_LAUNCHED.test(textOf(view, h.to, Math.min(toks.length, h.to + 8))))
    return none
  // "make up most of the parts", "make sure the shells arrive", "made it possible": no production
  if (
    h.entry.lemma === 'make' &&
    /^(up|sure|certain|it|clear|possible|available|use)$/.test(toks[h.to]?.lower ?? '')
  )
    return none
  // "reinforced its grouping", not "to reinforce the protection of the borders" (forces nearby)
  // ("units in the region have been reinforced with artillery": forces reinforced with what is sent)
  const REINFORCED =
    /^(troops|forces|soldiers|units|battalions|brigades|regiments?|grouping|contingent|garrison)$/
  if (
    h.entry.lemma === 'reinforce' &&
    !toks.slice(h.to, h.to + 4).some((t) => REINFORCED.test(t.lower)) &&
    !(
      toks[h.to]?.lower === 'with' &&
      BE.test(toks[h.from - 1]?.lower ?? '') &&
      toks.slice(floor, h.from).some((t) => REINFORCED.test(t.lower))
    )
  )
    return none
  // "placed the bank under sanctions", "put it on the blacklist"; not "put pressure on Minsk despite sanctions"
  if (
    /^(place|put)$/.test(h.entry.lemma) &&
    h.relation === 'SANCTION' &&
    !/\b(?:under|on|onto)\s+(?:(?:the|a|its|their|new|[\p{Lu}][\p{L}.'’-]*)\s+){0,3}(?:sanctions|blacklist)\b/u.test(
      textOf(view, h.to, clauseEnd(view, h.to)),
    )
  )
    return none
  const coordinated = group.every((t) => t.pos === 'ADV') ? coordinatedPassive(view, h.from, floor) : -1
  const passive =
    (group.some((t) => BE.test(t.lower)) &&
      PARTICIPLE.test(trigger.lower) &&
      !group.some((t) => t.lower === 'to' || t.lower === 'ready')) ||
    ((toks[h.from - 1]?.pos === 'NOUN' || toks[h.from - 1]?.text === ',') &&
      toks[h.to]?.lower === 'by' &&
      !BY_MEANS.test(toks[h.to + 1]?.lower ?? '')) ||
    // "ammunition transferred from Belarusian stocks": a participle after its noun
    (/^(SUPPLY|TRANSFER|PRODUCE|REPAIR)$/.test(h.relation) &&
      /ed$/.test(trigger.lower) &&
      toks[h.from - 1]?.pos === 'NOUN' &&
      !group.length &&
      /^(from|to|in|into|by|for)$/.test(toks[h.to]?.lower ?? '')) ||
    coordinated >= 0
  // "Kyiv accused Minsk of supplying fuel": the one accused is the gerund's subject
  const accused = /ing$/.test(trigger.lower) ? accusedOf(view, h.from, floor) : null
  // "Sending it east is cheaper than sending soldiers": a gerund with no finite verb asserts nothing;
  // "… while meeting Putin" takes the subject of the verb before it
  // ("helped Russia by supplying fuel": a means the subject used)
  // ("The EU adopted a package, adding 14 firms to its list": a participle after a comma whose
  // clause has a finite verb acts with that verb's subject)
  const adverbial =
    /^(while|when|after|before|during|since|by)$/.test(toks[h.from - 1]?.lower ?? '') ||
    (toks[h.from - 1]?.text === ',' &&
      /ing$/.test(trigger.lower) &&
      toks
        .slice(floor, h.from - 1)
        .some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower)))
  // "firms now working mostly for foreign clients", "the plant fulfilling big orders": a
  // participle right after its noun (adverbs between) tells what that noun's firm does
  let n = h.from - 1
  while (n > floor && toks[n]!.pos === 'ADV') n--
  const reduced =
    /^(SUPPLY|PRODUCE|REPAIR)$/.test(h.relation) &&
    /^(NOUN|PROPN)$/.test(toks[n]?.pos ?? '') &&
    !/^(of|for|in|by)$/.test(toks[n - 1]?.lower ?? '')
  if (
    /ing$/.test(trigger.lower) &&
    !adverbial &&
    !reduced &&
    !accused &&
    !group.some(
      (t) =>
        t.pos === 'AUX' ||
        /^(began|begun|begin|begins|start(s|ed)?|continue[sd]?|keep(s)?|kept|resume[sd]?|stop(s|ped)?|den(y|ies|ied)|admit(s|ted)?)$/.test(
          t.lower,
        ),
    )
  )
    return none
  const symmetric = SYMMETRIC.has(h.relation)
  const opts = actorOptions(memory, symmetric ? 'PERSON' : undefined)
  // (a coordinated passive's subject is the first participle's)
  let subjectGroup = coordinated >= 0 ? groupStart(view, coordinated, floor) : gs
  if (adverbial && /ing$/.test(trigger.lower)) {
    const verb = [...toks.slice(0, h.from - 1)].reverse().find((t) => t.pos === 'VERB' || t.pos === 'AUX')
    if (!verb) return none
    subjectGroup = groupStart(view, verb.i, clauseStart(view, verb.i))
  }
  // "Russia is using Belarusian airfields to launch strikes": the user of the means acts
  const user = !accused && toks[h.from - 1]?.lower === 'to' ? meansUser(view, h.from - 1, floor) : -1
  // ("allowed Russian forces to use its territory to attack": the phrase before "to use" uses it)
  const before = user > 0 && toks[user - 1]!.lower === 'to' ? phraseBefore(view, user - 1, floor) : null
  // (the object of "allowed" only, not its subject: the phrase starts after the last verb in it)
  const lastVerb = before ? toks.slice(before[0], before[1]).findLast((t) => t.pos === 'VERB') : undefined
  const userObject: [number, number] | null = before
    ? [lastVerb ? lastVerb.i + 1 : before[0], before[1]]
    : null
  const userAgent = userObject
    ? (actorOf(view, userObject, ctx.lexicon, opts) ?? forceOwner(view, userObject, ctx.lexicon))
    : null
  const found =
    userObject && userAgent
      ? { subj: userObject, agents: [userAgent], antecedentRange: null, gap: null }
      : user >= 0
        ? subjectOf(view, groupStart(view, user, floor), floor, symmetric, ctx, memory)
        : accused
          ? {
              subj: accused,
              agents: [actorOf(view, accused, ctx.lexicon, opts)].filter((a) => a !== null),
              antecedentRange: null,
              gap: null,
            }
          : subjectOf(view, subjectGroup, clauseStart(view, subjectGroup), symmetric, ctx, memory)
  const subj = found.subj
  let agents = found.agents
  // "Every take-off sends people into shelters": a generic subject tells of no event
  // ('"Every take-off …' inside a quotation: the quote mark does not hide the generic word)
  const subjFirst = isQuoteMark(toks[subj[0]]) ? subj[0] + 1 : subj[0]
  if (subj[1] > subjFirst && /^(every|each|any)$/.test(toks[subjFirst]!.lower)) return none
  // "…, after Russian units withdrew from Kyiv": a clause of time is the background of another
  if (toks.slice(Math.max(0, subj[0] - 1), subj[1]).some((t) => /^(after|before|once|until)$/.test(t.lower)))
    return none
  // "the two presidents agreed", "the leaders met": the last two people named before
  const pair = symmetric && !partiesIn(view, subj).length ? pairOf(view, subj, memory, ctx.lexicon) : null
  if (pair) agents = [pair[0]]
  // "Ottawa's measures target…", "the department blocked…": whose measures, else who sanctioned last
  if (h.relation === 'SANCTION' && !agents.length && !passive && subj[1] > subj[0]) {
    const possessive = /['’]s$/.test(textOf(view, subj[0], subj[1]).split(/\s+/)[0] ?? '')
    // ("Ottawa's measures": a capitalised name the entities did not type still names the owner)
    const first = toks[subj[0]]!
    const owner = possessive
      ? (actorOf(view, subj, ctx.lexicon, { allowGoverned: true }) ??
        (first.pos === 'PROPN' && /^\p{Lu}/u.test(first.text)
          ? { text: first.text, canonical: first.text }
          : null))
      : null
    // "an official of the Finance Department said the department froze …": the body so named
    const body = possessive ? null : bodyAnaphor(view, subj, memory)
    // an owner the entities did not recognise is still someone else than who sanctioned last
    const fallback = owner ?? body ?? (possessive ? null : memory.sanctioner) ?? null
    if (fallback) agents = [fallback]
  }
  const limit = clauseEnd(view, h.to)
  // "Reservists were called up in the Gomel region": who calls up is named by "by", else it is the
  // state whose reservists they are or where the call-up happens; the people called up are the item
  const calledUp = h.relation === 'MOBILIZE' && passive && !agents.length && subj[1] > subj[0]
  if (calledUp) {
    const by = argumentAfter(view, h.to, BY, limit)
    const state =
      (by && actorOf(view, by, ctx.lexicon, opts)) ||
      countryRole(view, subj, ctx.lexicon) ||
      stateOf(view, [h.to, limit], ctx.lexicon)
    if (!state) return none
    agents = [state]
  }
  let obj = phraseAfter(view, skipParticles(view, h.to))
  let earlyRecipient: RoleValue | null = null
  // "handed over to Russia 20 trains", "received from Moscow a batch of jets": the object after the
  // recipient or the giver (the phrase found there may run on into the object)
  const early = toks[obj[0]]?.lower
  if (obj[1] <= obj[0] && (early === 'to' || (early === 'from' && RECEIVING.test(h.entry.lemma)))) {
    const arg = argumentAfter(view, obj[0], early === 'to' ? TO_FOR : FROM, clauseEnd(view, obj[0]))
    const r = arg ? actorOf(view, arg, ctx.lexicon, actorOptions(memory)) : null
    if (arg && r) {
      if (early === 'to') earlyRecipient = r
      const named = r.span ? toks.findIndex((t) => t.i >= arg[0] && t.start >= r.span!.end) : -1
      const rest: [number, number] | null = named > arg[0] && named < arg[1] ? [named, arg[1]] : null
      // ("sent to Russia last year": a time is no object)
      obj =
        rest && toks.slice(rest[0], rest[1]).some((t) => t.pos === 'NOUN' && !inTime(view, t))
          ? rest
          : phraseAfter(view, arg[1])
    }
  }
  // "produced and still produce optical devices": the object follows the last coordinated verb
  // ("have not supplied and do not supply vehicles": auxiliaries and "not" between them too)
  if (
    obj[1] > obj[0] &&
    obj[1] - obj[0] <= 4 &&
    toks
      .slice(obj[0], obj[1])
      .every((t) => /^(CCONJ|ADV)$/.test(t.pos) || /^(do|does|did|not|n't|still)$/.test(t.lower))
  ) {
    let n = obj[1]
    while (n < toks.length && (toks[n]!.pos === 'AUX' || /^(not|n't|still|also)$/.test(toks[n]!.lower))) n++
    const next = toks[n]
    if (next?.pos === 'VERB') obj = phraseAfter(view, skipParticles(view, next.i + 1))
  }
  const hedge = hedgeFor(view, gs, h, ctx)
  const base: {
    relation: Relation
    time: TimeValue | null
    hedge: Hedge
    likelihood: string | null
    at: number
  } = {
    relation: h.relation,
    time: eventTime(view, h.from, h.to),
    hedge: hedge.hedge,
    likelihood: hedge.icd203,
    at: trigger.start,
  }
  let itemRange: [number, number]
  let recipient: RoleValue | null = null
  let targetsAt: Mention[] = []
  let placeObject: RoleValue | null = null
  // a passive deployment moves things ("tanks were moved"); forces as its subject stay actors through their label
  if (passive && (!SUBJECT_IS_ACTOR.has(h.relation) || h.relation === 'DEPLOY')) {
    itemRange =
      subj[1] > subj[0] ? listBefore(view, subj, floor) : phraseBefore(view, Math.max(0, h.from - 1), 0)
    // "units were reinforced with artillery": what came is the item, the units' forces its actor
    let reinforced: RoleValue | null = null
    if (h.entry.lemma === 'reinforce' && toks[h.to]?.lower === 'with') {
      const reinforcement = phraseAfter(view, h.to + 1)
      const owner = labelOf(textOf(view, subj[0], subj[1]), ctx.lexicon)
      if (reinforcement[1] > reinforcement[0] && owner) {
        reinforced = { text: owner.text, canonical: owner.canonical }
        itemRange = reinforcement
      }
    }
    const by = argumentAfter(view, h.to, BY, limit)
    // ("were taken from Belarusian storage and sent to Russia": the origin may come with the first verb)
    const from = /^(SUPPLY|TRANSFER)$/.test(h.relation)
      ? (argumentAfter(view, h.to, FROM, limit) ??
        (subj[1] > subj[0] && subj[1] < h.from ? argumentAfter(view, subj[1], FROM, h.from) : null))
      : null
    const agent =
      reinforced ||
      (by && actorOf(view, by, ctx.lexicon, opts)) ||
      (from && origin(view, from, ctx.lexicon, opts)) ||
      workshop(view, h, limit, memory) ||
      passiveAgent(view, itemRange, h, ctx) ||
      (by && countryRole(view, by, ctx.lexicon)) ||
      (from && (countryRole(view, from, ctx.lexicon) || stateOf(view, sited(view, from), ctx.lexicon))) ||
      routeOrigin(view, h, itemRange, limit, memory, ctx.lexicon)
    // "X was added to the EU sanctions list": the body named in the list phrase sanctions
    const listing = !agent && h.relation === 'SANCTION' ? argumentAfter(view, h.to, TO_ON, limit) : null
    const lister = listing ? actorOf(view, listing, ctx.lexicon, { allowGoverned: true }) : null
    // ("The plant was designated along with …": the body that sanctioned last, as in a list)
    agents = agent
      ? [agent]
      : lister
        ? [lister]
        : h.relation === 'SANCTION' && memory.sanctioner
          ? [memory.sanctioner]
          : []
    // "X was sanctioned by the Treasury": the subject is the named target
    if (h.relation === 'SANCTION') recipient = actorOf(view, itemRange, ctx.lexicon)
    // "Also designated were …": no subject; the names after the verb are read as a list
    if (h.relation === 'SANCTION' && !recipient && !itemRole(view, itemRange)) return none
    obj = [h.to, h.to]
  } else if (agents.length) {
    itemRange = obj
    // "units moved closer to the border": no noun after the verb, the subject is what moved
    // ("a small contingent" is a phrase even when the tagger finds no noun in it)
    // (a frequency or a date after the verb is no object: "the sights it assembles each month")
    const nounless =
      (!toks.slice(obj[0], obj[1]).some((t) => /^(NOUN|PROPN|NUM|PRON)$/.test(t.pos)) &&
        !(obj[1] - obj[0] >= 2 && /^(a|an|the|some|its|their)$/.test(toks[obj[0]]?.lower ?? ''))) ||
      (obj[1] > obj[0] && whenOnly(view, obj))
    if (h.relation === 'DEPLOY' && nounless) itemRange = subj
    // "Belarusian units reinforced the Gomel region": a place for an object is where they went
    placeObject = h.relation === 'DEPLOY' && !nounless ? placeNamed(view, obj) : null
    if (placeObject) itemRange = subj
    // "the missile system, which Russia began deploying to Belarus": the object is the antecedent
    const gap = nounless && subj[1] > subj[0] ? (relativeObjectGap(view, subj) ?? found.gap) : null
    if (gap) itemRange = gap
    if (SUBJECT_IS_ACTOR.has(h.relation) && h.relation !== 'DEPLOY' && obj[1] <= obj[0])
      itemRange = [h.from, h.to]
    // "agreed to host the units", "agreed on a request": what is agreed is the agreement's item
    const on = toks[h.to]?.lower === 'on' ? phraseAfter(view, h.to + 1) : null
    if (
      h.relation === 'AGREE' &&
      obj[1] <= obj[0] &&
      toks[h.to]?.lower === 'to' &&
      toks[h.to + 1]?.pos === 'VERB'
    )
      itemRange = [h.to + 1, Math.max(h.to + 2, phraseAfter(view, h.to + 2)[1])]
    else if (h.relation === 'AGREE' && obj[1] <= obj[0] && on && on[1] > on[0]) itemRange = on
    if (calledUp) itemRange = subj
  } else {
    itemRange = obj
  }
  if (symmetric) {
    const withArg = argumentAfter(view, h.to, WITH, limit)
    recipient = withArg ? actorOf(view, withArg, ctx.lexicon, opts) : null
    const appos = withArg ? appositivePerson(view, withArg[1]) : null
    if (appos && recipient?.span && !mentionsIn(view, withArg!).some((m) => m.type === 'PERSON'))
      recipient = appos
    // "met Putin": the direct object is the other party
    if (!recipient && obj[1] > obj[0]) {
      const m = partiesIn(view, obj)[0]
      if (m) recipient = roleOfMention(view, m)
    }
    // "agreed to lend Minsk …", "agreed to supply Belarus with …": the party the agreed act is for
    const act = h.relation === 'AGREE' && toks[h.to]?.lower === 'to' ? toks[h.to + 1] : undefined
    if (!recipient && act?.pos === 'VERB' && act.i + 1 < limit) {
      const m = partiesIn(view, phraseAfter(view, act.i + 1))[0]
      if (m && m.start === toks[act.i + 1]!.start) recipient = roleOfMention(view, m)
    }
    if (!recipient) recipient = otherParty(view, subj, agents[0] ?? null)
    if (!recipient && pair) recipient = pair[1]
  } else if (h.relation === 'ATTACK' || h.relation === 'SANCTION') {
    const direct = actorOf(view, obj, ctx.lexicon)
    // "fired at Kyiv": an attack's target may follow "at"
    const on = argumentAfter(view, h.to, h.relation === 'ATTACK' ? ON_AT : ON, limit)
    if (h.relation === 'ATTACK' && !direct && on)
      targetsAt = mentionsIn(view, on).filter((m) => ACTOR_TYPES.has(m.type) || m.type === 'FACILITY')
    // "attacked Kyiv and Kharkiv": a list of named places or bodies as the object, one target each
    if (h.relation === 'ATTACK' && direct && !passive) {
      const named = mentionsIn(view, obj).filter((m) => ACTOR_TYPES.has(m.type) || m.type === 'FACILITY')
      if (named.length >= 2 && conjuncts(view, obj).length === named.length) targetsAt = named
    }
    recipient =
      recipient ??
      direct ??
      (targetsAt[0] ? roleOfMention(view, targetsAt[0]) : on ? actorOf(view, on, ctx.lexicon, opts) : null)
    // "blocked the property of MZKT", "froze the assets of its director": whose assets
    if (h.relation === 'SANCTION') recipient = namedOnly(view, recipient)
    const owned = !recipient && h.relation === 'SANCTION' ? assetsOf(view, h.to, limit) : -1
    if (owned > 0)
      recipient = namedOnly(
        view,
        actorOf(view, phraseAfter(view, owned + 2), ctx.lexicon, { allowGoverned: true }),
      )
  } else {
    // "delivered 25 chassis for Iskander launchers to Russian manufacturers": the first to/for
    // phrase that names an actor
    for (let at = Math.max(obj[1], h.to); !recipient && at < limit; ) {
      const to = argumentAfter(view, at, TO_FOR, limit)
      if (!to) break
      recipient = actorOf(view, to, ctx.lexicon, opts)
      at = to[1]
    }
    if (!recipient && h.from > 1 && /^help/.test(toks[h.from - 2]?.lower ?? '')) {
      const m = mentionsIn(view, [h.from - 1, h.from])[0]
      if (m) recipient = roleOfMention(view, m)
    }
  }
  if (!recipient && earlyRecipient) recipient = earlyRecipient
  // "continue supplying Russia": a supply whose object is an actor names the recipient
  // ("gave Putin a tractor": a person too, when the verb takes two objects)
  const twoObjects = !passive && obj[1] > obj[0] && doubleObject(view, obj[0])
  if (!recipient && /^(SUPPLY|TRANSFER)$/.test(h.relation) && !passive) {
    const first = mentionsIn(view, obj).find(
      (m) => m.type === 'GPE' || m.type === 'ORG' || (twoObjects && m.type === 'PERSON'),
    )
    if (first && first.start === toks[obj[0]]?.start) recipient = roleOfMention(view, first)
  }
  // "gave them airfields": the pronoun receives, the item follows it
  // ("them" is the other side named before: the last actor, when it is a state or its forces)
  if (twoObjects && /^(SUPPLY|TRANSFER)$/.test(h.relation) && toks[obj[0]]!.pos === 'PRON') {
    itemRange = [obj[0] + 1, obj[1]]
    const other = memory.lastAgent
    if (
      !recipient &&
      other?.canonical &&
      other.canonical !== agents[0]?.canonical &&
      (ctx.lexicon.countryByName.has(other.canonical.toLowerCase()) || /Armed Forces/.test(other.canonical))
    )
      recipient = { text: toks[obj[0]]!.text, canonical: other.canonical }
  }
  // "gave Minsk assurances", "gave them a chance": what "give" hands over here is no goods; goods
  // given are counted, plural or a mass of supplies ("gave them airfields, fuel and hospitals")
  if (h.entry.lemma === 'give') {
    const first = conjuncts(view, itemRange)[0]
    const head = first ? toks[first[1] - 1]! : undefined
    // (a person given something plural is more often given gifts or honours than supplies)
    const toPerson = view.mentions.some((m) => m.type === 'PERSON' && m.start === toks[obj[0]]!.start)
    if (
      !head ||
      toPerson ||
      /^(a|an|the|this|that|its|their|his|her)$/.test(toks[itemRange[0]]!.lower) ||
      INTANGIBLE.test(head.lower) ||
      !(/[^s]s$/.test(head.lower) || MASS_GOODS.test(head.lower) || quantityIn(view, first!) !== null)
    )
      return none
  }
  const placePreps =
    h.relation === 'ATTACK' ? FROM : h.relation === 'DEPLOY' ? DESTINATION_PREPS : PLACE_PREPS
  let place =
    placeObject ??
    placeIn(view, h.to, limit, placePreps, agents[0]?.canonical ?? null) ??
    (h.relation === 'ATTACK'
      ? null
      : placeIn(view, subj[1], h.from, placePreps, agents[0]?.canonical ?? null))
  // "Belarus received S-400 systems from Russia": the subject receives, the "from" phrase gives
  if (RECEIVING.test(h.entry.lemma) && !passive) {
    const from = argumentAfter(view, h.to, FROM, limit)
    recipient = agents[0] ?? null
    // ("Belarus received two Su-30SM2s": with no "from", the country that makes the equipment gives it)
    const giver = from
      ? actorOf(view, from, ctx.lexicon, opts)
      : recipient && makerOf(view, itemRange, recipient, ctx.lexicon)
    agents = giver ? [giver] : []
    // (the giver is no place of the delivery)
    if (giver && place?.canonical === giver.canonical) place = null
  }
  // "supplies Russian producers with barrels": an actor described, not named, receives
  if (
    /^(SUPPLY|TRANSFER)$/.test(h.relation) &&
    !passive &&
    !recipient &&
    obj[1] > obj[0] &&
    toks[obj[1]]?.lower === 'with'
  ) {
    const r = actorOf(view, obj, ctx.lexicon)
    const goods = phraseAfter(view, obj[1] + 1)
    if (r && goods[1] > goods[0]) {
      recipient = r
      itemRange = goods
    }
  }
  // "supplied Russia with fuel": the recipient is the object, the item follows "with"
  if (
    /^(SUPPLY|TRANSFER)$/.test(h.relation) &&
    recipient?.span &&
    obj[1] > obj[0] &&
    recipient.span.start === toks[obj[0]]!.start
  ) {
    const withArg = argumentAfter(view, obj[0], WITH, limit)
    if (withArg) itemRange = phraseAfter(view, withArg[0])
    else {
      // "sells Russia spare parts": a double object, the recipient first and the item after it
      const [, after] = tokenRange(view, recipient.span)
      if (after < obj[1] && toks.slice(after, obj[1]).some((t) => t.pos === 'NOUN'))
        itemRange = [after, obj[1]]
    }
  }
  // "Belarus and Russia began joint exercises": one exercise with a partner, not two
  if (h.relation === 'EXERCISE' && agents.length === 2 && /\bjoint\b/i.test(textOf(view, obj[0], obj[1]))) {
    recipient = agents[1]!
    agents = [agents[0]!]
  }
  // forces are deployed to a place, not to a recipient
  if (h.relation === 'DEPLOY') recipient = null
  // "Belarus is ready to host Russian forces": the forces hosted are the ones deployed
  if (h.entry.lemma === 'host') {
    const guest = forceOwner(view, obj, ctx.lexicon)
    if (guest) agents = [guest]
  }
  // "launched drones from Belarusian territory": the launch area named by its adjective
  if (!place && h.relation === 'ATTACK') {
    const from = argumentAfter(view, h.to, FROM, limit)
    const c = from ? countryRole(view, from, ctx.lexicon) : null
    if (c) place = c
  }
  const drafts: DraftClaim[] = []
  const subjectQuantity = /^(OTHER|DEPLOY|MOBILIZE)$/.test(h.relation)
    ? quantityIn(view, subj[1] > subj[0] && !isPronoun(view, subj) ? subj : (found.antecedentRange ?? subj))
    : null
  // "sanctioned MZKT's director, Aliaksandr Vusau, and the 558 Aircraft Repair Plant": one claim per named target
  if (h.relation === 'SANCTION' && !passive) {
    const listed = sanctionTargets(view, obj, limit)
    if (listed.parts.length > 1 || listed.named) {
      for (const agent of agents) for (const p of listed.parts) drafts.push({ ...base, agent, ...p, place })
      return { drafts, objectEnd: listed.end }
    }
  }
  // "sent no troops", "has supplied not a single shell": the object denies the claim; so does a
  // subject such as "not one soldier is fighting"
  if (
    (!passive && NEGATED.test(textOf(view, obj[0], obj[1]))) ||
    NEGATED.test(textOf(view, subj[0], subj[1]))
  ) {
    base.hedge = 'denied'
    base.likelihood = null
  }
  // "fired at Kyiv and Chernihiv": one attack per named target
  if (targetsAt.length >= 2) {
    const inside = (m: Mention) =>
      itemRange[1] > itemRange[0] &&
      m.start >= toks[itemRange[0]]!.start &&
      m.end <= toks[itemRange[1] - 1]!.end
    for (const agent of agents)
      for (const m of targetsAt)
        drafts.push({
          ...base,
          agent,
          recipient: roleOfMention(view, m),
          // (a target named as the object is what is attacked; after "at", the item is what is fired)
          item: inside(m) ? roleOfMention(view, m) : itemRole(view, itemRange),
          quantity: null,
          place,
        })
    return { drafts, objectEnd: obj[1] }
  }
  // "dispatched 27 trains carrying tanks, shells and trucks": the loads are what changes hands
  if (/^(SUPPLY|TRANSFER)$/.test(h.relation) && !passive) {
    const load = carriedLoad(view, itemRange)
    if (load) itemRange = load
  }
  // "What Minsk sends now is spare parts and optics": the list after the copula is what is sent
  const cleft =
    !passive && /^(SUPPLY|TRANSFER|PRODUCE|REPAIR)$/.test(h.relation) ? cleftItems(view, subj, h.to) : null
  // "sends now", "is still sending": deliveries that go on are a supply, not a handover of stock
  if (h.relation === 'TRANSFER' && /^(send|dispatch)$/.test(h.entry.lemma) && ongoing(view, gs, h.to))
    base.relation = 'SUPPLY'
  for (const agent of agents) {
    for (const part of cleft ?? [
      ...split(view, itemRange, h.relation),
      ...joinedLater(view, obj, limit, h.relation),
    ]) {
      const item = itemRole(view, part)
      const quantity = keepQuantity(quantityIn(view, part), agent, item) ?? subjectQuantity
      // "sending troops to Ukraine": people of the forces are deployed, not handed over
      // ("will not send them" after a sentence about troops: the pronoun stands for the troops)
      // ("received Su-30SM2 fighters": named aircraft bought or delivered are goods)
      const head = (item?.text ?? '').split(/\s+(?:for|to|from|with|by|in|at|on)\s/)[0]!
      // ("delivered four Su-30SM2 fighters", "jet fighters": aircraft, whoever delivers them)
      const named = mentionsIn(view, part).some((m) => m.type === 'EQUIPMENT')
      const aircraft = /fighters$/i.test(head) && (named || /\bjet\b/i.test(head))
      const people =
        (FORCE_ITEM.test(head) && !aircraft && !(RECEIVING.test(h.entry.lemma) && named)) ||
        (item?.text === 'them' && memory.troopsBefore === true)
      if (/^(SUPPLY|TRANSFER)$/.test(h.relation) && people && !EQUIPMENT_UNITS.test(item?.text ?? '')) {
        const destination = recipient?.span
          ? view.mentions.find((m) => m.start === recipient!.span!.start)
          : undefined
        const to = destination && destination.type === 'GPE' ? recipient : place
        drafts.push({ ...base, relation: 'DEPLOY', agent, recipient: null, item, quantity, place: to })
        continue
      }
      drafts.push({
        ...base,
        agent,
        recipient: recipient ?? weaponsOwner(view, h, part, limit, agent, ctx.lexicon),
        item,
        quantity,
        place,
      })
    }
  }
  return { drafts, objectEnd: obj[1] }
}

/** A state body referred to by its kind: "the department", "the ministry". */
const BODY_KIND =
  /^(?:(?:today|yesterday|now|then|also|meanwhile|later|earlier|subsequently),?\s+)?(?:the|this)\s+(department|ministry|office|agency|bureau|commission|council|treasury)$/i

/**
 * The body "the department" or "the ministry" refers back to: the most recent organisation named
 * earlier in the sentence or before it whose name holds that word; null when none does.
 */
function bodyAnaphor(view: SentenceView, subj: [number, number], memory: Memory): RoleValue | null {
  if (subj[1] <= subj[0]) return null
  const kind = BODY_KIND.exec(textOf(view, subj[0], subj[1]).trim())?.[1]?.toLowerCase()
  if (!kind) return null
  const word = new RegExp(`\\b${kind}\\b`, 'i')
  const named = (r: RoleValue) => word.test(r.text) || word.test(r.canonical ?? '')
  const found = orgsBefore(view, view.toks[subj[0]]!.start, memory).findLast(named)
  return found ? { text: textOf(view, subj[0], subj[1]).trim(), canonical: found.canonical } : null
}

/**
 * The organisations a back-reference at offset `at` may stand for, oldest first: those named in
 * the sentences before (`memory.orgs`), then those named earlier in this sentence.
 */
function orgsBefore(view: SentenceView, at: number, memory: Memory): RoleValue[] {
  const earlier = view.mentions
    .filter((m) => m.type === 'ORG' && m.end <= at)
    .map((m) => roleOfMention(view, m))
  return [...(memory.orgs ?? []), ...earlier]
}

/** Adverbs of deliveries that go on: "sends now", "is still sending", "currently ships". */
const ONGOING =
  /^(now|nowadays|currently|still|continue[sd]?|continuing|keeps?|regularly|routinely|constantly)$/

/** Whether the verb group from `gs` or the word right after the trigger (ending at `to`) says the deliveries go on. */
function ongoing(view: SentenceView, gs: number, to: number): boolean {
  for (let k = gs; k <= Math.min(view.toks.length - 1, to); k++)
    if (ONGOING.test(view.toks[k]!.lower)) return true
  return false
}

/**
 * The members of what a pseudo-cleft names: "What Minsk sends now is quieter: shells, optics
 * and engines" → each member after the colon; "What the plant builds is chassis" → the phrase
 * after the copula. Null unless "what" opens the sentence right before the subject `subj` and a
 * form of "be" follows the trigger ending at `to`.
 */
function cleftItems(view: SentenceView, subj: [number, number], to: number): Array<[number, number]> | null {
  const { toks } = view
  let w = subj[0]
  if (toks[w]?.lower !== 'what') w--
  if (toks[w]?.lower !== 'what' || subj[1] <= w + 1) return null
  if (w > 0 && !isQuoteMark(toks[w - 1]) && toks[w - 1]!.text !== ',') return null
  let be = to
  while (be < toks.length && be - to <= 3 && !/^(is|are|was|were)$/.test(toks[be]!.lower)) {
    if (toks[be]!.pos !== 'ADV' && toks[be]!.pos !== 'ADP' && toks[be]!.pos !== 'NOUN') return null
    be++
  }
  if (!/^(is|are|was|were)$/.test(toks[be]?.lower ?? '')) return null
  let start = be + 1
  for (let k = be + 1; k < Math.min(toks.length, be + 5); k++)
    if (/^[:\u2013\u2014-]$/.test(toks[k]!.text)) {
      start = k + 1
      break
    }
  let end = toks.length
  while (end > start && isPunct(toks[end - 1]) && !isQuoteMark(toks[end - 1])) end--
  // "What Belarus sent was never clear": no goods named, nothing claimed
  return conjuncts(view, [start, end])
}

/**
 * The subject of a verb group starting at `gs`, and the actors it denotes: a relative pronoun's
 * antecedent, the name before an appositive, the subject shared by coordinated verbs, a pronoun
 * carried over, coordinated names (one agent each), or the first party of a symmetric relation.
 */
function subjectOf(
  view: SentenceView,
  gs: number,
  floor: number,
  symmetric: boolean,
  ctx: ClaimContext,
  memory: Memory,
): {
  subj: [number, number]
  agents: RoleValue[]
  antecedentRange: [number, number] | null
  /** What a relative clause without its pronoun tells of ("the tanks" of "the tanks Minsk sent"). */
  gap: [number, number] | null
} {
  let antecedentRange: [number, number] | null = null
  let gap: [number, number] | null = null
  const { toks } = view
  const opts = actorOptions(memory, symmetric ? 'PERSON' : undefined)
  let subj = phraseBefore(view, gs, floor)
  // "helped Russia by supplying fuel": a gerund after "by" shares the main clause's subject
  if (/^(by|through)$/.test(toks[gs - 1]?.lower ?? '') && /ing$/.test(toks[gs]?.lower ?? '')) {
    const main = toks.slice(floor, gs - 1).findLast((t) => t.pos === 'VERB')
    if (main) subj = phraseBefore(view, groupStart(view, main.i, floor), floor)
  }
  // "the Office of Trade, Industry and Energy said": a name with commas in it is one subject
  const cut =
    subj[1] > subj[0]
      ? view.mentions.find((m) => m.start < toks[subj[0]]!.start && toks[subj[0]]!.start < m.end)
      : undefined
  if (cut) {
    const k = toks.findIndex((t) => t.start === cut.start)
    if (k >= floor) subj = [k, subj[1]]
  }
  // "the tanks Belarus handed over": a clause with no relative pronoun; its subject is the name
  const contact = contactRelative(view, subj)
  if (contact) {
    gap = contact.gap
    subj = contact.subj
  }
  // "…, which produced": the relative pronoun stands for a phrase before it
  const rel = toks[subj[0] - 1]
  let agents: RoleValue[] = []
  if (subj[1] <= subj[0] && rel && /^(which|who|that)$/.test(rel.lower)) {
    const a = antecedent(view, rel.i, ctx, memory)
    if (a) agents = [a]
  }
  // "the plant, which officials say repairs helicopters": a reporting frame between the relative
  // pronoun and its verb; the pronoun is still the subject
  const framed = reportedRelative(view, gs)
  if (framed >= 0) {
    const a = antecedent(view, framed, ctx, memory)
    if (a) {
      agents = [a]
      subj = [gs, gs]
    }
  }
  // "The plant in Barysaw, which overhauled tanks for export, has restored…": the subject stands
  // before a relative clause set off by commas
  const relClause = subj[1] <= subj[0] && toks[gs - 1]?.text === ',' ? relativeClauseBefore(view, gs - 1) : -1
  if (relClause > 0) {
    const head = phraseBefore(view, relClause, clauseStart(view, relClause))
    // ("Japan listed Peleng, which, according to …, repairs": the head is the object before the comma)
    const verbIn = toks.slice(head[0], head[1]).findLast((t) => t.pos === 'VERB' || t.pos === 'AUX')
    if (verbIn) head[0] = verbIn.i + 1
    const named = partiesIn(view, head)
    const a = named.length ? roleOfMention(view, named[0]!) : actorOf(view, head, ctx.lexicon, opts)
    if (a) {
      subj = head
      agents = [a]
    }
  }
  // "the Kalinovsky regiment, hundreds of Belarusian soldiers, are": an appositive before the verb
  if (subj[1] <= subj[0] && toks[gs - 1]?.text === ',' && !agents.length) {
    const appos = phraseBefore(view, gs - 1, floor)
    const head = toks[appos[0] - 1]?.text === ',' ? phraseBefore(view, appos[0] - 1, floor) : null
    subj = appos
    const named = head ? partiesIn(view, head) : []
    const apposParties = partiesIn(view, appos)
    if (named.length) agents = [roleOfMention(view, named[0]!)]
    else if (apposParties.length > 1 && !symmetric) agents = apposParties.map((m) => roleOfMention(view, m))
    if (head && !named.length && !apposParties.length) {
      // "other countries, primarily Iran and North Korea, have become"
    }
  }
  // "… have approached the capital and attacked Chernihiv": a coordinated verb shares the subject
  if (toks[subj[1] - 1]?.lower === 'and' && subj[1] === gs) {
    // ("Belarus is not a party to the war and has not handed over …": a finite "is" counts too)
    const verbal = (t: Tok): boolean => t.pos === 'VERB' || (ctx.verbs?.has(t.i) ?? false)
    const prevVerb = [...toks.slice(floor, subj[1])].reverse().find(
      (t) =>
        ((verbal(t) || t.pos === 'ADJ') && /ed$/.test(t.lower)) ||
        // "took 40 tanks out of storage and sent them": an irregular past
        (verbal(t) && IRREGULAR_PAST.test(t.lower)) ||
        // "builds chassis and overhauls tanks", "builds chassis and has overhauled tanks"
        (verbal(t) && /[^s]s$/.test(t.lower) && /^(\w+[^s]s|has)$/.test(toks[gs]?.lower ?? '')) ||
        (t.pos === 'AUX' && /^(is|are|was|were|has|have|had)$/.test(t.lower) && toks[gs]?.pos === 'AUX'),
    )
    // without a verb to share, the phrase before "and" is an object, not a subject
    subj = prevVerb ? phraseBefore(view, groupStart(view, prevVerb.i, floor), floor) : [gs, gs]
    // "…, which builds chassis and has overhauled tanks": the relative pronoun is the shared subject
    const pronoun = toks[subj[0] - 1]
    if (prevVerb && subj[1] <= subj[0] && pronoun && /^(which|who|that)$/.test(pronoun.lower)) {
      const a = antecedent(view, pronoun.i, ctx, memory)
      if (a) agents = [a]
    }
  }
  // "X, whom the EU does not recognise, and Y agreed": the first conjunct sits before the relative clause
  if (/^(and|or)$/.test(toks[subj[0]]?.lower ?? '') && toks[subj[0] - 1]?.text === ',') {
    let k = subj[0] - 1
    while (k > floor) {
      let p = k - 1
      while (p >= floor && toks[p]!.text !== ',') p--
      const chunk: [number, number] = [p + 1, k]
      if (/^(whom|who|which|whose)$/.test(toks[p + 1]?.lower ?? '')) {
        k = p
        continue
      }
      // a clause before ", and" is not a first conjunct ("Belarus allowed …, and missiles were launched")
      const clause = toks.slice(chunk[0], chunk[1]).some((t) => t.pos === 'VERB' || t.pos === 'AUX')
      if (!clause && partiesIn(view, chunk).length) subj = [chunk[0], subj[1]]
      break
    }
  }
  // "The European Union, Britain and the United States have imposed": a list of names before the verb
  while (toks[subj[0] - 1]?.text === ',' && toks.slice(subj[0], subj[1]).some((t) => t.lower === 'and')) {
    let p = subj[0] - 2
    while (p >= floor && toks[p]!.text !== ',') p--
    const chunk: [number, number] = [p + 1, subj[0] - 1]
    const names = partiesIn(view, chunk)
    const words = toks.slice(chunk[0], chunk[1]).filter((t) => !/^(the|a|an)$/.test(t.lower))
    const covered =
      names.length === 1 && words.every((t) => t.start >= names[0]!.start && t.end <= names[0]!.end)
    if (!covered) break
    subj = [chunk[0], subj[1]]
  }
  // "we repaired …" in the words of an employee: the organisation the speaker works for
  const quoted = memory.speakerOrg
  // (the subject ends with it, after a fronted phrase or not: '"In 2021 we repaired …')
  const we = subj[1] > subj[0] && toks[subj[1] - 1]!.lower === 'we' ? toks[subj[1] - 1] : undefined
  if (!agents.length && we && quoted && quoted.quote.start <= we.start && we.end <= quoted.quote.end)
    agents = [{ text: we.text, canonical: quoted.org.canonical }]
  // "our enterprises", "our army" in the words of a state's official: that state's industry or forces
  let o = subj[0]
  while (o < subj[1] && isQuoteMark(toks[o])) o++
  const our = o < subj[1] && toks[o]!.lower === 'our' ? toks[o]! : undefined
  if (!agents.length && our && quoted && quoted.quote.start <= our.start && our.end <= quoted.quote.end) {
    const state =
      ctx.lexicon.countryByName.get((quoted.org.canonical ?? '').toLowerCase()) ??
      countryIn(quoted.org.canonical ?? '', ctx.lexicon)
    const label = state
      ? labelOf(`${adjectiveOf(state, ctx.lexicon)} ${textOf(view, o + 1, subj[1])}`, ctx.lexicon)
      : null
    if (label) agents = [{ text: textOf(view, subj[0], subj[1]), canonical: label.canonical }]
  }
  if (!agents.length) {
    if (isPronoun(view, subj)) {
      const personal = toks.slice(subj[0], subj[1]).some((t) => PERSONAL.test(t.lower))
      // "it" stands for a state, a body or a thing, never a person
      const neuter = toks.slice(subj[0], subj[1]).some((t) => t.lower === 'it')
      const found = sameSentenceSubject(
        view,
        subj[0],
        ctx,
        personal ? 'person' : neuter ? 'no-person' : 'any',
      )
      const before = found?.role ?? null
      if (found?.range) antecedentRange = found.range
      // "he"/"she" stand for a person: the last one named, never an organisation or a country
      const isPerson = (r: RoleValue | null) =>
        r !== null && (memory.persons ?? []).some((p) => p.canonical === r.canonical)
      const carried = personal
        ? personBefore(memory)
        : neuter && isPerson(memory.lastAgent)
          ? null
          : memory.lastAgent
      agents = before ? [before] : carried ? [carried] : []
    } else if (!symmetric) {
      const parties = partiesIn(view, subj)
      const coordinated = parties.length > 1 && toks.slice(subj[0], subj[1]).some((t) => t.lower === 'and')
      const stateLike = (t: string) => t === 'GPE' || t === 'ORG'
      if (
        coordinated &&
        parties.every(
          (m) => m.type === parties[0]!.type || (stateLike(m.type) && stateLike(parties[0]!.type)),
        )
      )
        agents = parties.map((m) => roleOfMention(view, m))
      else {
        // "Russian Iskanders fired at Kyiv": equipment of a nation's forces acts for them
        const a = actorOf(view, subj, ctx.lexicon, opts) ?? forceOwner(view, subj, ctx.lexicon)
        agents = a ? [a] : []
      }
    } else {
      const parties = partiesIn(view, subj)
      const a = parties.length
        ? roleOfMention(view, parties.find((m) => m.type === 'PERSON') ?? parties[0]!)
        : actorOf(view, subj, ctx.lexicon, opts)
      agents = a ? [a] : []
    }
  }
  // "the ministry had sent 20 tanks", "the council imposed new measures": a body named
  // before, referred to by its kind
  if (!agents.length && subj[1] > subj[0]) {
    const body = bodyAnaphor(view, subj, memory)
    if (body) agents = [body]
  }
  // "the railway, whose wagons carried shells": the owner named before "whose"
  const whose =
    toks[subj[0]]?.lower === 'whose' ? subj[0] : toks[subj[0] - 1]?.lower === 'whose' ? subj[0] - 1 : -1
  if (!agents.length && whose >= 0) {
    const owner = actorRightBefore(view, toks[whose]!.start, /^[\s,]*$/)
    if (owner) agents = [owner]
  }
  // "Peleng, a plant producing sights": a described subject in apposition to the name before it
  if (
    !agents.length &&
    !symmetric &&
    subj[1] > subj[0] &&
    toks[subj[0] - 1]?.text === ',' &&
    /^(a|an|the)$/.test(toks[subj[0]]!.lower)
  ) {
    const named = actorRightBefore(view, toks[subj[0] - 1]!.start, /^\s*$/)
    // ("The Belarusian detachment, an engineer company, reached …": a described actor before it)
    const before = named ? null : phraseBefore(view, subj[0] - 1, floor)
    const described =
      before && before[1] > before[0] && before[0] >= floor
        ? (actorOf(view, before, ctx.lexicon, opts) ?? forceOwner(view, before, ctx.lexicon))
        : null
    if (named ?? described) agents = [(named ?? described)!]
  }
  return { subj, agents, antecedentRange, gap }
}

/**
 * The actor named last before offset `at` when only `gap` stands between them: the name before
 * "whose" or before the comma of an apposition.
 */
function actorRightBefore(view: SentenceView, at: number, gap: RegExp): RoleValue | null {
  const m = view.mentions.findLast((x) => ACTOR_TYPES.has(x.type) && x.end <= at)
  return m && gap.test(view.text.slice(m.end, at)) ? roleOfMention(view, m) : null
}

/** Irregular past forms of common verbs, which share their subject with a verb after "and" as "-ed" forms do. */
const IRREGULAR_PAST =
  /^(took|made|gave|sent|brought|built|held|met|sold|bought|went|put|set|left|found|led|won|lost|hit|shot|fought|drew|flew|wrote|chose|struck|spent|paid|laid|fed|saw|knew|became|came|did|ran|withdrew|undertook|overtook|rebuilt|lent|dealt|meant|sought|taught|threw|told|said)$/

/** Plural or mass nouns that can head what a clause without a pronoun tells of ("the shells Minsk sent"). */
const GAP_HEAD = /(s|equipment|ammunition|materiel|hardware|armou?r)$/

/**
 * A relative clause without its pronoun: "the tanks Belarus handed over", "the troops it
 * deployed". The subject phrase found before the verb holds a noun phrase (the antecedent, which
 * the verb's missing object stands for) followed straight by a name or "it".
 */
function contactRelative(
  view: SentenceView,
  subj: [number, number],
): { gap: [number, number]; subj: [number, number] } | null {
  const { toks } = view
  for (let k = subj[0]; k + 1 < subj[1]; k++) {
    const t = toks[k]!
    const n = toks[k + 1]!
    if (t.pos !== 'NOUN' || !GAP_HEAD.test(t.lower)) continue
    const pronoun = n.pos === 'PRON' && n.lower === 'it' && k + 2 === subj[1]
    const name = view.mentions.find((m) => m.start === n.start && ACTOR_TYPES.has(m.type))
    const nameToEnd = name !== undefined && name.end >= toks[subj[1] - 1]!.end
    if (!pronoun && !nameToEnd) continue
    // the antecedent is the noun phrase itself: "the number of T-72A tanks", not what governs it
    let a = k
    while (a > subj[0] && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(toks[a - 1]!.pos) && toks[a - 1]!.lower !== 'no')
      a--
    return { gap: [a, k + 1], subj: [k + 1, subj[1]] }
  }
  return null
}

/**
 * The relative pronoun of a reporting frame at the verb group starting at `gs` ("which it said
 * had repaired", "that officials say supplies", "which officials say has supplied"), or -1: a
 * speech verb (in the group or just before it) after a short subject that follows the pronoun.
 */
function reportedRelative(view: SentenceView, gs: number): number {
  const { toks } = view
  const speech = (k: number) => k >= 0 && SPEECH.test(toks[k]?.lower ?? '') && toks[k]!.lower !== 'according'
  const verbAt = speech(gs) ? gs : speech(gs - 1) ? gs - 1 : -1
  if (verbAt < 0) return -1
  let k = verbAt - 1
  while (
    k >= 0 &&
    verbAt - k <= 5 &&
    !/^(which|who|that)$/.test(toks[k]!.lower) &&
    /^(PRON|NOUN|PROPN|DET|ADJ)$/.test(toks[k]!.pos)
  )
    k--
  const words = verbAt - 1 - k
  if (words < 1 || words > 4 || !/^(which|who|that)$/.test(toks[k]?.lower ?? '')) return -1
  // the group must go on past the speech verb: "which it said" alone reports, it claims nothing
  return /^(VERB|AUX)$/.test(toks[verbAt + 1]?.pos ?? '') ? k : -1
}

/**
 * The comma that opens a relative clause ending at the comma `close` (", which … ,"), or -1:
 * searched back over at most 30 tokens, not past a semicolon or a sentence end.
 */
function relativeClauseBefore(view: SentenceView, close: number): number {
  const { toks } = view
  for (let c = close - 1; c > 0 && close - c <= 30; c--) {
    const t = toks[c]!
    if (t.text === ';' || t.text === '.') return -1
    if (t.text === ',' && /^(which|who|whose)$/.test(toks[c + 1]?.lower ?? '')) return c
  }
  return -1
}

/** The actor a relative pronoun stands for: the nearest actor phrase before it. */
function antecedent(view: SentenceView, rel: number, ctx: ClaimContext, memory: Memory): RoleValue | null {
  // ("Japan listed Pelvin, which repairs …": not past the verb whose object the antecedent is)
  let floor = Math.max(0, rel - 14)
  for (let k = rel - 1; k >= floor; k--) {
    const t = view.toks[k]!
    // (a participle after a noun describes it: "the tanks delivered by rail, which …")
    const describing = t.pos === 'VERB' && view.toks[k - 1]?.pos === 'NOUN' && participleInPhrase(view, k)
    // (a verb with no object before the pronoun leaves its subject as the antecedent: "plants were
    // set up, which produced …")
    const object = view.toks.slice(k + 1, rel).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !describing && object) {
      floor = k + 1
      break
    }
  }
  for (let k = rel - 1; k >= floor; k--) {
    const t = view.toks[k]!
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue
    // the name that ends right before the pronoun is the antecedent, whatever the phrase holds before it
    const named = view.mentions.find((m) => m.end === t.end && ACTOR_TYPES.has(m.type))
    // "the plant in Baranovichi, which": the place only locates the head before it
    const before = named ? view.toks.findIndex((x) => x.start === named.start) - 1 : -1
    const located = named?.type === 'GPE' && /^(in|at|near|outside|of)$/.test(view.toks[before]?.lower ?? '')
    // "the 140th plant, the Barysaw works that …": a place that modifies a noun in apposition to
    // a name stands for neither; the name before the comma is the antecedent
    if (
      named?.type === 'GPE' &&
      k + 1 < rel &&
      (view.toks[k + 1]!.pos === 'NOUN' || FIRM_HEAD.test(view.toks[k + 1]!.lower))
    ) {
      let a = before
      while (a >= 0 && /^(DET|ADJ|NUM)$/.test(view.toks[a]!.pos)) a--
      const app = view.toks[a]?.text === ',' ? actorRightBefore(view, view.toks[a]!.start, /^\s*$/) : null
      if (app) return app
      continue
    }
    if (named && !located) return roleOfMention(view, named)
    if (located) continue
    const a = actorOf(view, phraseBefore(view, k + 1, floor), ctx.lexicon, actorOptions(memory))
    if (a) return a
  }
  return null
}

/**
 * For a pronoun subject: the subject of the nearest clause before it in the same sentence ("90
 * percent of the military have said they will not fight" → the military), else the first name
 * before it ("Strategically, Belarus matters: it shares …"). Returns the phrase too, for its quantity.
 */
function sameSentenceSubject(
  view: SentenceView,
  before: number,
  ctx: ClaimContext,
  kind: 'person' | 'no-person' | 'any' = 'any',
): { role: RoleValue; range: [number, number] | null } | null {
  const fits = (m: Mention) =>
    kind === 'person' ? m.type === 'PERSON' : kind === 'any' || m.type !== 'PERSON'
  for (let verb = before - 1; verb > 0; verb--) {
    const t = view.toks[verb]!
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue
    const floor = clauseStart(view, verb)
    const gs = groupStart(view, verb, floor)
    const subj = phraseBefore(view, gs, floor)
    if (subj[1] > subj[0] && !isPronoun(view, subj)) {
      const a =
        kind === 'person'
          ? (() => {
              const m = partiesIn(view, subj).find((x) => x.type === 'PERSON')
              return m ? roleOfMention(view, m) : null
            })()
          : actorOf(view, subj, ctx.lexicon, { allowGoverned: true })
      // "Hale said that it had sent…": a person is no antecedent of "it"
      const person = a?.span && view.mentions.some((m) => m.start === a.span!.start && m.type === 'PERSON')
      if (a && !(kind === 'no-person' && person)) return { role: a, range: subj }
    }
    verb = Math.min(verb, subj[0])
  }
  const first = partiesIn(view, [0, before]).filter(fits)[0]
  return first ? { role: roleOfMention(view, first), range: null } : null
}

/** Skips particles and adverbs right after a trigger ("send over", "also"). */
function skipParticles(view: SentenceView, k: number): number {
  while (
    k < view.toks.length &&
    /^(over|up|out|also|already|directly|mainly|mostly|largely|chiefly|primarily|exclusively)$/.test(
      view.toks[k]!.lower,
    ) &&
    // "up to 20 tons" is a bound, not a particle
    !(view.toks[k]!.lower === 'up' && view.toks[k + 1]?.lower === 'to')
  )
    k++
  return k
}

/** A quantity that counts the agent ("120 Belarusian plants") is not the item's. */
function keepQuantity(q: Quantity | null, agent: RoleValue | null, item: RoleValue | null): Quantity | null {
  if (!q || !agent?.span || !q.span) return q
  if (item?.span && q.span.start >= item.span.start && q.span.start < item.span.end) return q
  return q.span.start >= agent.span.start && q.span.end <= agent.span.end ? null : q
}

/**
 * "The trucks were assembled at MAZ", "the jets are repaired at the 558th plant": goods made or
 * repaired at a named organisation were made or repaired by it. The first organisation named
 * after "at" in the trigger's clause, or null (a town or an airfield after "at" is a place).
 */
function workshop(view: SentenceView, h: TriggerHit, limit: number, memory: Memory): RoleValue | null {
  if (h.relation !== 'PRODUCE' && h.relation !== 'REPAIR') return null
  const at = argumentAfter(view, h.to, AT, limit)
  const org = at ? mentionsIn(view, at).find((m) => m.type === 'ORG') : undefined
  if (org) return roleOfMention(view, org)
  // "Russian tanks are repaired there", "… repaired at the plant": the plant named before
  const phrase = at ? textOf(view, at[0], at[1]) : ''
  if (/^the\s/i.test(phrase)) return orgAnaphor(phrase, memory.orgs)
  if (!view.toks.slice(h.to, limit).some((t) => t.lower === 'there')) return null
  const plant = memory.orgs?.findLast((o) => PLANT.test(o.canonical ?? ''))
  return plant ? { text: 'there', canonical: plant.canonical } : null
}

/**
 * "Tanks were taken from storage and sent to Russia": a participle coordinated with a passive
 * one before it in the same clause shares its auxiliary. The index of that first participle, or -1.
 */
function coordinatedPassive(view: SentenceView, i: number, floor: number): number {
  const { toks } = view
  if (!PARTICIPLE.test(toks[i]!.lower)) return -1
  let k = i - 1
  if (/^(then|later|subsequently|also)$/.test(toks[k]?.lower ?? '')) k--
  if (!/^(and|or)$/.test(toks[k]?.lower ?? '')) return -1
  for (let j = k - 1; j > floor; j--) {
    const t = toks[j]!
    if (t.pos === 'AUX' && BE.test(t.lower)) {
      const at = toks[j + 1]?.pos === 'ADV' ? j + 2 : j + 1
      const next = toks[at]
      return next?.pos === 'VERB' && PARTICIPLE.test(next.lower) ? at : -1
    }
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PRON' || t.text === ';') return -1
  }
  return -1
}

/**
 * The agent of a passive with no "by" phrase: the nationality of the item ("Russian missiles have
 * been launched" → Russia; "Russian soldiers have been evacuated" → the Russian armed forces), or
 * the industry of the country where goods are made ("components manufactured in Belarus").
 */
function passiveAgent(
  view: SentenceView,
  subj: [number, number],
  h: TriggerHit,
  ctx: ClaimContext,
): RoleValue | null {
  // the head of the subject: "Components for the Russian army" is about components, not the army
  let headEnd = subj[0]
  // ("About 9,000 Russian soldiers": the preposition of a quantity is no such phrase)
  const ends = (t: Tok) => t.pos === 'ADP' && t.lower !== 'of' && !inQuantity(view, t)
  while (headEnd < subj[1] && !ends(view.toks[headEnd]!)) headEnd++
  const subjText = textOf(view, subj[0], headEnd)
  const label = labelOf(subjText, ctx.lexicon)
  if (label && /Armed Forces/.test(label.canonical)) return { text: label.text, canonical: label.canonical }
  // "MZKT chassis were shipped to Russia": the maker named before the goods supplies them
  if (h.relation === 'SUPPLY') {
    const maker = mentionsIn(view, [subj[0], headEnd]).find(
      (m) => m.type === 'ORG' && view.toks.some((t) => t.start >= m.end && t.i < headEnd && t.pos === 'NOUN'),
    )
    if (maker) return roleOfMention(view, maker)
  }
  if (h.relation === 'PRODUCE') {
    const inArg = argumentAfter(view, h.to, new Set(['in']), view.toks.length)
    const c = inArg ? countryRole(view, inArg, ctx.lexicon) : null
    const country = c?.canonical ? ctx.lexicon.countryByName.get(c.canonical.toLowerCase()) : undefined
    if (c && country)
      return { text: c.text, canonical: `${adjectiveOf(country, ctx.lexicon)} military-industrial complex` }
  }
  // ("Russian tanks are repaired in Orsha": whose tanks they are says who gets them back, not who repairs)
  if (h.relation === 'REPAIR') return null
  return countryRole(view, [subj[0], headEnd], ctx.lexicon)
}

/**
 * The antecedent phrase of a relative clause whose verb has no object of its own ("the system,
 * which Russia deployed", "tanks that Minsk sent"): the noun phrase before the pronoun, or null.
 */
function relativeObjectGap(view: SentenceView, subj: [number, number]): [number, number] | null {
  const { toks } = view
  const rel = toks[subj[0] - 1]
  if (!rel || !/^(which|that)$/.test(rel.lower)) return null
  let end = subj[0] - 1
  if (toks[end - 1]?.text === ',') end--
  const np = phraseBefore(view, end, 0)
  // only the noun phrase: nothing from a verb before it ("received the tanks that …")
  for (let k = np[1] - 1; k >= np[0]; k--) {
    if (toks[k]!.pos === 'VERB' || toks[k]!.pos === 'AUX') {
      np[0] = k + 1
      break
    }
  }
  return np[1] > np[0] && toks.slice(np[0], np[1]).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
    ? np
    : null
}

/** How often something happens, said after a verb: "each month", "every week", "a year", "per day". */
const FREQUENCY = /^(?:each|every|a|per|once a|twice a)\s+(?:day|week|month|quarter|year|shift)$/i

/** Whether a phrase only says when or how often: a time expression or a frequency. */
function whenOnly(view: SentenceView, range: [number, number]): boolean {
  return (
    FREQUENCY.test(textOf(view, range[0], range[1])) ||
    view.toks.slice(range[0], range[1]).every((t) => inTime(view, t))
  )
}

/** A subject that names two parties without naming them: "the two presidents", "both leaders", "they". */
const PAIR =
  /^(?:(?:the|both)\s+(?:two\s+)?(presidents|leaders|heads of state|men|sides|allies|parties|countries|states|governments|capitals)|the\s+two|they)$/i
/** Pair nouns for people only, and for states only; the others ("the sides") may be either. */
const PEOPLE_PAIR = /^(presidents|leaders|heads of state|men)$/
const STATE_PAIR = /^(countries|states|governments|capitals)$/

/** The parties, most recent last, each once: `earlier`, then `now`. */
const latest = (earlier: readonly RoleValue[], now: readonly RoleValue[]): RoleValue[] =>
  recent([], [...earlier, ...now], Number.POSITIVE_INFINITY)

/**
 * The two parties a pair subject stands for: "the two presidents" the last two people named in
 * earlier sentences or earlier in this one, in the order they were named; "the two countries" the
 * last two states or capitals; "the sides" the two states named before it in its own sentence
 * ("Moscow agreed to lend Minsk …, and the sides signed …"), else the last two people, else the
 * last two states.
 */
function pairOf(
  view: SentenceView,
  subj: [number, number],
  memory: Memory,
  lexicon: Lexicon,
): [RoleValue, RoleValue] | null {
  // (", and the sides signed": the conjunction before a clause's subject is not part of it)
  const m = PAIR.exec(
    textOf(view, subj[0], subj[1])
      .trim()
      .replace(/^(?:and|but)\s+/i, ''),
  )
  if (!m) return null
  const noun = m[1]?.toLowerCase() ?? ''
  const named = partiesIn(view, [0, subj[0]])
  const here = (type: string) => named.filter((x) => x.type === type).map((x) => roleOfMention(view, x))
  const statesHere = latest([], here('GPE'))
  const states = latest(memory.states ?? [], statesHere)
  const last2 = (pool: readonly RoleValue[]): [RoleValue, RoleValue] | null =>
    pool.length >= 2 ? [pool.at(-2)!, pool.at(-1)!] : null
  if (STATE_PAIR.test(noun)) return last2(states)
  const peopleHere = here('PERSON')
  if (!PEOPLE_PAIR.test(noun) && statesHere.length >= 2 && peopleHere.length < 2) return last2(statesHere)
  const people = latest(memory.persons ?? [], peopleHere)
  // "the two presidents" are leaders, not the aide who reported on them
  const leaders = people.filter((p) => p.canonical && isLeader(p.canonical, lexicon))
  const pool = leaders.length >= 2 ? leaders : people
  if (pool.length >= 2 || PEOPLE_PAIR.test(noun)) return last2(pool)
  return last2(states)
}

/** The second party of a symmetric relation named in the subject ("Lukashenko and Putin"). */
function otherParty(view: SentenceView, subj: [number, number], agent: RoleValue | null): RoleValue | null {
  const ms = partiesIn(view, subj)
  const other = ms.find((m) => m.canonical !== agent?.canonical)
  return other ? roleOfMention(view, other) : null
}

/** What is launched or fired in an attack: "missiles and drones were launched" is two launches. */
const MUNITION_HEAD = /^(missiles?|drones?|rockets?|shells?|bombs?|glide-bombs?|munitions?)$/i

/**
 * List members of an item, one claim each, when the members are named models or counted
 * ("over 65 thousand tons of ammunition, hundreds of T-72A tanks, BMPs, and Ural trucks"); a list
 * of generic nouns ("optical devices, targeting complexes, …") stays one item. Targets of a
 * sanction split only when each is counted, munitions of an attack only when each is one.
 */
function split(view: SentenceView, range: [number, number], relation: Relation): Array<[number, number]> {
  // "sanctions on 12 officials and 5 entities": counted groups of targets, one claim each
  if (relation === 'SANCTION') {
    const parts = conjuncts(view, range)
    return parts.length > 1 && parts.every((p) => quantityIn(view, p) !== null) ? parts : [range]
  }
  if (relation === 'ATTACK') {
    const parts = conjuncts(view, range)
    const heads = parts.map(([, b]) => view.toks[b - 1]!.text)
    return parts.length > 1 && heads.every((w) => MUNITION_HEAD.test(w)) ? parts : [range]
  }
  if (!/^(SUPPLY|TRANSFER|PRODUCE|REPAIR|DEPLOY)$/.test(relation)) return [range]
  // "120 tanks, mostly T-72As,": an elaboration of the member before, not a member of its own
  const parts = conjuncts(view, range).filter(
    ([a], i) =>
      i === 0 ||
      !/^(mostly|mainly|largely|primarily|chiefly|including|especially|notably|predominantly)$/.test(
        view.toks[a]!.lower,
      ),
  )
  if (parts.length < 2) return [range]
  const named = parts.filter(
    (p) => mentionsIn(view, p).some((m) => m.type === 'EQUIPMENT') || quantityIn(view, p) !== null,
  )
  if (named.length >= 2) return parts
  // a pair is split only for goods that change hands ("sold trucks and tractor units")
  if (parts.length === 2 && !/^(SUPPLY|TRANSFER)$/.test(relation)) return [range]
  return closedList(view, range, parts, relation) ? parts : [range]
}

/**
 * A short closed list of goods, "A, B and C": two to four members of at most three words each,
 * joined by commas and a final "and", with no "etc." — one claim per member ("handed Moscow
 * tanks, shells and trucks", "sold trucks and tractor units"; a pair only when both end in a
 * noun). A longer or open list ("optical devices, targeting complexes, …, etc.") describes a
 * range of output and stays one item.
 */
function closedList(
  view: SentenceView,
  range: [number, number],
  parts: Array<[number, number]>,
  relation: Relation,
): boolean {
  const words = view.toks.slice(range[0], range[1])
  if (parts.length < 2 || parts.length > 4) return false
  if (parts.length === 2 && parts.some(([, b]) => view.toks[b - 1]!.pos !== 'NOUN')) return false
  // ("has not sent a tank, a shell or a soldier": after a negation, "or" lists what is denied)
  const denied = view.toks
    .slice(Math.max(0, range[0] - 6), range[0])
    .some((t) => /^(not|never|n't|n’t|no|neither)$/.test(t.lower))
  if (words.some((t) => /^etc\.?$/.test(t.lower) || (t.lower === 'or' && !denied))) return false
  if (!words.some((t) => t.lower === 'and' || (t.lower === 'or' && denied))) return false
  // ("printed wiring boards", "guided shells": a participle before a noun modifies goods that
  // change hands; what a plant makes is named as a range of output)
  const modifier = (t: Tok, b: number) =>
    /^(SUPPLY|TRANSFER)$/.test(relation) &&
    t.pos === 'VERB' &&
    /ed$/.test(t.lower) &&
    t.i + 1 < b &&
    /^(NOUN|ADJ)$/.test(view.toks[t.i + 1]!.pos)
  return parts.every(
    ([a, b]) =>
      b - a <= 3 &&
      view.toks
        .slice(a, b)
        .every((t) => /^(NOUN|ADJ|PROPN|DET)$/.test(t.pos) || t.text === '-' || modifier(t, b)),
  )
}

/** Where "the property/assets/funds/accounts of" starts in [from, to): the token of the noun, or -1. */
function assetsOf(view: SentenceView, from: number, to: number): number {
  for (let k = from; k < to; k++)
    if (/^(property|assets|funds|accounts)$/.test(view.toks[k]!.lower) && view.toks[k + 1]?.lower === 'of')
      return k
  return -1
}

/**
 * The targets of a sanctioning verb's object, one part each: every named organisation or person
 * ("sanctioned MZKT's director, Aliaksandr Vusau, and the 558 Aircraft Repair Plant"), whose
 * assets ("froze the assets of MAZ, Peleng and four other entities"), every counted group with
 * no name ("target 22 people and 4 entities"), and the names after "including". `named` tells
 * whether any target is named; `end` is where the targets end.
 */
function sanctionTargets(
  view: SentenceView,
  obj: [number, number],
  limit: number,
): { parts: Array<Pick<DraftClaim, 'recipient' | 'item' | 'quantity'>>; named: boolean; end: number } {
  const { toks } = view
  // "the assets of X": the owners are the targets
  let range = obj
  let owners = false
  const k = assetsOf(view, obj[0], Math.min(obj[1], limit) - 1)
  if (k >= 0) {
    range = [k + 2, Math.max(obj[1], phraseAfter(view, k + 2)[1])]
    owners = true
  }
  // the owners stand after "of", which otherwise marks a name as no party
  const namesIn = (r: [number, number]) =>
    owners
      ? mentionsIn(view, r).filter((m) => !/^['’]s?(\s|$)/.test(view.text.slice(m.end, m.end + 3)))
      : partiesIn(view, r)
  let including = -1
  for (let k = range[0]; k + 1 < limit; k++)
    if (toks[k]!.text === ',' && toks[k + 1]!.lower === 'including') {
      including = k
      break
    }
  const counted: [number, number] = including > 0 ? [range[0], Math.min(including, range[1])] : range
  const targetable = (m: Mention) => m.type === 'ORG' || m.type === 'PERSON' || m.type === 'UNIT'
  const parts: Array<Pick<DraftClaim, 'recipient' | 'item' | 'quantity'>> = []
  let named = false
  for (const c of conjuncts(view, counted)) {
    const names = namesIn(c).filter(targetable)
    if (names.length) named = true
    for (const m of names) {
      const target = roleOfMention(view, m)
      parts.push({ recipient: target, item: target, quantity: null })
    }
    if (!names.length && quantityIn(view, c))
      parts.push({ recipient: null, item: itemRole(view, c), quantity: quantityIn(view, c) })
  }
  // "froze the assets of X in May and of Y in June": a second owner after "and of"
  if (owners)
    for (let k = range[1]; k + 2 < limit; k++)
      if (toks[k]!.lower === 'and' && toks[k + 1]!.lower === 'of') {
        const more = phraseAfter(view, k + 2)
        for (const m of namesIn(more).filter(targetable)) {
          const target = roleOfMention(view, m)
          parts.push({ recipient: target, item: target, quantity: null })
        }
        k = more[1] - 1
      }
  const included = including > 0 ? partiesIn(view, [including + 2, limit]).filter(targetable) : []
  for (const m of included) {
    named = true
    const target = roleOfMention(view, m)
    parts.push({ recipient: target, item: target, quantity: null })
  }
  return { parts, named, end: including > 0 ? limit : obj[1] }
}

/**
 * A subject that closes a list ("14 BMP-2s and two dozen trucks" after "32 tanks,") widened to
 * the whole list, when every earlier member is a noun phrase and the first opens the clause.
 */
function listBefore(view: SentenceView, range: [number, number], floor: number): [number, number] {
  const { toks } = view
  if (!toks.slice(range[0], range[1]).some((t) => t.pos === 'CCONJ' && /^(and|or)$/.test(t.lower)))
    return range
  let s = range[0]
  while (toks[s - 1]?.text === ',') {
    const p = phraseBefore(view, s - 1, floor)
    if (p[1] <= p[0]) break
    // "In October, tanks and trucks…" opens with a phrase that is no member; "At least 32 tanks" is one
    const first = toks[p[0]]!
    const counted = view.quantities.some(
      (q) => q.span && q.span.start <= first.start && first.end <= q.span.end,
    )
    if (first.pos === 'ADP' && !counted) break
    if (!toks.slice(p[0], p[1]).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) break
    if (p[0] !== floor && toks[p[0] - 1]?.text !== ',') break
    s = p[0]
  }
  return s < range[0] && (s === floor || toks[s - 1]?.text !== ',') ? [s, range[1]] : range
}

/** Claims of a nominal trigger ("the supply of trucks", "talks in Moscow", "military exercises"). */
function nounClaims(
  view: SentenceView,
  h: TriggerHit,
  floor: number,
  ctx: ClaimContext,
  memory: Memory,
): DraftClaim[] {
  const { toks } = view
  const trigger = toks[h.from]!
  const limit = clauseEnd(view, h.to)
  let agent: RoleValue | null = null
  let moreAgents: RoleValue[] = []
  let recipient: RoleValue | null = null
  let itemRange: [number, number] = [h.from, h.to]
  let groupFrom = h.from
  // "the production of the Belarusian industry", "the supply of trucks"
  if (toks[h.to]?.lower === 'of') {
    const ofArg = phraseAfter(view, h.to + 1)
    const actor = actorOf(view, ofArg, ctx.lexicon)
    if (actor && actorLike(actor) && !SYMMETRIC.has(h.relation)) agent = actor
    // ("a readiness check of its army": an exercise's "of" phrase names who trains, not the exercise)
    else if (h.relation !== 'EXERCISE') itemRange = ofArg
  }
  // "exports to Russia of sights and fuses": the goods after the receiver
  if (/^(to|from)$/.test(toks[h.to]?.lower ?? '') && /^(SUPPLY|TRANSFER)$/.test(h.relation)) {
    const party = phraseAfter(view, h.to + 1)
    let o = h.to + 1
    while (o < party[1] && toks[o]!.lower !== 'of') o++
    // (the receiver a name: "to Russia of …", "to the Russian army of …")
    const named = toks
      .slice(h.to + 1, o)
      .every((t) => /^(PROPN|DET|ADJ)$/.test(t.pos) || NAMED_PART.test(t.lower))
    if (o > h.to + 1 && toks[o]?.lower === 'of' && named && mentionsIn(view, [h.to + 1, o]).length)
      itemRange = [o + 1, Math.max(party[1], phraseAfter(view, o + 1)[1])]
  }
  // "deliveries of fuel to Russia by Belarus": the "by" phrase names the actor
  const by = SYMMETRIC.has(h.relation) ? null : argumentAfter(view, h.to, BY, limit)
  if (!agent && by) agent = actorOf(view, by, ctx.lexicon, { allowGoverned: true })
  const from = argumentAfter(view, h.to, FROM, limit)
  if (!agent && from && /^(SUPPLY|TRANSFER|DEPLOY)$/.test(h.relation)) {
    const a = actorOf(view, from, ctx.lexicon, { allowGoverned: true })
    if (a) agent = a
  }
  // "sent to Gomel for repair at the truck plant": the works where it is done does it
  if (!agent && /^(REPAIR|PRODUCE)$/.test(h.relation) && toks[h.to]?.lower === 'at') {
    const works = mentionsIn(view, phraseAfter(view, h.to + 1)).find((m) => m.type === 'ORG')
    if (works) agent = roleOfMention(view, works)
  }
  // "a Russian build-up", "no Russian or Belarusian build-up": each named side's armed forces
  const sides = h.relation === 'DEPLOY' && !agent ? deployingForces(view, h.from, ctx.lexicon) : null
  if (sides) {
    agent = sides.forces[0]!
    moreAgents = sides.forces.slice(1)
  }
  // "the joint Russian-Belarusian exercise": the first nation's forces with the second's
  const joint =
    h.relation === 'EXERCISE' ? jointForces(view, [Math.max(floor, h.from - 5), h.from], ctx.lexicon) : null
  if (!agent && joint) [agent, recipient] = joint
  // "Belarusian deliveries of shells", "Minsk's supplies": the country modifying the noun acts
  if (!agent && !SYMMETRIC.has(h.relation)) agent = premodifierActor(view, h.from, floor, ctx, memory)
  // "the supply of Belarusian tanks to Russia": goods that change hands come from the country
  // they are named after (a repair of Russian tanks tells only whose tanks they are)
  const goodsOf =
    !agent && /^(SUPPLY|TRANSFER)$/.test(h.relation) && itemRange[0] > h.from
      ? countryRole(view, [itemRange[0], Math.min(itemRange[1], itemRange[0] + 3)], ctx.lexicon)
      : null
  if (goodsOf) agent = goodsOf
  const beforeHead = toks.slice(Math.max(floor, h.from - 4), h.from)
  // the noun heads a fronted phrase ("at the talks in Moscow, X and Y agreed"): the parties are the subject that follows
  if (!agent) {
    const fronted = beforeHead.some((t) => /^(at|during|after|in)$/.test(t.lower))
    const verbAt = fronted ? mainVerbAfter(view, h.to) : -1
    const verbBefore = [...toks.slice(floor, h.from)]
      .reverse()
      // "Belarus-related": a participle inside a hyphenated modifier is no verb
      .find(
        (t) =>
          (t.pos === 'VERB' || t.pos === 'AUX') && t.lower !== 'according' && view.text[t.start - 1] !== '-',
      )
    // "X said the plant's exports to Russia had risen": a noun after a verb of saying is the subject
    // of the reported clause, and the one who says it does not act
    // ("added a second production line": "added" with the noun as its object says nothing)
    const reported =
      verbBefore !== undefined &&
      !SYMMETRIC.has(h.relation) &&
      SAYING.test(verbBefore.lower) &&
      !(
        /^(added|adds|add)$/.test(verbBefore.lower) &&
        toks.slice(verbBefore.i + 1, h.from).every((t) => /^(DET|ADJ|NUM)$/.test(t.pos))
      )
    if (verbAt > 0 && !verbBefore) {
      const found = subjectOf(
        view,
        groupStart(view, verbAt, h.to),
        h.to,
        SYMMETRIC.has(h.relation),
        ctx,
        memory,
      )
      agent = found.agents[0] ?? null
      if (SYMMETRIC.has(h.relation))
        recipient = otherParty(view, found.subj, agent) ?? otherPartyWide(view, [h.to, verbAt], agent)
      groupFrom = h.from
    } else if (verbBefore && !reported) {
      // the noun is the object of a verb: its subject acts ("Putin ordered the mobilisation")
      const gs = groupStart(view, verbBefore.i, floor)
      groupFrom = gs
      const found = subjectOf(view, gs, floor, SYMMETRIC.has(h.relation), ctx, memory)
      agent = found.agents[0] ?? null
      moreAgents = found.agents.slice(1)
      if (SYMMETRIC.has(h.relation)) recipient = otherParty(view, found.subj, agent)
      // "Russian and Belarusian forces held drills"
      const both = h.relation === 'EXERCISE' ? jointForces(view, found.subj, ctx.lexicon) : null
      if (both) {
        ;[agent, recipient] = both
        moreAgents = []
      }
    } else {
      // the noun is the subject ("these exercises have extended"): its actor comes from before
      const head = phraseBefore(view, h.from, floor)
      agent = actorOf(view, [head[0], h.from], ctx.lexicon)
      // "The drills will run until…": the exercise named before, with its parties
      const definite = /^(the|these|this|those)$/.test(toks[h.from - 1]?.lower ?? '')
      if (!agent && h.relation === 'EXERCISE' && definite && memory.exercise) {
        agent = memory.exercise.agent
        recipient = memory.exercise.recipient
      }
      // an exercise is held by a state or its forces, not by whoever spoke last
      const last = memory.lastAgent
      const holder =
        last &&
        (ctx.lexicon.countryByName.has((last.canonical ?? '').toLowerCase()) ||
          /Armed Forces/.test(last.canonical ?? ''))
      // "three smaller suppliers of components": the suppliers are who they are, not the last actor
      if (!reported && h.entry.lemma !== 'supplier')
        agent ??= h.relation !== 'EXERCISE' || holder ? last : null
    }
  }
  // "should sanction the Belarusian suppliers of chassis": the noun is in a recommendation
  if (
    NOT_A_CLAIM.test(
      toks
        .slice(Math.max(floor, Math.min(groupFrom, h.from) - 8), h.from)
        .map((t) => t.lower)
        .join(' '),
    )
  )
    return []
  if (SYMMETRIC.has(h.relation) && !recipient) {
    const withArg = argumentAfter(view, h.to, WITH, limit)
    recipient = withArg
      ? actorOf(view, withArg, ctx.lexicon, { allowGoverned: true, prefer: 'PERSON' })
      : null
  }
  if (!recipient && (h.relation === 'SANCTION' || h.relation === 'ATTACK')) {
    const on = argumentAfter(view, h.to, ON, limit)
    recipient = on ? actorOf(view, on, ctx.lexicon, { allowGoverned: true }) : null
  }
  // "shipments of parts for military vehicles from Belarus to Russia": the first to/for phrase
  // that names an actor (an exercise has a partner, never a receiver: "completed training and
  // returned to Russia")
  for (let at = h.to; !recipient && !SYMMETRIC.has(h.relation) && h.relation !== 'EXERCISE' && at < limit; ) {
    const to = argumentAfter(view, at, TO_FOR, limit)
    if (!to) break
    recipient = actorOf(view, to, ctx.lexicon, { allowGoverned: true })
    at = to[1]
  }
  // (goods named after the country they go to say nothing of who sends them)
  if (goodsOf && recipient?.canonical === goodsOf.canonical) return []
  // "Canada banned exports of machine tools to Belarus": a ban on deliveries is a restriction
  // the subject imposes on where they go, not a delivery ("halted deliveries" tells of none)
  let v = h.from - 1
  while (v > floor && /^(DET|ADJ|NUM)$/.test(toks[v]!.pos)) v--
  const stopped = /^(SUPPLY|TRANSFER)$/.test(h.relation) ? STOPPING.exec(toks[v]?.lower ?? '') : null
  if (stopped) {
    if (!stopped[1] || !agent) return []
    const ban = itemRole(view, [v + 1, Math.max(h.to, itemRange[1])])
    const hedge = hedgeFor(view, groupFrom, h, ctx)
    return [
      {
        relation: 'SANCTION',
        agent,
        recipient,
        item: ban,
        quantity: null,
        time: eventTime(view, h.from, h.to),
        place: null,
        hedge: hedge.hedge,
        likelihood: hedge.icd203,
        at: trigger.start,
        nominal: true,
      },
    ]
  }
  const read = hedgeFor(view, groupFrom, h, ctx)
  const hedge = sides?.denied ? { hedge: 'denied' as const, icd203: null } : read
  // ("airstrikes from Belarusian airspace": an attack's launch area named by its adjective)
  const place =
    placeIn(view, h.to, limit, h.relation === 'ATTACK' ? FROM : PLACE_PREPS) ??
    (from && h.relation === 'ATTACK' ? countryRole(view, from, ctx.lexicon) : null)
  let item = itemRange[0] === h.from ? nounItem(view, h, floor) : itemRole(view, itemRange)
  // "Belarus and Russia began joint exercises": one exercise with a partner, not two
  if (h.relation === 'EXERCISE' && moreAgents.length === 1 && /\bjoint\b/i.test(item?.text ?? '')) {
    recipient = moreAgents[0]!
    moreAgents = []
  }
  // the quantity inside the item phrase ("300,000 reserve troops"), or counting the noun itself ("two exercises")
  const quantity = item?.span ? quantityIn(view, tokenRange(view, item.span)) : null
  // "sanctions on Belarusian officials": a target only described is the item, not a recipient
  if (h.relation === 'SANCTION') recipient = namedOnly(view, recipient)
  // "MZKT has been under EU sanctions since 2021": the subject of the clause is the target
  if (h.relation === 'SANCTION' && !recipient) {
    let u = h.from - 1
    while (u > 0 && /^(DET|ADJ|PROPN|NOUN|NUM)$/.test(toks[u]!.pos) && toks[u]!.lower !== 'under') u--
    const clause = toks[u]?.lower === 'under' ? clauseStart(view, u) : -1
    const verb =
      clause >= 0 ? toks.slice(clause, u).findLast((t) => t.pos === 'VERB' || t.pos === 'AUX') : undefined
    if (verb) {
      const gs = groupStart(view, verb.i, clause)
      const target = actorOf(view, phraseBefore(view, gs, clause), ctx.lexicon, actorOptions(memory))
      if (target && target.canonical !== agent?.canonical) recipient = namedOnly(view, target)
    }
  }
  if (h.relation === 'SANCTION' && !recipient) {
    const on = argumentAfter(view, h.to, ON, limit)
    // "designations on Friday": a date is no target
    const dated =
      on &&
      view.times.some(
        (t) => t.span && t.span.start <= toks[on[0]]!.end && toks[on[1] - 1]!.start < t.span.end,
      )
    if (on && !dated) item = itemRole(view, on)
    // "an export ban on machine tools bound for Belarus": the state the goods go to is the target
    if (on && !dated) recipient = boundFor(view, on[1], limit)
    // "sanctions on 12 officials and 5 entities": each counted group of targets is a claim
    if (on && !dated && split(view, on, 'SANCTION').length > 1) itemRange = on
  }
  // "exports of optics, microchips and engine parts": one claim per member, as for a verb's object
  const members =
    itemRange[0] !== h.from && h.relation !== 'DEPLOY' ? split(view, itemRange, h.relation) : [itemRange]
  const items =
    members.length > 1
      ? members.map((m) => ({ item: itemRole(view, m), quantity: quantityIn(view, m) }))
      : [{ item, quantity }]
  return [agent, ...moreAgents].flatMap((agent) =>
    items.map((it) => ({
      relation: h.relation,
      agent,
      recipient,
      item: it.item,
      quantity: keepQuantity(it.quantity, agent, it.item),
      time: eventTime(view, h.from, h.to),
      place,
      hedge: hedge.hedge,
      likelihood: hedge.icd203,
      at: trigger.start,
      nominal: true,
    })),
  )
}

/**
 * The armed forces that the nationality adjectives right before a deployment noun name ("Russian
 * or Belarusian build-up"), and whether a "no" before them denies it; null without one.
 */
function deployingForces(
  view: SentenceView,
  head: number,
  lexicon: Lexicon,
): { forces: RoleValue[]; denied: boolean } | null {
  const forces: RoleValue[] = []
  let k = head - 1
  for (; k >= 0 && head - k <= 5; k--) {
    const t = view.toks[k]!
    const c = /^[A-Z]/.test(t.text) ? lexicon.demonyms.get(t.lower) : undefined
    if (c) forces.unshift({ text: t.text, canonical: armedForcesOf(c) })
    else if (!/^(or|and|new|large|largest|large-scale|major|significant|further|military|-)$/.test(t.lower))
      break
  }
  if (!forces.length) return null
  return { forces, denied: view.toks[k]?.lower === 'no' }
}

/**
 * The armed forces of two nations named together by their adjectives ("Russian-Belarusian",
 * "Russian and Belarusian forces"), first and second, or null.
 */
function jointForces(
  view: SentenceView,
  range: [number, number],
  lexicon: Lexicon,
): [RoleValue, RoleValue] | null {
  if (range[1] <= range[0]) return null
  const countries: Country[] = []
  for (const w of textOf(view, range[0], range[1]).split(/[\s-]+/)) {
    const c = /^[A-Z]/.test(w) ? lexicon.demonyms.get(w.toLowerCase()) : undefined
    if (c && !countries.includes(c)) countries.push(c)
  }
  if (countries.length !== 2) return null
  const [a, b] = countries.map((c) => ({ text: armedForcesOf(c), canonical: armedForcesOf(c) }))
  return [a!, b!]
}

/** "bound for X", "destined for X", "headed to X" at `k`: the state named there, or null. */
function boundFor(view: SentenceView, k: number, limit: number): RoleValue | null {
  const { toks } = view
  if (!/^(bound|destined|headed|heading)$/.test(toks[k]?.lower ?? '')) return null
  if (!/^(for|to)$/.test(toks[k + 1]?.lower ?? '')) return null
  const arg = phraseAfter(view, k + 2)
  const m = mentionsIn(view, [arg[0], Math.min(arg[1], limit)]).find((x) => x.type === 'GPE')
  return m ? roleOfMention(view, m) : null
}

/** A role that is a named mention, or null for a descriptive label. */
function namedOnly(view: SentenceView, role: RoleValue | null): RoleValue | null {
  const s = role?.span
  return s && view.mentions.some((m) => m.start === s.start && m.end === s.end) ? role : null
}

/**
 * The actor named inside the noun phrase before a nominal trigger: a demonym or a possessive
 * name ("Belarusian deliveries", "continued Belarusian supplies", "Belarus's deliveries",
 * "EU sanctions"), or null. Only adjectives, names and possessives may stand between.
 */
function premodifierActor(
  view: SentenceView,
  head: number,
  floor: number,
  ctx: ClaimContext,
  memory: Memory,
): RoleValue | null {
  const { toks } = view
  let k = head - 1
  while (
    k >= floor &&
    head - k <= 4 &&
    /^(ADJ|PROPN|PART|NOUN)$/.test(toks[k]!.pos) &&
    toks[k]!.lower !== 'of'
  )
    k--
  const range: [number, number] = [k + 1, head]
  if (range[1] <= range[0]) return null
  const named = partiesIn(view, range).find((m) => m.type === 'GPE' || m.type === 'ORG')
  if (named) return roleOfMention(view, named)
  // "the plant's official exports": a possessive phrase that refers back to a named firm
  const owns = toks.findIndex((t, i) => i >= floor && i < head && /^['’]s$/.test(t.text))
  if (owns > floor) {
    const owner = phraseBefore(view, owns, floor)
    const text = textOf(view, owner[0], owns)
    const org = orgAnaphor(text, orgsBefore(view, toks[owner[0]]!.start, memory))
    if (org) return { ...org, span: { start: toks[owner[0]]!.start, end: toks[owns - 1]!.end } }
  }
  return countryRole(view, range, ctx.lexicon)
}

/** The noun phrase a nominal trigger heads ("joint training exercises", "missile attacks"). */
function nounItem(view: SentenceView, h: TriggerHit, floor: number): RoleValue | null {
  let a = h.from
  while (a > floor && /^(ADJ|NOUN|PROPN)$/.test(view.toks[a - 1]!.pos)) a--
  return itemRole(view, [a, h.to])
}

const actorLike = (r: RoleValue): boolean => r.canonical !== null

function otherPartyWide(
  view: SentenceView,
  range: [number, number],
  agent: RoleValue | null,
): RoleValue | null {
  const ms = mentionsIn(view, range).filter((m) => m.type === 'PERSON')
  const other = ms.find((m) => m.canonical !== agent?.canonical)
  return other ? roleOfMention(view, other) : null
}

/** Participles that put a target on a sanctions list. */
const LISTED = /^(listed|named|designated|sanctioned|targeted|added|blacklisted)$/
const INTRODUCING = /^(are|were|is|was|include|includes|included)$/

/**
 * The targets of a sanctions listing told as a list of names: "Among the companies listed are
 * A, B and C", "Those designated include A and B". The body is a "by" phrase, else the one that
 * imposed sanctions last in the document; one SANCTION claim per named organisation or person.
 */
function listedTargets(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const at = toks.findIndex((t, k) => k < 8 && LISTED.test(t.lower))
  if (at < 0) return []
  // the verb that introduces the names, after an optional "by" phrase: "… listed are", "… by the EU include"
  let v = at + 1
  if (toks[v]?.lower === 'by') while (v < toks.length && v - at < 10 && !INTRODUCING.test(toks[v]!.lower)) v++
  if (!INTRODUCING.test(toks[v]?.lower ?? '')) return []
  // "Among the companies listed are …", "Also designated were …", "Those sanctioned include …"
  const opens =
    toks[0]!.lower === 'among' || at === 0 || (at === 1 && /^(also|further)$/.test(toks[0]!.lower))
  if (!/^includ/.test(toks[v]!.lower) && !opens) return []
  const by = argumentAfter(view, at + 1, BY, v)
  const agent = (by && actorOf(view, by, ctx.lexicon, { allowGoverned: true })) || memory.sanctioner
  if (!agent) return []
  // the names up to a relative clause or a reporting frame ("…, which builds …", "according to …")
  let end = toks.length
  for (let k = v + 1; k < toks.length; k++)
    if (/^(which|who|according)$/.test(toks[k]!.lower) || toks[k]!.text === ';') {
      end = k
      break
    }
  const targets = partiesIn(view, [v + 1, end]).filter(
    (m) => m.type === 'ORG' || m.type === 'PERSON' || m.type === 'UNIT',
  )
  const hedge = hedgeIn(view, ctx.hedges, at, at, v + 1)
  return targets.map((m) => {
    const target = roleOfMention(view, m)
    return {
      relation: 'SANCTION' as const,
      agent,
      recipient: target,
      item: target,
      quantity: null,
      time: eventTime(view, at, at + 1),
      place: null,
      hedge: hedge.hedge,
      likelihood: hedge.icd203,
      at: toks[at]!.start,
    }
  })
}

/** Currency units of the quantity lexicon (its three-letter codes): a sum of money is what goods are worth. */
const MONEY = /^[A-Z]{3}$/
/** Words that give the value of what is supplied: "were worth €1.1 billion", "reached $480 million". */
const VALUED =
  /\b(worth|valued at|value of|reached|totall?ed|amounted to|earned|brought in|of)\s+(?:about |nearly |some |around |over |more than |up to |almost )?$/i
/** Words that give a change in what is supplied: "rose by 40 percent", "a 40% jump". */
const CHANGED =
  /\b(?:rose|risen|grew|grown|increased|jumped|climbed|fell|fallen|dropped|declined|decreased|shrank)\s+(?:by\s+)?(?:about |nearly |some |around |over |more than |up to |almost )?$/i

/**
 * "Belarusian deliveries of military goods to Russia were worth nearly €1.1 billion": a claim of
 * goods with no count of its own takes the sum of money the sentence gives as their value, when a
 * valuing word stands before it, or the percentage by which they changed. One sentence, one sum:
 * only when the claims that can take it are the items of one predicate.
 */
function withValue(view: SentenceView, claims: DraftClaim[]): DraftClaim[] {
  return withSum(view, withSize(view, claims))
}

/** The sentence's text in the 40 characters before a quantity (where "worth", "involve" stand). */
function wordsBefore(view: SentenceView, q: Quantity): string {
  return view.text.slice(Math.max(view.span.start, q.span!.start - 40), q.span!.start)
}

/** Whether a quantity stands in the clause of the trigger at offset `at`, before or after it. */
function sameClause(view: SentenceView, at: number, q: Quantity): boolean {
  const [a, b] = at < q.span!.start ? [at, q.span!.start] : [q.span!.start, at]
  return !/;|,\s*(?:and|but|while|whereas|although)\b/.test(view.text.slice(a, b))
}

/** Words before the number of troops an exercise involves: "will involve up to 13,000 troops". */
const INVOLVING =
  /\b(?:involv(?:e|es|ed|ing)|bring(?:s|ing)? together|brought together|with|includ(?:e|es|ed|ing))\s+(?:about |nearly |some |around |over |more than |up to |almost |at least )?$/i

/**
 * "The drills will involve up to 13,000 troops": an exercise with no count of its own takes the
 * number of troops its clause says it involves.
 */
function withSize(view: SentenceView, claims: DraftClaim[]): DraftClaim[] {
  const drills = claims.filter((c) => c.relation === 'EXERCISE' && !c.quantity)
  if (drills.length !== 1) return claims
  const at = drills[0]!.at
  const size = view.quantities.find(
    (q) => q.span && q.unit === 'troops' && INVOLVING.test(wordsBefore(view, q)) && sameClause(view, at, q),
  )
  return size ? claims.map((c) => (c === drills[0] ? { ...c, quantity: size } : c)) : claims
}

function withSum(view: SentenceView, claims: DraftClaim[]): DraftClaim[] {
  const goods = claims.filter((c) => /^(SUPPLY|TRANSFER|PRODUCE)$/.test(c.relation) && !c.quantity)
  // one predicate (its items share the sum: "exports of optics and parts rose by 40 percent")
  if (!goods.length || goods.some((c) => c.at !== goods[0]!.at)) return claims
  const at = goods[0]!.at
  const sum = view.quantities.find(
    (q) =>
      q.span &&
      ((MONEY.test(q.unit ?? '') && VALUED.test(wordsBefore(view, q))) ||
        // "exports of optics to Russia rose by about 40 percent": the change in what is supplied
        (q.unit === 'percent' && q.span.start > at && CHANGED.test(wordsBefore(view, q)))) &&
      sameClause(view, at, q),
  )
  if (!sum) return claims
  return claims.map((c) => (goods.includes(c) ? { ...c, quantity: sum } : c))
}

/** "came from", "have come from". */
const CAME = /^(came|come|comes|coming)$/
/** Goods a maker turns out: what "came from" a firm is supplied. */
const MADE_GOODS =
  /^(components|parts|chips|microchips|microelectronics|electronics|optics|sights|engines|chassis|tractors|gearboxes|transmissions|tyres|tires|bearings|cables|fuses|sensors|modules|boards)$/
/** A state's stockpile: what comes from one is handed over, not supplied. */
const STOCKPILE = /\b(arsenals?|depots?|storage|stocks?|stockpiles?|reserves?|warehouses?|bases?)\b/i

/**
 * Goods told by where they came from: "half the shells came from a depot outside Barysaw"
 * (a state's stock: a TRANSFER from the state the arsenal is in), "60% of that ammunition came
 * from the 2216th arsenal" (the named arsenal), "the sights came from Peleng" (a maker: SUPPLY).
 * Only for military stock or made goods ("the money came from Moscow" is no claim).
 */
function cameFrom(view: SentenceView, ctx: ClaimContext): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!CAME.test(toks[k]!.lower) || toks[k + 1]!.lower !== 'from') continue
    const floor = clauseStart(view, k)
    const gs = groupStart(view, k, floor)
    const subj = phraseBefore(view, gs, floor)
    const head = toks.slice(subj[0], subj[1]).findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
    if (!head) continue
    const stock = STOCK.test(head.text) || STOCK_HEADS.test(head.lower)
    if (!stock && !MADE_GOODS.test(head.lower)) continue
    const from = phraseAfter(view, k + 2)
    if (from[1] <= from[0]) continue
    const agent =
      origin(view, from, ctx.lexicon, { allowGoverned: true }) ??
      countryRole(view, from, ctx.lexicon) ??
      stateOf(view, sited(view, from), ctx.lexicon)
    if (!agent?.canonical) continue
    const state = ctx.lexicon.countryByName.has(agent.canonical.toLowerCase())
    const fromStock =
      state || STOCKPILE.test(agent.canonical) || STOCKPILE.test(textOf(view, from[0], from[1]))
    // (else a firm supplies: "the sights came from Peleng"; a person or a body of no goods does not)
    if (
      !fromStock &&
      !mentionsIn(view, from).some((m) => m.type === 'ORG' && m.canonical === agent.canonical)
    )
      continue
    const limit = clauseEnd(view, k)
    const to = argumentAfter(view, from[1], TO_FOR_INTO, limit)
    const hedge = hedgeIn(view, ctx.hedges, gs, gs, k + 2)
    out.push({
      relation: fromStock ? 'TRANSFER' : 'SUPPLY',
      agent,
      recipient: to
        ? (stateOf(view, to, ctx.lexicon) ?? actorOf(view, to, ctx.lexicon, { allowGoverned: true }))
        : null,
      item: itemRole(view, [subj[0], head.i + 1]),
      quantity: quantityIn(view, [floor, head.i + 1]),
      time: eventTime(view, k, k + 1),
      place: null,
      hedge: hedge.hedge,
      likelihood: hedge.icd203,
      at: toks[k]!.start,
    })
  }
  return out
}

const LOADED = /^(loaded|loading)$/
/** What goods are loaded onto for a journey. */
const CARRIER =
  /^(flatcars?|wagons?|railcars?|platforms?|trains?|echelons?|trucks|lorries|transporters|barges?|ships?)$/
/** Where goods are loaded: a station, a junction, a siding. */
const LOADING_SITE = /\b(station|junction|siding|sidings|yard|depot|railhead|terminal|port)\b/i

/**
 * Stock seen being loaded for a journey, as rail monitors and imagery report it: "40 tanks being
 * loaded onto flatcars at Barysaw station", "300 wagons were loaded at the Asipovichy junction".
 * A TRANSFER by the state the loading site lies in, to where the load is bound ("for shipment to
 * Russia", "bound for Russia"), else the way the document's last transfer from that state went.
 * Nothing for forces loading their own kit ("Russian tanks loaded onto trains": a unit moving) or
 * with no state known.
 */
function loadings(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!LOADED.test(toks[k]!.lower) || toks[k]!.pos === 'NOUN') continue
    // the load before the verb: "tanks being loaded", "wagons were loaded"
    const floor = clauseStart(view, k)
    const gs = groupStart(view, k, floor)
    if (gs === k && toks[k - 1]?.pos !== 'NOUN' && toks[k - 1]?.text !== ',') continue
    const subj = loadBefore(view, gs, floor)
    const head = toks.slice(subj[0], subj[1]).findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
    if (!head || !(STOCK.test(head.text) || STOCK_HEADS.test(head.lower) || CARGO.test(head.lower))) continue
    const limit = clauseEnd(view, k)
    const onto = argumentAfter(view, k + 1, ONTO_INTO, limit)
    const at = argumentAfter(view, k + 1, SITE_PREPS, limit)
    const carried = onto && toks.slice(onto[0], onto[1]).some((t) => CARRIER.test(t.lower))
    const site = at && LOADING_SITE.test(textOf(view, at[0], at[1]))
    if (!carried && !site) continue
    const state = at ? stateOf(view, sited(view, at), ctx.lexicon) : null
    const loadState = countryIn(textOf(view, subj[0], subj[1]), ctx.lexicon)
    // "Russian tanks loaded onto trains in Belarus": forces moving their own kit, no handover
    if (loadState && loadState.name !== state?.canonical) continue
    const bound = argumentAfter(view, (at ?? onto ?? [k, k + 1])[1], TO_FOR_INTO, limit)
    const stated = bound ? stateOf(view, [bound[0], limit], ctx.lexicon) : null
    const route = memory.route
    const origin =
      state ?? (route && (!stated || stated.canonical === route.destination.canonical) ? route.origin : null)
    if (!origin) continue
    const destination =
      stated ?? (route && route.origin.canonical === origin.canonical ? route.destination : null)
    if (destination?.canonical === origin.canonical) continue
    const hedge = hedgeIn(view, ctx.hedges, gs, gs, k + 1)
    out.push({
      relation: 'TRANSFER',
      agent: { text: origin.text, canonical: origin.canonical },
      recipient: destination,
      item: itemRole(view, [subj[0], head.i + 1]),
      quantity: quantityIn(view, subj),
      time: eventTime(view, k, k + 1),
      place: at ? placeIn(view, k + 1, limit, SITE_PREPS) : null,
      hedge: hedge.hedge,
      likelihood: hedge.icd203,
      at: toks[k]!.start,
    })
  }
  return out
}

const ONTO_INTO = new Set(['onto', 'on', 'into'])
/** A share of the phrase before it, set off by commas: "38 vehicles, most of them tanks, being …". */
const SHARE_OF = /^(most|many|some|all|both|several|half|none|one|two|three)\s+of\s+(them|which)\b/i

/** The load before a verb group, past a comma and a share of it set off by commas. */
function loadBefore(view: SentenceView, end: number, floor: number): [number, number] {
  let at = end
  let phrase = phraseBefore(view, at, floor)
  for (let guard = 0; guard < 2; guard++) {
    if (phrase[1] > phrase[0] && !SHARE_OF.test(textOf(view, phrase[0], phrase[1]))) break
    const comma = phrase[1] > phrase[0] ? phrase[0] - 1 : at - 1
    if (view.toks[comma]?.text !== ',') break
    at = comma
    phrase = phraseBefore(view, at, floor)
  }
  return phrase
}
const SITE_PREPS = new Set(['at', 'in', 'near'])

const SPECIALISE = /^speciali[sz](e|es|ed|ing)$/
/** "specialises in repairing …": the words after "in" that make the specialism a repair. */
const REPAIRING =
  /^(repair(ing)?|overhaul(ing)?|maintenance|servicing|modernis(ing|ation)|moderniz(ing|ation))$/

/**
 * A plant told by what it specialises in: "the 140th Repair Plant specialises in T-72 tanks and
 * BMP-2s" (a repair plant repairs them), "Peleng specialises in optical sights" (a maker makes
 * them). One claim per item listed: REPAIR when the plant's name or the words after "in" say
 * repair, else PRODUCE. Only for a firm or a plant, not a person or a state.
 */
function specialisms(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!SPECIALISE.test(toks[k]!.lower) || toks[k + 1]!.lower !== 'in') continue
    const floor = clauseStart(view, k)
    const gs = groupStart(view, k, floor)
    const found = subjectOf(view, gs, floor, false, ctx, memory)
    const agent = found.agents[0]
    if (!agent?.canonical || ctx.lexicon.countryByName.has(agent.canonical.toLowerCase())) continue
    if (mentionsIn(view, found.subj).some((m) => m.type === 'PERSON' || m.type === 'GPE')) continue
    let from = k + 2
    const verbal = REPAIRING.test(toks[from]!.lower)
    if (verbal || /^(making|producing|building|manufacturing)$/.test(toks[from]!.lower)) from++
    if (toks[from]?.lower === 'of') from++
    const obj = phraseAfter(view, from)
    if (obj[1] <= obj[0]) continue
    const relation: Relation =
      verbal || /repair|overhaul/i.test(`${agent.canonical} ${textOf(view, found.subj[0], found.subj[1])}`)
        ? 'REPAIR'
        : 'PRODUCE'
    const hedge = hedgeIn(view, ctx.hedges, gs, gs, k + 1)
    for (const part of split(view, obj, relation)) {
      const item = itemRole(view, part)
      if (!item) continue
      out.push({
        relation,
        agent,
        recipient: null,
        item,
        quantity: quantityIn(view, part),
        time: eventTime(view, k, k + 1),
        place: null,
        hedge: hedge.hedge,
        likelihood: hedge.icd203,
        at: toks[k]!.start,
      })
    }
  }
  return out
}

/** Rolling stock and loads that monitors count: "wagons of ammunition", "military trains". */
const CARGO =
  /^(wagons?|railcars?|flatcars?|platforms?|trains?|echelons?|cargo(es)?|shipments?|consignments?|convoys?|trainloads?)$/
/** Verbs that move a load: "left Belarus", "crossed into Russia", "carried armoured vehicles". */
const MOVING =
  /^(mov(e|es|ed|ing)|leav(e|es|ing)|left|cross(es|ed|ing)?|carr(y|ies|ied|ying)|head(s|ed|ing)?|travel(s|l?ed|l?ing)?|roll(s|ed|ing)?|transport(s|ed|ing)?|haul(s|ed|ing)?|arriv(e|es|ed|ing)|went|go|goes|going|bound)$/
const CARRYING = /^(carr|transport|haul)/
const LEAVING = /^(leav|left)/

/**
 * Loads moving between states, as rail monitors report them: "400 wagons of military cargo
 * leaving Belarus for Russia", "30 wagons of ammunition moving from Asipovichy to Klintsy",
 * "flatcars carried armoured vehicles from Belarus". A TRANSFER from the state the load leaves
 * (a place stands for its country) to the state it goes to; nothing without a stated origin.
 */
function cargoMovements(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.pos !== 'NOUN' || !CARGO.test(toks[k]!.lower)) continue
    let v = k + 1
    if (toks[v]?.lower === 'of') v = phraseAfter(view, v + 1)[1]
    while (v < toks.length && v - k <= 8 && !MOVING.test(toks[v]!.lower)) {
      if (/^[.;:]$/.test(toks[v]!.text)) break
      // "the wagons were nearly always bound for …": a verb after its auxiliary and adverbs
      if (toks[v]!.pos === 'AUX') {
        let a = v + 1
        while (a < toks.length && toks[a]!.pos === 'ADV') a++
        if (toks[a]?.lower !== 'bound') break
        v = a
        break
      }
      v++
    }
    if (v >= toks.length || !MOVING.test(toks[v]!.lower) || toks[v]!.pos === 'NOUN') continue
    const limit = clauseEnd(view, v)
    const from = LEAVING.test(toks[v]!.lower)
      ? phraseAfter(view, v + 1)
      : argumentAfter(view, v + 1, FROM, limit)
    // ("left Belarusian stations": the state a demonym names)
    const stated = from ? (stateOf(view, from, ctx.lexicon) ?? countryRole(view, from, ctx.lexicon)) : null
    const to = argumentAfter(view, from ? from[1] : v + 1, TO_FOR_INTO, limit)
    let destination = to ? stateOf(view, to, ctx.lexicon) : null
    // "the trains hauled 46 tanks", "38 trains crossed into Russia": the route the document gave
    const route = memory.route
    const onRoute =
      !stated && route && (!destination || destination.canonical === route.destination.canonical)
    const origin = stated ?? (onRoute ? route.origin : null)
    if (!origin) continue
    if (onRoute) destination ??= route.destination
    if (destination?.canonical === origin.canonical) continue
    const np = phraseBefore(view, k + 1, clauseStart(view, k))
    const contents =
      toks[k + 1]?.lower === 'of'
        ? phraseAfter(view, k + 2)
        : CARRYING.test(toks[v]!.lower)
          ? phraseAfter(view, v + 1)
          : np
    const hedge = hedgeIn(view, ctx.hedges, k, k, v + 1)
    // "hauled 46 tanks, 19 carriers and 300 wagons of ammunition": one claim per load carried
    const carried = CARRYING.test(toks[v]!.lower) && toks[k + 1]?.lower !== 'of'
    for (const part of carried ? split(view, contents, 'TRANSFER') : [contents]) {
      // "trains carrying Russian troops": forces on the move deploy (see forces.ts); no stock changes hands
      const load = itemRole(view, part)?.text ?? ''
      if (FORCE_ITEM.test(load) && !EQUIPMENT_UNITS.test(load)) continue
      out.push({
        relation: 'TRANSFER',
        agent: origin,
        recipient: destination,
        item: itemRole(view, part),
        quantity: carried ? quantityIn(view, part) : quantityIn(view, np),
        time: eventTime(view, v, v + 1),
        place: null,
        hedge: hedge.hedge,
        likelihood: hedge.icd203,
        at: toks[k]!.start,
        nominal: true,
      })
    }
    k = v
  }
  return out
}

const TO_FOR_INTO = new Set(['to', 'for', 'into', 'towards', 'toward'])

/**
 * The loads of rolling stock named as an object: "27 trains carrying tanks and shells", "wagons
 * loaded with ammunition" → the phrase after the participle; null when the object is no cargo.
 */
function carriedLoad(view: SentenceView, range: [number, number]): [number, number] | null {
  const { toks } = view
  const head = toks[range[1] - 1]
  if (head?.pos !== 'NOUN' || !CARGO.test(head.lower)) return null
  const k = range[1]
  const at = /^(carrying|transporting|hauling)$/.test(toks[k]?.lower ?? '')
    ? k + 1
    : /^(loaded|laden)$/.test(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'with'
      ? k + 2
      : -1
  if (at < 0) return null
  const load = phraseAfter(view, at)
  return load[1] > load[0] ? load : null
}

/** The state a phrase names: a country, or the country of a place or body it names. */
function stateOf(view: SentenceView, range: [number, number], lexicon: Lexicon): RoleValue | null {
  for (const m of mentionsIn(view, range)) {
    if (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'FACILITY') continue
    const own = lexicon.countryByName.get(m.canonical.toLowerCase())
    if (own)
      return {
        text: view.text.slice(m.start, m.end),
        canonical: own.name,
        span: { start: m.start, end: m.end },
      }
    const code = m.ref ? lexicon.byId.get(m.ref)?.country : undefined
    const country = code ? lexicon.countries.get(code) : undefined
    if (country) return { text: country.name, canonical: country.name }
    // "the Asipovichy junction": a site named after its town lies in the town's state
    const town = m.type === 'FACILITY' && !m.ref ? townIn(view.text.slice(m.start, m.end), lexicon) : null
    if (town) return { text: town.name, canonical: town.name }
  }
  return null
}

/** The state of the first town the reference data knows among a site name's capitalised words. */
function townIn(name: string, lexicon: Lexicon): Country | null {
  for (const w of name.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(w)) continue
    const e = lookupExact(lexicon, w).find((x) => x.type === 'GPE' && x.country && !x.ambiguous)
    const c = e?.country ? lexicon.countries.get(e.country) : undefined
    if (c) return c
  }
  return null
}

/** One claim per relation and agent in a sentence, unless their items are distinct list members. */
function dedupe(claims: DraftClaim[]): DraftClaim[] {
  const out: DraftClaim[] = []
  for (const c of claims) {
    // the same predicate found twice (a verb and its nominalisation, a noun repeated, one item
    // read two ways); two verbs of one actor with different items are two claims
    const same = out.find(
      (o) =>
        o.relation === c.relation &&
        (o.agent?.canonical ?? null) === (c.agent?.canonical ?? null) &&
        (o.at === c.at
          ? o.item?.text === c.item?.text &&
            (o.recipient?.canonical ?? null) === (c.recipient?.canonical ?? null)
          : o.nominal || c.nominal || !o.item || !c.item || o.item.text === c.item.text),
    )
    if (same) continue
    out.push(c)
  }
  return out
}

/** "does the same for", "did likewise with": the act told before, done by another actor to other goods. */
const SAME_FOR =
  /^(?:do|does|did|doing|has done|have done)\s+(?:the\s+same|likewise|so)\s+(?:for|with|to|on)$/i

/**
 * "The 140th plant overhauls Russian tanks. The 558th plant does the same for Russian helicopters":
 * the last act of an earlier sentence, by this sentence's actor, on the goods after "for".
 */
function sameFor(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const last = memory.lastAct
  if (!last || !/^(SUPPLY|TRANSFER|PRODUCE|REPAIR)$/.test(last.relation)) return []
  const { toks } = view
  for (let k = 1; k < toks.length; k++) {
    if (!/^(do|does|did|doing|has|have)$/.test(toks[k]!.lower)) continue
    const width = /^(has|have)$/.test(toks[k]!.lower) ? 5 : 4
    if (k + width >= toks.length || !SAME_FOR.test(textOf(view, k, k + width))) continue
    const floor = clauseStart(view, k)
    const subj = phraseBefore(view, groupStart(view, k, floor), floor)
    const agent = subj[1] > subj[0] ? actorOf(view, subj, ctx.lexicon, actorOptions(memory)) : null
    const goods = phraseAfter(view, k + width)
    if (!agent || goods[1] <= goods[0] || agent.canonical === last.agent?.canonical) return []
    // (goods of a nation's forces repaired are repaired for those forces)
    const own = countryRole(view, goods, ctx.lexicon)
    const country = own?.canonical ? ctx.lexicon.countryByName.get(own.canonical.toLowerCase()) : undefined
    const recipient =
      last.relation === 'REPAIR' && own && country
        ? { text: own.text, canonical: armedForcesOf(country) }
        : last.recipient
    return split(view, goods, last.relation).flatMap((part) => {
      const item = itemRole(view, part)
      return item
        ? [
            {
              ...last,
              agent,
              recipient,
              item,
              quantity: quantityIn(view, part),
              time: null,
              place: null,
              hedge: 'asserted' as Hedge,
              likelihood: null,
              at: toks[k]!.start,
            },
          ]
        : []
    })
  }
  return []
}

/** What may follow "followed suit": nothing, or when ("a year later", "in 2023", "the following year"). */
const TIME_TAIL =
  /^(?:\s+(?:a|an|one|two|three|several|some|the|in|on|within|by|soon|shortly|later|after|following|next|that|this|year|years|month|months|week|weeks|day|days|hours?|\d{4}|\p{Lu}\p{Ll}+|afterwards|after\s+that)){0,5}\s*$/u

/** Words that add to the targets named before: "along with", "together with", "as well as". */
const ALONG = /^(?:along|together)$/

/**
 * "The EU froze the assets of X, the plant that …, along with Y and three optics makers": each
 * name (or counted group) after "along with" is sanctioned by the same body as the target before it.
 */
function sanctionedAlong(view: SentenceView, drafts: readonly DraftClaim[]): DraftClaim[] {
  const first = drafts.find((d) => d.relation === 'SANCTION' && d.agent && d.recipient)
  if (!first) return []
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 0; k + 1 < toks.length; k++) {
    const along = ALONG.test(toks[k]!.lower) && toks[k + 1]!.lower === 'with'
    const asWell = toks[k]!.lower === 'as' && toks[k + 1]!.lower === 'well' && toks[k + 2]?.lower === 'as'
    if (!along && !asWell) continue
    if (toks[k]!.start < first.at) continue
    const list = phraseAfter(view, k + (along ? 2 : 3))
    for (const part of conjuncts(view, list)) {
      const named = mentionsIn(view, part).find((m) => TARGET_TYPES.has(m.type))
      const counted = named ? null : quantityIn(view, part)
      if (!named && !counted) continue
      if (
        named &&
        drafts.some((d) => d.relation === 'SANCTION' && d.recipient?.canonical === named.canonical)
      )
        continue
      const item = named ? roleOfMention(view, named) : itemRole(view, part)
      if (!item) continue
      out.push({
        ...first,
        recipient: named ? roleOfMention(view, named) : null,
        item,
        quantity: counted,
        at: toks[part[0]]!.start,
      })
    }
    break
  }
  return out
}

/** What can be sanctioned by name. */
const TARGET_TYPES = new Set(['ORG', 'PERSON', 'UNIT'])

/** "with designations of its own", "with its own sanctions": the act that followed, named at the end. */
const OWN_ACT =
  /\s+with\s+(?:(?:its|their)\s+own\s+|similar\s+|matching\s+)?(?:sanctions|designations|measures|listings|restrictions|bans)(?:\s+of\s+(?:its|their)\s+own)?\s*$/i

/** "followed", "followed suit", "did the same", "did likewise" opening the rest of a clause. */
const FOLLOWED = /^(?:soon\s+|later\s+)?(?:followed(?:\s+suit)?|did\s+(?:the\s+same|likewise|so))(?=\s|$)/i

/**
 * "The EU listed MZKT in 2022, and Washington followed suit": the last claim of the sentence made
 * again by the actor that followed (the same act, its own time unknown). Nothing when no claim
 * comes before or the follower names no actor.
 */
function followers(view: SentenceView, drafts: readonly DraftClaim[], ctx: ClaimContext): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k < toks.length; k++) {
    if (!/^(followed|did|soon|later)$/.test(toks[k]!.lower)) continue
    let e = k
    while (e < toks.length && !/^[.,;:!?]$/.test(toks[e]!.text)) e++
    // (a time may close it: "did the same a year later"; an object may not: "followed orders")
    const rest = textOf(view, k, e).trim()
    const m = FOLLOWED.exec(rest)
    // ("followed a day later with its own listings": the same act, named again)
    if (!m || !TIME_TAIL.test(rest.slice(m[0].length).replace(OWN_ACT, ''))) continue
    const floor = clauseStart(view, k)
    const subj = phraseBefore(view, k, floor)
    const actor = subj[1] > subj[0] ? actorOf(view, subj, ctx.lexicon) : null
    // (the act of the main clause, told first, not one in a relative clause after it)
    const before = drafts.filter((d) => d.at < toks[k]!.start && d.agent)
    const last = before[0]
    if (!actor || !last || actor.canonical === last.agent?.canonical) continue
    for (const d of before.filter((x) => x.at === last.at))
      out.push({ ...d, agent: actor, time: null, at: toks[k]!.start })
  }
  return out
}

/** The place a phrase is, when it is only a place's name ("Belarus", "the Gomel region"). */
function placeNamed(view: SentenceView, range: [number, number]): RoleValue | null {
  const ms = mentionsIn(view, range)
  if (ms.length !== 1 || !PLACE_TYPES.has(ms[0]!.type)) return null
  const m = ms[0]!
  const rest = view.toks
    .slice(range[0], range[1])
    .filter((t) => (t.start < m.start || t.end > m.end) && !/^(the|a|an)$/.test(t.lower))
  return rest.length ? null : roleOfMention(view, m)
}

/** The subject of the last clause of a sentence, for a pronoun in the next one ("Belarus is going to support Russia. They gave up…"). */
function lastSubject(view: SentenceView, ctx: ClaimContext, memory: Memory): RoleValue | null {
  for (let k = view.toks.length - 1; k > 0; k--) {
    const t = view.toks[k]!
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue
    const floor = clauseStart(view, k)
    const gs = groupStart(view, k, floor)
    const subj = phraseBefore(view, gs, floor)
    if (subj[1] <= subj[0]) continue
    const a = actorOf(view, subj, ctx.lexicon, { fallback: memory.industry, forces: memory.forces })
    if (a) return a
    k = subj[0]
  }
  return null
}

export type { Span }
