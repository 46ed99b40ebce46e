import type { Span } from '../../../model/span.js'
import type { AttributionContext } from './types.js'
import { isCapitalised, type Word, wordsIn } from './words.js'

/** A noun phrase found next to a cue, with what sits around it. */
export interface Phrase {
  readonly span: Span
  /** An appositive role: "Fedor Venislavsky, member of the … Committee, believes". */
  readonly role: string | null
  /** The medium of an appositive "quoted by the state agency BelTA". */
  readonly outlet: string | null
  /** The phrase is the subject of a relative clause ("…, whom the EU does not consider …,"). */
  readonly relative: boolean
  /** Where the cue, extended over auxiliaries and adverbs ("have repeatedly said"), starts. */
  readonly cueStart: number
  /** The word just before the phrase, lowercased ("as" in "as the President said, …"). */
  readonly leftWord: string | null
  /**
   * The noun phrase that a naming clause after it named ("the group" in "the group, which calls
   * itself Harbour Watch, said"): `span` is then the name.
   */
  readonly described?: Span
}

// "has", "have repeatedly", "do not", "are inclined to", "also", "additionally"
const AUX_CHAIN =
  /(?:(?:^|\s)(?:has|have|had|is|are|was|were|do|does|did|would|will|only|not|also|additionally|repeatedly|already|previously|earlier|recently|further|again|reportedly|publicly|then|now|never|often|once|firmly|still|even|openly|officially|just|been|later|since|long|first|subsequently|separately|privately|inclined to|tend to|tends to|continue to|continues to|seem to|seems to|appear to|appears to|likes to|like to|liked to|went on to|goes on to|used to))+\s*$/i
const ACRONYM_AFTER_NAME = /\s*\([^()]{1,20}\)\s*$/
// appositives skipped between a subject and its cue
const APPOSITIVE_START =
  /^(?:citing|quoting|referring to|according to|which|who|whose|as |quoted by|speaking|in |at |a |an |the |member|head|chief|spokes|press|deputy|director|former|retired|(?:acting|interim|outgoing|incoming|managing|founding|senior|assistant|vice|then)[\s-](?!(?:the|a|an|his|her|its|their)\s)|\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll})/iu
// "published on Monday", "released last week", "seen by Reuters": a participle and its adverbial
const PARTICIPIAL =
  /^(?:[\p{Ll}]+ed|seen|written|made|known|shown|given|taken)\s+(?:on|in|at|by|last|this|earlier|late|early|after|before|during|to)\b[^,]*$/u
// a comma segment that starts a clause is no appositive: "…, while Peleng, OJSC, …, announced"
const CLAUSE_START =
  /^(?:while|and|but|or|whereas|although|though|because|since|when|if|after|before|so|yet|then|however|where)\b/i
