import type { Mention, RoleValue } from '../../../model/annotations.js'
import type { Span, SpanIndex } from '../../../model/span.js'
import { PLACED_GROUP } from './subject.js'

/** What speaker resolution needs to know about the words of speakers. */
export interface SpeakerLexicon {
  /** Titles and role words, lowercased ("president", "military expert", "air vice-marshal"). */
  readonly titles: ReadonlySet<string>
  /** Every word of every title, split on spaces and hyphens ("air", "vice", "marshal"). */
  readonly titleWords: ReadonlySet<string>
  /** Nationality adjectives, lowercased ("belarusian", "russian"). */
  readonly demonyms: ReadonlySet<string>
  readonly firstNames: ReadonlySet<string>
  /** Role phrase, lowercased ("russian president") → canonical names of who holds it (reference data). */
  readonly roleHolders?: ReadonlyMap<string, readonly string[]>
  /** Demonym or state name, lowercased ("belarusian", "belarus") → the state's canonical name. */
  readonly stateOf?: ReadonlyMap<string, string>
  /** The reference name of the one organisation that goes by a name or alias, if any. */
  readonly referenceName?: (name: string) => string | null
  /** A state's capital, lowercased ("minsk") → the state's canonical name ("Belarus"). */
  readonly capitalOf?: ReadonlyMap<string, string>
  /** A state's name, lowercased ("ukraine") → its nationality adjectives ("Ukrainian"). */
  readonly nationalitiesOf?: ReadonlyMap<string, readonly string[]>
}

