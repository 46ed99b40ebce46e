import { describe, expect, it } from 'vitest'
import { missingSentenceSpaces } from './sentence-space.js'

const repaired = (text: string): string => {
  let out = ''
  let last = 0
  for (const at of missingSentenceSpaces(text)) {
    out += `${text.slice(last, at)} `
    last = at
  }
  return out + text.slice(last)
}

describe('sentence-space repair', () => {
  const rows: [string, string][] = [
    ['in the armed forces.In his analysis', 'in the armed forces. In his analysis'],
    ['at the moment.’Russia’s army', 'at the moment.’ Russia’s army'],
    ['relations deteriorated.The talks', 'relations deteriorated. The talks'],
    ['he said."Next', 'he said." Next'],
    ['it ended.“We', 'it ended. “We'],
    ['Really?Yes!No', 'Really? Yes! No'],
    // must not change
    ['the U.S. and the U.K.', 'the U.S. and the U.K.'],
    ['U.S.Army units', 'U.S.Army units'],
    ['npr.org recalls', 'npr.org recalls'],
    ['named after I. V. Vavilov', 'named after I. V. Vavilov'],
    ['I.V.Vavilov', 'I.V.Vavilov'],
    ['grew 3.5 percent', 'grew 3.5 percent'],
    ['see t.me/SomeChannel now', 'see t.me/SomeChannel now'],
    ['at https://example.com/News.Today', 'at https://example.com/News.Today'],
    ['mail Press.Office@example.org', 'mail Press.Office@example.org'],
    ['a Ph.D. student', 'a Ph.D. student'],
    ['on ASP.NET servers', 'on ASP.NET servers'],
    ['www.Example.Com', 'www.Example.Com'],
  ]
  it.each(rows)('%j', (input, expected) => {
    expect(repaired(input)).toBe(expected)
  })
})
