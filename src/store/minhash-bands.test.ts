import { describe, expect, it } from 'vitest'
import { bandKeys, MINHASH_BANDS } from './minhash-bands.js'

const signature = Array.from({ length: 128 }, (_, i) => (i * 2654435761) % 4294967296)

describe('bandKeys', () => {
  it('cuts a signature into the default number of bands, one signed 64-bit key each', () => {
    const keys = bandKeys(signature)
    expect(keys).toHaveLength(MINHASH_BANDS)
    for (const k of keys) {
      expect(k).toMatch(/^-?\d+$/)
      const v = BigInt(k)
      expect(v >= -(2n ** 63n) && v < 2n ** 63n).toBe(true)
    }
    expect(new Set(keys).size).toBe(MINHASH_BANDS)
    expect(bandKeys([...signature])).toEqual(keys)
  })

  it('changes only the key of the band whose values changed', () => {
    const rows = Math.floor(128 / 16)
    const edited = [...signature]
    edited[3 * rows + 1] = 7
    const a = bandKeys(signature, 16)
    const b = bandKeys(edited, 16)
    expect(b.map((k, i) => k !== a[i])).toEqual(Array.from({ length: 16 }, (_, i) => i === 3))
  })

  it.each([
    ['an empty signature', [], 4, 0],
    ['fewer values than bands', [1, 2, 3], 8, 3],
    ['a length not divisible by the bands', [1, 2, 3, 4, 5, 6, 7], 3, 3],
  ])('handles %s', (_, sig, bands, expected) => {
    expect(bandKeys(sig, bands)).toHaveLength(expected)
  })

  it('keeps unsigned 32-bit values apart', () => {
    expect(bandKeys([4294967295], 1)).not.toEqual(bandKeys([-1], 1))
  })

  it.each([0, -1, 1.5])('rejects %s bands', (bands) => {
    expect(() => bandKeys(signature, bands)).toThrow(RangeError)
  })
})