/** An organisation's unnamed officer: "its spokesperson", "the ministry's press secretary". */
const OFFICER =
  /^(its|their|.{2,60}?['’]s?)\s+(spokes(?:man|woman|person)|press secretary|press officer|representative)$/iu

const TIME_WORD =
  /^(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|year|month|week|weekend|morning|evening|night|today|yesterday|early|late|mid|last|next|this)$/

/** The people or output through which an organisation speaks: "its analysts", "their report". */
const ORG_VOICE =
  /^(?:(?:latest|new|own|annual|monthly|weekly|daily|official)\s+)*(?:analysts|experts|researchers|monitors|specialists|report|statement|assessment|update|summary|data|figures|count|tally|findings)$/i

/** "it was reported that", "it has been claimed that": an impersonal passive names no speaker. */
const IMPERSONAL_PASSIVE =
  /^\s+(?:is|was|has been|had been|have been)\s+(?:also\s+|widely\s+|previously\s+)?(?:reported|said|claimed|alleged|rumou?red|suggested)\b/i

/** "Belarusian officials", "the Russian authorities", "Belarus's government": that state's government. */
const GOVERNMENT = /^(?:[Tt]he\s+)?([\p{Lu}][\p{L}-]*)(?:['’]s?)?\s+(?:officials|authorities|government)$/u

/** A resolved speaker, remembered so that later pronouns and role nouns can refer back to it. */
export interface Speaker {
  readonly value: RoleValue
  readonly role: string | null
  readonly person: boolean
  /** The organisation whose analysts or experts spoke ("ISW analysts" → ISW), for "experts" later. */
  readonly groupOf?: string
}

// group nouns that stand for an organisation's people or output: "ISW analysts", "the Hajun project"
const ORG_GROUP = new Set([
  'analysts',
  'experts',
  'report',
  'reports',
  'project',
  'assessment',
  'researchers',
  'specialists',
  'team',
  'statement',
  'service',
  'monitors',
  'channel',
  'update',
  'analysis',
  'study',
  'review',
  'bulletin',
  'briefing',
  'survey',
])
// heads of descriptive speakers that name no entity
const GROUP_HEADS = new Set([
  'experts',
  'analysts',
  'officials',
  'sources',
  'source',
  'media',
  'observers',
  'monitors',
  'commentators',
  'journalists',
  'reporters',
  'diplomats',
  'residents',
  'witnesses',
  'insiders',
  'intelligence',
  'analysis',
  'assessment',
  'report',
  'reports',
  'study',
  'investigation',
  'researchers',
  'politicians',
  'lawmakers',
  'military',
  'authorities',
  'government',
  'leadership',
  'command',
  'ministry',
  'staff',
  'agency',
  'service',
  'office',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'representative',
  'representatives',
])
// "X's statement", "X’s press service": output or organ of an owner
const OWNED_OUTPUT =
  /^(.+?[^\s])['’]s?\s+(?:(?:latest|new|own|official|earlier|written|joint|first|[\p{Ll}-]+ly|[\p{Ll}-]+al)\s+)*(?:statement|report|assessment|update|analysis|press service|press office|press release|communiqu[ée]|website|telegram channel|channel|account|bulletin|briefing|announcement|message|post|summary|count|tally|data|figures|findings|readout|estimates?|records|account|transcript|calculations|statistics)$/iu
/** "her written testimony", "his latest remarks": a person's words, by a pronoun. */
const HIS_OUTPUT =
  /^(?:his|her)\s+(?:(?:own|written|latest|prepared|opening|closing|earlier|recent)\s+)*(?:testimony|statement|remarks|report|account|letter|post|speech|interview|comments|evidence)$/i
// "a Kremlin readout", "the Pentagon statement": a capitalised name, then what it issued
const NAMED_OUTPUT =
  /^(?:(?:[Aa]|[Aa]n|[Tt]he)\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})\s+(?:readout|statement|communiqu[ée]|press release|briefing|announcement|bulletin|report|assessment|update|summary|tally|count|estimate|transcript)$/u
// "Embassy of Belarus in Washington", "Permanent Mission of Ukraine to the UN"
const MISSION =
  /^(?:Embassy|Consulate(?: General)?|(?:Permanent )?Mission|Delegation|Representation)\s+of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:\s+(?:in|to|at)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})?$/u
// "officials in Minsk": group, a locative preposition, a capitalised place
const PLACED = /^(?:[\p{L}-]+\s+)?([\p{L}]+)\s+(?:in|at|from)\s+(?:[\p{Lu}]|the\s)[^,;]*$/u
// "Latvia's Coastal Intelligence agency": a state's possessive, a name, a lower-case kind of body
const STATE_BODY_KIND = /^([\p{Lu}][\p{L}-]*)['’]s?\s+((?:[\p{Lu}][\p{L}-]*\s+){1,4})([\p{Ll}]+)$/u
// "Ukraine's border guards", "Poland's defence ministry": a state's possessive, a common noun phrase
const STATE_COMMON = /^([\p{Lu}][\p{L}-]*)['’]s?\s+([\p{Ll}][\p{Ll} -]{2,40}[\p{Ll}])$/u
// plural nouns for people that counted make an unnamed group ("two former dockers")
const PEOPLE = new Set([
  'dockers',
  'workers',
  'employees',
  'engineers',
  'officers',
  'soldiers',
  'officials',
  'sources',
  'residents',
  'witnesses',
  'analysts',
  'experts',
  'diplomats',
  'pilots',
  'drivers',
  'technicians',
  'mechanics',
  'staffers',
  'members',
  'volunteers',
  'activists',
  'lawmakers',
  'senators',
  'researchers',
  'journalists',
])
const HONORIFIC = /^(?:mr|mrs|ms|dr|sir|prof|professor)\.?$/i
const QUANTIFIER = /^(?:most|many|some|several|other|few|numerous|independent|western|foreign)\s+/i
const PARTITIVE =
  /^(?:[\p{L}\p{N}.,-]+\s+(?:percent|per cent|%)|most|many|some|part|half|the majority|majority|all|none|several|one|two|three|group|band|handful|team|number|couple)\s+of\s+(?:the\s+)?/iu
const DETERMINER = /^(?:the|a|an|this|that|these|those)\s+/i
const PRESS_ROLES =
  /\b(?:spokes(?:man|woman|person)|press secretary|press officer|press service|representative)\b/i
const ROLE_NOUN =
  /\b(?:spokes(?:man|woman|person)|secretary|officer|official|representative|minister|president|head|chief|director|commander|adviser|advisor|member|deputy|expert|analyst|scientist|politician|marshal|general|colonel|ambassador|envoy|chairman|chair|governor|mayor|leader|premier|engineer|employee|worker|resident|eyewitness|witness|volunteer|activist|researcher|journalist|pilot|soldier|serviceman|lawmaker|diplomat|economist|historian)s?\b/i

export interface ResolveInput {
  readonly text: string
  readonly phrase: Span
  /** A role found outside the phrase (an appositive). */
  readonly role?: string | null
  readonly mentions: readonly Mention[]
  /** `mentions` by span. */
  readonly mentionsAt: SpanIndex<Mention>
  /** Speakers resolved so far, in text order. */
  readonly history: readonly Speaker[]
  readonly lexicon: SpeakerLexicon
  /** Only speaker-like heads ("analysts", "reports", roles) may speak: the cue is evidential. */
  readonly evidential?: boolean
  /** The phrase's last word is tagged as a noun (false for "a new" before "report"). */
  readonly headIsNoun?: boolean
  /** Who "we" is outside a quotation: the publishing outlet, when known. */
  readonly publisher?: string | null
}

const isPlural = (w: string): boolean => /[^su]s$/.test(w) && !/(?:ss|us|is)$/.test(w)

const cap = (s: string): string =>
  s.replace(/\b([a-z])([a-z-]*)/g, (_m, a: string, b: string) =>
    /^(?:of|for|the|and|on|in)$/.test(a + b) ? a + b : a.toUpperCase() + b,
  )

/**
 * Resolves a noun phrase next to a cue to a speaker: the entity it names (with the words before
 * the name as its role), a pronoun or role noun to an earlier speaker, or a descriptive label for
 * a group ("most experts" → "unnamed experts", "reports" → "unspecified reports"). Returns null
 * for a phrase that cannot speak ("Open source images").
 *
 * @example resolveSpeaker({ text: 'military expert Oleg Zhdanov', … }) // Oleg Zhdanov, role "military expert"
 */
export function resolveSpeaker(input: ResolveInput): Speaker | null {
  const found = resolvePhrase(input)
  // "General Staff of Latvia" built from "Latvia's General Staff": the reference name of the state
  // body that goes by it, when the reference data has one
  if (!found?.value.canonical || found.person) return found
  const of = / of ([\p{Lu}][\p{L} -]*)$/u.exec(found.value.canonical)
  if (!of || !input.lexicon.stateOf?.has(of[1]!.toLowerCase())) return found
  const known = input.lexicon.referenceName?.(found.value.canonical)
  return known && known !== found.value.canonical
    ? { ...found, value: { ...found.value, canonical: known } }
    : found
}

/** A month, a weekday or a date where a speaker would be: "in July" is no one. */
const NO_SPEAKER_DATE =
  /^(?:(?:early|late|mid)[\s-])?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+\d{1,4})?$/

/** Unnamed people known by what they know: "people familiar with …", "sources close to …". */
const FAMILIAR =
  /(?:^|\s)(?:(?:the|two|three|several|some|a|an|one)\s+)?(?:people|persons?|sources?|officials?|someone|insiders?)\s+(?:familiar with|close to|briefed on|with (?:direct )?knowledge of)\s/i

function resolvePhrase(input: ResolveInput): Speaker | null {
  const { text, mentions, history } = input
  let start = input.phrase.start
  // "a former engineer at the plant who left Belarus last year": the relative clause describes
  // "a channel run by former employees": a participle and its agent describe, too
  const relative =
    /,?\s+(?:(?:who|whom)\s|(?:run|operated|owned|controlled|funded|backed|linked)\s+(?:by|to)\s)/i.exec(
      text.slice(start, input.phrase.end),
    )
  const end = relative && relative.index > 0 ? start + relative.index : input.phrase.end
  const raw = text.slice(start, end)
  // "I think": the author of a column, whom the text does not name (inside a quotation, the
  // quoted speaker: `index.ts`)
  if (raw === 'I') return null
  // "Nobody here will say", "No one in the ministry confirmed": no one speaks; nor does a date
  // ("figures the company presented in July")
  if (/^(?:nobody|no one|none|noone)\b/i.test(raw) || NO_SPEAKER_DATE.test(raw)) return null
  // ("A Monday statement said": a date before the output names no one who issued it)
  const dated = NAMED_OUTPUT.exec(raw)
  if (dated && NO_SPEAKER_DATE.test(dated[1]!)) return null
  // "people familiar with the yard's accounts", "sources close to the ministry": unnamed
  const familiar = FAMILIAR.exec(raw)
  if (familiar) {
    const phrase = raw
      .slice(familiar.index)
      .trim()
      .replace(/^(?:the|two|three|several|some|a|an|one)\s+/i, '')
      .replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())
    return {
      value: { text: raw, canonical: `unnamed ${phrase}`, span: { start, end } },
      role: null,
      person: false,
    }
  }
  // "a former engineer at the Minsk Wheeled Tractor Plant", "two employees of MZKT": unnamed
  // workers of the organisation named, not the organisation speaking
  const worker = WORKER_OF.exec(raw)
  if (
    worker &&
    input.mentionsAt
      .startingIn(start + worker.index + worker[0].length - worker[2]!.length, end)
      .some((m) => m.type === 'ORG')
  ) {
    const label = worker[1]!.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())
    return {
      value: { text: raw, canonical: `unnamed ${label}`, span: { start, end } },
      role: label,
      person: !/s\s+(?:at|of|from|with|for)\s/i.test(label),
    }
  }
  if (/^we$/i.test(raw)) {
    // "we assess": the publisher, in its own voice; inside a quotation "we" is the quoted speaker's
    return input.publisher
      ? { value: { text: raw, canonical: input.publisher, span: { start, end } }, role: null, person: false }
      : null
  }
  if (/^its?$/i.test(raw)) {
    // "it was reported that …": nobody in particular, a report
    if (IMPERSONAL_PASSIVE.test(text.slice(end, end + 40))) {
      return {
        value: { text: raw, canonical: 'unspecified reports', span: { start, end } },
        role: null,
        person: false,
      }
    }
    // "…, it said", "which it says": the organisation that spoke last (not evidence: "it shows")
    const org = input.evidential ? null : lastOrganisation(text, mentions, history, start)
    return org ? { ...org, value: { ...org.value, text: raw, span: { start, end } }, role: null } : null
  }
  // "the Kremlin's press service", "the ministry's statement": the owner speaks through it
  const owned = OWNED_OUTPUT.exec(raw)
  if (owned && owned[1]!.trim().split(/\s+/).length <= 8) {
    const owner = resolveSpeaker({ ...input, phrase: { start, end: start + owned[1]!.length } })
    if (owner) return { ...owner, value: { ...owner.value, text: raw, span: { start, end } }, role: null }
  }
  // "according to her written testimony": the person who spoke last, through what they wrote or said
  if (HIS_OUTPUT.test(raw)) {
    const prev = [...history].reverse().find((h) => h.person)
    if (prev) return { ...prev, value: { ...prev.value, text: raw, span: { start, end } }, role: null }
  }
  // "a Kremlin readout", "the Pentagon statement": a name before its output, with no possessive
  const output = NAMED_OUTPUT.exec(raw)
  if (output) {
    const at = start + raw.indexOf(output[1]!)
    const owner = resolveSpeaker({ ...input, phrase: { start: at, end: at + output[1]!.length } })
    if (owner?.value.canonical && input.mentionsAt.startingIn(at, at + 1).length)
      return { ...owner, value: { ...owner.value, text: raw, span: { start, end } }, role: null }
  }
  // "its spokesperson", "the ministry's spokesman": an unnamed officer of an organisation
  // (a subject phrase may start after "its": look just before it too)
  const possessed = /\b(its|their)\s+$/i.test(text.slice(Math.max(0, start - 7), start))
  // "Lithuania will keep … closed, its interior ministry said": the body of the state named first
  // in the sentence, by the name the reference data gives it
  if (possessed && /^[\p{Ll}][\p{Ll} -]{2,40}[\p{Ll}]$/u.test(raw) && input.lexicon.referenceName) {
    const sentenceStart = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start)) + 1
    const state = mentions.find(
      (m) =>
        m.type === 'GPE' &&
        m.start >= sentenceStart &&
        m.end <= start &&
        input.lexicon.stateOf?.has(m.canonical.toLowerCase()),
    )
    for (const nationality of state
      ? (input.lexicon.nationalitiesOf?.get(state.canonical.toLowerCase()) ?? [])
      : []) {
      const known = input.lexicon.referenceName(`${nationality} ${raw}`)
      if (known)
        return { value: { text: raw, canonical: known, span: { start, end } }, role: null, person: false }
    }
  }
  const officer = OFFICER.exec(possessed ? `its ${raw}` : raw)
  if (officer) {
    const role = officer[2]!.toLowerCase()
    const owner = officer[1]!.replace(/['’]s?$/, '')
    const org = /^(?:its|their)$/i.test(owner)
      ? [...history].reverse().find((h) => !h.person && h.value.canonical)
      : resolveSpeaker({ ...input, phrase: { start, end: start + owner.length } })
    if (org?.value.canonical && !org.person) {
      const canonical = `${role[0]!.toUpperCase()}${role.slice(1)} of ${org.value.canonical}`
      return { value: { text: raw, canonical, span: { start, end } }, role: raw, person: true }
    }
  }
  // "its analysts say", "their latest report shows": the organisation that spoke before, through
  // its people or its output
  if (possessed && ORG_VOICE.test(raw)) {
    const org = lastOrganisation(text, mentions, history, start)
    if (org) return { ...org, value: { ...org.value, text: raw, span: { start, end } }, role: null }
  }
  // "Ola Brun, the head of the survey agency, said … His agency estimates": the
  // organisation named in the role of the person who spoke last
  const his = /^(?:his|her)\s+(?:own\s+)?([\p{Ll}]+)$/iu.exec(raw)
  if (his && ORG_BACK.has(his[1]!)) {
    const org = employerOfLastPerson(input, start)
    if (org)
      return {
        value: { text: raw, canonical: org.canonical, span: { start, end } },
        role: null,
        person: false,
      }
  }
  const government = GOVERNMENT.exec(raw)
  const state = government ? input.lexicon.stateOf?.get(government[1]!.toLowerCase()) : undefined
  if (state) {
    const canonical = `Government of ${state}`
    return { value: { text: raw, canonical, span: { start, end } }, role: null, person: false }
  }
  // "Petrenko's institute", "the analyst's centre": the organisation with that head named before
  const ownedOrg = /^(?:the\s+)?\S.*?['’]s?\s+([\p{Ll}]+)$/u.exec(raw)
  if (ownedOrg && ORG_BACK.has(ownedOrg[1]!) && !GENERIC_ORG.has(ownedOrg[1]!)) {
    const back = byOrgHead(text, ownedOrg[1]!, history, mentions, start)
    if (back) return { ...back, value: { ...back.value, text: raw, span: { start, end } }, role: null }
  }
  // "the Embassy of Belarus in Washington": a state's mission is the speaker, not its host city
  const mission = MISSION.exec(raw.replace(DETERMINER, ''))
  if (mission) {
    const canonical = mission[0]
    return { value: { text: raw, canonical, span: { start, end } }, role: null, person: false }
  }
  // "officials in Minsk", "analysts in Warsaw": a group described by its place, not the place
  const placed = PLACED.exec(raw.replace(DETERMINER, ''))
  // "officials in Minsk", "the authorities in Kyiv": the government that sits in that capital
  if (placed && /^(?:officials|authorities|government)$/i.test(placed[1]!)) {
    const where = /\s(?:in|from)\s+(.+)$/.exec(raw)
    const state = where ? input.lexicon.capitalOf?.get(where[1]!.trim().toLowerCase()) : undefined
    if (state) {
      const canonical = `Government of ${state}`
      return { value: { text: raw, canonical, span: { start, end } }, role: null, person: false }
    }
  }
  // ("a diplomat in Brussels": one person of a role, described by the place)
  if (
    placed &&
    (PLACED_GROUP.has(placed[1]!.toLowerCase()) ||
      /^an?\s+source\s/i.test(raw) ||
      (/^an?\s/i.test(raw) && ROLE_WORD.test(placed[1]!)))
  ) {
    const label = raw.replace(DETERMINER, '')
    // "a source in the ministry": someone described, not named
    const canonical = /^an?\s/i.test(raw) ? `unnamed ${label}` : label
    // one person of a role ("a diplomat in Brussels") is who "he" or "she" may refer back to
    const person = ROLE_WORD.test(placed[1]!) && !isPlural(placed[1]!)
    return {
      value: { text: label, canonical, span: { start, end } },
      role: person ? label : null,
      person,
    }
  }
  let det = DETERMINER.exec(raw)
  // "The Wall Street Journal": a capitalised article mid-sentence belongs to the name
  if (det && /^The\s/.test(det[0]) && /[\p{L},] +$/u.test(text.slice(Math.max(0, start - 3), start)))
    det = null
  if (det) start += det[0].length
  const part = PARTITIVE.exec(text.slice(start, end))
  if (part) start += part[0].length
  const phrase = text.slice(start, end)
  const lower = phrase.toLowerCase()
  const words = lower.split(/\s+/)
  const ofAt = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|from|with)$/.test(w))
  // "analysis of open sources" is headed by "analysis"; "Ministry of Defence" by its last word
  const head = (ofAt > 0 ? words[ofAt - 1] : words[words.length - 1]) ?? ''

  // "adverts published in December suggest": a time cannot speak
  if (words.every((w) => TIME_WORD.test(w))) return null
  // "in Latvian reports on …": a nationality adjective alone after a preposition names no one
  // ("the Latvian said" may be a person); "Others note": the rest of a group the text does not name
  if (words.length === 1 && /^others?$/.test(lower)) return null
  if (
    words.length === 1 &&
    input.lexicon.demonyms.has(lower) &&
    /(?:^|\s)(?:in|of|from|on|by|with|at|to|for)\s+$/i.test(text.slice(Math.max(0, start - 6), start))
  )
    return null
  if (/^(?:he|she|her|him|his)$/.test(lower)) {
    // "When I met a border guard commander, he said …": someone described earlier in the sentence
    const described = describedInSentence(text, input.mentionsAt, start)
    if (described) {
      return {
        value: { text: phrase, canonical: `unnamed ${described}`, span: { start, end } },
        role: described,
        person: true,
      }
    }
    const prev = [...history].reverse().find((s) => s.person)
    // a person who became the subject of a sentence after that speaker spoke ("Lukashenko did
    // little to ease nerves. …, he said") is the nearer antecedent
    const subject = sentenceSubjectBefore(text, mentions, start)
    if (subject && (!prev?.value.span || subject.start > prev.value.span.end)) {
      return {
        value: { text: phrase, canonical: subject.canonical, span: { start, end } },
        role: null,
        person: true,
      }
    }
    return prev ? { ...prev, value: { ...prev.value, text: phrase, span: { start, end } }, role: null } : null
  }

  // "three NATO member states": a counted object, not a speaker ("90 percent of" was cut above);
  // a number inside a name ("558 Aircraft Repair Plant") is no count
  const count =
    /(?:^|\s)(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)(?=\s)/i.exec(
      phrase,
    )
  if (count && !mentions.some((m) => m.start <= start + count.index + 1 && start + count.index + 1 < m.end)) {
    // "two former engineers at the plant": people counted, whom the text does not name
    const rest = phrase.slice(count.index + count[0].length).trim()
    if (
      count.index === 0 &&
      /^(?:(?:former|serving|retired|senior|junior|local|[\p{Lu}][\p{L}-]*)\s+){0,3}[\p{Ll}-]+s$/u.test(
        rest,
      ) &&
      (ROLE_NOUN.test(head) || PEOPLE.has(head))
    ) {
      // ("two employees said" of the works the sentence names: its employees)
      return {
        value: {
          text: phrase,
          canonical: `unnamed ${rest}${employer(input, start, end, rest)}`,
          span: { start, end },
        },
        role: null,
        person: false,
      }
    }
    return null
  }
  // "Piotr Zawadzki of the Centre for … in Lublin": a person and their affiliation
  const first = input.mentionsAt.startingIn(start, start + 1).find((m) => m.type === 'PERSON' && m.end < end)
  if (first && /^,?\s+(?:of|from|at|with)\s/i.test(text.slice(first.end, end))) {
    const s0 = named(input, start, first.end, first)
    return { ...s0, role: input.role ?? text.slice(first.end, end).replace(/^,?\s+/, '') }
  }
  // "Britain's Foreign, Commonwealth and Development Office": a name with a comma in it that the
  // phrase was cut inside of
  const across = input.mentionsAt
    .overlapping(end - 1, end)
    .find(
      (m) =>
        m.start < start && m.end === end && (m.type === 'ORG' || m.type === 'PERSON' || m.type === 'UNIT'),
    )
  if (across) return named(input, across.start, end, across)
  const inside = input.mentionsAt.within(start, end).filter(
    (m) =>
      m.type !== 'EQUIPMENT' &&
      m.type !== 'EVENT' &&
      // "Staff" of "General Staff" read as a person titled "General": a body's noun is no name
      !(m.type === 'PERSON' && GROUP_HEADS.has(text.slice(m.start, m.end).toLowerCase())),
  )
  const lastMention = inside[inside.length - 1]
  if (lastMention && lastMention.end === end) {
    // "the President of Belarus" after "President of Belarus Alexander Lukashenko": that person
    const pre = text.slice(start, lastMention.start)
    if (/\b(?:of|for)\s*$/i.test(pre) && ROLE_NOUN.test(pre) && (!det || /^the/i.test(det[0]))) {
      const back = byRole(text, phrase, history, mentions, start)
      if (back) return { ...back, value: { ...back.value, text: phrase, span: { start, end } }, role: phrase }
    }
    // "Harbour Watch Lithuania": a place that ends a body's name is not the speaker
    if (placeEndsName(input, start, lastMention)) {
      const name = unmarkedName(input, start, end)
      if (name?.value.span && name.value.span.start < lastMention.start) return name
    }
    return named(input, start, end, lastMention)
  }
  if (lastMention && ORG_GROUP.has(head) && lastMention.type !== 'GPE' && lastMention.type !== 'PERSON') {
    const trailing = text.slice(lastMention.end, end).trim().toLowerCase().split(/\s+/)
    if (trailing.every((w) => ORG_GROUP.has(w) || w === 'latest' || w === 'own')) {
      return {
        value: { text: phrase, canonical: lastMention.canonical, span: { start, end } },
        role: null,
        person: false,
        ...(head === 'analysts' || head === 'experts' ? { groupOf: lastMention.canonical } : {}),
      }
    }
  }

  // "the HUR military intelligence agency": a named body followed by a lowercase description of it
  if (
    lastMention &&
    lastMention.type === 'ORG' &&
    ORG_BACK.has(head) &&
    /^[\p{Ll}\s-]+$/u.test(text.slice(lastMention.end, end).trim())
  ) {
    return {
      value: { text: phrase, canonical: lastMention.canonical, span: { start, end } },
      role: null,
      person: false,
    }
  }

  if ((head === 'reports' || /^(?:claims|allegations|rumou?rs)$/.test(head)) && !lastMention) {
    // ("checking claims that …": claims whose author the text does not name are reports)
    if (head !== 'reports')
      return {
        value: { text: phrase, canonical: 'unspecified reports', span: { start, end } },
        role: null,
        person: false,
      }
    return {
      value: { text: phrase, canonical: `unspecified ${lower}`, span: { start, end } },
      role: null,
      person: false,
    }
  }
  // an organisation's people or output without a mention: "ISW analysts", "Belarusian Hajun project"
  // ("Military analysts" opening a sentence is no organisation: its capital is the sentence's)
  if (!lastMention && ORG_GROUP.has(head) && words.length > 1) {
    const org = /^((?:[\p{Lu}][\p{L}\p{N}.&'’-]*\s+)+)/u.exec(phrase)
    if (org && !capitalisedByPosition(input, start, org[1]!.trim())) {
      const name = org[1]!.trim()
      return {
        value: { text: phrase, canonical: name, span: { start, end } },
        role: null,
        person: false,
        ...(head === 'analysts' || head === 'experts' ? { groupOf: name } : {}),
      }
    }
  }
  // "Latvia's Coastal Intelligence agency": a state's body by its name, then what kind of body it is
  const kind = STATE_BODY_KIND.exec(phrase)
  if (kind && ORG_BACK.has(kind[3]!) && input.lexicon.stateOf?.has(kind[1]!.toLowerCase())) {
    const name = unmarkedName(input, start, start + kind[0].length - kind[3]!.length - 1)
    if (name && !name.person) return { ...name, value: { ...name.value, text: phrase, span: { start, end } } }
  }
  // "Ukraine's border guards": the body the reference data names with the nationality
  // ("Ukrainian border guards" → State Border Guard Service of Ukraine)
  const common = STATE_COMMON.exec(phrase)
  if (common && input.lexicon.referenceName) {
    for (const nationality of input.lexicon.nationalitiesOf?.get(common[1]!.toLowerCase()) ?? []) {
      const known = input.lexicon.referenceName(`${nationality} ${common[2]!}`)
      if (known)
        return { value: { text: phrase, canonical: known, span: { start, end } }, role: null, person: false }
    }
  }
  // a name the entity stage did not mark: the capitalised run at the end of the phrase
  const generic = words.length === 1 && (GROUP_HEADS.has(lower) || ORG_GROUP.has(lower)) // "Experts are convinced"
  // "Ledgers show": a plural noun opening the sentence, before an evidential cue, is no name
  const evidence = input.evidential && words.length === 1 && isPlural(lower) && !/^\p{Lu}+$/u.test(phrase)
  if (
    !generic &&
    !evidence &&
    /^[\p{Lu}\p{N}]/u.test(phrase.split(/\s+/).pop() ?? '') &&
    (/^[\p{Lu}]/u.test(phrase) || !GROUP_HEADS.has(head))
  ) {
    const name = unmarkedName(input, start, end)
    if (name) return name
  }

  // "the ministry", "the project", "the group": the organisation named or described earlier
  if (
    det &&
    /^(?:the|its|their)\s/i.test(det[0]) &&
    words.length <= 3 &&
    ORG_BACK.has(head) &&
    !isPlural(head)
  ) {
    const back =
      byOrgHead(text, head, history, mentions, start, stateIn(input.lexicon, words)) ??
      lastOrgSpeaker(words, head, history) ??
      lastCompany(text, head, mentions, start)
    if (back) return { ...back, value: { ...back.value, text: phrase, span: { start, end } }, role: null }
  }
  // "the Russian president": the holder of that role (reference data) the text has named before
  const holders = input.lexicon.roleHolders?.get(lower)
  if (holders && (!det || /^the\s/i.test(det[0]))) {
    const m = [...mentions].reverse().find((x) => x.start < start && holders.includes(x.canonical))
    if (m)
      return {
        value: { text: phrase, canonical: m.canonical, span: { start, end } },
        role: phrase,
        person: true,
      }
  }
  // role nouns refer back: "the spokeswoman", "the retired Vice Air-Marshal", "the President of Belarus"
  if ((!det || det[0].toLowerCase().startsWith('the')) && !isPlural(head)) {
    const back = byRole(text, phrase, history, mentions, start)
    if (back) return { ...back, value: { ...back.value, text: phrase, span: { start, end } }, role: phrase }
  }
  // "prosecutors", "federal prosecutors", "the prosecution": the prosecuting office the text names
  if (
    /^(?:(?:federal|state|u\.s\.|us|military|ukrainian|lithuanian|polish)\s+)?(?:prosecutors|prosecution)$/.test(
      lower,
    )
  ) {
    const office = mentions.find((m) => m.type === 'ORG' && PROSECUTING.test(m.canonical))
    if (office)
      return {
        value: { text: phrase, canonical: office.canonical, span: { start, end } },
        role: null,
        person: false,
      }
  }
  if (
    (/^(?:report|statement|assessment|document|analysis|study|update|summary|count|tally|data|figures|findings)$/.test(
      lower,
    ) ||
      /^(?:(?:press\s+)?release|indictment|complaint|filing|charge\s+sheet|court\s+filings?)$/.test(lower)) &&
    det
  ) {
    const prev = [...history].reverse().find((s) => !s.person) ?? history[history.length - 1]
    if (prev) return { ...prev, value: { ...prev.value, text: phrase, span: { start, end } }, role: null }
    // "The ministry issued a statement. The statement said …": the organisation named before
    const issuer = [...mentions].reverse().find((x) => x.end <= start && x.type === 'ORG')
    if (issuer)
      return {
        value: { text: phrase, canonical: issuer.canonical, span: { start, end } },
        role: null,
        person: false,
      }
  }
  if (
    /^(?:experts|analysts|officials|observers|commentators|diplomats)$/.test(lower) &&
    (!det || /^the\s/i.test(det[0]))
  ) {
    const org = [...history].reverse().find((s) => s.groupOf)?.groupOf
    if (org)
      return { value: { text: phrase, canonical: org, span: { start, end } }, role: null, person: false }
    return {
      value: { text: phrase, canonical: `unnamed ${lower}`, span: { start, end } },
      role: null,
      person: false,
    }
  }
  const q =
    QUANTIFIER.exec(phrase) ??
    (!lastMention && capitalisedByPosition(input, start, phrase.split(/\s+/)[0]!) ? /^/.exec(phrase) : null)
  if (
    q &&
    /(?:experts|analysts|officials|observers|sources|commentators|specialists|monitors)$/.test(lower)
  ) {
    // "most experts", "Military analysts": unnamed members of a group
    const rest = phrase.slice(q[0].length).toLowerCase()
    return {
      value: { text: phrase, canonical: `unnamed ${rest}`, span: { start, end } },
      role: null,
      person: false,
    }
  }
  if (lastMention && ROLE_NOUN.test(text.slice(start, lastMention.start))) {
    return named(input, start, end, lastMention)
  }
  // "a Treasury Department spokeswoman": an unnamed voice of the organisation named before it
  // speaks for it
  if (/^(?:spokes(?:man|woman|person)|representative)$/.test(head)) {
    const body = input.mentionsAt
      .startingIn(start, end)
      .find(
        (m) =>
          m.type === 'ORG' && m.canonical && /^\s*$/.test(text.slice(m.end, start + phrase.lastIndexOf(' '))),
      )
    if (body)
      return {
        value: { text: phrase, canonical: body.canonical, span: { start, end } },
        role: head,
        person: false,
      }
  }
  if (GROUP_HEADS.has(head) || ROLE_NOUN.test(head)) {
    const person = ROLE_NOUN.test(head) && !/s$/.test(head)
    // "a former engineer at the plant": someone described, not named
    const canonical =
      person && det && /^an?\s/i.test(det[0])
        ? `unnamed ${phrase}${employer(input, start, end, phrase)}`
        : phrase
    return {
      value: { text: phrase, canonical, span: { start, end } },
      role: person ? phrase : null,
      person,
    }
  }
  // any other noun can speak through a speech verb ("the channel claims", "the union said"),
  // not through an evidential one ("images suggest")
  if (
    !input.evidential &&
    /^[\p{Ll}]/u.test(head) &&
    input.headIsNoun !== false &&
    !/^(?:it|this|that|there|they|we|i|you|which|who)$/.test(lower)
  ) {
    // "a local paper said": someone described, not named
    const canonical = det && /^an?\s/i.test(det[0]) ? `unnamed ${phrase}` : phrase
    return { value: { text: phrase, canonical, span: { start, end } }, role: null, person: false }
  }
  return null
}

/**
 * "a former employee claims" after "the jets that pass through the Baranavichy plant": someone who
 * works somewhere, described without saying where, works for the organisation their sentence names
 * (" of <it>"); empty when the phrase says where ("at the plant") or the sentence names none.
 */
const SENTENCE_STOP = /[.!?\n]/g

/**
 * The offset after the last of `chars` before `before` (from `before - 1`, as `lastIndexOf`
 * looks), or 0: where the clause holding `before` starts. Read backwards from `before`, so the
 * cost is the clause's length, not the text's.
 */
function afterLast(text: string, chars: string, before: number): number {
  for (let i = Math.max(0, before - 1); i >= 0; i--) if (chars.includes(text[i]!)) return i + 1
  return 0
}

function employer(input: ResolveInput, start: number, end: number, phrase: string): string {
  if (!WORKER.test(phrase) || /\s(?:at|of|from|with|for|in)\s/i.test(phrase)) return ''
  const { text } = input
  const from = afterLast(text, '.!?\n', start)
  SENTENCE_STOP.lastIndex = end
  const stop = SENTENCE_STOP.exec(text)
  const to = stop ? stop.index : text.length
  const orgs = input.mentionsAt
    .within(from, to)
    .filter((m) => m.type === 'ORG' && (m.end <= start || m.start >= end))
  const before = orgs.filter((m) => m.end <= start)
  // (a workplace the sentence names first: "the Motor Works … overhauls KamAZ lorries, two employees said")
  const workplace = orgs.find((m) => WORKPLACE.test(m.canonical))
  const org = workplace ?? before[before.length - 1] ?? orgs[0]
  if (org) return ` of ${org.canonical}`
  // ("a clerk who left the plant in 2023": the plant the text named last before the sentence)
  if (!WORKPLACE_ANAPHOR.test(text.slice(from, to))) return ''
  const earlier = input.mentionsAt
    .within(Math.max(0, from - EMPLOYER_REACH), from)
    .findLast((m) => m.type === 'ORG' && WORKPLACE.test(m.canonical))
  return earlier ? ` of ${earlier.canonical}` : ''
}
/** A body that prosecutes: "U.S. Attorney's Office …", "Prosecutor General's Office". */
const PROSECUTING = /\b(?:Attorney|Prosecutor|Prosecution|Prosecutors)\b/

/** A workplace named by its kind: "the plant", "the factory". */
const WORKPLACE_ANAPHOR =
  /\bthe\s+(?:plant|factory|works|yard|shipyard|enterprise|company|mill|arsenal|depot)\b/i
/** How far before its sentence a workplace "the plant" stands for may be named. */
const EMPLOYER_REACH = 1500
const WORKPLACE = /\b(?:Works|Plant|Factory|Yard|Shipyard|Bureau|Enterprise|Company|Mill|Arsenal|Depot)\b/
/** "a former engineer at X", "two employees of X": [whole label, the organisation part]. */
const WORKER_OF =
  /^(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome|\d+)\s+)?((?:[\p{L}-]+\s+){0,3}?(?:employees?|engineers?|workers?|technicians?|mechanics?|foreman|foremen|welders?|staffers?|clerks?|fitters?|machinists?)\s+(?:at|of|from|with)\s+((?:the\s+)?\p{Lu}[^,;]*))$/u
const WORKER = /(?:employee|engineer|worker|technician|mechanic|foreman|welder|staffer)s?$/i

/**
 * The description of a person introduced with "a"/"an" earlier in the sentence that holds
 * `before`, when no named person stands in between: "a Ukrainian border guard commander".
 */
function describedInSentence(text: string, mentions: SpanIndex<Mention>, before: number): string | null {
  const from = afterLast(text, '.!?\n“‘"', before)
  if (mentions.startingIn(from, before).some((m) => m.type === 'PERSON')) return null
  const clause = text.slice(from, before)
  let last: RegExpExecArray | null = null
  for (const m of clause.matchAll(DESCRIBED_PERSON)) last = m
  return last ? last[1]! : null
}
const DESCRIBED_PERSON =
  /(?<![\p{L}])an?\s+((?:[\p{L}-]+\s+){0,4}?(?:spokes(?:man|woman|person)|officer|official|representative|commander|expert|analyst|engineer|employee|worker|resident|witness|eyewitness|soldier|serviceman|pilot|diplomat|volunteer|activist|guard|driver|farmer|teacher|doctor))(?![\p{L}])/gu

/**
 * "Military analysts say" opening a sentence: one capitalised word that is capitalised only
 * because the sentence starts with it — it has an adjective's ending or the text writes it in
 * lower case elsewhere — and is no demonym ("Belarusian") or acronym ("ISW").
 */
function capitalisedByPosition(input: ResolveInput, start: number, word: string): boolean {
  const { text } = input
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start))) return false
  const lower = word.toLowerCase()
  if (input.lexicon.demonyms.has(lower)) return false
  return (
    /(?:al|ary|ent|ant|ive|ous|ic|ern|ior)$/.test(lower) ||
    new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(text)
  )
}

