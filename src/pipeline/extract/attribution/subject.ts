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
}

// "has", "have repeatedly", "do not", "are inclined to", "also", "additionally"
const AUX_CHAIN =
  /(?:(?:^|\s)(?:has|have|had|is|are|was|were|do|does|did|not|also|additionally|repeatedly|already|previously|earlier|recently|further|again|reportedly|publicly|then|now|never|often|once|firmly|still|even|openly|officially|just|been|later|since|long|first|subsequently|separately|privately|inclined to|tend to|tends to|continue to|continues to|seem to|seems to|appear to|appears to|likes to|like to|liked to|went on to|goes on to|used to))+\s*$/i
const ACRONYM_AFTER_NAME = /\s*\([^()]{1,20}\)\s*$/
// appositives skipped between a subject and its cue
const APPOSITIVE_START =
  /^(?:citing|quoting|referring to|according to|which|who|whose|as |quoted by|speaking|in |at |a |an |the |member|head|chief|spokes|press|deputy|director|former|retired)/i
// a comma segment that starts a clause is no appositive: "…, while Peleng, OJSC, …, announced"
const CLAUSE_START =
  /^(?:while|and|but|or|whereas|although|though|because|since|when|if|after|before|so|yet|then|however|where)\b/i
const LEGAL_FORM = /^(?:JSC|OJSC|OAO|LLC|PJSC|CJSC|Ltd|Inc|PLC|AG|GmbH)\.?$/

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
const STOP_WORDS = new Set(['that', 'who', 'whom', 'which', 'it', 'this', 'they', 'we', 'i', 'you', 'there'])

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
  }
  while (end > from && /\s/.test(text[end - 1]!)) end--
  let role: string | null = null
  let outlet: string | null = null
  let skipped = 0
  for (let guard = 0; guard < 4 && text[end - 1] === ','; guard++) {
    const before = text.lastIndexOf(',', end - 2)
    const segStart = Math.max(from, before + 1)
    const seg = text.slice(segStart, end - 1).trim()
    if (!seg || seg.split(/\s+/).length > 20) break
    if (!(APPOSITIVE_START.test(seg) || LEGAL_FORM.test(seg) || /^[a-z]/.test(seg))) break
    if (CLAUSE_START.test(seg)) break
    // a role has no finite verb: ", journalists referred to …," is a clause
    if (
      !APPOSITIVE_START.test(seg) &&
      wordsIn(text, ctx.tokens, segStart, end - 1).some((w) => w.pos === 'VERB' || w.pos === 'AUX')
    )
      break
    if (segStart === from) break // the "appositive" is the whole clause before: not a subject
    const quoted =
      /^quoted by (?:the )?(.*)$/i.exec(seg) ?? /^as (?:quoted|cited|reported) by (?:the )?(.*)$/i.exec(seg)
    if (quoted) outlet = lastProperName(quoted[1]!)
    else if (
      !/^(?:citing|quoting|referring|according|which|who|whose|as |speaking|in |at )/i.test(seg) &&
      !LEGAL_FORM.test(seg)
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
  const left = words[np.first - 1]
  return {
    span: { start: words[np.first]!.start, end: words[np.last]!.end },
    role,
    outlet,
    relative: left ? RELATIVE.has(left.lower) : false,
    cueStart: extended,
    leftWord: left ? left.lower : null,
  }
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
  const role =
    comma >= 0
      ? rest
          .slice(comma + 1)
          .replace(/[.\s]+$/, '')
          .trim() || null
      : null
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
    if (STOP_WORDS.has(w.lower)) break
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
        !(leftW && /^(?:of|for|and|on)$/.test(leftW.lower))
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
  if (first > last) return null
  return { first, last }
}
