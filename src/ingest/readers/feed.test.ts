import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { SourceDocument } from '../../model/document.js'
import { IngestErrorCode } from '../errors.js'
import type { ReaderResult } from '../source.js'
import { readFeed } from './feed.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
const docs = (results: ReaderResult[]): SourceDocument[] =>
  results.map((r) => {
    if (r.kind !== 'document') throw new Error(r.error.message)
    return r.doc
  })

describe('readFeed: RSS 2.0', () => {
  const xml = fixture('feed.rss')
  const [first, second] = docs(readFeed(xml, 'news.rss'))

  it('makes one document per item, origin path#n', () => {
    expect(docs(readFeed(xml, 'news.rss')).map((d) => [d.origin, d.format])).toEqual([
      ['news.rss#1', 'rss'],
      ['news.rss#2', 'rss'],
    ])
  })

  it('prefers content:encoded over description and reads it as HTML', () => {
    expect(first?.text).toBe(
      'The Minsk Wheel Tractor Plant has shipped another batch of heavy chassis to Russia, according to customs records reviewed by researchers.\n\n' +
        'The chassis are used for air defence and missile systems. The plant has been under Western sanctions since 2021.',
    )
    expect(second?.text).toBe(
      'Belarus said on Wednesday it would extend joint drills with Russian units until the end of the month.\n\nThe defence ministry gave no reason for the extension.',
    )
  })

  it('keeps the item XML exactly as in the file as raw', () => {
    expect(first?.raw.startsWith('<item>\n      <title>Minsk wheel tractor plant')).toBe(true)
    expect(first?.raw.endsWith('</item>')).toBe(true)
    expect(xml).toContain(first!.raw)
    expect(xml).toContain(second!.raw)
  })

  it('reads title, link, pubDate; outlet from a known link domain, else the feed title', () => {
    expect(first?.meta).toEqual({
      title: 'Minsk wheel tractor plant ships chassis for missile launchers',
      outlet: 'Eastern Europe Monitor',
      url: 'https://monitor.example.org/2023/03/mzkt-chassis',
      published: '2023-03-14T09:15:00Z',
      language: 'eng',
    })
    expect(second?.meta).toMatchObject({
      title: 'Belarus extends joint exercises with Russia & Kazakhstan',
      outlet: 'Reuters',
    })
  })

  it("an item's <source> names its outlet", () => {
    const [d] = docs(
      readFeed(
        '<rss><channel><title>Aggregator</title><item><title>T</title><source url="https://belsat.eu/rss">Belsat</source><description>Text of the item.</description></item></channel></rss>',
        'agg.rss',
      ),
    )
    expect(d?.meta.outlet).toBe('Belsat')
  })
})

describe('readFeed: Atom', () => {
  const [first, second] = docs(readFeed(fixture('feed.atom'), 'notes.atom'))

  it('reads html and xhtml content, html titles, and the alternate link', () => {
    expect(first?.format).toBe('atom')
    expect(first?.meta.title).toBe('Satellite images show new & expanded hangars at Machulishchy')
    expect(first?.text).toBe(
      'Commercial satellite images taken in late April show two new hangars at the Machulishchy air base south of Minsk.\n\nThe base hosted Russian aircraft during the first weeks of the invasion.',
    )
    expect(first?.meta.url).toBe('https://notes.example.net/2023/05/machulishchy')
    expect(second?.text).toBe(
      'Fewer military trains were seen heading to the southern border in April than in March.\n\nObservers counted nine trains.',
    )
  })

  it('takes published, else updated; the feed title as outlet', () => {
    expect(first?.meta.published).toBe('2023-05-01T10:00:00Z')
    expect(second?.meta.published).toBe('2023-05-02T11:00:00Z')
    expect(second?.meta.outlet).toBe('Open Source Research Notes')
    expect(second?.origin).toBe('notes.atom#2')
  })
})

describe('readFeed: errors', () => {
  it.each([
    [
      'a truncated feed',
      '<rss><channel><item><title>A</title></item>',
      /<channel>, opened at line 1, is never closed/,
    ],
    [
      'an unescaped <',
      '<rss><channel><title>A < B</title></channel></rss>',
      /a "<" that does not start a tag/,
    ],
    ['text after the root', '<feed></feed>junk', /text after the end of the root element/],
    ['not a feed', '<html><body>x</body></html>', /not an RSS or Atom feed \(the root element is <html>\)/],
  ])('%s is one DOSSIER_E_FEED naming the file', (_, xml, message) => {
    const results = readFeed(xml, 'bad.xml')
    expect(results).toHaveLength(1)
    const [r] = results
    expect(r?.kind === 'error' && r.error.code).toBe(IngestErrorCode.FEED)
    expect(r?.kind === 'error' && r.error.message).toMatch(/^bad\.xml: /)
    expect(r?.kind === 'error' && r.error.message).toMatch(message)
  })

  it('an item without text is an error naming the item; the others are read', () => {
    const results = readFeed(
      '<rss><channel><title>F</title><item><title>Only a title</title></item><item><title>B</title><description>Body text.</description></item></channel></rss>',
      'f.rss',
    )
    expect(
      results.map((r) => (r.kind === 'error' ? `${r.error.code} ${r.error.input}` : r.doc.origin)),
    ).toEqual(['DOSSIER_E_FEED f.rss#1', 'f.rss#2'])
  })

  it('a feed without items is DOSSIER_E_EMPTY', () => {
    const [r] = readFeed('<rss><channel><title>F</title></channel></rss>', 'f.rss')
    expect(r?.kind === 'error' && r.error.message).toBe('f.rss: the feed has no items')
  })
})
