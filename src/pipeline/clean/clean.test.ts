import { describe, expect, it } from 'vitest'
import { emptyMeta } from '../../model/document.js'
import type { Doc } from '../doc.js'
import { buildPipeline } from '../stage.js'
import { buildCleanText } from './build.js'
import { clean, cleanText } from './index.js'
import { expectExactMap } from './test-support.js'

const doc = (text: string): Doc => ({
  id: 't',
  text,
  meta: emptyMeta,
  referenceDate: null,
  messages: [],
  layers: {},
})

describe('clean stage', () => {
  const raw =
    'Minsk ships tanks east\n\nBelarus sent 40 tanks.In his view, Mr Petrov said: ‘It is over.’Officials denied it. ' +
    'Tanks on a train (Image: GETTY)The ministry said more.Read more: Kyiv warns MinskNATO meets in Riga\n' +
    'Follow Defense Daily on Google News\nSourcedefencenews.com'

  it('removes furniture, repairs sentence spaces and maps every clean span back exactly', () => {
    const r = cleanText(raw)
    expect(r.clean.text).toBe(
      'Minsk ships tanks east\n\nBelarus sent 40 tanks. In his view, Mr Petrov said: ‘It is over.’ Officials denied it.\n\n' +
        'The ministry said more.',
    )
    expectExactMap(raw, r.clean.text, r.clean.map)
    for (const w of ['Belarus', 'In', 'Officials', 'The ministry said more.']) {
      const i = r.clean.text.indexOf(w)
      const s = r.clean.map.toSource({ start: i, end: i + w.length })
      expect(raw.slice(s.start, s.end)).toBe(w)
    }
    expect(r.paragraphs.map((p) => r.clean.text.slice(p.start, p.end))).toEqual([
      'Minsk ships tanks east',
      'Belarus sent 40 tanks. In his view, Mr Petrov said: ‘It is over.’ Officials denied it.',
      'The ministry said more.',
    ])
  })

  it('runs in a pipeline and reports each removal as an info message with its raw span', () => {
    const out = buildPipeline([clean]).run(doc(raw))
    const bp = out.layers.boilerplate!
    expect(bp.map((s) => raw.slice(s.start, s.end))).toEqual([
      'Tanks on a train (Image: GETTY)',
      'Read more: Kyiv warns MinskNATO meets in Riga',
      'Follow Defense Daily on Google News',
      'Sourcedefencenews.com',
    ])
    expect(out.messages).toHaveLength(4)
    expect(out.messages[0]).toMatchObject({
      severity: 'info',
      source: 'clean',
      rule: 'boilerplate.caption-credit',
      place: bp[0],
    })
    expect(out.messages.map((m) => m.rule)).toEqual([
      'boilerplate.caption-credit',
      'boilerplate.link-block',
      'boilerplate.follow-prompt',
      'boilerplate.source-trailer',
    ])
  })

  it('keeps whitespace sane: one separator per gap, copied when the raw run already is one', () => {
    const text = '  Title \t here\r\n\r\n\n Body\u00a0 text\u200bhere.\nLine two. '
    const r = buildCleanText(text, [], [])
    expect(r.text).toBe('Title here\n\nBody texthere.\nLine two.')
    expectExactMap(text, r.text, r.map)
    expect(r.paragraphs.map((p) => r.text.slice(p.start, p.end))).toEqual([
      'Title here',
      'Body texthere.',
      'Line two.',
    ])
  })

  it('joins around an inline tag without a break, and around a block tag with one', () => {
    const text = 'A <em>bold</em> claim.</p><p>Next one.'
    const r = cleanText(text)
    expect(r.clean.text).toBe('A bold claim.\n\nNext one.')
    expectExactMap(text, r.clean.text, r.clean.map)
  })

  it('handles an empty text and a text that is all furniture', () => {
    expect(cleanText('').clean.text).toBe('')
    const r = cleanText('RELATED ARTICLES\nLeave a Reply')
    expect(r.clean.text).toBe('')
    expect(r.paragraphs).toEqual([])
  })
})
