import { describe, expect, it } from 'vitest'
import { binaryReason, decodeText, firstInvalidUtf8, guessLegacyEncoding } from './decode.js'
import { IngestErrorCode } from './errors.js'

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)))

describe('decodeText', () => {
  it('decodes UTF-8 and keeps line endings', () => {
    const d = decodeText(bytes('Минск\r\nBrest\n'), 'a.txt', 'ingest.txt')
    expect(d.ok && d.text).toBe('Минск\r\nBrest\n')
  })

  it('removes a BOM and says so', () => {
    const d = decodeText(bytes([0xef, 0xbb, 0xbf], 'Text'), 'a.txt', 'ingest.txt')
    expect(d.ok && d.text).toBe('Text')
    expect(d.ok && d.messages.map((m) => [m.severity, m.source, m.rule])).toEqual([
      ['info', 'ingest.txt', 'encoding.bom'],
    ])
  })

  it.each([
    ['empty', bytes(), IngestErrorCode.EMPTY],
    ['whitespace only', bytes(' \n\t'), IngestErrorCode.EMPTY],
    ['a BOM only', bytes([0xef, 0xbb, 0xbf]), IngestErrorCode.EMPTY],
    ['NUL bytes', bytes('ab', [0], 'c'), IngestErrorCode.BINARY],
    ['UTF-16', bytes([0xfe, 0xff, 0, 0x41]), IngestErrorCode.ENCODING],
    ['a truncated sequence', bytes('ab', [0xd0]), IngestErrorCode.ENCODING],
  ])('%s → %s naming the input', (_, b, code) => {
    const d = decodeText(b, 'in/x.txt', 'ingest.txt')
    expect(!d.ok && d.error.code).toBe(code)
    expect(!d.ok && d.error.message.startsWith('in/x.txt: ')).toBe(true)
  })
})

describe('encoding helpers', () => {
  it.each([
    [bytes('abc'), -1],
    [bytes('Минск'), -1],
    [bytes('ab', [0xc0, 0x80]), 2], // overlong
    [bytes('a', [0xed, 0xa0, 0x80]), 1], // surrogate
    [bytes('abc', [0xe2, 0x82]), 3], // truncated
    [bytes('😀', [0x80]), 4],
  ])('firstInvalidUtf8 %#', (b, at) => {
    expect(firstInvalidUtf8(b)).toBe(at)
  })

  it('tells windows-1251 from KOI8-R and from Western code pages', () => {
    // "привет мир" in windows-1251 (lowercase in 0xE0–0xFF) and in KOI8-R (lowercase in 0xC0–0xDF)
    expect(
      guessLegacyEncoding(bytes([0xef, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], ' ', [0xec, 0xe8, 0xf0]))?.name,
    ).toBe('windows-1251')
    expect(
      guessLegacyEncoding(bytes([0xd0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], ' ', [0xcd, 0xc9, 0xd2]))?.name,
    ).toBe('KOI8-R')
    expect(guessLegacyEncoding(bytes('na', [0xef], 've caf', [0xe9]))?.name).toBe('windows-1252')
    expect(guessLegacyEncoding(bytes('ascii'))).toBeNull()
  })

  it('binaryReason accepts ordinary text with tabs and form feeds', () => {
    expect(binaryReason(bytes('a\tb\r\n\fc'))).toBeNull()
  })
})

describe('declared encodings of markup', () => {
  // "Минск" in windows-1251
  const minsk = [0xcc, 0xe8, 0xed, 0xf1, 0xea]

  it('decodes HTML that declares windows-1251 and says so', () => {
    const html = bytes(
      '<html><head><meta charset="windows-1251"></head><body><p>',
      minsk,
      '</p></body></html>',
    )
    const d = decodeText(html, 'page.html', 'ingest.html', { markup: true })
    expect(d.ok && d.text).toContain('<p>Минск</p>')
    expect(d.ok && d.messages.map((m) => m.rule)).toEqual(['encoding.declared'])
  })

  it('decodes XML that declares its encoding', () => {
    const xml = bytes(
      '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>',
      minsk,
      '</title></channel></rss>',
    )
    const d = decodeText(xml, 'feed.rss', 'ingest.feed', { markup: true })
    expect(d.ok && d.text).toContain('<title>Минск</title>')
  })

  it('trusts valid UTF-8 over a stale declaration, and never applies declarations to plain text', () => {
    const utf8 = decodeText(bytes('<meta charset="windows-1251"><p>Минск</p>'), 'page.html', 'ingest.html', {
      markup: true,
    })
    expect(utf8.ok && utf8.text).toBe('<meta charset="windows-1251"><p>Минск</p>')
    const txt = decodeText(bytes('<meta charset="windows-1251">', minsk), 'notes.txt', 'ingest.txt')
    expect(!txt.ok && txt.error.code).toBe(IngestErrorCode.ENCODING)
  })
})
