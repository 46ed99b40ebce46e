import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { unaccent } from '@electric-sql/pglite/contrib/unaccent'
import { StoreError } from './errors.js'
import type { Engine, QueryResult, Sql } from './sql.js'

type Queryable = Pick<Transaction, 'query' | 'exec'>

function wrap(db: Queryable, transaction: Sql['transaction']): Sql {
  return {
    async query<R>(text: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const r = await db.query<R>(text, params as unknown[])
      return { rows: r.rows, rowCount: r.affectedRows ?? 0 }
    },
    async exec(script: string): Promise<void> {
      await db.exec(script)
    },
    transaction,
  }
}

/** Checks the folder before PGlite sees it, so a bad path fails with a clear, coded error. */
function prepareFolder(dir: string): void {
  const fail = (why: string, cause?: unknown): never => {
    throw new StoreError('DOSSIER_E_STORE_OPEN', `cannot open store folder ${dir}: ${why}`, { cause })
  }
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) fail('it is not a folder')
    const entries = readdirSync(dir).filter((e) => e !== LOCK_FILE)
    if (entries.length > 0 && !entries.includes('PG_VERSION')) {
      fail('the folder is not empty and holds no database (no PG_VERSION)')
    }
    return
  }
  try {
    mkdirSync(dir, { recursive: true })
  } catch (err) {
    fail((err as Error).message, err)
  }
}

/** Lock file inside the store folder: PGlite has no cross-process locking of its own. */
export const LOCK_FILE = 'dossier.lock'

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes the folder's lock for this process, so a second process cannot open (and corrupt) the
 * same embedded database. A lock left by a process that no longer runs (killed) is taken over.
 * Returns the function that releases it.
 */
function lockFolder(dir: string): () => void {
  const path = join(dir, LOCK_FILE)
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => {
        try {
          if (readFileSync(path, 'utf8').trim() === String(process.pid)) unlinkSync(path)
        } catch {
          // already gone
        }
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StoreError(
          'DOSSIER_E_STORE_OPEN',
          `cannot lock store folder ${dir}: ${(e as Error).message}`,
        )
      }
      const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10)
      if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) {
        throw new StoreError(
          'DOSSIER_E_STORE_LOCKED',
          `store folder ${dir} is in use by process ${pid}; wait for it to finish, or use PostgreSQL (DATABASE_URL) for concurrent access`,
        )
      }
      unlinkSync(path) // stale: its process is gone
    }
  }
  throw new StoreError('DOSSIER_E_STORE_OPEN', `cannot lock store folder ${dir}`)
}

async function folderSize(path: string): Promise<number> {
  const s = await stat(path)
  if (!s.isDirectory()) return s.size
  let total = 0
  for (const entry of await readdir(path)) total += await folderSize(join(path, entry))
  return total
}

/**
 * Opens (creating when missing) an embedded PostgreSQL in `dataDir` with pg_trgm, unaccent and
 * fuzzystrmatch loaded. Creating a fresh database takes a few seconds; re-opening well under one.
 * One process at a time: PGlite has a single connection and no cross-process locking.
 */
export async function openPglite(dataDir: string): Promise<Engine> {
  const dir = resolve(dataDir)
  prepareFolder(dir)
  const unlock = lockFolder(dir)
  let db: PGlite
  try {
    db = await PGlite.create({ dataDir: dir, extensions: { pg_trgm, unaccent, fuzzystrmatch } })
  } catch (err) {
    unlock()
    throw new StoreError(
      'DOSSIER_E_STORE_OPEN',
      `cannot open store folder ${dir}: ${(err as Error).message}`,
      {
        cause: err,
      },
    )
  }
  const transaction = <T>(fn: (tx: Sql) => Promise<T>): Promise<T> =>
    db.transaction((tx) => {
      const inner: Sql = wrap(tx, (nested) => nested(inner))
      return fn(inner)
    })
  return {
    ...wrap(db, transaction),
    engine: 'pglite',
    location: dir,
    sizeBytes: () => folderSize(dir),
    async close() {
      if (!db.closed) await db.close()
      unlock()
    },
  }
}
