import type { Relation } from '../../../model/annotations.js'
import type { TriggerEntry, TriggerLexicon } from './lexicon.js'
import type { SentenceView, Tok } from './sentence.js'

/** A trigger found in a sentence: token range [from, to) and whether it is used as a verb or a noun. */
export interface TriggerHit {
  readonly from: number
  readonly to: number
  readonly entry: TriggerEntry
  readonly relation: Relation
  readonly usage: 'verb' | 'noun'
}

/** Words that may stand inside a multi-word trigger ("got directly involved", "handed them over"). */
const INNER = new Set([
  'directly',
  'also',
  'actively',
  'already',
  'not',
  'yet',
  'them',
  'it',
  'over',
  'a',
  'an',
  'direct',
  'active',
  'any',
])

/** Parts of speech no trigger word has. */
const FUNCTION_POS = new Set(['PUNCT', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'NUM', 'SYM', 'PRON', 'PART'])

/** Token classes before a word that make it a noun ("the supply", "military assistance", "its repair"). */
const NOUN_BEFORE = new Set(['DET', 'ADJ', 'NUM', 'ADP'])

/**
 * Whether an ambiguous form ("supply", "repair", "transfer") is used as a noun here: after a
 * determiner, adjective, number, preposition or possessive, or before "of"; otherwise a verb.
 * wink-nlp's own tag is not trusted alone ("enterprises supply about 4,000 items" tags supply NOUN).
 */
export function nounUsage(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1]
  const next = toks[i + 1]
  if (next?.lower === 'of') return true
  if (!prev) return toks[i]!.pos === 'NOUN'
  // "the plant, which repairs helicopters": an -s form after a relative pronoun, with no verb after
  // it, is the relative clause's verb ("which supplies reached Russia" keeps the noun)
  if (
    /^(which|who|that)$/.test(prev.lower) &&
    /s$/.test(toks[i]!.lower) &&
    next !== undefined &&
    next.pos !== 'VERB' &&
    next.pos !== 'AUX'
  )
    return false
  if (
    prev.lower === "'s" ||
    prev.lower === '’s' ||
    (prev.pos === 'PRON' && /^(its|their|his|her|our)$/.test(prev.lower))
  )
    return true
  if (NOUN_BEFORE.has(prev.pos) && !/^(to|not)$/.test(prev.lower)) return true
  // "the Russian attack": a nationality adjective tagged as a name
  if (prev.pos === 'PROPN' && /(ian|ish|ese|an)$/.test(prev.lower)) return true
  return false
}

/**
 * Finds the triggers of a sentence: the longest lexicon form at each token, its usage (verb or
 * noun) settled by `nounUsage` when the surface is both, and the `context` words checked.
 *
 * @example findTriggers(view, lexicon) // "Minsk handed over tanks" → [{ from: 1, to: 3, relation: 'TRANSFER', usage: 'verb' }]
 */
export function findTriggers(view: SentenceView, lexicon: TriggerLexicon): TriggerHit[] {
  const { toks } = view
  const hits: TriggerHit[] = []
  for (let i = 0; i < toks.length; i++) {
    // (no trigger opens with a function word or a sign: their lexicon lookup is skipped)
    if (FUNCTION_POS.has(toks[i]!.pos)) continue
    const forms = lexicon.byFirst.get(toks[i]!.lower)
    if (!forms) continue
    let matched: { to: number; entries: TriggerEntry[] } | null = null
    for (const form of forms) {
      if (matched && form.words.length < matched.to - i) break
      let j = i + 1
      let ok = true
      for (let n = 1; n < form.words.length; n++) {
        const w = form.words[n]!
        while (j < toks.length && toks[j]!.lower !== w && INNER.has(toks[j]!.lower) && j - i < 4) j++
        if (toks[j]?.lower !== w) {
          ok = false
          break
        }
        j++
      }
      if (!ok) continue
      if (matched && j === matched.to) matched.entries.push(form.entry)
      else if (!matched || j > matched.to) matched = { to: j, entries: [form.entry] }
    }
    if (!matched) continue
    const single = matched.to - i === 1
    const asNoun = single ? nounUsage(toks, i) : false
    // the usage the context suggests first, then the other one if its own checks pass
    const order =
      matched.entries.length === 1
        ? matched.entries
        : [...matched.entries].sort(
            (a, b) =>
              Number(a.kind !== (asNoun ? 'noun' : 'verb')) - Number(b.kind !== (asNoun ? 'noun' : 'verb')),
          )
    const entry = order.find(
      (e) =>
        (e.kind === 'noun'
          ? !single || asNoun || matched.entries.every((x) => x.kind === 'noun') || !verbLike(toks, i)
          : !single || verbLike(toks, i)) &&
        (!e.context ||
          hasContext(toks, i, matched.to, e.context, e.window) ||
          (e.doubleObject && doubleObject(view, matched.to))),
    )
    if (!entry) continue
    hits.push({ from: i, to: matched.to, entry, relation: entry.relation, usage: entry.kind })
    i = matched.to - 1
  }
  return hits
}

