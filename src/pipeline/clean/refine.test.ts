import { describe, expect, it } from 'vitest'
import { found } from './found.js'
import { mergeFinds } from './refine.js'

describe('mergeFinds', () => {
  const text = 'Prose. Read more: A headline Caption here (Image: X)\nNext line furniture\nProse.'
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length]

  it('merges overlapping finds, names the removal after the largest and keeps every rule', () => {
    const [a, b] = at('Read more: A headline Caption')
    const [c, d] = at('A headline Caption here (Image: X)')
    const r = mergeFinds(
      text,
      [found(a, b, 'link', 'link block'), found(c, d, 'caption', 'caption')],
      ['link', 'caption'],
    )
    expect(r).toHaveLength(1)
    expect(text.slice(r[0]!.start, r[0]!.end)).toBe('Read more: A headline Caption here (Image: X)')
    expect(r[0]!.rule).toBe('caption')
    expect(r[0]!.rules).toEqual(['link', 'caption'])
  })

  it('merges finds separated only by spaces on one line, never across lines', () => {
    const [a, b] = at('Read more: A headline')
    const [c, d] = at('Caption here (Image: X)')
    const [e, f] = at('Next line furniture')
    const r = mergeFinds(text, [found(e, f, 'x', 'x'), found(c, d, 'y', 'y'), found(a, b, 'z', 'z')])
    expect(r.map((x) => text.slice(x.start, x.end))).toEqual([
      'Read more: A headline Caption here (Image: X)',
      'Next line furniture',
    ])
  })

  it('breaks ties by rule order, trims whitespace and drops empty finds', () => {
    const [a, b] = at('Next line furniture')
    const r = mergeFinds(
      text,
      [found(a - 1, b + 1, 'second', 's'), found(a, b, 'first', 'f', 'none'), found(0, 0, 'empty', 'e')],
      ['first', 'second'],
    )
    expect(r).toHaveLength(1)
    expect(r[0]).toMatchObject({ start: a, end: b, rule: 'first', join: 'paragraph' })
  })
})
