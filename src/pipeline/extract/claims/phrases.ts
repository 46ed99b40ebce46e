import type { SentenceView, Tok } from './sentence.js'

/**
 * Phrase boundaries from part-of-speech patterns (wink-nlp has no parser): where a clause starts,
 * where a verb group ends, how far a noun phrase reaches.
 */

/** Words that open a new clause: the subject of a trigger after them is found after them. */
const CLAUSE_OPENERS = new Set([
  'that',
  'where',
  'while',
  'but',
  'whereas',
  'although',
  'though',
  'because',
  'if',
  'when',
  'so',
])
const RELATIVES = new Set(['which', 'who', 'whom', 'whose'])
/** Subject pronouns: after a noun they open a relative clause without "that" ("the troops it sent"). */
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you'])
const HARD_PUNCT = /^([;:()\u2013\u2014]|--|-)$/

/** Words of a verb group between the subject and the trigger ("has been forced to", "is ready to"). */
const GROUP_WORDS = new Set([
  'not',
  "n't",
  'to',
  'ready',
  'able',
  'willing',
  'likely',
  'unlikely',
  'set',
  'going',
  'about',
  'also',
  'willingness',
  'intention',
  'plans',
  'yet',
])

export const isPunct = (t: Tok | undefined): boolean => t !== undefined && t.pos === 'PUNCT'
export const isQuoteMark = (t: Tok | undefined): boolean => t !== undefined && /^["“”«»‘’']$/.test(t.text)

/** Whether a token may belong to a verb group. */
export function inVerbGroup(t: Tok): boolean {
  return (
    t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'VERB' || GROUP_WORDS.has(t.lower)
  )
}

/** Index of the first token of the clause holding token `i` (0 when the sentence is one clause). */
export function clauseStart(view: SentenceView, i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const t = view.toks[k]!
    // a parenthesis is an aside inside the clause: step over it
    if (t.text === ')') {
      let j = k - 1
      while (j >= 0 && view.toks[j]!.text !== '(') j--
      if (j >= 0) {
        k = j
        continue
      }
    }
    // a dash between spaces breaks a clause; a hyphen inside a word ("military-industrial") does not
    const spaced = t.text !== '-' || view.text[t.start - 1] === ' '
    if (HARD_PUNCT.test(t.text) && t.pos === 'PUNCT' && spaced) return k + 1
    if (
      CLAUSE_OPENERS.has(t.lower) &&
      (t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'ADV' || t.lower === 'that')
    ) {
      // "that" as a determiner ("that war") opens nothing; before a plural noun and its verb
      // ("that Belarusian plants were making") it is a conjunction, as a determiner would be "those"
      if (
        t.lower === 'that' &&
        /^(NOUN|PROPN|ADJ)$/.test(view.toks[k + 1]?.pos ?? '') &&
        view.toks[k + 2]?.pos !== 'VERB' &&
        view.toks[k + 2]?.pos !== 'AUX' &&
        !pluralSubjectAt(view, k + 1) &&
        !afterSpeech(view, k)
      )
        continue
      return k + 1
    }
  }
  return 0
}

/** Verbs of saying and reporting that a "that" clause follows. */
const SPEECH_VERB =
  /^(said|says|say|told|tells|wrote|writes|reported|reports|announced|announces|claimed|claims|stated|states|added|adds|noted|notes|posted|posts|confirmed|confirms|warned|warns|insisted|insists)$/

/**
 * Whether "that" at `k` follows a speech verb and the phrase of its medium or addressee ("said on
 * its Telegram channel that …", "told reporters in Minsk that …"): a conjunction opening what was said.
 */
function afterSpeech(view: SentenceView, k: number): boolean {
  if (!/^(NOUN|PROPN)$/.test(view.toks[k - 1]?.pos ?? '')) return false
  for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
    const t = view.toks[j]!
    if (SPEECH_VERB.test(t.lower)) return true
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false
  }
  return false
}

/** Whether a noun phrase with a plural head and then its verb starts at `k`: "Belarusian plants were". */
function pluralSubjectAt(view: SentenceView, k: number): boolean {
  let j = k
  while (j < view.toks.length && j - k < 4 && /^(NOUN|PROPN|ADJ)$/.test(view.toks[j]!.pos)) j++
  const head = view.toks[j - 1]
  const verb = view.toks[j]
  return (
    j > k &&
    head?.pos === 'NOUN' &&
    /[^su]s$/.test(head.lower) &&
    (verb?.pos === 'AUX' || verb?.pos === 'VERB')
  )
}

