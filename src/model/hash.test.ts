import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex, shortHash } from './hash.js'

describe('sha256Hex', () => {
  it.each(['', 'abc', 'Minsk\u0000SUPPLY\u0000Russia', 'Лукашэнка — 2023'])(
    'matches createHash on %j',
    (s) => {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'))
      expect(sha256Hex(new TextEncoder().encode(s))).toBe(
        createHash('sha256').update(s, 'utf8').digest('hex'),
      )
      expect(shortHash(s)).toBe(sha256Hex(s).slice(0, 16))
    },
  )
})
