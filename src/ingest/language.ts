import { franc } from 'franc-min'

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
  const code = franc(sample, { only: [...detectableLanguages], minLength: MIN_LANGUAGE_CHARS })
  return code === 'und' ? null : code
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
