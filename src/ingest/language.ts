import { data } from 'franc-min/data.js'
import { expressions } from 'franc-min/expressions.js'

/**
 * Languages Dossier tells apart, as ISO 639-3 codes with their English names. franc confuses
 * close languages (Ukrainian and Russian) when it may pick among all it knows, so detection is
 * restricted to this set.
 */
const LANGUAGES: ReadonlyArray<readonly [iso3: string, iso1: string, name: string]> = [
  ['eng', 'en', 'English'],
  ['rus', 'ru', 'Russian'],
  ['ukr', 'uk', 'Ukrainian'],
  ['bel', 'be', 'Belarusian'],
  ['pol', 'pl', 'Polish'],
  ['deu', 'de', 'German'],
  ['fra', 'fr', 'French'],
  ['spa', 'es', 'Spanish'],
  ['ita', 'it', 'Italian'],
  ['por', 'pt', 'Portuguese'],
  ['nld', 'nl', 'Dutch'],
  ['ces', 'cs', 'Czech'],
  ['ron', 'ro', 'Romanian'],
  ['bul', 'bg', 'Bulgarian'],
  ['tur', 'tr', 'Turkish'],
  ['kaz', 'kk', 'Kazakh'],
]

export const detectableLanguages: readonly string[] = Object.freeze(LANGUAGES.map(([iso3]) => iso3))

/** Below this many characters of letters franc guesses; the language is left undetermined. */
export const MIN_LANGUAGE_CHARS = 100
/** franc is linear in its input; a few thousand characters decide the language as well as all. */
const SAMPLE_CHARS = 3000

const NAMES: ReadonlyMap<string, string> = new Map(LANGUAGES.map(([iso3, , name]) => [iso3, name]))
const FROM_ISO1: ReadonlyMap<string, string> = new Map(LANGUAGES.map(([iso3, iso1]) => [iso1, iso3]))
// Codes that metadata uses for the same languages: ISO 639-2/B and old forms.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['ger', 'deu'],
  ['fre', 'fra'],
  ['dut', 'nld'],
  ['cze', 'ces'],
  ['rum', 'ron'],
  ['ua', 'ukr'],
  ['by', 'bel'],
])

/**
 * The language of a text as an ISO 639-3 code, or null when there is too little text (fewer
 * than {@link MIN_LANGUAGE_CHARS} characters) or franc cannot decide.
 *
 * @example detectLanguage('Президент Беларуси заявил…') // 'rus' (given a paragraph)
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS)
  if (plainlyEnglish(sample)) return 'eng'
  const code = franc(sample)
  return code === 'und' ? null : code
}

/** The most frequent English function words; together they make up over a third of English prose. */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to in a is that for on with as was by it at from has have are were be this said ' +
    'which will its an not but had been their or after than also more who his her they would'
  ).split(' '),
)
const LETTER = /\p{L}/u
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length))

/**
 * A cheap first look before franc: a sample of at least 60 words, almost all in Latin letters,
 * of which over a quarter are the commonest English function words, is English (other Latin-script
 * languages share only a few per cent of these words). Anything else goes to franc.
 */
export function plainlyEnglish(sample: string): boolean {
  let words = 0
  let common = 0
  let latin = 0
  let other = 0
  // a word is a run of ASCII letters, looked up once lower-cased (not built a letter at a time)
  let from = -1
  const end = (i: number) => {
    if (from < 0) return
    words++
    if (i - from <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(sample.slice(from, i).toLowerCase()))
      common++
    from = -1
  }
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (from < 0) from = i
      latin++
    } else {
      end(i)
      if (c > 127 && LETTER.test(sample[i]!)) other++
    }
  }
  end(sample.length)
  return words >= 60 && other <= 0.05 * (latin + other) && common > 0.25 * words
}

/*
 * franc-min's `franc(value, { only: detectableLanguages, minLength: MIN_LANGUAGE_CHARS })`, computed
 * the same way on franc-min's own data and script expressions, with the trigram models of the
 * detectable languages built once per process and trigrams counted under numeric keys (three
 * UTF-16 units) instead of re-counted in a string-keyed object for every language. Same answer
 * for every input: the same cleaning, the same distances (integers), the same tie order.
 */

/** franc-min: only the first 2,048 characters are looked at; a missing trigram costs 300. */
const FRANC_MAX_LENGTH = 2048
const FRANC_MAX_DIFFERENCE = 300

