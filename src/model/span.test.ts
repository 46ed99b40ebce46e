import { describe, expect, it } from 'vitest'
import { contains, firstAtOrAfter, overlaps, type Span, SpanIndex } from './span.js'

describe('firstAtOrAfter', () => {
  const starts = [0, 4, 4, 9, 15]
  it.each([
    [-1, 0],
    [0, 0],
    [1, 1],
    [4, 1],
    [5, 3],
    [15, 4],
    [16, 5],
  ])('offset %i → index %i', (offset, index) => {
    expect(firstAtOrAfter(starts, offset, (n) => n)).toBe(index)
    // the same answer as a plain search from the left
    const plain = starts.findIndex((n) => n >= offset)
    expect(index).toBe(plain < 0 ? starts.length : plain)
  })
  it('reads the offset through the key, and answers 0 for an empty list', () => {
    expect(firstAtOrAfter([{ start: 2 }, { start: 7 }], 3, (s) => s.start)).toBe(1)
    expect(firstAtOrAfter([], 3, (n: number) => n)).toBe(0)
  })
})

describe('SpanIndex', () => {
  // a small deterministic generator, so a failure reproduces
  let seed = 7
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  const randomSpan = (): Span => {
    const start = rand(200)
    return { start, end: start + (rand(4) === 0 ? 0 : rand(rand(3) === 0 ? 150 : 12)) }
  }

  it('answers what a scan of every item answers, in the order given, on random spans', () => {
    for (let round = 0; round < 200; round++) {
      const items = Array.from({ length: rand(60) }, (_, id) => ({ id, ...randomSpan() }))
      const index = new SpanIndex(items, (x) => x)
      for (let q = 0; q < 30; q++) {
        const { start, end } = randomSpan()
        expect(index.overlapping(start, end)).toEqual(items.filter((x) => overlaps(x, { start, end })))
        expect(index.containing(start, end)).toEqual(items.filter((x) => contains(x, { start, end })))
        expect(index.within(start, end)).toEqual(items.filter((x) => contains({ start, end }, x)))
        expect(index.startingIn(start, end)).toEqual(items.filter((x) => start <= x.start && x.start < end))
      }
    }
  })

  it('finds nothing in an empty list, and keeps the given order of items with equal starts', () => {
    expect(new SpanIndex<Span>([], (x) => x).overlapping(0, 10)).toEqual([])
    const items = [
      { id: 'b', start: 5, end: 9 },
      { id: 'a', start: 5, end: 20 },
      { id: 'c', start: 0, end: 6 },
    ]
    const index = new SpanIndex(items, (x) => x)
    expect(index.overlapping(5, 6).map((x) => x.id)).toEqual(['b', 'a', 'c'])
    expect(index.containing(6, 9).map((x) => x.id)).toEqual(['b', 'a'])
    expect(index.containing(10, 12).map((x) => x.id)).toEqual(['a'])
    expect(index.overlapping(20, 30)).toEqual([])
  })
})
