import { sha256Hex } from '../model/hash.js'

/**
 * Duplicate detection. Exact duplicates share a content hash (SHA-256 of the text). Near
 * duplicates — syndicated copies, lightly edited reposts — share most of their five-word
 * shingles; a MinHash signature estimates that share (Jaccard similarity) from 128 numbers.
 * The hash family is fixed and seeded, so signatures computed on different machines and in
 * different runs compare.
 */

/** SHA-256 hex of the UTF-8 text: the identity of a document. */
export function contentHash(text: string): string {
  return sha256Hex(text)
}

export interface MinHashOptions {
  /** Length of the signature. */
  readonly numHashes: number
  /** Words per shingle. */
  readonly shingle: number
}

export const defaultMinHashOptions: MinHashOptions = Object.freeze({ numHashes: 128, shingle: 5 })

/** Above this estimated similarity a document is stored as a copy of an earlier one. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7

/**
 * Words for shingling: lowercased, NFKC, every run of characters that are not letters or digits
 * a separator — so curly and straight quotes, dashes and lost spaces after punctuation agree.
 */
export function normalizedWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
}

/**
 * MinHash signature of a text over its word shingles: for each of `numHashes` seeded hash
 * functions, the smallest hash of any shingle (unsigned 32-bit integers). A text shorter than
 * one shingle is one shingle; a text without words gets a signature of 0xFFFFFFFF.
 *
 * @example estimateSimilarity(minhashSignature(a), minhashSignature(b)) // ≈ Jaccard(a, b)
 */
export function minhashSignature(text: string, options: Partial<MinHashOptions> = {}): number[] {
  const { numHashes, shingle } = { ...defaultMinHashOptions, ...options }
  if (!Number.isInteger(numHashes) || numHashes < 1)
    throw new RangeError(`numHashes must be ≥ 1, got ${numHashes}`)
  if (!Number.isInteger(shingle) || shingle < 1) throw new RangeError(`shingle must be ≥ 1, got ${shingle}`)
  const seeds = seedsFor(numHashes)
  const signature = new Uint32Array(numHashes).fill(0xffffffff)
  const words = normalizedWords(text)
  const count = words.length === 0 ? 0 : Math.max(1, words.length - shingle + 1)
  const seen = new Set<number>()
  for (let k = 0; k < count; k++) {
    const base = fnv1a(words.slice(k, k + shingle).join(' '))
    if (seen.has(base)) continue
    seen.add(base)
    for (let i = 0; i < numHashes; i++) {
      const h = fmix32(base ^ seeds[i]!)
      if (h < signature[i]!) signature[i] = h
    }
  }
  return Array.from(signature)
}

/** Share of positions where two signatures agree: an estimate of the texts' Jaccard similarity. */
export function estimateSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) {
    throw new RangeError(
      `signatures differ in length (${a.length} and ${b.length}): compute them with the same options`,
    )
  }
  if (a.length === 0) return 0
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return same / a.length
}

/**
 * An in-memory LSH index over MinHash signatures: signatures are cut into bands, and two
 * documents become candidates when any band agrees, so a lookup does not compare against every
 * document. With 32 bands of 4 rows, pairs at similarity 0.7 are found with probability > 0.999
 * and pairs at 0.3 meet in about a quarter of lookups (then rejected by the exact estimate).
 */
export class NearDuplicateIndex {
  readonly #rows: number
  readonly #buckets = new Map<string, string[]>()
  readonly #signatures = new Map<string, { readonly signature: readonly number[]; readonly order: number }>()

  constructor(options: { rows?: number } = {}) {
    this.#rows = options.rows ?? 4
  }

  get size(): number {
    return this.#signatures.size
  }

  add(id: string, signature: readonly number[]): void {
    if (this.#signatures.has(id)) return
    this.#signatures.set(id, { signature, order: this.#signatures.size })
    for (const key of this.#bandKeys(signature)) {
      const bucket = this.#buckets.get(key)
      if (bucket) bucket.push(id)
      else this.#buckets.set(key, [id])
    }
  }

  /**
   * The most similar indexed document at or above `threshold`, or null. Ties go to the document
   * added first, so a copy points at the earliest version seen.
   */
  nearest(
    signature: readonly number[],
    threshold = NEAR_DUPLICATE_THRESHOLD,
  ): { id: string; similarity: number } | null {
    const candidates = new Set<string>()
    for (const key of this.#bandKeys(signature))
      for (const id of this.#buckets.get(key) ?? []) candidates.add(id)
    let best: { id: string; similarity: number; order: number } | null = null
    for (const id of candidates) {
      const entry = this.#signatures.get(id)!
      const similarity = estimateSimilarity(signature, entry.signature)
      if (similarity < threshold) continue
      if (
        !best ||
        similarity > best.similarity ||
        (similarity === best.similarity && entry.order < best.order)
      ) {
        best = { id, similarity, order: entry.order }
      }
    }
    return best ? { id: best.id, similarity: best.similarity } : null
  }

  *#bandKeys(signature: readonly number[]): Generator<string> {
    for (let start = 0; start + this.#rows <= signature.length; start += this.#rows) {
      yield `${start}:${signature.slice(start, start + this.#rows).join(',')}`
    }
  }
}

// 32-bit FNV-1a over UTF-16 code units.
function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

// MurmurHash3's finaliser: a bijection on 32-bit integers that mixes every bit.
function fmix32(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const seeds: number[] = []
// The golden-ratio constant: an arbitrary, conventional start. Changing it changes every stored
// signature, so it is fixed for good; the family's accuracy is tested over many pairs.
let seedState = 0x9e3779b9

/**
 * The first `n` seeds of the fixed family (mulberry32 from a constant). The sequence is the same
 * whatever order signatures of different lengths are asked for.
 */
function seedsFor(n: number): readonly number[] {
  while (seeds.length < n) {
    seedState = (seedState + 0x6d2b79f5) >>> 0
    let t = seedState
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    seeds.push((t ^ (t >>> 14)) >>> 0)
  }
  return seeds
}