// "who gave his name only as Pavel", "which calls itself Harbour Watch", "known as the Dock
// Committee": a relative or participle that names the phrase before it
const NAMING =
  /^(?:who\s+(?:gave|gives|has given|would give)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|(?:who|which)\s+(?:calls?|called|styles?)\s+(?:itself|themselves|himself|herself)|(?:who|which)\s+(?:is|are|was)\s+(?:known|identified)\s+(?:only\s+)?as|(?:known|identified)\s+(?:only\s+)?as)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{N}'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}'’-]*){0,4})(?=$|\s+and\s|\s*\()/u
const LEGAL_FORM = /^(?:JSC|OJSC|OAO|LLC|PJSC|CJSC|Ltd|Inc|PLC|AG|GmbH)\.?$/

// what an author speaks through: "a report published by X says" is X speaking
const AUTHORED =
  /^(?:reports?|statements?|assessments?|analys[ie]s|stud(?:y|ies)|updates?|surveys?|documents?|papers?|articles?|posts?|bulletins?|briefings?|letters?)$/
const NP_FUNCTION = new Set([
  'of',
  'for',
  'the',
  'a',
  'an',
  'and',
  'on',
  'percent',
  '%',
  'most',
  'many',
  'some',
  'several',
  'all',
  'both',
  'other',
  'per',
  'cent',
])
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM'])
const CLAUSE_INTRO = new Set([
  'as',
  'but',
  'and',
  'thus',
  'however',
  'so',
  'yet',
  'also',
  'while',
  'whereas',
  'although',
  'since',
  'when',
  'if',
  'because',
  'then',
  'meanwhile',
  'moreover',
])
const RELATIVE = new Set(['who', 'whom', 'which', 'that'])
// "in what officials describe as": "what" opens a clause, whatever its tag (DET or PRON)
const STOP_WORDS = new Set([
  'that',
  'who',
  'whom',
  'which',
  'what',
  'it',
  'this',
  'they',
  'we',
  'i',
  'you',
  'there',
])

/**
 * The subject noun phrase that ends where a cue starts (after auxiliaries, adverbs, a
 * parenthesised acronym and appositives), within the sentence starting at `from`.
 *
 * @example "The General Staff, citing its own sources, has repeatedly reported that …" → "The General Staff"
 */
export function subjectBefore(ctx: AttributionContext, cueStart: number, from: number): Phrase | null {
  const { text } = ctx
  let end = cueStart
  const aux = AUX_CHAIN.exec(text.slice(from, end))
  let extended = cueStart
  if (aux) {
    end = from + aux.index
    extended = end + (aux[0].length - aux[0].trimStart().length)
    // a modal reports speech only before a verb of saying ("would only say that"; not "would
    // consider further measures"), and not from a speaker hedging their own words ("I would say")
    if (
      /\b(?:would|will)\b/i.test(aux[0]) &&
      (/(?:^|\s)(?:I|we)\s*$/i.test(text.slice(from, end)) ||
        !/^(?:say|tell|add|confirm)\b/i.test(text.slice(cueStart)))
    )
      return null
  }
  while (end > from && /\s/.test(text[end - 1]!)) end--
  let role: string | null = null
  let outlet: string | null = null
  let namedAs: Span | null = null
  let skipped = 0
  for (let guard = 0; guard < 4 && text[end - 1] === ','; guard++) {
    const before = text.lastIndexOf(',', end - 2)
    const segStart = Math.max(from, before + 1)
    const seg = text.slice(segStart, end - 1).trim()
    if (!seg || seg.split(/\s+/).length > 20) break
    // "Lukashenko, 68, has insisted": an age between commas
    const age = /^\d{1,3}$/.test(seg)
    if (!(APPOSITIVE_START.test(seg) || LEGAL_FORM.test(seg) || age || /^[a-z]/.test(seg))) {
      // "Its spokesman, Andriy Demchenko, said": a name set off after its role is the speaker
      if (!skipped) {
        const named = nameAfterRole(ctx, from, before, segStart, end - 1, extended)
        if (named) return { ...named, outlet }
      }
      break
    }
    if (CLAUSE_START.test(seg)) break
    // "The report, published on Monday, says": a participial phrase describes, naming no role
    const participial = PARTICIPIAL.test(seg)
    // a role has no finite verb: ", journalists referred to …," is a clause
    if (
      !participial &&
      !APPOSITIVE_START.test(seg) &&
      !NAMING.test(seg) &&
      wordsIn(text, ctx.tokens, segStart, end - 1).some((w) => w.pos === 'VERB' || w.pos === 'AUX')
    )
      break
    if (segStart === from) break // the "appositive" is the whole clause before: not a subject
    const quoted =
      /^quoted by (?:the )?(.*)$/i.exec(seg) ?? /^as (?:quoted|cited|reported) by (?:the )?(.*)$/i.exec(seg)
    const naming = NAMING.exec(seg)
    if (naming) {
      // "one of the dockers, who gave his name only as Pavel,": the name is the speaker
      const at = text.indexOf(naming[1]!, segStart)
      namedAs = { start: at, end: at + naming[1]!.length }
    } else if (quoted) outlet = lastProperName(quoted[1]!)
    else if (
      !participial &&
      !/^(?:citing|quoting|referring|according|which|who|whose|as |speaking|in |at )/i.test(seg) &&
      !LEGAL_FORM.test(seg) &&
      !age
    ) {
      role = seg.replace(/^(?:the|a|an) /i, '')
    }
    end = before + 1
    skipped++
  }
  if (skipped) end--
  while (end > from && /\s/.test(text[end - 1]!)) end--
  const acr = ACRONYM_AFTER_NAME.exec(text.slice(from, end))
  if (acr) end = from + acr.index
  const words = wordsIn(text, ctx.tokens, from, end)
  const np = walkNounPhrase(words)
  if (!np) return null
  /** The subject spanning words `first` to `last`, with what the appositives gave. */
  const subjectOf = (first: number, last: number): Phrase => {
    const l = words[first - 1]
    return {
      span: { start: words[first]!.start, end: words[last]!.end },
      role,
      outlet,
      relative: l ? RELATIVE.has(l.lower) : false,
      cueStart: extended,
      leftWord: l ? l.lower : null,
    }
  }
  // (a body with a name of its own keeps it: "the Coastal Intelligence agency, known as CIA,")
  if (namedAs && !words.slice(np.first + 1, np.last + 1).some((w) => isCapitalised(w.text))) {
    const left = words[np.first - 1]
    return {
      span: namedAs,
      role: text.slice(words[np.first]!.start, words[np.last]!.end).replace(/^(?:the|a|an) /i, ''),
      outlet,
      relative: false,
      cueStart: extended,
      leftWord: left ? left.lower : null,
      described: { start: words[np.first]!.start, end: words[np.last]!.end },
    }
  }
  // "people familiar with the order book told …", "sources close to the ministry said": the
  // people, with what they know, are the subject
  const link = words[np.first - 1]
  const link2 = words[np.first - 2]
  const linked =
    link && link2 && /^(?:with|to|on|of)$/.test(link.lower)
      ? /^(?:familiar|close|briefed|knowledge)$/.test(link2.lower)
        ? np.first - 2
        : -1
      : -1
  if (linked > 0) {
    const knower = /^(?:people|persons?|sources?|officials?|someone|insiders?)$/i.test(
      words[linked - 1]!.lower,
    )
      ? linked - 1
      : -1
    if (knower >= 0) {
      let first = knower
      while (
        first > 0 &&
        /^(?:two|three|four|several|some|the|a|an|one|many)$/i.test(words[first - 1]!.lower)
      )
        first--
      const l = words[first - 1]
      return {
        span: { start: words[first]!.start, end: words[np.last]!.end },
        role,
        outlet,
        relative: false,
        cueStart: extended,
        leftWord: l ? l.lower : null,
      }
    }
  }
  // "monitors who watch the railways say": the subject is the head of the relative clause
  const who = words.slice(Math.max(0, np.first - 6), np.first).findIndex((w) => w.lower === 'who')
  if (who >= 0) {
    const at = Math.max(0, np.first - 6) + who
    // the word before "who" is its antecedent, whatever wink-nlp tagged it ("monitors"/VERB)
    const outer =
      walkNounPhrase(words.slice(0, at)) ??
      (at > 0 && /^[\p{L}]+$/u.test(words[at - 1]!.text) ? { first: at - 1, last: at - 1 } : null)
    if (outer && words.slice(at, np.first).every((w) => /[\p{L}]/u.test(w.text))) {
      const l = words[outer.first - 1]
      return {
        span: { start: words[outer.first]!.start, end: words[outer.last]!.end },
        role,
        outlet,
        relative: false,
        cueStart: extended,
        leftWord: l ? l.lower : null,
      }
    }
  }
  // "two former dockers interviewed by the paper described": the agent of a participle is not
  // the subject; the noun phrase the participle describes is
  const by = words[np.first - 1]
  const participle = words[np.first - 2]
  if (
    by?.lower === 'by' &&
    participle &&
    /^(?:[\p{Ll}]+ed|seen|written|shown|given|taken|made)$/u.test(participle.lower)
  ) {
    // ("a memo by the Harbour Board (HB) seen by the paper": past an acronym in brackets)
    let e = np.first - 3
    if (words[e]?.text === ')') {
      const open = words.slice(0, e).findLastIndex((w) => w.text === '(')
      if (open > 0 && e - open <= 4) e = open - 1
    }
    const outer = walkNounPhrase(words.slice(0, e + 1))
    // ("a report published by the council says": the council speaks through its report)
    if (outer && outer.last === e && !AUTHORED.test(words[outer.last]!.lower))
      return subjectOf(outer.first, outer.last)
  }
  return subjectOf(np.first, np.last)
}

// a name: capitalised words, with particles such as "de" or "von" between them
const NAME_SEGMENT =
  /^[\p{Lu}][\p{L}.'’-]*(?:\s+(?:(?:de|da|van|von|der|al|bin|ibn)\s+)?[\p{Lu}][\p{L}.'’-]*){0,3}$/u

