import type { Mention, Quantity, RoleValue, TimeValue } from '../../../model/annotations.js'
import { type RefEntity, roleHoldersOf } from '../../../reference/load.js'
import { type Country, type Lexicon, lookupExact } from '../entities/lexicon.js'
import { plantsByNumber } from '../entities/organisations.js'
import { adjectiveOf, armedForcesOf, countryIn, labelOf } from './labels.js'
import { isPunct, isQuoteMark, participleInPhrase } from './phrases.js'
import type { SentenceView } from './sentence.js'
import { textOf } from './sentence.js'

/** Mention types that can act: agents, recipients and parties. */
export const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'UNIT'])
export const PLACE_TYPES = new Set(['GPE', 'LOC', 'FACILITY'])

const PRONOUNS = new Set(['they', 'he', 'she', 'it', 'we', 'i', 'this', 'these'])
const GOVERNING_PREPS = new Set([
  'of',
  'in',
  'from',
  'at',
  'by',
  'with',
  'to',
  'for',
  'on',
  'near',
  'against',
  'after',
])

export const roleOfMention = (view: SentenceView, m: Mention): RoleValue => ({
  text: view.text.slice(m.start, m.end),
  canonical: m.canonical,
  span: { start: m.start, end: m.end },
})

/** Mentions whose span lies in the token range. */
export function mentionsIn(view: SentenceView, [from, to]: [number, number]): Mention[] {
  if (to <= from) return []
  const s = view.toks[from]!.start
  const e = view.toks[to - 1]!.end
  return view.mentions.filter((m) => m.start >= s && m.end <= e)
}

