import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  contentHash,
  estimateSimilarity,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  NearDuplicateIndex,
  normalizedWords,
} from './dedupe.js'

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')
const original = fixture('syndicated-original.txt')
// The same article carried by another outlet: new headline and caption, three words edited.
const copy = fixture('syndicated-copy.txt')
// Another article on the same subject (Belarusian air defence, Russia), written separately.
const sameTopic = fixture('same-topic.txt')

/** Exact Jaccard similarity of five-word shingles, to check the estimate against. */
function jaccard(a: string, b: string): number {
  const shingles = (t: string) => {
    const w = normalizedWords(t)
    return new Set(w.slice(0, w.length - 4).map((_, k) => w.slice(k, k + 5).join(' ')))
  }
  const sa = shingles(a)
  const sb = shingles(b)
  const common = [...sa].filter((s) => sb.has(s)).length
  return common / (sa.size + sb.size - common)
}

describe('contentHash', () => {
  it('is the SHA-256 hex of the UTF-8 text', () => {
    expect(contentHash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(contentHash('Минск')).toMatch(/^[0-9a-f]{64}$/)
    expect(contentHash('a\r\n')).not.toBe(contentHash('a\n'))
  })
})

describe('minhashSignature', () => {
  it('is 128 unsigned 32-bit integers by default', () => {
    const sig = minhashSignature(original)
    expect(sig).toHaveLength(128)
    expect(sig.every((h) => Number.isInteger(h) && h >= 0 && h <= 0xffffffff)).toBe(true)
  })

  it('is deterministic across runs and machines (golden values)', () => {
    expect(
      minhashSignature('Belarus sent a second battalion of air defence troops to Russia.').slice(0, 4),
    ).toEqual(GOLDEN_FIRST_FOUR)
  })

  it('ignores case, punctuation and quote styles', () => {
    expect(minhashSignature('Lukashenko’s “plan” — to plug gaps.')).toEqual(
      minhashSignature('lukashenko\'s "PLAN" to plug gaps'),
    )
  })

  it('handles texts shorter than a shingle and texts without words', () => {
    expect(estimateSimilarity(minhashSignature('Minsk talks'), minhashSignature('minsk TALKS!'))).toBe(1)
    expect(minhashSignature('…').every((h) => h === 0xffffffff)).toBe(true)
  })

  it('takes options', () => {
    expect(minhashSignature(original, { numHashes: 64, shingle: 3 })).toHaveLength(64)
    expect(minhashSignature(original, { numHashes: 64 })).toEqual(minhashSignature(original).slice(0, 64))
    expect(() => minhashSignature(original, { numHashes: 0 })).toThrow(RangeError)
  })
})

describe('estimateSimilarity', () => {
  it('identical texts score 1', () => {
    expect(estimateSimilarity(minhashSignature(original), minhashSignature(original))).toBe(1)
  })

  it('a syndicated copy with a new headline and caption and a few words edited scores ≥ 0.8', () => {
    const estimate = estimateSimilarity(minhashSignature(original), minhashSignature(copy))
    expect(estimate).toBeGreaterThanOrEqual(0.8)
    expect(Math.abs(estimate - jaccard(original, copy))).toBeLessThan(0.1)
  })

  it('an unrelated article on the same topic scores < 0.5', () => {
    expect(estimateSimilarity(minhashSignature(original), minhashSignature(sameTopic))).toBeLessThan(0.5)
  })

  it('refuses signatures of different lengths', () => {
    expect(() => estimateSimilarity([1, 2], [1, 2, 3])).toThrow(/differ in length/)
  })
})

describe('the hash family', () => {
  // Deterministic pseudo-random texts with a known overlap: the estimate must be unbiased and
  // within the spread MinHash promises (sd ≈ √(J(1−J)/128) ≤ 0.045), not right on one lucky pair.
  it('estimates Jaccard similarity without bias over many pairs', () => {
    let state = 1
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      return state
    }
    const words = (n: number) => Array.from({ length: n }, () => `w${next() % 5000}`)
    const errors: number[] = []
    for (let k = 0; k < 40; k++) {
      const shared = words(200 + (k % 5) * 60)
      const a = [...words(k * 4), ...shared, ...words(30)].join(' ')
      const b = [...words(10), ...shared, ...words(k * 3)].join(' ')
      errors.push(estimateSimilarity(minhashSignature(a), minhashSignature(b)) - jaccard(a, b))
    }
    const bias = errors.reduce((s, e) => s + e, 0) / errors.length
    expect(Math.abs(bias)).toBeLessThan(0.02)
    expect(Math.max(...errors.map(Math.abs))).toBeLessThan(0.15)
  })
})

describe('NearDuplicateIndex', () => {
  it('finds the earlier version of a copy and nothing for an unrelated article', () => {
    const index = new NearDuplicateIndex()
    index.add('original', minhashSignature(original))
    index.add('other', minhashSignature(sameTopic))
    const found = index.nearest(minhashSignature(copy))
    expect(found?.id).toBe('original')
    expect(found?.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD)
    expect(
      index.nearest(minhashSignature('A different story about grain prices in Egypt and the weather.')),
    ).toBeNull()
    expect(index.size).toBe(2)
  })

  it('sends ties to the document added first', () => {
    const index = new NearDuplicateIndex()
    index.add('first', minhashSignature(original))
    index.add('second', minhashSignature(original))
    expect(index.nearest(minhashSignature(original))).toEqual({ id: 'first', similarity: 1 })
  })
})

// Recorded once; a change here means stored signatures no longer compare with new ones.
const GOLDEN_FIRST_FOUR = [107496062, 335352582, 171567950, 486734145]
