/**
 * The evidence store: one SQL schema on two engines — PGlite (embedded, a folder on disk) and
 * PostgreSQL (a URL) — with the same migrations and queries.
 *
 * ```ts
 * const store = await openStore({ dataDir: '.dossier' })          // or { databaseUrl }
 * if (!(await store.hasDocument(record.source.id))) {
 *   const copyOf = await store.findNearDuplicate(record.signature)
 *   await store.saveDocument({ ...record, copyOf })
 * }
 * await store.close()
 * ```
 */
import { StoreError } from './errors.js'
import { migrateEngine } from './migrations.js'
import { openPglite } from './pglite.js'
import { openPostgres } from './postgres.js'
import type { Engine } from './sql.js'
import { createStore, type Store } from './store.js'

export { entityId, entityKey } from './entities.js'
export type { StoreErrorCode } from './errors.js'
export { StoreError } from './errors.js'
export { MIGRATIONS, type Migration } from './migrations.js'
export { bandKeys, MINHASH_BANDS } from './minhash-bands.js'
export { redactUrl } from './postgres.js'
export { type DocumentSummary, type StoredDocument, type StoredMention, toRecord } from './read.js'
export type { QueryResult, Sql } from './sql.js'
export type { CountedTable, ListOptions, NearDuplicateOptions, Store } from './store.js'

export interface OpenStoreOptions {
  /** PostgreSQL connection URL; when given, the store is on that server. */
  readonly databaseUrl?: string
  /** PGlite data folder (created when missing); used when no `databaseUrl` is given. */
  readonly dataDir?: string
}

/**
 * Opens the store and brings its schema up to date. Throws `DOSSIER_E_STORE_OPEN` when the
 * folder is unusable, the server unreachable or the schema cannot be migrated.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { databaseUrl, dataDir } = options
  let engine: Engine
  if (databaseUrl) engine = await openPostgres(databaseUrl)
  else if (dataDir) engine = await openPglite(dataDir)
  else throw new StoreError('DOSSIER_E_STORE_OPEN', 'no store given: pass databaseUrl or dataDir')
  try {
    await migrateEngine(engine)
  } catch (err) {
    await engine.close().catch(() => {})
    throw err
  }
  return createStore(engine)
}
