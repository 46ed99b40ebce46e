import { describe, expect, it } from 'vitest'
import { detectLanguage, languageName, normalizeLanguage, plainlyEnglish } from './language.js'

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

describe('plainlyEnglish (the check before franc)', () => {
  const english =
    'The ministry said on Monday that the trains had left the depot at night and that more of them would follow. ' +
    'It was the third time this month that the border guards had seen such a convoy, and the officials who spoke to the press ' +
    'said they were not surprised by it. The plant has been working in three shifts since the spring, according to its workers, ' +
    'and it is expected to keep that pace for the rest of the year.'
  it('takes English prose with many function words', () => {
    expect(plainlyEnglish(english)).toBe(true)
    expect(detectLanguage(english)).toBe('eng')
  })
  it('leaves short texts, other Latin-script languages and other scripts to franc', () => {
    expect(plainlyEnglish('The ministry said the trains had left the depot.')).toBe(false)
    const german =
      'Das Ministerium erklärte am Montag, dass die Züge das Depot in der Nacht verlassen hätten und dass weitere folgen würden. ' +
      'Es war das dritte Mal in diesem Monat, dass die Grenzschützer einen solchen Konvoi gesehen hatten, und die Beamten sagten, ' +
      'sie seien davon nicht überrascht. Das Werk arbeitet seit dem Frühjahr in drei Schichten, wie die Arbeiter berichten, und es ' +
      'soll dieses Tempo für den Rest des Jahres beibehalten.'
    expect(plainlyEnglish(german)).toBe(false)
    expect(
      plainlyEnglish(english.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x3b1 - 97))),
    ).toBe(false)
  })
})