/**
 * A place mention right after capitalised words that are no title, demonym or role ("Harbour
 * Watch Lithuania", not "Prime Minister Lithuania" nor "Belarusian Minsk"): the last word of a
 * name the entity stage did not mark.
 */
function placeEndsName(input: ResolveInput, start: number, m: Mention): boolean {
  if (m.type !== 'GPE' && m.type !== 'LOC') return false
  const run = /(?:^|\s)((?:[\p{Lu}][\p{L}-]*\s)+)$/u.exec(input.text.slice(start, m.start))
  if (!run) return false
  return run[1]!
    .trim()
    .split(/\s+/)
    .every((w) => {
      const l = w.toLowerCase()
      return (
        !input.lexicon.titleWords.has(l) &&
        !input.lexicon.demonyms.has(l) &&
        !input.lexicon.stateOf?.has(l) &&
        !ROLE_WORD.test(w) &&
        !/^(?:the|a|an)$/.test(l)
      )
    })
}

/** A phrase that ends in (or is headed by a role of) a mention. */
function named(input: ResolveInput, start: number, end: number, m: Mention): Speaker {
  const { text } = input
  const pre = text.slice(start, m.start).trim()
  // "press secretary of Lukashenko": the speaker is the role holder, not the entity named
  if (
    /\b(?:of|for|to)$/i.test(pre) &&
    ROLE_NOUN.test(pre) &&
    !/^(?:the )?(?:ministry|staff|office|committee)/i.test(pre)
  ) {
    const label = `${cap(pre)} ${m.canonical}`
    return {
      value: { text: text.slice(start, end), canonical: label, span: { start, end } },
      role: text.slice(start, end),
      person: true,
    }
  }
  if (pre && /\b(?:of|for|to)$/i.test(pre)) {
    // "Ministry of Defense of Ukraine" without a mention of its own: the whole phrase names it
    return {
      value: { text: text.slice(start, end), canonical: text.slice(start, end), span: { start, end } },
      role: null,
      person: false,
    }
  }
  // "Treasury Secretary Martin Kessler" marked as one name: the title before the given name is a role
  const titled = m.type === 'PERSON' ? titledName(input, m) : null
  if (titled) {
    return {
      value: { text: titled.name, canonical: titled.canonical, span: titled.span },
      role: input.role || [pre || m.role, titled.title].filter(Boolean).join(' '),
      person: true,
    }
  }
  const found = input.role || pre || m.role || null
  const role = found && !HONORIFIC.test(found) ? found : null
  // "the Coastal Intelligence of Latvia (CIL) said …. According to CIL, …": an acronym the text
  // introduced in brackets after a speaker's name is that speaker
  if (m.type === 'ORG' && /^[\p{Lu}]{2,6}$/u.test(text.slice(m.start, m.end))) {
    const acronym = text.slice(m.start, m.end)
    const introduced = input.history.find(
      (h) => h.value.span && !h.person && text.startsWith(` (${acronym})`, h.value.span.end),
    )
    if (introduced?.value.canonical) {
      return {
        value: { text: text.slice(m.start, m.end), canonical: introduced.value.canonical, span: m },
        role: role || null,
        person: false,
      }
    }
  }
  // names that keep their article ("The Wall Street Journal") show it capitalised mid-sentence
  const article = /(?<=[^.!?\s]\s+)The\s+$/.test(text.slice(Math.max(0, m.start - 40), m.start))
  const from = article ? text.lastIndexOf('The', m.start) : m.start
  return {
    value: { text: text.slice(from, m.end), canonical: m.canonical, span: { start: from, end: m.end } },
    role: role || null,
    person: m.type === 'PERSON',
  }
}

