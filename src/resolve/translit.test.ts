import { describe, expect, it } from 'vitest'
import { guessCyrillicLanguage, nameKey, transliterate } from './translit.js'

describe('transliterate', () => {
  it.each([
    ['Лукашэнка', 'Lukashenka'],
    ['Лукашенко', 'Lukashenko'],
    ['Київ', 'Kyiv'],
    ['Гомель', 'Gomel'],
    ['Каліноўскі', 'Kalinouski'],
    ['Latin stays', 'Latin stays'],
  ])('%s → %s', (input, expected) => {
    expect(transliterate(input)).toBe(expected)
  })

  it.each([
    ['Лукашэнка', 'be'],
    ['Каліноўскі', 'be'],
    ['Київ', 'uk'],
    ['Москва', 'ru'],
  ])('language of %s is %s', (input, expected) => {
    expect(guessCyrillicLanguage(input)).toBe(expected)
  })
})

describe('nameKey', () => {
  it.each([
    ['Lukashenka', 'Lukashenko'],
    ['Лукашэнка', 'Lukashenko'],
    ['Oleg Zhdanov', 'Oleh Zhdanov'],
    ['Zhdanov', 'Jdanov'],
    ['Homel', 'Gomel'],
    ['Гомель', 'Homel'],
    ['Hrodna', 'Grodno'],
    ['Venislavsky', 'Venislavskyi'],
    ['Motuzyanyk', 'Motuzianyk'],
    ['Kalinovsky', 'Kalinouski'],
    ['Yevgeny Prigozhin', 'Evgeny Prigozhin'],
    ['Hajun', 'Гаюн'],
    ['Khmelnytskyi', 'Hmelnitsky'],
    ['Alexander', 'Aleksandr'],
  ])('%s ≡ %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b))
  })

  it.each([
    ['Putin', 'Lukashenko'],
    ['Minsk', 'Pinsk'],
    ['Brest', 'Bryansk'],
  ])('%s ≢ %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b))
  })
})
