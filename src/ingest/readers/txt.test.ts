import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentHash } from '../dedupe.js'
import { sourceFromText } from './txt.js'

describe('sourceFromText', () => {
  it('keeps the text as raw, CRLF included, and hashes it', () => {
    const text = 'Belarus closes a border crossing\r\n\r\nThe crossing near Hrodna closed on Monday.\r\n'
    const doc = sourceFromText(text, 'a.txt')
    expect(doc.raw).toBe(text)
    expect(doc.text).toBe(text)
    expect(doc.id).toBe(contentHash(text))
    expect(doc.meta.title).toBe('Belarus closes a border crossing')
    expect(Object.isFrozen(doc)).toBe(true)
  })

  it('stores a Russian-language text and flags it', () => {
    const text = readFileSync(new URL('../fixtures/russian.txt', import.meta.url), 'utf8')
    const doc = sourceFromText(text, 'ru.txt')
    expect(doc.text).toBe(text)
    expect(doc.meta.language).toBe('rus')
    expect(doc.meta.title).toBe('Минский завод колёсных тягачей увеличил выпуск шасси')
    const flag = doc.messages.find((m) => m.rule === 'language.non-english')
    expect(flag?.severity).toBe('warning')
    expect(flag?.reason).toMatch(/Russian \(rus\)/)
  })
})
