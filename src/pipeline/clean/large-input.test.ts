import { describe, expect, it } from 'vitest'
import { segmentText } from '../segment/index.js'
import { cleanText } from './index.js'

/**
 * Long inputs must complete: every rule and the repair run in linear time, so a 5 MB text (a
 * page scraped as one line, a base64 blob, thousands of link markers) cannot hang the pipeline.
 * These tests assert completion and sanity of the output, not timing.
 */
const MB5 = 5_000_000
const repeat = (s: string, length: number): string => s.repeat(Math.ceil(length / s.length)).slice(0, length)

// hand-written, in the style of scraped news pages: prose with glued sentences and furniture
const article = [
  'Minsk ships tanks east as Moscow runs short',
  'Belarus has sent dozens of T-72 tanks to Russia, officials in Kyiv said on Monday.The shipments went by rail. ' +
    'Mr Petrov explained: ‘It looks like the depots are empty. They gave up most of their reserve.’This shows the state of things.' +
    'Read more: Kyiv warns Minsk over drills [REPORT]NATO meets in Riga [INSIGHT] Tanks on a flatcar near Brest (Image: GETTY)' +
    'According to the U.S. embassy, the plant named after I. V. Vavilov works in three shifts.',
  'Defense Weekly Global Military news',
  'Photo by Ivan Ivanov/AFP',
  'The ministry did not comment. Growth was 3.5 percent, npr.org reported.',
  'Defense Weekly Global Military news',
  'Follow Defense Weekly on Google News',
  'Leave a Reply',
  'Previous post Minsk holds snap drills near the border',
  '- News',
  '',
].join('\n')

describe('large inputs complete', () => {
  it('cleans and segments 5 MB of article-like text', () => {
    const text = repeat(article, MB5)
    const r = cleanText(text)
    const s = segmentText(r.clean.text, r.paragraphs)
    const copies = Math.floor(MB5 / article.length)
    expect(r.boilerplate.length).toBeGreaterThanOrEqual(copies * 7)
    expect(s.sentences.length).toBeGreaterThan(copies * 8)
    expect(r.clean.text.includes('(Image:')).toBe(false)
    const probe = r.clean.text.lastIndexOf('The ministry did not comment.')
    const back = r.clean.map.toSource({ start: probe, end: probe + 29 })
    expect(text.slice(back.start, back.end)).toBe('The ministry did not comment.')
  }, 300_000)

  const oneLine = article.replace(/\n/g, ' ')
  const pathological: [string, string][] = [
    ['a page scraped as one line', repeat(`${oneLine} `, MB5)],
    ['unclosed credits', repeat('Caption text (Image: GETTY ', MB5)],
    [
      'link markers and glued headlines, no line break',
      repeat('Read more: Headline textNext headline [REPORT]', MB5),
    ],
    ['initials without spaces', repeat('A.B.', MB5)],
    ['a run of dots', repeat('.', MB5)],
    ['a whitespace-free blob', repeat('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0123456789+/', MB5)],
    ['tag-like residue', repeat('< p', MB5)],
    ['credit labels', repeat('Photo: ', MB5)],
    ['quote marks', repeat('’”"»', MB5)],
    ['follow prompts', repeat('Follow Abc ', MB5)],
    ['brackets', repeat('[', MB5)],
    ['many short lines', repeat('x\n', MB5)],
    ['bylines and names', repeat('By Jane Doe, John Roe and ', MB5)],
    ['date tokens', repeat('4 Nov 2022 10:17 GMT+2 Updated ', MB5)],
    ['date and metadata lines', repeat('Posted by Jane Doe · 4 Nov 2022 · 5 min read\n', MB5)],
    ['capitals, commas and dashes', repeat('KYIV, Ukraine, Nov 4 (AP — ', MB5)],
    ['wire credits', repeat('(Reporting by Jane Doe; ', MB5)],
    ['share bars', repeat('Share: Telegram X Facebook · ', MB5)],
    ['separators', repeat('Home / a > b | c › ', MB5)],
    ['notes', repeat('[1] Reuters.\n', MB5)],
  ]
  it.each(pathological)(
    'cleans 5 MB of %s',
    (_name, text) => {
      const r = cleanText(text)
      expect(r.clean.text.length).toBeLessThanOrEqual(text.length + text.length / 2)
    },
    300_000,
  )

  it.each([pathological[0]!, pathological[3]!, pathological[5]!])(
    'segments 5 MB of %s',
    (_name, text) => {
      const r = cleanText(text)
      const s = segmentText(r.clean.text, r.paragraphs)
      expect(s.sentences.length).toBeGreaterThan(0)
      for (const t of s.tokens.slice(-50)) expect(r.clean.text.slice(t.start, t.end)).toMatch(/^\S+$/)
    },
    300_000,
  )
})