const ROLE_WORD = new RegExp(`^${ROLE_NOUN.source.replace(/^\\b|\\b$/g, '')}$`, 'i')

/**
 * A person mention that starts with a title ("Treasury Secretary Martin Kessler"): the name from
 * the two or more words after its last role noun on, and the title, which joins the role before
 * the mention ("Deputy"). Null when no role noun stands before such a name.
 */
function titledName(
  input: ResolveInput,
  m: Mention,
): { name: string; canonical: string; title: string; span: Span } | null {
  const surface = input.text.slice(m.start, m.end)
  const tokens = surface.split(' ')
  // after the last role noun, a given name and a family name at least ("Secretary Anna Berg")
  let k = 0
  for (let i = 0; i < tokens.length - 2; i++) if (ROLE_WORD.test(tokens[i]!)) k = i + 1
  if (k <= 0) return null
  const title = tokens.slice(0, k).join(' ')
  if (!tokens.slice(0, k).every((t) => /^\p{Lu}/u.test(t))) return null
  const name = tokens.slice(k).join(' ')
  const at = m.start + surface.length - name.length
  return {
    name,
    canonical: m.canonical === surface ? name : m.canonical,
    title,
    span: { start: at, end: m.end },
  }
}

/**
 * A capitalised name without a mention: "Institute for the Study of War", or a person's name
 * after titles and demonyms ("Russian Prime Minister Mikhail Mishustin"), which become the role.
 * "President of Belarus" alone is a role held in a place, not a name: null.
 */
