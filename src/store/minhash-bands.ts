import { createHash } from 'node:crypto'

/**
 * Number of LSH bands the store writes for every document. With the 128-value signatures of
 * ingest that is 32 bands of 4 rows: a pair at Jaccard 0.7 shares a band with probability
 * 0.9998, at 0.5 with 0.87, at 0.3 with 0.23 and at 0.1 with 0.003. Every candidate is confirmed
 * against the full stored signature, so a generous band count costs a few extra comparisons,
 * never a false match.
 */
export const MINHASH_BANDS = 32

/**
 * LSH band keys of a MinHash signature: the signature is cut into `bands` runs of
 * `floor(length / bands)` values (at least one; trailing values left over are not banded) and
 * each run is hashed to a signed 64-bit integer, returned as a decimal string (a `bigint`
 * parameter). Element `i` is the key of band `i`. Two documents are near-duplicate candidates
 * when they share a key in the same band. Empty signature → no keys.
 *
 * ```ts
 * bandKeys([1, 2, 3, 4], 2) // ['<hash of 1,2>', '<hash of 3,4>']
 * ```
 */
export function bandKeys(signature: readonly number[], bands: number = MINHASH_BANDS): string[] {
  if (!Number.isInteger(bands) || bands < 1)
    throw new RangeError(`bands must be a positive integer, not ${bands}`)
  const n = signature.length
  if (n === 0) return []
  const count = Math.min(bands, n)
  const rows = Math.floor(n / count)
  const keys: string[] = []
  for (let b = 0; b < count; b++) {
    const values = Float64Array.from(signature.slice(b * rows, (b + 1) * rows))
    const digest = createHash('sha256').update(new Uint8Array(values.buffer)).digest()
    keys.push(digest.readBigInt64BE(0).toString())
  }
  return keys
}