/** "Putin’s ally": a possessive name modifies the head after it. */
function possessive(view: SentenceView, m: Mention): boolean {
  return /^['’]s?(\s|$)/.test(view.text.slice(m.end, m.end + 3))
}

/** "Minsk-based Integral", "a Moscow-registered firm": a name that only says where the head is. */
function locating(view: SentenceView, m: Mention): boolean {
  return /^[-‐–](?:based|headquartered|registered|owned|controlled)\b/.test(
    view.text.slice(m.end, m.end + 16),
  )
}

/** The token before a mention (lower-cased), or null. */
function wordBefore(view: SentenceView, m: Mention): string | null {
  let k = view.toks.findIndex((t) => t.start >= m.start) - 1
  // skip determiners, quote marks and modifiers that are no name ("of the Belarusian KGB")
  const named = (t: { start: number }) => view.mentions.some((x) => x.start <= t.start && t.start < x.end)
  while (
    k >= 0 &&
    (/^(the|a|an|["“”«»])$/.test(view.toks[k]!.lower) ||
      view.toks[k]!.pos === 'ADJ' ||
      (view.toks[k]!.pos === 'PROPN' &&
        /(ian|ish|ese|an)$/.test(view.toks[k]!.lower) &&
        !named(view.toks[k]!)))
  )
    k--
  return k >= 0 ? view.toks[k]!.lower : null
}

export interface ActorOptions {
  /** Accept a mention governed by a preposition ("of X") when nothing else fits. */
  readonly allowGoverned?: boolean
  /** Prefer this type (MEET prefers people). */
  readonly prefer?: string
  /** Country for an industry phrase with no nationality ("the plants"): the industry named before. */
  readonly fallback?: Country | null
  /** What "those forces", "these troops" refer to: the armed forces named before. */
  readonly forces?: RoleValue | null
  /** Organisations named before, the most recent last, for "the plant", "the company". */
  readonly orgs?: readonly RoleValue[]
  /** The last actor of earlier sentences: the state "the country" may refer back to. */
  readonly last?: RoleValue | null
}

/** A definite phrase for a state named before: "the country", "the republic". */
const COUNTRY_ANAPHOR = /^(?:the|this)\s+(?:country|republic)$/i

/**
 * Forces with no nationality of their own, counted or pointed at: "those troops", "around 2,000
 * soldiers", "another battalion": the armed forces the text named before.
 */
const FORCES_NAMED_BEFORE =
  /^(?:(?:those|these|the|such|some|about|around|roughly|nearly|almost|over|up to|more than|another|a further|an additional|additional|more|[\d][\d,.]*|a few|several|hundreds of|thousands of|dozens of|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a|one hundred|a hundred)(?: thousand)?)\s+)+(?:forces|troops|soldiers|units|servicemen|battalions?|brigades?|regiments?|reservists|paratroopers|marines|personnel)$/i

/** Common nouns for a firm or works, which a city name before them only locates. */
export const FIRM_HEAD =
  /^(works|firms?|companies|company|plants?|factor(y|ies)|enterprises?|manufacturers?|makers?|workshops?|suppliers?|producers?)$/

/** A phrase a state owns: "its armed forces", "their own plants" (group 1: what is owned). */
const POSSESSED = /^(?:its|their)\s+(?:own\s+)?(.+)$/i

/** A person's own state: "his country", "her own country". */
const OWN_COUNTRY = /^(?:his|her)\s+(?:own\s+)?country$/i

/** The person mention named last before token `k` in the sentence. */
function personBefore(view: SentenceView, k: number): Mention | undefined {
  const at = view.toks[k]!.start
  return view.mentions.findLast((x) => x.type === 'PERSON' && x.end <= at)
}

/** The reference entry of a person mention: by its reference id, else by its canonical name. */
function personEntity(m: Mention, lexicon: Lexicon): RefEntity | undefined {
  return (
    (m.ref ? lexicon.byId.get(m.ref) : undefined) ??
    (m.canonical ? lookupExact(lexicon, m.canonical).find((e) => e.type === 'PERSON')?.entity : undefined)
  )
}

/** The state of the person named last before token `k` in the sentence, from the reference data. */
function personsCountry(view: SentenceView, k: number, lexicon: Lexicon): RoleValue | null {
  const person = personBefore(view, k)
  const entity = person ? personEntity(person, lexicon) : undefined
  const country = entity?.country ? lexicon.countries.get(entity.country) : undefined
  return country ? { text: country.name, canonical: country.name } : null
}

/**
 * The state "the country" refers back to: the nearest one named, or named by its adjective,
 * earlier in the sentence ("Belarusian plants …, and the country will deliver …"), else the last
 * actor of earlier sentences when that is a state.
 */
function countryBefore(
  view: SentenceView,
  k: number,
  lexicon: Lexicon,
  last: RoleValue | null,
): RoleValue | null {
  for (let j = k - 1; j >= 0; j--) {
    const t = view.toks[j]!
    const m = view.mentions.find((x) => x.start <= t.start && t.end <= x.end)
    const name = m?.type === 'GPE' ? m.canonical : null
    const country =
      (name ? lexicon.countryByName.get(name.toLowerCase()) : undefined) ?? lexicon.demonyms.get(t.lower)
    if (country) return { text: country.name, canonical: country.name }
  }
  const c = last?.canonical ? lexicon.countryByName.get(last.canonical.toLowerCase()) : undefined
  return c ? { text: c.name, canonical: c.name } : null
}

/** A singular definite phrase that refers back to a named organisation: "the plant", "the company". */
const ORG_ANAPHOR =
  /(?:^|\s)(?:the|this)\s+(?:(?:state-owned|state-run|private|same|Belarusian|Russian)\s+)?(plant|factory|works|facility|enterprise|company|firm|manufacturer|maker|producer|holding|exporter|design bureau|repair plant)$/i
/** Organisations that are bodies of a state, alliances or outlets: no "company" refers to them. */
const BODY =
  /\b(ministry|government|council|committee|service|agency|department|office|institute|centre|center|union|nato|parliament|army|forces|guard|court|commission|kremlin|treasury|bank|fund|group|project|review|news|times|post|wire|monitor|lens|digest|dispatch|courier|agency)\b/i
export const PLANT = /\b(plant|factory|works|zavod|arsenal|repair|base)\b/i

/**
 * The organisation "the plant" or "the company" refers back to: the most recent one named that
 * is no state body, a plant by its name for "the plant" when one is; null when none.
 */
export function orgAnaphor(text: string, orgs: readonly RoleValue[] | undefined): RoleValue | null {
  const m = ORG_ANAPHOR.exec(text.trim())
  if (!m || !orgs?.length) return null
  const firms = orgs.filter((o) => o.canonical && !BODY.test(o.canonical))
  const wantsPlant = /plant|factory|works|facility/i.test(m[1]!)
  const pick = (wantsPlant ? firms.findLast((o) => PLANT.test(o.canonical ?? '')) : undefined) ?? firms.at(-1)
  return pick ? { text: text.trim(), canonical: pick.canonical } : null
}

/** "the 558th plant", "the 140 repair works": a plant known by its number. */
const NUMBERED_PLANT =
  /^(?:the\s+)?(\d{2,4})(?:st|nd|rd|th|-?[iy]?[iy]?)?\s+(?:[\p{L}-]+\s+){0,3}(?:plant|works|factory|zavod|arsenal)$/iu
/**
 * The reference plant a numbered phrase names, when the gazetteer missed the short form:
 * "The 558th plant" → "558 Aircraft Repair Plant"; null for an unknown or shared number.
 */
export function numberedPlant(text: string, lexicon: Lexicon): string | null {
  const m = NUMBERED_PLANT.exec(text.trim())
  return m ? (plantsByNumber(lexicon).get(m[1]!)?.name ?? null) : null
}

/**
 * The actor a phrase denotes: its first actor mention that no preposition governs, else a
 * descriptive label from its words, else (with `allowGoverned`) a governed mention.
 * "President of Belarus Alexander Lukashenko" → Lukashenko; "120 Belarusian plants" → the label.
 */
export function actorOf(
  view: SentenceView,
  range: [number, number],
  lexicon: Lexicon,
  options: ActorOptions = {},
): RoleValue | null {
  const ms = mentionsIn(view, range).filter((m) => ACTOR_TYPES.has(m.type))
  const free = ms.filter(
    (m) => !GOVERNING_PREPS.has(wordBefore(view, m) ?? '') && !possessive(view, m) && !locating(view, m),
  )
  const pick = (list: Mention[]) =>
    (options.prefer ? list.find((m) => m.type === options.prefer) : undefined) ?? list[0]
  const text = textOf(view, range[0], range[1])
  if (!ms.length) {
    const org = orgAnaphor(text, options.orgs)
    if (org) return { ...org, span: spanOf(view, range) }
    // (a quotation may open right after the subject: his country "does not make …")
    const bare = text.trim().replace(/\s*["“”‘’'«»]+$/, '')
    const state = COUNTRY_ANAPHOR.test(bare)
      ? countryBefore(view, range[0], lexicon, options.last ?? null)
      : OWN_COUNTRY.test(bare)
        ? personsCountry(view, range[0], lexicon)
        : null
    if (state) return { text: bare, canonical: state.canonical, span: spanOf(view, range) }
    // "its armed forces", "their plants": the forces or the industry of the state named before
    // (not after a preposition: "a check of its army" names who is checked, not who acts)
    const owned = GOVERNING_PREPS.has(view.toks[range[0] - 1]?.lower ?? '') ? null : POSSESSED.exec(bare)
    const owner = owned ? countryBefore(view, range[0], lexicon, options.last ?? null) : null
    const country = owner?.canonical ? lexicon.countryByName.get(owner.canonical.toLowerCase()) : undefined
    const label = country ? labelOf(`${adjectiveOf(country, lexicon)} ${owned![1]}`, lexicon) : null
    if (label) return { text: bare, canonical: label.canonical, span: spanOf(view, range) }
  }
  if (!free.length) {
    // "the 558th plant in Baranavichy": the head before its place
    let e = range[0]
    while (e < range[1] && view.toks[e]!.pos !== 'ADP') e++
    const plant = numberedPlant(textOf(view, range[0], e), lexicon)
    if (plant) return { text: textOf(view, range[0], e), canonical: plant, span: spanOf(view, [range[0], e]) }
  }
  const label = labelOf(text, lexicon, options.fallback ?? null)
  if (!label && !free.length && options.forces && FORCES_NAMED_BEFORE.test(text.trim())) {
    return options.forces
  }
  // "the Lukashenko regime", "Putin's government": the government of the state the leader runs
  const ruler = ms.find((x) => x.type === 'PERSON')
  if (ruler && GOVERNMENT_AFTER_LEADER.test(view.text.slice(ruler.end, view.toks[range[1] - 1]!.end))) {
    const state = stateOfLeader(ruler, lexicon)
    if (state)
      return { text: text.trim(), canonical: `Government of ${state.name}`, span: spanOf(view, range) }
  }
  const m = pick(free)
  if (m) {
    // "Belarus' aerospace industry": the name only modifies the head noun the label names
    const after = view.toks.filter((t) => t.start >= m.end && t.end <= view.toks[range[1] - 1]!.end)
    // ("the Barysaw works": the tagger may read the head as a verb)
    const headAfter =
      after.length > 0 &&
      after[0]!.pos !== 'ADP' &&
      after.some((t) => t.pos === 'NOUN' || FIRM_HEAD.test(t.lower))
    if (label && headAfter) return { text: label.text, canonical: label.canonical, span: spanOf(view, range) }
    // "the Barysaw works", "two Minsk firms": a city that names where a firm is, is not the firm
    if (
      headAfter &&
      m.type === 'GPE' &&
      !lexicon.countryByName.has(m.canonical.toLowerCase()) &&
      FIRM_HEAD.test(after.findLast((t) => t.pos === 'NOUN' || FIRM_HEAD.test(t.lower))?.lower ?? '')
    )
      return null
    return roleOfMention(view, m)
  }
  if (label) return { text: label.text, canonical: label.canonical, span: spanOf(view, range) }
  // "an employee of the Belarusian KGB": an unnamed member of a named organisation
  const member = /\b(employee|officer|official|agent|member|staffer|representative)s?\s+of\b/i.exec(text)
  const org = member
    ? ms.find((x) => x.type === 'ORG' && x.start > spanOf(view, range).start + member.index)
    : undefined
  if (member && org)
    return {
      text,
      canonical: `unnamed ${org.canonical} ${member[1]!.toLowerCase()}`,
      span: spanOf(view, range),
    }
  // "Putin's troops", "Lukashenko's army": a leader's forces are the armed forces of his state
  const leader = ms.find((m) => m.type === 'PERSON' && possessive(view, m))
  const forces = leader
    ? leadersForces(view, leader, range, lexicon)
    : pronounLeadersForces(view, range, lexicon)
  if (forces) return forces
  // ("the plant in Baranavichy": a place where the actor is, is not the actor)
  const governed = ms.filter(
    (m) =>
      !(PLACE_TYPES.has(m.type) && /^(in|at|near|outside|inside|around)$/.test(wordBefore(view, m) ?? '')),
  )
  if (options.allowGoverned && governed.length) return roleOfMention(view, pick(governed)!)
  // "the Belarusian leader", "the Russian president": the one reference person holding that role
  const holder = !ms.length ? roleHolder(text, lexicon) : null
  if (holder) return { text: text.trim(), canonical: holder, span: spanOf(view, range) }
  return null
}

const leadersCache = new WeakMap<Lexicon, ReadonlySet<string>>()

/** Whether a reference person holds a head-of-state or head-of-government role. */
export function isLeader(canonical: string, lexicon: Lexicon): boolean {
  let set = leadersCache.get(lexicon)
  if (!set) {
    const out = new Set<string>()
    // "president of russia", "russian leader"; not "aide to the president of russia"
    for (const [role, names] of roleHoldersOf(lexicon.reference))
      if (
        /^(?:[\p{L}-]+\s+)?(?:president|prime minister|premier|chancellor|leader|king)(?:\s+of\s.*)?$/u.test(
          role,
        )
      )
        for (const n of names) out.add(n)
    set = out
    leadersCache.set(lexicon, set)
  }
  return set.has(canonical)
}

/** Roles of a leader whose possessive before forces names his state's armed forces. */
const LEADER_ROLE =
  /\b(president|leader|head of state|prime minister|defen[cs]e minister|minister of defen[cs]e|commander-in-chief)\b/i
/** Heads that name forces after a leader's possessive ("Putin's troops", "Lukashenko's army"). */
const FORCES_AFTER_LEADER =
  /^['’]s?\s+(?:[\p{L}-]+\s+)?(troops|forces|army|military|soldiers|servicemen|units|jets|warplanes|bombers|missiles)$/u

function leadersForces(
  view: SentenceView,
  m: Mention,
  range: [number, number],
  lexicon: Lexicon,
): RoleValue | null {
  const rest = view.text.slice(m.end, view.toks[range[1] - 1]!.end)
  if (!FORCES_AFTER_LEADER.test(rest)) return null
  const canonical = forcesOfLeader(m, lexicon)
  return canonical
    ? { text: view.text.slice(m.start, view.toks[range[1] - 1]!.end), canonical, span: spanOf(view, range) }
    : null
}

/** "his troops", "many of her soldiers": forces owned by a pronoun. */
const PRONOUN_FORCES =
  /^(?:[\p{L}-]+\s+of\s+)?(?:his|her)\s+(?:own\s+)?(?:[\p{L}-]+\s+)?(troops|forces|army|military|soldiers|servicemen|units)$/iu

/**
 * "Lukashenko worries that most of his soldiers would desert": forces owned by "his" or "her" are
 * the armed forces of the leader named last before them in the sentence.
 */
function pronounLeadersForces(
  view: SentenceView,
  range: [number, number],
  lexicon: Lexicon,
): RoleValue | null {
  const text = textOf(view, range[0], range[1])
  if (!PRONOUN_FORCES.test(text)) return null
  const person = personBefore(view, range[0])
  const canonical = person ? forcesOfLeader(person, lexicon) : null
  return canonical ? { text, canonical, span: spanOf(view, range) } : null
}

/** The armed forces of the state a person leads, when the reference data has them as its leader. */
function forcesOfLeader(m: Mention, lexicon: Lexicon): string | null {
  const country = stateOfLeader(m, lexicon)
  return country ? armedForcesOf(country) : null
}

/** The state a person leads, when the reference data has them as its leader. */
function stateOfLeader(m: Mention, lexicon: Lexicon): Country | null {
  return ledState(personEntity(m, lexicon), lexicon)
}

/** The state a reference person leads, when a role the data gives them is head of it. */
function ledState(person: RefEntity | undefined, lexicon: Lexicon): Country | null {
  if (!person?.country || !(person.roles ?? []).some((r) => LEADER_ROLE.test(r))) return null
  return lexicon.countries.get(person.country) ?? null
}

/**
 * The state a person leads, by canonical name ("Alexander Lukashenko" → Belarus): who "we" is in
 * a leader's own words. Null for anyone the reference data has as no head of state or government.
 */
export function stateLedBy(canonical: string, lexicon: Lexicon): RoleValue | null {
  // (asked for every speaker of every quotation: the answer is remembered per reference data set)
  let memo = ledMemo.get(lexicon)
  if (!memo) {
    memo = new Map()
    ledMemo.set(lexicon, memo)
  }
  let name = memo.get(canonical)
  if (name === undefined) {
    name =
      ledState(lookupExact(lexicon, canonical).find((e) => e.type === 'PERSON')?.entity, lexicon)?.name ??
      null
    if (memo.size >= LED_MEMO_SIZE) memo.clear()
    memo.set(canonical, name)
  }
  return name ? { text: name, canonical: name } : null
}

const LED_MEMO_SIZE = 10_000
/** The state each person leads (or null), by reference data set, then by canonical name. */
const ledMemo = new WeakMap<Lexicon, Map<string, string | null>>()

/** What follows a leader's name when the phrase means the government: "regime", "'s government". */
const GOVERNMENT_AFTER_LEADER = /^(?:['’]s?)?\s+(?:regime|government|administration|authorities|cabinet)$/u

/**
 * The person a role phrase names when exactly one reference person holds that role: "the
 * Belarusian president"; "the Belarusian leader" is read as its head of state.
 */
export function roleHolder(phrase: string, lexicon: Lexicon): string | null {
  const key = phrase
    .trim()
    .replace(/^(the|a)\s+/i, '')
    .toLowerCase()
  if (key.split(/\s+/).length > 4) return null
  const holders = roleHoldersOf(lexicon.reference)
  const direct = holders.get(key) ?? holders.get(key.replace(/\bleader\b/, 'president'))
  return direct?.length === 1 ? direct[0]! : null
}

export function spanOf(view: SentenceView, [from, to]: [number, number]): { start: number; end: number } {
  return { start: view.toks[from]!.start, end: view.toks[to - 1]!.end }
}

/** Whether the phrase is a pronoun subject ("they", "he") to be carried from before. */
export function isPronoun(view: SentenceView, [from, to]: [number, number]): boolean {
  const words = view.toks
    .slice(from, to)
    .filter((t) => t.pos !== 'PUNCT' && t.pos !== 'ADV' && t.pos !== 'CCONJ')
  return words.length === 1 && PRONOUNS.has(words[0]!.lower)
}

/** Free actor mentions of a range, outside relative clauses ("X, whom the EU does not recognise, and Y"). */
export function partiesIn(view: SentenceView, range: [number, number]): Mention[] {
  const skip: Array<[number, number]> = []
  for (let k = range[0]; k < range[1]; k++) {
    if (!/^(whom|who|which|whose)$/.test(view.toks[k]!.lower)) continue
    let e = k + 1
    while (e < range[1] && view.toks[e]!.text !== ',') e++
    skip.push([view.toks[k]!.start, view.toks[Math.min(e, range[1] - 1)]!.end])
    k = e
  }
  return mentionsIn(view, range).filter(
    (m) =>
      ACTOR_TYPES.has(m.type) &&
      !GOVERNING_PREPS.has(wordBefore(view, m) ?? '') &&
      !possessive(view, m) &&
      !skip.some(([a, b]) => m.start >= a && m.end <= b),
  )
}

/** The country a phrase names by adjective, as a role ("Russian missiles" → Russia). */
export function countryRole(view: SentenceView, range: [number, number], lexicon: Lexicon): RoleValue | null {
  const c = countryIn(textOf(view, range[0], range[1]), lexicon)
  return c ? { text: c.name, canonical: c.name } : null
}

/** The first argument introduced by one of `preps` after index `from`, up to the clause end. */
export function argumentAfter(
  view: SentenceView,
  from: number,
  preps: ReadonlySet<string>,
  limit: number,
): [number, number] | null {
  for (let k = from; k < limit; k++) {
    const t = view.toks[k]!
    if (t.text === ';' || t.text === '.') return null
    // "according to X", "due to X", "thanks to X": a source or a cause, not an argument
    const framed =
      t.lower === 'to' &&
      /^(according|due|thanks|owing|close|next|compared|similar)$/.test(view.toks[k - 1]?.lower ?? '')
    if (preps.has(t.lower) && t.pos !== 'PART' && t.pos !== 'VERB' && !framed) {
      let e = k + 1
      while (e < limit) {
        const u = view.toks[e]!
        // "with at least 100 tanks": a quantity that opens the argument stays in it
        if (
          e === k + 1 &&
          u.pos === 'ADP' &&
          view.quantities.some((q) => q.span && q.span.start === u.start)
        ) {
          e++
          continue
        }
        if (u.pos === 'PUNCT' && u.text !== '-' && !/^["“”«»]$/.test(u.text)) break
        if (
          (u.pos === 'VERB' && !participleInPhrase(view, e)) ||
          u.pos === 'AUX' ||
          u.pos === 'SCONJ' ||
          (u.pos === 'ADP' && u.lower !== 'of')
        )
          break
        if (/^(which|who|where|that)$/.test(u.lower)) break
        e++
      }
      if (e > k + 1) return [k + 1, e]
    }
  }
  return null
}

/**
 * A person in apposition right after a phrase: "the self-proclaimed president of Belarus,
 * Alexander Lukashenko" → Lukashenko.
 */
export function appositivePerson(view: SentenceView, after: number): RoleValue | null {
  if (view.toks[after]?.text !== ',') return null
  let end = after + 1
  while (end < view.toks.length && view.toks[end]!.pos !== 'PUNCT' && end - after <= 4) end++
  const m = mentionsIn(view, [after + 1, end]).find((x) => x.type === 'PERSON')
  return m ? roleOfMention(view, m) : null
}

/** The quantity that describes a phrase: one whose span or counted noun lies in it. */
export function quantityIn(view: SentenceView, range: [number, number]): Quantity | null {
  if (range[1] <= range[0]) return null
  const s = view.toks[range[0]]!.start
  const e = view.toks[range[1] - 1]!.end
  const q = view.quantities.find((x) => x.span && x.span.start < e && x.span.end > s)
  if (!q) return null
  return q
}

/** The time of the event: the time expression nearest the trigger in the sentence. */
export function timeNear(view: SentenceView, at: number): TimeValue | null {
  let best: TimeValue | null = null
  let dist = Number.POSITIVE_INFINITY
  for (const t of view.times) {
    if (!t.span) continue
    const d = Math.min(Math.abs(t.span.start - at), Math.abs(t.span.end - at))
    if (d < dist) {
      dist = d
      best = t
    }
  }
  return best
}

/** The place: a GPE, LOC or FACILITY after in/at/from/near/on in the range of tokens. */
export function placeIn(
  view: SentenceView,
  from: number,
  to: number,
  preps: ReadonlySet<string>,
  exclude: string | null = null,
): RoleValue | null {
  // a named installation is the most precise place: prefer it to a country or region
  let first: RoleValue | null = null
  for (let k = from; k < to; k++) {
    if (!preps.has(view.toks[k]!.lower)) continue
    const arg = argumentAfter(view, k, preps, to)
    if (!arg) continue
    const ms = mentionsIn(view, arg).filter((x) => PLACE_TYPES.has(x.type) && x.canonical !== exclude)
    const facility = ms.find((x) => x.type === 'FACILITY')
    if (facility) return roleOfMention(view, facility)
    const m = ms[0]
    if (m) {
      first ??= roleOfMention(view, m)
      k = arg[1] - 1
      continue
    }
    const phrase = textOf(view, arg[0], arg[1]).toLowerCase()
    if (/\bborder\b/.test(phrase)) {
      const t = textOf(view, arg[0], arg[1]).replace(/^the\s+/i, '')
      return { text: t, canonical: t }
    }
    k = arg[1] - 1
  }
  return first
}

/** The item a phrase names, without its article, leading "over"/"of" and trailing punctuation. */
export function itemRole(view: SentenceView, range: [number, number]): RoleValue | null {
  let [a, b] = range
  while (
    a < b &&
    (/^(the|a|an|over|of|its|their|his|her|and|but|or)$/.test(view.toks[a]!.lower) ||
      isQuoteMark(view.toks[a]))
  )
    a++
  // "more Russian tanks than any other plant": the goods, without the comparison
  if (/^(more|fewer|less)$/.test(view.toks[a]?.lower ?? '')) {
    const than = view.toks.findIndex((t, k) => k > a && k < b && t.lower === 'than')
    if (than > a + 1) {
      a++
      b = than
    }
  }
  // "doubled the number of sights": the count is the claim's, the item is what is counted
  if (
    /^(number|amount|volume|quantity)$/.test(view.toks[a]?.lower ?? '') &&
    view.toks[a + 1]?.lower === 'of' &&
    a + 2 < b
  )
    a += 2
  // "the war and" before a second verb: a coordinator that ends the phrase is not part of it
  while (b > a && (isPunct(view.toks[b - 1]) || /^(etc\.|and|or|but)$/.test(view.toks[b - 1]!.lower))) b--
  if (b <= a) return null
  const text = textOf(view, a, b)
  return { text, canonical: null, span: spanOf(view, [a, b]) }
}

/** Prepositions that introduce where something is or happens. */
export const PLACE_PREPS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'near',
  'on',
  'through',
  'via',
  'into',
])
