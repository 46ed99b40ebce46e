import { describe, expect, it } from 'vitest'
import { firstAtOrAfter } from './span.js'

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
