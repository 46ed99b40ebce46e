import { describe, expect, it } from 'vitest'
import { winkAnalyse } from './tokens.js'
import { wink, winkFull } from './wink.js'

describe('winkAnalyse token offsets', () => {
  const rows: string[] = [
    'Instead, they invaded Ukraine on Feb. 24. We can’t and won’t go.',
    'It was "fine," the spokeswoman said.\n\nThe moment.’ This shows.',
    'Mi-8/Mi-17 helicopters, T-72A tanks and Su-25s; 1,600 types; 60% of goods; 3.5 percent.',
    'Mail a@b.com or see https://x.com/a?b=1, t.me/modmilby and npr.org :) #tag @user',
    "Coup d'état, Лукашэнка, Zürich — and “quotes” «here» … done…",
    '  leading   spaces\tand\ttabs\r\nand CRLF  ',
    'But\u00a0 U.S. defense officials said so.',
  ]
  it.each(rows)('%j: every token is the exact text at its span', (text) => {
    const nlp = wink()
    const values = nlp.readDoc(text).tokens().out() as string[]
    const { tokens } = winkAnalyse(text, 0, text.length)
    const expected = values.filter((v) => /\S/.test(v))
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(expected)
    for (const t of tokens) expect(t.pos).toMatch(/^[A-Z]+$/)
  })

  it('offsets a slice into the whole text', () => {
    const text = 'Skip this. Belarus moved tanks. Skip that.'
    const start = text.indexOf('Belarus')
    const end = text.indexOf(' Skip that')
    const { tokens, sentences } = winkAnalyse(text, start, end)
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Belarus', 'moved', 'tanks', '.'])
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Belarus moved tanks.'])
    expect(tokens[0]).toMatchObject({ pos: 'PROPN', kind: 'word' })
  })

  it('loads each instance once, and the lean pipe agrees with the full one on tokens, tags and sentences', () => {
    expect(wink()).toBe(wink())
    expect(winkFull()).toBe(winkFull())
    const text = rows.join(' ')
    const a = wink().readDoc(text)
    const b = winkFull().readDoc(text)
    const its = wink().its
    expect(a.tokens().out(its.pos)).toEqual(b.tokens().out(its.pos))
    expect(a.sentences().out()).toEqual(b.sentences().out())
  })
})
