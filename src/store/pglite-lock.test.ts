import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freshPgliteDir } from '../../test/support/pglite-store.js'
import { openStore } from './index.js'
import { LOCK_FILE } from './pglite.js'

describe('embedded store folder lock', () => {
  const dirs: string[] = []
  const cleanups: (() => void)[] = []
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
    for (const c of cleanups) c()
  })
  const fresh = async () => {
    const f = await freshPgliteDir()
    cleanups.push(f.remove)
    return f.dataDir
  }

  it('refuses a folder another live process holds, naming the folder and the process', async () => {
    const dir = await fresh()
    const other = spawn('sleep', ['30'])
    try {
      writeFileSync(join(dir, LOCK_FILE), String(other.pid))
      await expect(openStore({ dataDir: dir })).rejects.toMatchObject({
        code: 'DOSSIER_E_STORE_LOCKED',
        message: expect.stringContaining(`${dir} is in use by process ${other.pid}`),
      })
    } finally {
      other.kill()
    }
  })

  it('takes over a lock left by a process that was killed, and releases it on close', async () => {
    const dir = await fresh()
    const gone = spawnSync('true').pid
    writeFileSync(join(dir, LOCK_FILE), String(gone))
    const store = await openStore({ dataDir: dir })
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true)
    expect((await store.counts()).documents).toBe(0)
    await store.close()
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
  })

  it('creates a fresh store in an empty folder despite the lock file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-lock-'))
    dirs.push(dir)
    const store = await openStore({ dataDir: join(dir, 'store') })
    await store.close()
    const again = await openStore({ dataDir: join(dir, 'store') })
    await again.close()
  })
})
