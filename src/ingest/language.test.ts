import { describe, expect, it } from 'vitest'
import { detectLanguage, languageName, normalizeLanguage } from './language.js'

describe('language', () => {
  it.each([
    ['en-GB', 'eng'],
    ['EN', 'eng'],
    ['ru_RU', 'rus'],
    ['uk', 'ukr'],
    ['be', 'bel'],
    ['ger', 'deu'],
    ['eng', 'eng'],
    ['xx', 'xx'],
    ['', null],
    [null, null],
  ])('normalizeLanguage(%j) = %s', (code, iso3) => {
    expect(normalizeLanguage(code)).toBe(iso3)
  })

  it('detects on a paragraph, not on a phrase', () => {
    expect(detectLanguage('Минск, понедельник.')).toBeNull()
    expect(
      detectLanguage(
        'Prezydent Białorusi zapowiedział w poniedziałek nowe ćwiczenia wojskowe przy granicy z Polską, a ministerstwo obrony podało, że wezmą w nich udział tysiące żołnierzy.',
      ),
    ).toBe('pol')
    expect(languageName('bel')).toBe('Belarusian')
  })
})
