import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/index.js'
import { freshPgliteDir } from './pglite-store.js'

describe('freshPgliteDir', () => {
  it('gives each caller its own migrated, empty store', async () => {
    const [a, b] = await Promise.all([freshPgliteDir(), freshPgliteDir()])
    try {
      expect(a.dataDir).not.toBe(b.dataDir)
      const store = await openStore({ dataDir: a.dataDir })
      try {
        expect(await store.counts()).toMatchObject({ documents: 0, entities: 0 })
        await store.sql.query("INSERT INTO entities (id, name, type) VALUES ('e1', 'Minsk', 'GPE')")
      } finally {
        await store.close()
      }
      const other = await openStore({ dataDir: b.dataDir })
      try {
        expect((await other.counts()).entities).toBe(0)
      } finally {
        await other.close()
      }
    } finally {
      a.remove()
      b.remove()
    }
  })
})
