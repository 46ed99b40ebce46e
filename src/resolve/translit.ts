import { createRequire } from 'node:module'

/**
 * Transliteration and the romanisation-tolerant name key.
 *
 * Names of this domain reach English texts through three source languages and several
 * romanisation systems: Лукашэнка (be) / Лукашенко (ru, uk) → Lukashenka / Lukashenko; Гомель →
 * Gomel (ru) / Homel (uk, be); Олег → Oleg / Oleh; Веніславський → Venislavskyi / Venislavsky.
 * `transliterate` turns Cyrillic into Latin with the fitting preset, and `nameKey` folds the
 * remaining differences so that variants of one name share a key. The key is coarse on purpose:
 * it is only ever compared between mentions of the same type.
 */

type Translit = { transform(input: string, spaceReplacement?: string): string }
// a CommonJS module whose typings declare an ES default export: load it the CommonJS way
const cyrillicToTranslit = createRequire(import.meta.url)('cyrillic-to-translit-js') as (config: {
  preset: 'ru' | 'uk'
}) => Translit

const ru = cyrillicToTranslit({ preset: 'ru' })
const uk = cyrillicToTranslit({ preset: 'uk' })

/** Belarusian letters, after the Belarusian practice most English outlets follow (Lukashenka, Hrodna). */
const BELARUSIAN: Readonly<Record<string, string>> = Object.freeze({
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'ie',
  ё: 'io',
  ж: 'zh',
  з: 'z',
  і: 'i',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  "'": '',
  '’': '',
  ʼ: '',
})

/** Word-initial Belarusian iotated vowels: Ярошка → Yaroshka, Юрый → Yuryj. */
const BELARUSIAN_INITIAL: Readonly<Record<string, string>> = Object.freeze({
  е: 'ye',
  ё: 'yo',
  ю: 'yu',
  я: 'ya',
})

const CYRILLIC = /[\u0400-\u04FF]/

export type CyrillicLanguage = 'be' | 'uk' | 'ru'

/**
 * Guesses the language of a Cyrillic string from letters only one of them uses: ў is Belarusian;
 * ї, є, ґ are Ukrainian; і without и is Belarusian, with и Ukrainian; otherwise Russian.
 *
 * @example guessCyrillicLanguage('Лукашэнка') // 'be'
 */
export function guessCyrillicLanguage(text: string): CyrillicLanguage {
  const s = text.toLowerCase()
  if (s.includes('ў')) return 'be'
  if (/[їєґ]/.test(s)) return 'uk'
  if (s.includes('і')) return s.includes('и') ? 'uk' : 'be'
  if (s.includes('э') && !s.includes('и')) return 'be'
  return 'ru'
}

function transliterateBelarusian(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const lower = ch.toLowerCase()
    const initial = i === 0 || !/\p{L}/u.test(text[i - 1]!)
    const mapped = (initial ? BELARUSIAN_INITIAL[lower] : undefined) ?? BELARUSIAN[lower]
    if (mapped === undefined) {
      out += ch
      continue
    }
    out += ch !== lower && mapped ? mapped[0]!.toUpperCase() + mapped.slice(1) : mapped
  }
  return out
}

/**
 * Cyrillic → Latin. Latin text is returned unchanged.
 *
 * @example transliterate('Олег Жданов') // 'Oleh Zhdanov' (Ukrainian preset: no ы/э, has і)… or 'Oleg Zhdanov' for Russian input
 * @example transliterate('Лукашэнка') // 'Lukashenka'
 */
export function transliterate(
  text: string,
  language: CyrillicLanguage = guessCyrillicLanguage(text),
): string {
  if (!CYRILLIC.test(text)) return text
  if (language === 'be') return transliterateBelarusian(text)
  return (language === 'uk' ? uk : ru).transform(text)
}

const LATIN_EXTRA: Readonly<Record<string, string>> = Object.freeze({
  ž: 'zh',
  š: 'sh',
  č: 'ch',
  ŭ: 'u',
  ł: 'l',
  ß: 'ss',
})

/**
 * A key under which romanisation variants of one name coincide: Cyrillic is transliterated,
 * diacritics and apostrophes dropped, and kh/h/g, zh/j (Zhdanov/Jdanov; j before a vowel is i: Hajun/Gayun), ts/tz/c, y/i, ya/ia, ye/ie/e, x/ks, w/v,
 * doubled letters, -ander/-andr and a word-final a/o (Lukashenka/Lukashenko, Hrodna/Grodno) folded.
 *
 * @example nameKey('Lukashenka') === nameKey('Lukashenko') // true
 * @example nameKey('Oleg Zhdanov') === nameKey('Oleh Zhdanov') // true
 * @example nameKey('Fedor Venislavsky') === nameKey('Fedir Venislavskyi') // false: Fedor/Fedir differ in more than spelling
 */
export function nameKey(text: string): string {
  // names recur within a document and across documents; twenty replacements per name add up
  let key = nameKeys.get(text)
  if (key === undefined) {
    key = computeNameKey(text)
    if (nameKeys.size >= NAME_KEYS) nameKeys.clear()
    nameKeys.set(text, key)
  }
  return key
}

const NAME_KEYS = 20_000
const nameKeys = new Map<string, string>()

function computeNameKey(text: string): string {
  let s = transliterate(text).toLowerCase()
  s = s.replace(/[žščŭłß]/g, (c) => LATIN_EXTRA[c] ?? c)
  s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
  s = s.replace(/['’ʼ`´]/g, '').replace(/[^a-z0-9]+/g, ' ')
  s = s
    .replace(/x/g, 'ks')
    .replace(/shch/g, 'sh')
    .replace(/kh/g, 'h')
    .replace(/g/g, 'h')
    .replace(/zh|dj/g, 'Z')
    .replace(/j(?=[^aeiou]|$)/g, 'Z')
    .replace(/j/g, 'i')
    .replace(/tz|ts|cz/g, 'c')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(?<=[^aeiou ])ou(?=[^aeiou]|$)/g, 'ov')
    .replace(/\bie/g, 'e')
    .replace(/(?<=[^aeiou ])ie/g, 'e')
    .replace(/(.)\1+/g, '$1')
    .replace(/o\b/g, 'a')
    .replace(/ander\b/g, 'andr')
    .replace(/Z/g, 'j')
  return s.replace(/\s+/g, ' ').trim()
}
