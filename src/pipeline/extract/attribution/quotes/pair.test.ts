import { describe, expect, it } from 'vitest'
import { linesOf } from '../test-support.js'
import { pairQuotes } from './pair.js'

const quoted = (text: string): string[] =>
  pairQuotes(text, linesOf(text)).map((q) => text.slice(q.content.start, q.content.end))

describe('pairQuotes: quote styles', () => {
  it.each([
    ['straight double', 'He said: "The depot is empty." Then he left.', ['The depot is empty.']],
    ['curly double', 'He said: “The depot is empty.” Then he left.', ['The depot is empty.']],
    ['curly single', 'He said: ‘The depot is empty.’ Then he left.', ['The depot is empty.']],
    ['guillemets', 'He said: «The depot is empty.» Then he left.', ['The depot is empty.']],
    ['trailing comma dropped', '“The depot is empty,” he said.', ['The depot is empty']],
    ['straight mark with a space after it', '" The depot is empty," he said.', ['The depot is empty']],
    ['leading dash dropped', '“– The depot is empty,” he said.', ['The depot is empty']],
  ])('%s', (_name, text, want) => {
    expect(quoted(text)).toEqual(want)
  })

  it('keeps apostrophes inside and after words out of the marks', () => {
    const text = 'The officer said: ‘Russia’s trains don’t stop at the soldiers’ camp.’'
    expect(quoted(text)).toEqual(['Russia’s trains don’t stop at the soldiers’ camp.'])
  })

  it('reads a plural possessive as an apostrophe when no quote is open', () => {
    expect(quoted('Belarus’ defence plants and the workers’ unions grew.')).toEqual([])
  })

  it('closes a single quote after -s when one is open', () => {
    expect(quoted('They blamed ‘poor logistics’ among the leaders.')).toEqual(['poor logistics'])
  })

  it('closes a scare quote after -s even when a later quotation follows (regression)', () => {
    const text = 'The army had to ‘plug gaps’ in the line. Later he said: ‘We are ready.’'
    expect(quoted(text)).toEqual(['plug gaps', 'We are ready.'])
  })

  it('nests a quoted word inside a quotation with the same marks', () => {
    const text = '“All of his “power” rests on the army,” the politician notes.'
    expect(quoted(text)).toEqual(['All of his “power” rests on the army', 'power'])
  })

  it('splits a quotation over paragraphs, re-opened at each start, into one per paragraph', () => {
    const text = 'The general said: “The first line holds.\n“The second line holds too.”'
    expect(quoted(text)).toEqual(['The first line holds.', 'The second line holds too.'])
  })

  it('re-opens at a sentence start inside one scraped paragraph', () => {
    const text = 'He explained: ‘The drills are over. ‘The troops went home.’'
    expect(quoted(text)).toEqual(['The drills are over. ‘The troops went home.'])
  })

  it('takes a closing mark with nothing open as a quotation whose opening mark was lost', () => {
    const text =
      'He noted: ‘The plant is busy.’ It works in three shifts and hires more staff.’ Then the talks began.'
    const qs = pairQuotes(text, linesOf(text))
    expect(qs.map((q) => [text.slice(q.content.start, q.content.end), q.lostOpening])).toEqual([
      ['The plant is busy.', false],
      ['It works in three shifts and hires more staff.', true],
    ])
  })

  it('reads a wrongly oriented mark before a word as opening', () => {
    const text = 'The analyst spoke. ’We have seen the convoy near the border.’ Nothing more.'
    expect(quoted(text)).toEqual(['We have seen the convoy near the border.'])
  })

  it('drops a quotation left open at the end of its paragraph', () => {
    expect(quoted('He said “the tanks left.\nThe next day was calm.')).toEqual([])
  })
})

describe('pairQuotes: marks that do not match', () => {
  it('closes an opening single mark with a double closing mark when nothing else can', () => {
    const text = '‘The yard works at night,” she said. ‘The orders never stop.’'
    expect(quoted(text)).toEqual(['The yard works at night', 'The orders never stop.'])
  })

  it('closes an opening double mark with a single closing mark', () => {
    const text = '“The yard works at night,’ she said.'
    expect(quoted(text)).toEqual(['The yard works at night'])
  })

  it('keeps a possessive inside a double quotation an apostrophe', () => {
    const text = '“The dockers’ union will strike on Monday,” she said.'
    expect(quoted(text)).toEqual(['The dockers’ union will strike on Monday'])
  })

  it('does not pair across paragraphs', () => {
    const text = '‘The yard works at night.\nThe crane fell,” he wrote.'
    expect(quoted(text).includes('The yard works at night.\nThe crane fell')).toBe(false)
  })
})