/**
 * The verb group before the trigger at `i`: returns the index where it starts (the token after
 * the subject). "Lukashenko has been forced to send" → the index of "has".
 */
export function groupStart(view: SentenceView, i: number, floor: number): number {
  let k = i - 1
  while (k >= floor) {
    const t = view.toks[k]!
    if (t.pos === 'VERB' && k < i - 1 && !/(ed|en|ing)$/.test(t.lower) && !isAuxLike(t)) {
      // a finite verb before another verb: "expressed willingness to help Russia produce" — keep going
    }
    if (inVerbGroup(t) && !RELATIVES.has(t.lower)) {
      k--
      continue
    }
    // "has 'highly likely' withdrawn": quote marks around a hedge inside the group
    if (
      isQuoteMark(t) &&
      k > floor &&
      inVerbGroup(view.toks[k - 1]!) &&
      !RELATIVES.has(view.toks[k - 1]!.lower)
    ) {
      k--
      continue
    }
    // "Russian forces, by contrast, have left": a discourse marker set off by commas
    if (t.text === ',') {
      const open = discourseMarkerBefore(view, k, floor)
      if (open >= 0) {
        k = open - 1
        continue
      }
    }
    // "help Russia produce": an object between a control verb and the trigger
    if ((t.pos === 'PROPN' || t.pos === 'PRON') && view.toks[k - 1]?.lower.startsWith('help')) {
      k -= 2
      continue
    }
    break
  }
  return k + 1
}

/** Discourse markers set off by commas between a subject and its verb. */
const DISCOURSE =
  /^(however|meanwhile|by contrast|in contrast|in turn|for example|for instance|moreover|though|too|also|in fact|instead|so far|for now|of course|in addition|as well|indeed|nonetheless|nevertheless)$/

/**
 * The comma that opens a discourse marker closed by the comma at `close` (", by contrast,"), or -1.
 */
function discourseMarkerBefore(view: SentenceView, close: number, floor: number): number {
  for (let c = close - 1; c >= floor && close - c <= 4; c--) {
    if (view.toks[c]!.text !== ',') continue
    const words = view.toks
      .slice(c + 1, close)
      .map((t) => t.lower)
      .join(' ')
    return DISCOURSE.test(words) ? c : -1
  }
  return -1
}

const isAuxLike = (t: Tok): boolean =>
  /^(be|is|are|was|were|been|being|has|have|had|do|does|did)$/.test(t.lower)

/**
 * The subject phrase before index `end` (exclusive), back to a comma, a clause opener or the
 * clause start: returns its token range. Commas inside a list of names are crossed when the
 * phrase before them ends in a coordinator ("Lukashenko and Putin").
 */
export function phraseBefore(view: SentenceView, end: number, floor: number): [number, number] {
  let k = end - 1
  while (k >= floor) {
    const t = view.toks[k]!
    // "an employee of the KGB (state security committee)": step over a parenthesis
    if (t.text === ')') {
      let j = k - 1
      while (j >= floor && view.toks[j]!.text !== '(') j--
      if (j >= floor && j < k - 1) {
        k = j - 1
        continue
      }
    }
    if (t.pos === 'PUNCT' && !isQuoteMark(t) && t.text !== '-' && t.text !== '.' && t.text !== "'") break
    if (t.pos === 'VERB' && !participleInPhrase(view, k)) break
    if (t.pos === 'AUX' || t.pos === 'SCONJ') break
    if (RELATIVES.has(t.lower)) break
    k--
  }
  return [k + 1, end]
}

/**
 * A past form after a noun with an object after it is the noun's verb, not a participle that
 * describes the noun: "the sides signed a programme" (against "the tanks delivered by rail").
 */
export function pastWithObject(view: SentenceView, k: number): boolean {
  return (
    view.toks[k]?.pos === 'VERB' &&
    /ed$/.test(view.toks[k]!.lower) &&
    view.toks[k - 1]?.pos === 'NOUN' &&
    /^(DET|NUM)$/.test(view.toks[k + 1]?.pos ?? '')
  )
}

