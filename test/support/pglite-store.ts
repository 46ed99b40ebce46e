/**
 * Fresh PGlite stores for tests, fast: creating a PGlite database takes seconds, copying a
 * closed, migrated one takes a fraction of that. The template is built once per schema version
 * and PGlite version and cached in the OS temp folder (`dossier-pglite-template-<hash>`), shared
 * by test files and runs; every caller gets its own copy.
 *
 * ```ts
 * const tmp = await freshPgliteDir()
 * const store = await openStore({ dataDir: tmp.dataDir })
 * // …
 * await store.close(); tmp.remove()
 * ```
 */
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MIGRATIONS, openStore } from '../../src/store/index.js'

function templateKey(): string {
  const require = createRequire(import.meta.url)
  let pglite = 'unknown'
  try {
    const main = require.resolve('@electric-sql/pglite')
    const pkg = join(
      main.slice(0, main.lastIndexOf('node_modules')),
      'node_modules/@electric-sql/pglite/package.json',
    )
    pglite = JSON.parse(readFileSync(pkg, 'utf8')).version
  } catch {
    // fall back to the schema alone
  }
  const h = createHash('sha256').update(pglite)
  for (const m of MIGRATIONS) h.update(m.id).update(m.sql)
  return h.digest('hex').slice(0, 16)
}

let building: Promise<string> | null = null

/** The cached template folder, built (once, atomically) when missing. */
export function pgliteTemplate(): Promise<string> {
  building ??= (async () => {
    const path = join(tmpdir(), `dossier-pglite-template-${templateKey()}`)
    if (existsSync(join(path, 'PG_VERSION'))) return path
    const work = mkdtempSync(`${path}.build-`)
    const store = await openStore({ dataDir: join(work, 'db') })
    await store.close()
    try {
      renameSync(join(work, 'db'), path)
    } catch {
      // another process finished first: use theirs
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
    return path
  })()
  return building
}

export interface FreshPgliteDir {
  /** A migrated, empty PGlite data folder of one's own. */
  readonly dataDir: string
  remove(): void
}

/** A private copy of the migrated template. */
export async function freshPgliteDir(): Promise<FreshPgliteDir> {
  const template = await pgliteTemplate()
  const root = mkdtempSync(join(tmpdir(), 'dossier-pglite-'))
  const dataDir = join(root, 'db')
  cpSync(template, dataDir, { recursive: true })
  return { dataDir, remove: () => rmSync(root, { recursive: true, force: true }) }
}