const trigramKey = (s: string, i: number): number =>
  s.charCodeAt(i) * 0x100000000 + s.charCodeAt(i + 1) * 0x10000 + s.charCodeAt(i + 2)

interface ScriptModels {
  /** Trigram key → index into the weight arrays. */
  readonly ids: ReadonlyMap<number, number>
  /** Per language, in franc-min's order: the weight of each trigram, -1 when its model lacks it. */
  readonly languages: readonly (readonly [string, Int32Array])[]
}

let models: ReadonlyMap<string, ScriptModels> | null = null

/** Script → the detectable languages franc-min has a model for, in franc-min's order. */
function francModels(): ReadonlyMap<string, ScriptModels> {
  if (models) return models
  const only = new Set(detectableLanguages)
  const out = new Map<string, ScriptModels>()
  for (const script of Object.keys(data)) {
    const ids = new Map<number, number>()
    const weighted: (readonly [string, Map<number, number>])[] = []
    for (const [name, model] of Object.entries(data[script]!)) {
      if (!only.has(name)) continue
      const grams = model.split('|')
      const weights = new Map<number, number>()
      // as franc-min: the weight of a trigram is its last index when read from the end
      for (let w = grams.length - 1; w >= 0; w--) {
        const g = grams[w]!
        if (g.length !== 3) continue
        const k = trigramKey(g, 0)
        weights.set(k, w)
        if (!ids.has(k)) ids.set(k, ids.size)
      }
      weighted.push([name, weights])
    }
    const languages = weighted.map(([name, weights]) => {
      const arr = new Int32Array(ids.size).fill(-1)
      for (const [k, w] of weights) arr[ids.get(k)!] = w
      return [name, arr] as const
    })
    out.set(script, { ids, languages })
  }
  models = out
  return out
}

function franc(sample: string): string {
  if (sample.length < MIN_LANGUAGE_CHARS) return 'und'
  const value = sample.slice(0, FRANC_MAX_LENGTH)
  let topCount = -1
  let topScript: string | undefined
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0
    if (count > topCount) {
      topCount = count
      topScript = script
    }
  }
  const byScript = francModels()
  if (topScript === undefined || !Object.hasOwn(data, topScript)) {
    if (topScript === undefined || topCount === 0 || !detectableLanguages.includes(topScript)) return 'und'
    return topScript
  }
  const script = byScript.get(topScript)
  if (!script?.languages.length) return 'und'
  // trigram-utils: punctuation, symbols and digits to spaces, white space collapsed, trimmed, lowercased, padded
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `
  const counts = new Map<number, number>()
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const k = trigramKey(cleaned, i)
    counts.set(k, (counts.get(k) ?? 0) + 1)
  }
  // distinct trigrams no detectable language has cost the most to every language
  let unknown = 0
  const knownIds: number[] = []
  const knownCounts: number[] = []
  for (const [k, n] of counts) {
    const id = script.ids.get(k)
    if (id === undefined) unknown++
    else {
      knownIds.push(id)
      knownCounts.push(n)
    }
  }
  let best = ''
  let bestDistance = Number.POSITIVE_INFINITY
  for (const [name, weights] of script.languages) {
    let distance = unknown * FRANC_MAX_DIFFERENCE
    for (let i = 0; i < knownIds.length; i++) {
      const w = weights[knownIds[i]!]!
      distance += w < 0 ? FRANC_MAX_DIFFERENCE : Math.abs(knownCounts[i]! - w - 1)
    }
    // a stable sort by distance keeps the first of equals
    if (distance < bestDistance) {
      bestDistance = distance
      best = name
    }
  }
  return best
}

/** `en-GB`, `EN`, `eng`, `rus` → ISO 639-3 (`eng`); unknown codes are kept lowercased; empty → null. */
export function normalizeLanguage(code: string | null | undefined): string | null {
  const c = code?.trim().toLowerCase().replace(/_/g, '-').split('-')[0] ?? ''
  if (c === '') return null
  if (c.length === 2) return FROM_ISO1.get(c) ?? ALIASES.get(c) ?? c
  return ALIASES.get(c) ?? c
}

/** `rus` → `Russian`; unknown codes are returned as they are. */
export const languageName = (code: string): string => NAMES.get(code) ?? code
