import { resolve } from 'node:path'
import type { Store } from '../store/index.js'

/** Options every store command accepts. */
export interface StoreFlags {
  readonly data?: string
}

/** Where the store is: `DATABASE_URL` (PostgreSQL) wins, else `--data`, `DOSSIER_DATA` or `./.dossier`. */
export function storeOptions(flags: StoreFlags, env: NodeJS.ProcessEnv = process.env) {
  const databaseUrl = env.DATABASE_URL?.trim()
  if (databaseUrl) return { databaseUrl }
  return { dataDir: resolve(flags.data ?? env.DOSSIER_DATA ?? '.dossier') }
}

/** Opens the store, runs `fn`, and always closes it. */
export async function withStore<T>(flags: StoreFlags, fn: (store: Store) => Promise<T>): Promise<T> {
  // loaded here, not at start-up: commands that never open a store do not pay for the engines
  const { openStore } = await import('../store/index.js')
  const store = await openStore(storeOptions(flags))
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}
