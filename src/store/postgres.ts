import pg from 'pg'
import { StoreError } from './errors.js'
import type { Engine, QueryResult, Sql } from './sql.js'

/**
 * The URL without its password (also a `password=` query parameter), for messages and `location`.
 * `postgres://dossier:secret@db:5432/osint` → `postgres://dossier@db:5432/osint`
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    u.password = ''
    for (const key of [...u.searchParams.keys()]) {
      if (key.toLowerCase() === 'password') u.searchParams.delete(key)
    }
    return u.toString()
  } catch {
    // not a URL (a libpq keyword string): drop anything that looks like a password
    return url
      .replace(/password\s*=\s*('[^']*'|\S*)/gi, 'password=***')
      .replace(/\/\/([^:@/]*):[^@/]*@/, '//$1@')
  }
}

type Client = pg.Pool | pg.PoolClient

function wrap(client: Client, transaction: Sql['transaction']): Sql {
  return {
    async query<R>(text: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const r = await client.query(text, params as unknown[])
      return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 }
    },
    async exec(script: string): Promise<void> {
      // no parameters: the simple protocol, which accepts several statements
      await client.query(script)
    },
    transaction,
  }
}

/**
 * Connects to PostgreSQL through a small pool and checks the connection once, so an unreachable
 * server fails here with `DOSSIER_E_STORE_OPEN` rather than on the first query.
 */
export async function openPostgres(databaseUrl: string): Promise<Engine> {
  const location = redactUrl(databaseUrl)
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8, connectionTimeoutMillis: 15_000 })
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {})
  try {
    await pool.query('SELECT 1')
  } catch (err) {
    await pool.end().catch(() => {})
    throw new StoreError('DOSSIER_E_STORE_OPEN', `cannot connect to ${location}: ${(err as Error).message}`, {
      cause: err,
    })
  }

  async function transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await pool.connect()
    let broken: Error | undefined
    try {
      await client.query('BEGIN')
      const tx: Sql = wrap(client, (nested) => nested(tx))
      const result = await fn(tx)
      await client.query('COMMIT')
      return result
    } catch (err) {
      await client.query('ROLLBACK').catch((e: Error) => {
        broken = e
      })
      throw err
    } finally {
      client.release(broken)
    }
  }

  let closed = false
  return {
    ...wrap(pool, transaction),
    engine: 'postgres',
    location,
    async sizeBytes() {
      const r = await pool.query<{ size: number }>(
        'SELECT pg_database_size(current_database())::float8 AS size',
      )
      return r.rows[0]?.size ?? 0
    },
    async close() {
      if (closed) return
      closed = true
      await pool.end()
    },
  }
}
