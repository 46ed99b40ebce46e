import { expect } from 'vitest'
import type { OffsetMap } from '../../model/offsets.js'
import type { Found } from './found.js'

/** The texts a rule found, in order: what table tests compare. */
export const texts = (text: string, finds: readonly Found[]): string[] =>
  [...finds].sort((a, b) => a.start - b.start).map((f) => text.slice(f.start, f.end))

/** Every copied run of the clean text equals the raw characters; inserted characters are whitespace. */
export function expectExactMap(raw: string, cleanTextValue: string, map: OffsetMap): void {
  const r = map.runs
  let covered = 0
  for (let i = 0; i < r.length; i += 3) {
    const [ds, ss, len] = [r[i]!, r[i + 1]!, r[i + 2]!]
    expect(cleanTextValue.slice(ds, ds + len)).toBe(raw.slice(ss, ss + len))
    expect(ds).toBeGreaterThanOrEqual(covered)
    expect(cleanTextValue.slice(covered, ds)).toMatch(/^\s*$/)
    covered = ds + len
  }
  expect(cleanTextValue.slice(covered)).toMatch(/^\s*$/)
}
