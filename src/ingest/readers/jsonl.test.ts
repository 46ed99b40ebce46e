import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { IngestErrorCode } from '../errors.js'
import { readJsonlLine } from './jsonl.js'

describe('readJsonlLine', () => {
  const lines = readFileSync(new URL('../fixtures/articles.jsonl', import.meta.url), 'utf8').split('\n')
  const read = (n: number) => readJsonlLine(lines[n - 1]!, `articles.jsonl:${n}`)

  it('a text line: text is raw, given metadata wins, language code normalised', () => {
    const r = read(1)
    if (r?.kind !== 'document') throw new Error('expected a document')
    expect(r.doc.raw).toBe(r.doc.text)
    expect(r.doc.format).toBe('jsonl')
    expect(r.doc.origin).toBe('articles.jsonl:1')
    expect(r.doc.meta).toEqual({
      title: 'Lithuania to buy more air defence systems',
      outlet: 'Reuters',
      url: 'https://www.reuters.com/world/europe/lithuania-air-defence-example',
      published: '2022-10-03',
      language: 'eng',
    })
  })

  it('an html line goes through the HTML reader; its fields win over the page', () => {
    const r = read(2)
    if (r?.kind !== 'document') throw new Error('expected a document')
    expect(r.doc.text).toBe(
      'Poland is sending more troops to its border with Belarus after reports that Wagner fighters had arrived in the country, the interior ministry said.\n\n' +
        'About a thousand additional soldiers will be deployed in the Podlaskie region, officials said on Thursday.',
    )
    expect(r.doc.raw).toMatch(/^<html><head><title>Poland reinforces its border/)
    expect(r.doc.meta).toMatchObject({
      title: 'Poland reinforces its border',
      outlet: 'Border Watch',
      published: '2023-07-27',
    })
  })

  it('a blank line is nothing', () => {
    expect(read(3)).toBeNull()
  })

  it.each([
    [4, /^articles\.jsonl:4: the line is not valid JSON \(/],
    [
      5,
      /^articles\.jsonl:5: the line is not a valid article: the article needs a non-empty "text" or "html" field$/,
    ],
  ])('line %i is DOSSIER_E_JSONL_LINE naming file:line', (n, message) => {
    const r = read(n)
    expect(r?.kind === 'error' && r.error.code).toBe(IngestErrorCode.JSONL_LINE)
    expect(r?.kind === 'error' && r.error.message).toMatch(message)
  })

  it('metadata missing from the line is inferred from the text', () => {
    const r = read(6)
    expect(r?.kind === 'document' && r.doc.meta).toMatchObject({
      title: 'Belarus hands over air base',
      outlet: 'Belsat',
    })
  })

  it.each([
    ['"just a string"', /the line is a string, not an article object/],
    ['null', /the line is null, not an article object/],
    ['{"text": 42}', /the line is not a valid article: text: /],
  ])('%s is not an article', (line, message) => {
    const r = readJsonlLine(line, 'x.jsonl:1')
    expect(r?.kind === 'error' && r.error.message).toMatch(message)
  })
})