function unmarkedName(input: ResolveInput, start: number, end: number): Speaker | null {
  const { text, lexicon } = input
  const phrase = text.slice(start, end)
  const tokens = phrase.split(/\s+/)
  const capital = (t: string | undefined): boolean => !!t && /^[\p{Lu}\p{N}]/u.test(t)
  let i = tokens.length - 1
  while (
    i > 0 &&
    (capital(tokens[i - 1]) ||
      /^(?:of|for|the|and|on)$/.test(tokens[i - 1]!) ||
      // "Piet de Vries", "Ursula von der Leyen": particles inside a person's name
      (/^(?:de|da|van|von|der|den|al|bin|ibn|la|le)$/.test(tokens[i - 1]!) && capital(tokens[i - 2])))
  )
    i--
  while (i < tokens.length - 1 && /^(?:of|for|the|and|on)$/.test(tokens[i]!)) i++
  let j = i
  const given = tokens.findIndex(
    (t, k) => k >= i && lexicon.firstNames.has(t.toLowerCase()) && capital(tokens[k + 1]),
  )
  if (given >= 0) j = given
  else {
    // strip leading titles ("Mr", "Air Vice-Marshal", "Prime Minister") and demonyms
    let titled = false
    for (;;) {
      let took = 0
      for (let k = Math.min(tokens.length - 1, j + 3); k >= j; k--) {
        const cand = tokens
          .slice(j, k + 1)
          .join(' ')
          .toLowerCase()
        if (lexicon.titles.has(cand) || lexicon.demonyms.has(cand)) {
          titled ||= lexicon.titles.has(cand)
          took = k + 1 - j
          break
        }
      }
      if (!took || j + took >= tokens.length) break
      j += took
    }
    if (j > i && /^(?:of|for|the|and|on)$/.test(tokens[j]!)) return null
    // titles come off a person's name only: "General Staff of the Armed Forces" and "the General
    // Staff" keep their "General", and a demonym alone stays: "Belarusian Defense Ministry"
    const body = (tokens[tokens.length - 1] ?? '').toLowerCase()
    if (
      !titled ||
      tokens.slice(j).some((t) => /^(?:of|for|the|and|on)$/.test(t)) ||
      GROUP_HEADS.has(body) ||
      ORG_BACK.has(body)
    )
      j = i
  }
  // "Ukraine's Defence Intelligence": a body of the state named before it (an unmarked name)
  const owner = /^([\p{Lu}][\p{L}-]*)['’]s?$/u.exec(tokens[j] ?? '')
  const state = owner && j < tokens.length - 1 ? lexicon.stateOf?.get(owner[1]!.toLowerCase()) : undefined
  if (state) {
    const name = tokens.slice(j + 1).join(' ')
    const at = phrase.lastIndexOf(name)
    return {
      value: {
        text: name,
        canonical: `${name} of ${state}`,
        span: { start: start + at, end: start + at + name.length },
      },
      role: input.role ?? null,
      person: false,
    }
  }
  const name = tokens.slice(j).join(' ')
  if (!name || /^(?:the|a|an)$/i.test(name)) return null
  // "the retired Vice Air-Marshal": every word is a title word, so a role, not a name
  if (name.split(/[\s-]+/).every((w) => lexicon.titleWords.has(w.toLowerCase()))) return null
  const at = phrase.lastIndexOf(name)
  const pre = phrase.slice(0, at).trim()
  const honorific = HONORIFIC.test(tokens[j - 1] ?? '')
  const person = honorific || given >= 0 || (!!pre && ROLE_NOUN.test(pre))
  const role = input.role ?? (pre && !honorific ? pre : null)
  return {
    value: { text: name, canonical: name, span: { start: start + at, end: start + at + name.length } },
    role,
    person,
  }
}

const roleWords = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      // "the head of state" is the president a text named before
      .replace(/\bhead of (?:the )?state\b/g, 'president')
      .split(/[^\p{L}]+/u)
      .filter((w) => w && !/^(?:the|of|a|an|for|and)$/.test(w)),
  )