/**
 * "Its spokesman, Andriy Demchenko, said", "Ukraine's top commander, Valerii Zaluzhnyi, warned":
 * the name between two commas is the speaker when the phrase before the first comma is a role
 * (its head a role noun); that phrase is the role. Null for anything else.
 */
function nameAfterRole(
  ctx: AttributionContext,
  from: number,
  comma: number,
  segStart: number,
  segEnd: number,
  cueStart: number,
): Omit<Phrase, 'outlet'> | null {
  const { text } = ctx
  let name = trimSpanWs(text, segStart, segEnd)
  // "Rep. Margaret Hollis (R-Ohio)": a bracket after the name, and a title before it, are no part of it
  const bracket = /\s*\([^()]{1,30}\)$/.exec(text.slice(name.start, name.end))
  if (bracket) name = { start: name.start, end: name.end - bracket[0].length }
  const title = /^(?:Rep|Sen|Gen|Col|Maj|Lt|Capt|Dr|Mr|Mrs|Ms|Prof)\.?\s+/.exec(
    text.slice(name.start, name.end),
  )
  if (title) name = { start: name.start + title[0].length, end: name.end }
  if (!NAME_SEGMENT.test(text.slice(name.start, name.end))) return null
  if (comma <= from) return null
  const prevComma = text.lastIndexOf(',', comma - 1)
  const roleFrom = Math.max(from, prevComma + 1)
  const words = wordsIn(text, ctx.tokens, roleFrom, comma)
  const np = walkNounPhrase(words)
  if (!np || np.last !== words.length - 1) return null
  let head = words[np.last]!
  let first = words[np.first]!
  let left = words[np.first - 1]
  if (!ROLE_HEAD.test(head.lower)) {
    // "a spokesman for the command, Jan Nowak,": a role with its body after a preposition
    const r = words.findIndex(
      (w, i) => i < 4 && ROLE_HEAD.test(w.lower) && ROLE_OF.test(words[i + 1]?.lower ?? ''),
    )
    if (r < 0 || words.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return null
    first = words[0]!
    head = words[words.length - 1]!
    left = undefined
  }
  const role = text.slice(first.start, head.end).replace(/^(?:the|a|an) /i, '')
  return {
    span: name,
    role,
    relative: false,
    cueStart,
    leftWord: left ? left.lower : null,
  }
}

/** What links a role to its body: "spokesman for the command", "head of the plant". */
const ROLE_OF = /^(?:for|of|at|to|in|with)$/

const ROLE_HEAD =
  /^(?:spokes(?:man|woman|person)|secretary|officer|official|representative|minister|president|head|chief|director|commander|adviser|advisor|member|deputy|expert|analyst|scientist|researcher|politician|marshal|general|colonel|ambassador|envoy|chairman|chair|governor|mayor|leader|premier|founder|editor|correspondent|economist|historian|lawyer|author|professor|manager|coordinator|negotiator|prosecutor|general-secretary|diplomat|aide|commissioner|ombudsman|strategist|specialist|commentator|journalist|reporter|activist|blogger|engineer|designer|technician|mechanic|foreman|worker|employee|owner|resident|farmer|pilot|driver|observer|host|presenter|investigator|inspector|administrator|executive|ceo|officer-in-charge)$/

function trimSpanWs(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

/**
 * The noun phrase that follows an inverted cue up to a comma or the sentence end, and an
 * appositive role after the comma: "said Alexander Motuzyanyk, spokesman for the Ministry …".
 */
export function phraseAfter(ctx: AttributionContext, from: number, to: number): Phrase | null {
  const { text } = ctx
  const rest = text.slice(from, to)
  const comma = rest.search(/[,;:(]/)
  const npEnd = comma >= 0 ? from + comma : to
  const words = wordsIn(text, ctx.tokens, from, npEnd).filter((w) => /[\p{L}\p{N}]/u.test(w.text))
  if (!words.length || words.length > 12) return null
  if (!words.some((w) => isCapitalised(w.text) || NP_POS.has(w.pos ?? ''))) return null
  let role =
    comma >= 0
      ? rest
          .slice(comma + 1)
          .replace(/[.\s]+$/, '')
          .trim() || null
      : null
  // ", adding that …", ", who …": a clause, not a role
  if (
    role &&
    /^(?:and\s+)?(?:(?:also\s+)?\p{Ll}+ing\s+(?:that|on|to|about)|who|which|whose|when|while|as|but|and|after|before|because|adding|saying|explaining|noting|stressing|arguing|claiming|insisting|warning)\b/u.test(
      role,
    )
  )
    role = null
  return {
    span: { start: words[0]!.start, end: words[words.length - 1]!.end },
    role: role?.replace(/^(?:the|a|an) /i, '') ?? null,
    outlet: null,
    relative: false,
    cueStart: from,
    leftWord: null,
  }
}

/** The last run of capitalised words of `s` ("the state agency BelTA" → "BelTA"). */
export function lastProperName(s: string): string | null {
  const m = /((?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*\s*)+)\W*$/u.exec(s.trim())
  return m ? m[1]!.trim() : null
}

/**
 * Walks left from the last word over what a noun phrase is made of: capitalised words, nouns,
 * adjectives, numbers, "of"/"for"/"the", "and"/"on" between capitalised words, and participles
 * before a capitalised word ("retired Air Vice-Marshal", "self-proclaimed President").
 */
function walkNounPhrase(words: readonly Word[]): { first: number; last: number } | null {
  const last = words.length - 1
  if (last < 0) return null
  let first = words.length
  for (let i = last; i >= 0 && last - i < 14; i--) {
    const w = words[i]!
    const right = words[i + 1]
    const leftW = words[i - 1]
    if (!/[\p{L}\p{N}%]/u.test(w.text)) break
    if (i === last && (w.lower === 'we' || w.lower === 'it' || w.text === 'I')) {
      // "we assess": the publisher speaking of itself (resolved only outside quotations);
      // "…, it said": the organisation that spoke before (resolved by `speaker.ts`); "I think"
      // inside a quotation: whoever is quoted (resolved in `index.ts`)
      first = i
      break
    }
    if (STOP_WORDS.has(w.lower)) break
    // "officials in Minsk", "analysts at the institute": a group placed by a name
    // ("a source in the ministry": a single source, placed by the body it is in)
    if (
      LOCATIVE.has(w.lower) &&
      right &&
      (isCapitalised(right.text) || (right.lower === 'the' && leftW?.lower === 'source')) &&
      leftW &&
      (PLACED_GROUP.has(leftW.lower) || leftW.lower === 'source')
    ) {
      first = i
      continue
    }
    // "the Embassy of Belarus in Washington": a state's mission, named with its host city
    if (
      (w.lower === 'in' || w.lower === 'to') &&
      right &&
      isCapitalised(right.text) &&
      leftW &&
      isCapitalised(leftW.text) &&
      words[i - 2]?.lower === 'of' &&
      /^(?:Embassy|Consulate|Mission|Delegation|Representation)$/.test(words[i - 3]?.text ?? '')
    ) {
      first = i
      continue
    }
    if (i === 0 && CLAUSE_INTRO.has(w.lower)) break
    if (isCapitalised(w.text)) {
      if (CLAUSE_INTRO.has(w.lower) && (!right || !isCapitalised(right.text) || i === 0)) break
      first = i
      continue
    }
    if (w.lower === 'and' || w.lower === 'on') {
      if (right && isCapitalised(right.text) && leftW && isCapitalised(leftW.text)) {
        first = i
        continue
      }
      if (
        w.lower === 'and' &&
        right &&
        leftW &&
        /^(?:the|[\p{Lu}])/u.test(right.text) &&
        isCapitalised(leftW.text)
      ) {
        first = i
        continue
      }
      break
    }
    if (NP_FUNCTION.has(w.lower)) {
      if (
        (w.lower === 'the' || w.lower === 'a' || w.lower === 'an') &&
        !(leftW && /^(?:of|for|and|on)$/.test(leftW.lower)) &&
        !(leftW && LOCATIVE.has(leftW.lower) && words[i - 2]?.lower === 'source')
      ) {
        first = i
        break
      }
      first = i
      continue
    }
    if (/ed$/.test(w.lower) && right && isCapitalised(right.text)) {
      first = i
      continue
    }
    if (
      w.pos === 'VERB' ||
      w.pos === 'AUX' ||
      w.pos === 'ADV' ||
      w.pos === 'ADP' ||
      w.pos === 'SCONJ' ||
      w.pos === 'PRON'
    ) {
      if (!(w.pos === 'PRON' && i === last && /^(?:he|she|her|him)$/.test(w.lower))) break
      first = i
      break
    }
    first = i
  }
  // a phrase cannot start with a preposition or conjunction left over from the walk
  while (first <= last && /^(?:of|for|and|on|per)$/.test(words[first]!.lower)) first++
  first = afterLeadingAdverbial(words, first, last)
  if (first > last) return null
  return { first, last }
}

// "In 2023 Russia said", "On 24 February the army said", "Last year officials said": a time
// adverbial at the start of the sentence is neither a count nor part of the subject
const LEAD_TIME =
  /^(?:in|on|at|since|by|after|before|during|from|until|through|last|this|next|earlier|later|early|late)$/
const DATE_WORD =
  /^(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|year|month|week|weekend|morning|evening|night|the|end|start|beginning|middle|mid|early|late|of)$/
const TIME_NOUN =
  /^(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|year|month|week|weekend|morning|evening|night)$/

function afterLeadingAdverbial(words: readonly Word[], first: number, last: number): number {
  const lead = words[first]
  if (!lead || !LEAD_TIME.test(lead.lower)) return first
  let i = first + 1
  let dated = false
  while (i < last && DATE_WORD.test(words[i]!.lower)) {
    if (TIME_NOUN.test(words[i]!.lower)) dated = true
    i++
  }
  return dated ? i : first
}

const LOCATIVE = new Set(['in', 'at', 'from'])
// groups that can be placed by a name and still be the speaker: "officials in Minsk"
export const PLACED_GROUP = new Set([
  'officials',
  'analysts',
  'experts',
  'diplomats',
  'sources',
  'observers',
  'lawmakers',
  'residents',
  'authorities',
  'commentators',
  'researchers',
  'journalists',
  'monitors',
  'politicians',
  'prosecutors',
  'investigators',
  'activists',
  'economists',
  'scientists',
  'specialists',
  'historians',
])