const MODALS = /^(will|would|could|may|might|can|must|shall|should|wo)$/
const MODAL_ADVERBS =
  /^(likely|probably|possibly|also|not|n't|still|soon|now|again|already|never|certainly|further|then)$/

/** A verb form that wink tags as something else only when nothing around it says verb. */
function verbLike(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!
  const prev = toks[i - 1]
  const next = toks[i + 1]
  // "newly mobilised reservists", "to mobilised reservists": a participle used as an adjective
  let before = i - 1
  while (before >= 0 && (toks[before]!.pos === 'ADV' || /^(not|n't|never)$/.test(toks[before]!.lower)))
    before--
  // "which officials say supplied sights": after a reporting verb it is the finite verb
  const reporting =
    /^(say|says|said|believe[sd]?|think|thinks|thought|claim(s|ed)?|allege[sd]?|report(s|ed)?)$/
  // "Russia's modernised tanks": a participle after a possessive describes the noun after it
  if (
    /ed$/.test(t.lower) &&
    /^(NOUN|ADJ|PROPN)$/.test(next?.pos ?? '') &&
    /['’]s$/.test(toks[before]?.text ?? '')
  )
    return false
  // "modernised jets … and overhauled helicopters": a second verb after "and"
  const coordinated = toks[before]?.pos === 'CCONJ' && toks.slice(0, before).some((x) => x.pos === 'VERB')
  if (
    /ed$/.test(t.lower) &&
    /^(NOUN|ADJ)$/.test(next?.pos ?? '') &&
    !/^(NOUN|PROPN|PRON|AUX)$/.test(toks[before]?.pos ?? '') &&
    // ("to have supplied ammunition": an auxiliary the tagger read as a verb)
    !/^(have|has|had|having|be|been|being)$/.test(toks[before]?.lower ?? '') &&
    !reporting.test(toks[before]?.lower ?? '') &&
    !coordinated
  ) {
    return false
  }
  // "from launch sites", "at repair shops": a bare form between a preposition and a noun modifies it
  if (prev?.pos === 'ADP' && prev.lower !== 'to' && next?.pos === 'NOUN' && !/(s|ed|ing)$/.test(t.lower))
    return false
  // "under EU sanctions", "against Russian attacks": "under" or "against", a modifier, then a noun
  let m0 = i - 1
  while (m0 >= i - 3 && /^(PROPN|ADJ|DET)$/.test(toks[m0]?.pos ?? '')) m0--
  if (/^(under|against)$/.test(toks[m0]?.lower ?? '')) return false
  // "its sanctions list", "their supplies": after a possessive it is a noun
  if (/^(its|their|our|his)$/.test(prev?.lower ?? '') || /['’]s$/.test(prev?.text ?? '')) return false
  if (t.pos === 'VERB' || t.pos === 'AUX') return true
  // "the plant, which repairs helicopters": an -s form right after a relative pronoun is its
  // present-tense verb, whatever the tag
  if (/s$/.test(t.lower) && /^(which|who|that)$/.test(toks[before]?.lower ?? '')) return true
  // ("…, which, according to the council, repairs radars": so also after a frame set off by commas)
  if (/s$/.test(t.lower) && prev?.text === ',') {
    let c = i - 2
    while (c > 0 && i - c <= 12 && toks[c]!.text !== ',') c--
    if (toks[c]?.text === ',' && /^(which|who)$/.test(toks[c - 1]?.lower ?? '')) return true
  }
  // "will likely keep", "could soon send": a bare form after a modal is its verb, whatever the tag
  let m = i - 1
  while (m > i - 4 && m >= 0 && MODAL_ADVERBS.test(toks[m]!.lower)) m--
  if (MODALS.test(toks[m]?.lower ?? '') && !/(s|ed|ing)$/.test(t.lower)) return true
  // "while meeting Putin": a participle after a temporal conjunction
  if (/ing$/.test(t.lower) && /^(while|when|after|before|since|by)$/.test(prev?.lower ?? '')) return true
  // "has started manufacturing", "keeps supplying": a gerund after an aspectual verb is the verb
  if (
    /ing$/.test(t.lower) &&
    /^(begin|began|begun|begins|start|starts|started|continue[sd]?|continue|keep|keeps|kept|resume[sd]?|resume|stop(s|ped)?)$/.test(
      prev?.lower ?? '',
    )
  )
    return true
  // "seek to repurpose": an infinitive whatever the tagger says
  if (prev?.lower === 'to' && !/(ion|ment|s)$/.test(t.lower)) return true
  // "via Orsha station.": a noun-tagged form with nothing after it is the noun
  if (next === undefined || (next.pos === 'PUNCT' && next.text !== '"')) return false
  // "technology transfers.", "ground attack aircraft": a noun compound, not a verb
  if (prev?.pos === 'NOUN' && !/^(DET|NUM|ADJ|NOUN|PROPN|ADV|PRON)$/.test(next?.pos ?? '')) return false
  if (prev?.pos === 'NOUN' && !/s$/.test(prev.lower) && !/s$/.test(t.lower)) return false
  // "supply" after a plural subject, "attacks" after a name: trust the position
  return prev !== undefined && /^(NOUN|PROPN|PRON|ADV|PART|AUX)$/.test(prev.pos)
}

/** Object pronouns that can stand for a receiving party: "gave them airfields". */
const OBJECT_PRONOUN = /^(them|us|him|her)$/

/**
 * Whether two objects follow at `k`: a name that can receive (a state, a body, a person) or an
 * object pronoun, then a noun phrase ("handed Moscow tanks", "gave them fuel"), not a name
 * that only modifies the noun after it ("gave Russian tanks", "gave Moscow's army").
 */
export function doubleObject(view: SentenceView, k: number): boolean {
  const { toks } = view
  const first = toks[k]
  if (!first) return false
  let after = k + 1
  if (!OBJECT_PRONOUN.test(first.lower)) {
    const m = view.mentions.find((x) => x.start === first.start)
    if (!m || !/^(GPE|ORG|PERSON)$/.test(m.type)) return false
    while (after < toks.length && toks[after]!.start < m.end) after++
  }
  const next = toks[after]
  if (!next || /^['’]s?$/.test(next.text)) return false
  for (let j = after; j < Math.min(toks.length, after + 4); j++) {
    const t = toks[j]!
    if (t.pos === 'NOUN') return true
    if (!/^(DET|ADJ|NUM|PROPN)$/.test(t.pos)) return false
  }
  return false
}

/**
 * Whether one of `words` stands within `window` words of the trigger on either side. Punctuation
 * does not count towards the window: "most of its combat-ready units" is five words from "keep",
 * though the tokenizer splits the hyphen off.
 */
function hasContext(
  toks: readonly Tok[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
  window: number,
): boolean {
  const word = (t: Tok) => t.pos !== 'PUNCT'
  for (let k = from - 1, n = 0; k >= 0 && n < window; k--) {
    if (words.has(toks[k]!.lower)) return true
    if (word(toks[k]!)) n++
  }
  for (let k = to, n = 0; k < toks.length && n < window; k++) {
    if (words.has(toks[k]!.lower)) return true
    if (word(toks[k]!)) n++
  }
  return false
}