/** An earlier speaker, or person mention, whose role shares most words with `phrase`. */
function byRole(
  text: string,
  phrase: string,
  history: readonly Speaker[],
  mentions: readonly Mention[],
  before: number,
): Speaker | null {
  if (!ROLE_NOUN.test(phrase)) return null
  const want = roleWords(phrase)
  const similar = (role: string | null | undefined): boolean => {
    if (!role) return false
    if (PRESS_ROLES.test(role) && PRESS_ROLES.test(phrase)) return true
    const have = roleWords(role)
    // "the engineer" after "a former engineer at the plant"
    if (want.size === 1 && have.has([...want][0]!)) return true
    let n = 0
    for (const w of want) if (have.has(w)) n++
    return n / (want.size + have.size - n) >= 0.5
  }
  for (let i = history.length - 1; i >= 0; i--) {
    const s = history[i]!
    if (similar(s.role) || similar(s.value.text)) return s
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    if (m.end > before || m.type !== 'PERSON') continue
    // "President of Belarus Alexander Lukashenko" earlier in the text, or a role the entity stage kept
    const preceding = text.slice(Math.max(0, m.start - phrase.length - 2), m.start).replace(/[\s,]+$/, '')
    // (the title written right before the name: "President of Belarus Alexander Lukashenko")
    const title = /(?:^|[.,;:!?\n(])\s*((?:[\p{L}'’-]+\s+){1,5})$/u.exec(
      text.slice(Math.max(0, m.start - 60), m.start),
    )
    if (
      similar(m.role) ||
      preceding.toLowerCase().endsWith(phrase.toLowerCase()) ||
      (title && ROLE_NOUN.test(title[1]!) && similar(title[1]!.trim()))
    ) {
      return { value: { text: phrase, canonical: m.canonical }, role: m.role ?? null, person: true }
    }
  }
  // without mentions: the role phrase written before a capitalised name earlier in the text
  // (the phrase in either case; the name after it capitalised, which an `i` flag would not keep)
  const esc = phrase
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\p{L}/gu, (c) =>
      c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
    )
  // ("the President" after "The President of Moldova Ana Cretu": past the office's "of" phrase)
  const earlier = new RegExp(
    `${esc}(?:\\s+of\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}'’-]+)?,?\\s+((?:[\\p{Lu}][\\p{L}'’-]+\\s+)+[\\p{Lu}][\\p{L}'’-]+)`,
    'u',
  ).exec(text.slice(0, before))
  if (earlier) return { value: { text: phrase, canonical: earlier[1]! }, role: phrase, person: true }
  return null
}

// organisation nouns that refer back to an organisation named or described before them
/** How far after a person's name an appositive role naming their organisation may reach. */
const ROLE_REACH = 120

/** The organisation named in the appositive right after the last person who spoke before `at`. */
function employerOfLastPerson(input: ResolveInput, at: number): Mention | null {
  const prev = [...input.history].reverse().find((h) => h.person && h.value.span)
  const from = prev?.value.span?.end
  if (from === undefined || from >= at) return null
  // (the appositive ends at the sentence's end or at the next quotation mark)
  const stop = input.text.slice(from, Math.min(at, from + ROLE_REACH)).search(/[.;“”"]/)
  const to = stop < 0 ? Math.min(at, from + ROLE_REACH) : from + stop
  return input.mentionsAt.startingIn(from, to).find((m) => m.type === 'ORG' && m.end <= to) ?? null
}

/** Nouns for a news outlet, which refer back to the outlet that spoke last ("the paper said"). */
const MEDIA_HEADS = [
  'outlet',
  'newspaper',
  'paper',
  'publication',
  'website',
  'portal',
  'broadcaster',
  'daily',
  'weekly',
  'magazine',
]

const ORG_BACK = new Set([
  'firm',
  'maker',
  'manufacturer',
  'producer',
  'enterprise',
  'ministry',
  'project',
  'group',
  'agency',
  'service',
  'institute',
  'organisation',
  'organization',
  'committee',
  'council',
  'company',
  'plant',
  'office',
  'channel',
  'department',
  'tank',
  'centre',
  'center',
  'watchdog',
  'monitor',
  'government',
  'alliance',
  'bloc',
  'union',
  'network',
  'initiative',
  'collective',
  'coalition',
  'foundation',
  // media: "the outlet wrote", "the paper said"
  ...MEDIA_HEADS,
])

/**
 * The organisation that "the <head>" refers back to: an earlier non-person speaker or ORG mention
 * whose name or description ("the monitoring project Hajun", "the Vistula Institute") has that
 * head, else the fuller noun phrase with that head written earlier ("the Belarusian defence ministry").
 */
function byOrgHead(
  text: string,
  head: string,
  history: readonly Speaker[],
  mentions: readonly Mention[],
  before: number,
  state: { word: string; state: string } | null = null,
): Speaker | null {
  const re = new RegExp(`\\b${head === 'tank' ? 'think tank' : head}\\b`, 'i')
  // "the Latvian ministry": a body of that state, not the last ministry of any state
  const ofState = (s: number, e: number, canonical: string): boolean =>
    !state ||
    canonical.toLowerCase().includes(state.state.toLowerCase()) ||
    text.slice(s, e).toLowerCase().includes(state.word)
  // the patterns for the head around a name, built once per call
  const headAfter = new RegExp(`^\\s+${head}\\b`, 'i')
  const headBefore = new RegExp(
    `\\b(?:${head}|${head[0]!.toUpperCase()}${head.slice(1)})\\s+(?:[\\p{Lu}][\\p{L}.-]*\\s+)*$`,
    'u',
  )
  /** Whether the name at `s`–`e` (or its canonical) is one the head describes. */
  const namedByHead = (s: number, e: number, canonical: string): boolean =>
    re.test(text.slice(s, e)) ||
    re.test(canonical) ||
    // "the River Watch project": the head right after the name
    headAfter.test(text.slice(e, e + 40)) ||
    // "the Nordic Policy Institute, a think tank in Oslo, …": an appositive after the name (not
    // the phrase being resolved: "… of the Union State, the ministry said")
    re.test(/^,\s+(?:a|an|the)\s+[^,.;]{0,60}/.exec(text.slice(e, Math.min(e + 70, before)))?.[0] ?? '') ||
    // "the monitoring project Hajun": the head word, then only capitalised words, before the name
    headBefore.test(text.slice(Math.max(0, s - 60), s))
  const described = (s: number, e: number, canonical: string): boolean =>
    ofState(s, e, canonical) && namedByHead(s, e, canonical)
  let best: { at: number; speaker: Speaker } | null = null
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!
    const sp = h.value.span
    if (h.person || !sp || sp.start >= before) continue
    // ("what other outlets reported … the outlet wrote": a plural description names no one body)
    if (
      isPlural(text.slice(sp.start, sp.end).split(/\s+/).at(-1) ?? '') &&
      !/^\p{Lu}/u.test(h.value.canonical ?? '')
    )
      continue
    // ("the monitoring group Hajun reported …": the role given with the speaker describes it too)
    if (
      described(sp.start, sp.end, h.value.canonical ?? h.value.text) ||
      (h.role !== null && re.test(h.role))
    ) {
      // the speaker who spoke last, so described, is who "the group" is: names inside what it
      // reported ("Wagner fighters") are what it spoke of
      if (i === history.length - 1) return h
      best = { at: sp.start, speaker: h }
      break
    }
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    if (m.start >= before || (best && m.start <= best.at)) continue
    if (m.type !== 'ORG' && m.type !== 'UNIT') continue
    if (described(m.start, m.end, m.canonical)) {
      best = {
        at: m.start,
        speaker: {
          value: { text: text.slice(m.start, m.end), canonical: m.canonical },
          role: null,
          person: false,
        },
      }
      break
    }
  }
  if (best) return best.speaker
  // an earlier description without a mention: "the Belarusian defence ministry released …"
  const phrase = new RegExp(
    `\\b(?:the|a|an)\\s+((?:(?!the\\b|a\\b|an\\b|of\\b|and\\b)[\\p{L}’'-]+\\s+){1,3}${head})\\b`,
    'giu',
  )
  let last: RegExpExecArray | null = null
  for (const m of text.slice(0, before).matchAll(phrase)) {
    if (!state || m[1]!.toLowerCase().includes(state.word)) last = m
  }
  if (!last) return null
  const label = last[1]!.replace(/\s+/g, ' ')
  return { value: { text: label, canonical: label }, role: null, person: false }
}

/** The state a nationality word or state name among the words stands for ("latvian" → Latvia). */
function stateIn(lexicon: SpeakerLexicon, words: readonly string[]): { word: string; state: string } | null {
  for (const w of words) {
    const state = lexicon.stateOf?.get(w)
    if (state) return { word: w, state }
  }
  return null
}

/** Heads so generic that "the <head>" is whichever organisation spoke last. */
const GENERIC_ORG = new Set([
  'tank',
  'group',
  'project',
  'organisation',
  'organization',
  'agency',
  'monitor',
  'watchdog',
  'team',
  'network',
  'collective',
  'coalition',
  'channel',
  ...MEDIA_HEADS,
])

/**
 * "The group estimates", "the intelligence agency also claimed": with no earlier name described
 * by the head, the latest organisation that spoke, preferring one whose name has the phrase's
 * other words ("intelligence" → the Main Directorate of Intelligence).
 */
function lastOrgSpeaker(words: readonly string[], head: string, history: readonly Speaker[]): Speaker | null {
  if (!GENERIC_ORG.has(head)) return null
  const orgs = [...history].reverse().filter((h) => !h.person && h.value.canonical)
  const modifiers = words.filter((w) => w !== head && w.length > 3)
  const fits = (h: Speaker) => modifiers.some((w) => (h.value.canonical ?? '').toLowerCase().includes(w))
  return (modifiers.length ? orgs.find(fits) : undefined) ?? orgs[0] ?? null
}

/** "The company", "the firm", "the maker": the organisation last named before, as companies are rarely earlier speakers. */
function lastCompany(
  text: string,
  head: string,
  mentions: readonly Mention[],
  before: number,
): Speaker | null {
  if (!/^(?:company|firm|maker|manufacturer|producer|enterprise|plant)$/.test(head)) return null
  const m = [...mentions].reverse().find((x) => x.end <= before && x.type === 'ORG')
  return m
    ? { value: { text: text.slice(m.start, m.end), canonical: m.canonical }, role: null, person: false }
    : null
}

/**
 * What "it" or "its" stands for: the organisation that spoke last, or one named later than that
 * at the start of a sentence ("Hajun's figures cannot be verified. … its analysts say").
 */
function lastOrganisation(
  text: string,
  mentions: readonly Mention[],
  history: readonly Speaker[],
  before: number,
): Speaker | null {
  const spoke = [...history].reverse().find((h) => !h.person && h.value.canonical) ?? null
  const after = spoke?.value.span?.end ?? 0
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    if (m.start >= before) continue
    if (m.end <= after) break
    if (m.type !== 'ORG') continue
    if (/(?:^|[.!?]["”’]?\s+|\n)(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) {
      return {
        value: { text: text.slice(m.start, m.end), canonical: m.canonical },
        role: null,
        person: false,
      }
    }
  }
  return spoke
}

/** The PERSON mention that opens the sentence nearest before `before` (titles before it allowed). */
function sentenceSubjectBefore(text: string, mentions: readonly Mention[], before: number): Mention | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    if (m.start >= before) continue
    // a person in the pronoun's own sentence is not its antecedent ("Meeting Putin, he said")
    if (m.type !== 'PERSON' || !/[.!?]/.test(text.slice(m.end, before))) continue
    const lead = text.slice(Math.max(0, m.start - 60), m.start)
    const opens = /(?:^|[.!?…]["”’']?\s*|\n)(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.exec(lead)
    // titles may come before the name ("Major Tom Ashcroft"), a participle may not ("Meeting Putin")
    if (opens && !/\p{Lu}\p{L}*ing\s/u.test(opens[0])) {
      return m
    }
    return null
  }
  return null
}