/**
 * A participle inside a noun phrase: before its noun ("occupying forces", "so-called plants") or
 * after it ("forces coming from Belarus"); "claimed those forces" is a finite verb instead.
 */
export function participleInPhrase(view: SentenceView, k: number): boolean {
  const t = view.toks[k]!
  if (!/(ed|ing)$/.test(t.lower)) return false
  // ", saying Russian jets …": a participle of speech opens a clause, it describes no noun
  if (
    /^(saying|adding|noting|claiming|stating|arguing|stressing|warning|insisting|explaining|suggesting|according)$/.test(
      t.lower,
    )
  )
    return false
  const next = view.toks[k + 1]
  const prev = view.toks[k - 1]
  return (
    /^(NOUN|ADJ|PROPN)$/.test(next?.pos ?? '') ||
    next?.text === '"' ||
    /^(NOUN|PROPN)$/.test(prev?.pos ?? '') ||
    prev?.text === '-'
  )
}

/** Prepositions that end an object phrase and start an argument. */
const ARG_PREPS = new Set([
  'to',
  'for',
  'from',
  'in',
  'into',
  'on',
  'at',
  'near',
  'with',
  'through',
  'by',
  'since',
  'during',
  'until',
  'under',
  'against',
  'along',
  'across',
  'as',
  'after',
  'before',
  'via',
  'onto',
  'inside',
  'toward',
  'towards',
  'within',
  'throughout',
  'amid',
  'beyond',
  'outside',
])

/** Whether a token lies inside a quantity ("about 9,000", "up to 200"). */
export function inQuantity(view: SentenceView, t: Tok): boolean {
  return view.quantities.some((q) => q.span !== undefined && q.span.start <= t.start && t.end <= q.span.end)
}

/** Whether a token lies inside a time expression ("last year", "on March 3"). */
export function inTime(view: SentenceView, t: Tok): boolean {
  return view.times.some((x) => x.span !== undefined && x.span.start <= t.start && t.end <= x.span.end)
}

/**
 * The object phrase after index `from`: noun-phrase tokens, lists ("A, B, and C") and "of"
 * phrases included, up to a preposition, verb, clause opener or hard punctuation.
 */
export function phraseAfter(view: SentenceView, from: number): [number, number] {
  let k = from
  while (k < view.toks.length) {
    const t = view.toks[k]!
    if (inQuantity(view, t)) {
      k++
      continue
    }
    // "so many tanks", "so much ammunition": a degree word, not a clause opener
    if (t.lower === 'so' && /^(many|much|few|little)$/.test(view.toks[k + 1]?.lower ?? '')) {
      k++
      continue
    }
    // "tanks, along with artillery rounds", "trucks as well as fuel": the list goes on
    const joiner = k > from ? listJoiner(view, k) : 0
    // ("tanks, along with Belarusian Railway": a party joined to the actor, not more goods)
    const next = view.toks[k + joiner]?.pos === 'DET' ? k + joiner + 1 : k + joiner
    const party =
      joiner > 0 &&
      view.mentions.some((m) => m.start === view.toks[next]?.start && /^(ORG|PERSON|GPE)$/.test(m.type))
    if (party) break
    if (joiner) {
      k += joiner
      continue
    }
    if (ARG_PREPS.has(t.lower) && t.pos !== 'PART' && k > from) break
    if (ARG_PREPS.has(t.lower) && k === from) break
    // "20 tanks last year": a time after the phrase ends it; "the 2022 batch" keeps its year
    if (k > from && timeEndsPhrase(view, k)) break
    // "repairs tanks each month": how often ends it too
    if (k > from && /^(each|every|per)$/.test(t.lower) && TIME_UNIT.test(view.toks[k + 1]?.lower ?? '')) break
    if (
      t.text === '.' ||
      t.text === ';' ||
      t.text === ':' ||
      t.text === '(' ||
      t.text === '\u2013' ||
      t.text === '\u2014'
    )
      break
    if (t.text === '-' && view.toks[k - 1] && view.text.slice(view.toks[k - 1]!.end, t.start) === ' ') break
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || RELATIVES.has(t.lower) || CLAUSE_OPENERS.has(t.lower)) break
    // "most of the troops it deployed": the pronoun is the subject of a clause about the noun
    if (k > from && SUBJECT_PRONOUNS.has(t.lower) && /^(NOUN|PROPN)$/.test(view.toks[k - 1]!.pos)) break
    if (t.pos === 'VERB' && !/(ed|ing)$/.test(t.lower)) break
    if (t.pos === 'VERB' && k > from && view.toks[k - 1]!.pos === 'NOUN' && !/^(ed)$/.test(t.lower)) break
    if (t.text === ',' && !listContinues(view, k)) break
    k++
  }
  // "sent soldiers to fight": the infinitive marker before the verb that ended the phrase
  if (k > from && view.toks[k - 1]!.lower === 'to' && view.toks[k]?.pos === 'VERB') k--
  while (k > from && isPunct(view.toks[k - 1]) && !isQuoteMark(view.toks[k - 1])) k--
  return [from, k]
}

