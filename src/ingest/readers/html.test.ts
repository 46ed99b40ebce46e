import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { contentHash } from '../dedupe.js'
import { IngestErrorCode } from '../errors.js'
import { readHtml } from './html.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')

function doc(html: string, origin = 'page.html') {
  const result = readHtml(html, origin)
  if (result.kind !== 'document') throw new Error(result.error.message)
  return result.doc
}

describe('readHtml', () => {
  const page = fixture('article.html')
  const d = doc(page)

  it('keeps the article and drops nav, aside, footer and scripts', () => {
    expect(d.text).toMatch(/^Rail cars loaded with artillery ammunition/)
    expect(d.text).toMatch(/eastern Ukraine\.$/)
    for (const furniture of [
      'Politics',
      'Most read',
      'Celebrity chef',
      'Copyright',
      'Privacy policy',
      'tracking text',
      'Subscribe now',
      'color: red',
    ]) {
      expect(d.text).not.toContain(furniture)
    }
  })

  it('separates paragraphs with blank lines and collapses whitespace inside them', () => {
    const paragraphs = d.text.split('\n\n')
    expect(paragraphs).toHaveLength(5)
    expect(paragraphs[2]).toBe('A freight train near Asipovichy (Image: monitoring group)')
    expect(paragraphs.every((p) => !/\s{2,}|\n/.test(p))).toBe(true)
  })

  it('keeps the HTML as raw and hashes the text', () => {
    expect(d.raw).toBe(page)
    expect(d.id).toBe(contentHash(d.text))
    expect(d.format).toBe('html')
    expect(d.origin).toBe('page.html')
  })

  it('reads metadata from the page', () => {
    expect(d.meta).toEqual({
      title: 'Belarus moves artillery shells to Russian depots',
      outlet: 'Example Defence Daily',
      url: 'https://www.defence-daily.example.com/world/belarus-shells-123',
      published: '2022-11-21T08:30:00+00:00',
      language: 'eng',
    })
  })

  it.each([
    [
      '<title> without the site suffix, outlet from the canonical host',
      '<head><title>Tanks leave Belarus - Express.co.uk</title><link rel="canonical" href="https://www.express.co.uk/news/world/1"></head>',
      { title: 'Tanks leave Belarus', outlet: 'Express', url: 'https://www.express.co.uk/news/world/1' },
    ],
    [
      'h1 when there is no <title>, date from <time datetime>',
      '<head></head><body><h1>Drills near Brest</h1><time datetime="2023-02-01">1 Feb</time>',
      { title: 'Drills near Brest', published: '2023-02-01' },
    ],
    [
      'JSON-LD datePublished and publisher inside @graph',
      '<head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2023-03-04T10:00:00Z","publisher":{"name":"Belsat"}}]}</script></head>',
      { published: '2023-03-04T10:00:00Z', outlet: 'Belsat' },
    ],
    [
      'og:url when there is no canonical link; og:site_name given as a domain',
      '<head><meta property="og:url" content="https://www.rbc.ua/rus/news/x"><meta property="og:site_name" content="rbc.ua"></head>',
      { url: 'https://www.rbc.ua/rus/news/x', outlet: 'RBC-Ukraine' },
    ],
  ])('%s', (_, head, expected) => {
    const body =
      '<article><p>Belarus and Russia began a joint exercise near the Polish border on Monday, the defence ministry in Minsk said in a statement.</p></article>'
    const html = head.includes('<body>')
      ? `<html>${head}${body}</body></html>`
      : `<html>${head}<body>${body}</body></html>`
    expect(doc(html).meta).toMatchObject(expected)
  })

  it('given metadata (from a JSONL line) wins over the page', () => {
    const result = readHtml(
      '<html><head><title>Page title</title></head><body><p>Some article text about Minsk.</p></body></html>',
      'a.jsonl:2',
      {
        format: 'jsonl',
        given: { title: 'Given title', outlet: 'Reuters' },
      },
    )
    expect(result.kind === 'document' && result.doc.meta).toMatchObject({
      title: 'Given title',
      outlet: 'Reuters',
    })
    expect(result.kind === 'document' && result.doc.format).toBe('jsonl')
  })

  it('takes the text language over a wrong <html lang>, and uses lang when the text is too short', () => {
    const russian = fixture('russian.txt')
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')
    const ru = doc(`<html lang="en"><body><article>${russian}</article></body></html>`)
    expect(ru.meta.language).toBe('rus')
    expect(ru.messages.map((m) => m.rule)).toContain('language.non-english')
    expect(doc('<html lang="de-DE"><body><p>Kurzer Text.</p></body></html>').meta.language).toBe('deu')
  })

  it('a page with no text is DOSSIER_E_HTML naming the input', () => {
    const result = readHtml('<html><body><nav>Home</nav></body></html>', 'menu.html')
    expect(result.kind === 'error' && [result.error.code, result.error.input]).toEqual([
      IngestErrorCode.HTML,
      'menu.html',
    ])
  })
})