const TIME_UNIT = /^(day|week|month|quarter|year|shift|night)$/

/** Whether a time expression starts at token `k` and no noun follows it. */
function timeEndsPhrase(view: SentenceView, k: number): boolean {
  const t = view.toks[k]!
  const time = view.times.find((x) => x.span && x.span.start === t.start)
  if (!time?.span) return false
  let e = k
  while (e < view.toks.length && view.toks[e]!.start < time.span.end) e++
  return !/^(NOUN|PROPN|ADJ)$/.test(view.toks[e]?.pos ?? '')
}

/** A comma continues a list when a noun phrase and another comma or "and"/"or" follow. */
function listContinues(view: SentenceView, comma: number): boolean {
  if (listJoiner(view, comma + 1)) return true
  for (let k = comma + 1; k < Math.min(view.toks.length, comma + 7); k++) {
    const t = view.toks[k]!
    // ", and the ministry said": a new clause, not a list member
    if ((t.lower === 'and' || t.lower === 'or') && k === comma + 1 && clauseFollows(view, k + 1)) return false
    if (t.lower === 'and' || t.lower === 'or' || t.lower === 'etc.' || t.lower === 'etc') return true
    if (t.text === ',') return k > comma + 1
    if (t.pos === 'VERB' && !/(ed|ing)$/.test(t.lower)) return false
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PRON' || ARG_PREPS.has(t.lower)) return false
  }
  return false
}

/** Whether a subject and its finite verb start at `k` ("the ministry said"), within four words. */
export function clauseFollows(view: SentenceView, k: number): boolean {
  for (let j = k; j < Math.min(view.toks.length, k + 5); j++) {
    const t = view.toks[j]!
    // (", and Britain followed": a past form right after a name is its verb)
    if (
      t.pos === 'AUX' ||
      (t.pos === 'VERB' &&
        (!participleInPhrase(view, j) ||
          pastWithObject(view, j) ||
          (view.toks[j - 1]?.pos === 'PROPN' && view.toks[j + 1]?.lower !== 'by')))
    )
      return j > k
    if (t.pos === 'PUNCT' || (t.pos === 'ADP' && t.lower !== 'of')) return false
  }
  return false
}

/** Splits a phrase range into list members at commas and "and"/"or": "A, B, and C" → three ranges. */
/** Tokens of a multi-word list joiner at `k` ("along with", "together with", "as well as"), or 0. */
export function listJoiner(view: SentenceView, k: number): number {
  const w = (i: number) => view.toks[k + i]?.lower
  if ((w(0) === 'along' || w(0) === 'together') && w(1) === 'with') return 2
  if (w(0) === 'as' && w(1) === 'well' && w(2) === 'as') return 3
  return 0
}

export function conjuncts(view: SentenceView, [from, to]: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let s = from
  for (let k = from; k < to; k++) {
    const t = view.toks[k]!
    // "between 120 and 200 tanks", "1,200 tanks": a quantity is one conjunct
    if (inQuantity(view, t)) continue
    const joiner = listJoiner(view, k)
    if (joiner) {
      if (k > s) out.push([s, k])
      s = k + joiner
      k += joiner - 1
      continue
    }
    if (t.text === ',' || ((t.lower === 'and' || t.lower === 'or') && t.pos === 'CCONJ')) {
      if (k > s) out.push([s, k])
      s = k + 1
    }
  }
  if (to > s) out.push([s, to])
  return out.filter(([a, b]) => view.toks.slice(a, b).some((t) => /^(NOUN|PROPN|NUM)$/.test(t.pos)))
}
