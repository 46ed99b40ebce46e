/**
 * A private, throw-away PostgreSQL cluster for tests: initdb into a fresh temp folder, start it on
 * a free 127.0.0.1 port with its Unix socket in the same folder, create one database, and stop
 * and remove everything on teardown. It never touches a shared cluster.
 *
 * ```ts
 * const skip = pgUnavailableReason() // a string when no server binaries exist, else null
 * const pg = await startPostgres()    // { url: 'postgres://postgres@127.0.0.1:54xxx/dossier_test', stop }
 * await pg.stop()
 * ```
 *
 * The server binaries are looked up in `/usr/lib/postgresql/<version>/bin` (newest version first),
 * as installed by the Debian `postgresql` package. When running as root the server runs as the
 * `postgres` user (PostgreSQL refuses to run as root).
 */
import { execFile, execFileSync } from 'node:child_process'
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

const PG_ROOT = '/usr/lib/postgresql'
const SERVER_USER = 'postgres'

export interface PgCluster {
  /** Connection URL of the test database (no password: the cluster trusts local connections). */
  readonly url: string
  readonly port: number
  /** Folder holding the data directory, socket and log; removed by `stop()`. */
  readonly dir: string
  stop(): Promise<void>
}

export interface StartPostgresOptions {
  /** Name of the database to create. */
  readonly database?: string
}

/** The newest `/usr/lib/postgresql/<version>/bin` holding initdb, pg_ctl and postgres, or null. */
export function pgBinDir(root: string = PG_ROOT): string | null {
  let versions: string[]
  try {
    versions = readdirSync(root)
  } catch {
    return null
  }
  const sorted = versions
    .filter((v) => /^\d+(\.\d+)?$/.test(v))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
  for (const v of sorted) {
    const bin = join(root, v, 'bin')
    if (['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(bin, b)))) return bin
  }
  return null
}

/** Whether PostgreSQL server binaries are installed, so `startPostgres()` can run. */
export function pgAvailable(): boolean {
  return pgBinDir() !== null
}

/** Why PostgreSQL tests must be skipped, or null when they can run. */
export function pgUnavailableReason(): string | null {
  return pgAvailable()
    ? null
    : `no PostgreSQL server binaries in ${PG_ROOT}/*/bin (install the Debian "postgresql" package)`
}

const isRoot = (): boolean => process.getuid?.() === 0

/** Runs a server binary, as the `postgres` user when we are root. */
async function runServerTool(bin: string, tool: string, args: readonly string[]): Promise<void> {
  const [file, argv] = isRoot()
    ? ['runuser', ['-u', SERVER_USER, '--', join(bin, tool), ...args]]
    : [join(bin, tool), [...args]]
  try {
    await run(file, argv, { env: { ...process.env, LC_ALL: 'C', LANG: 'C' } })
  } catch (err) {
    const e = err as { stderr?: string; stdout?: string; message: string }
    throw new Error(`${tool} failed: ${e.stderr || e.stdout || e.message}`)
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function chownTree(path: string, uid: number, gid: number): void {
  chownSync(path, uid, gid)
  if (statSync(path).isDirectory()) for (const f of readdirSync(path)) chownTree(join(path, f), uid, gid)
}

function serverIds(): { uid: number; gid: number } {
  const out = execFileSync('id', [SERVER_USER], { encoding: 'utf8' })
  const uid = /uid=(\d+)/.exec(out)?.[1]
  const gid = /gid=(\d+)/.exec(out)?.[1]
  if (!uid || !gid) throw new Error(`cannot find the "${SERVER_USER}" user (id: ${out.trim()})`)
  return { uid: Number(uid), gid: Number(gid) }
}

// Clusters still running when the process exits (a crashed test run) are stopped synchronously.
const running = new Map<string, { bin: string; data: string }>()
process.once('exit', () => {
  for (const [dir, { bin, data }] of running) {
    try {
      const args = ['-D', data, '-m', 'immediate', '-w', 'stop']
      if (isRoot()) execFileSync('runuser', ['-u', SERVER_USER, '--', join(bin, 'pg_ctl'), ...args])
      else execFileSync(join(bin, 'pg_ctl'), args)
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true })
  }
})

/**
 * Starts a private PostgreSQL cluster (about 1–2 s) and creates one database in it.
 * Durability is off (fsync, synchronous_commit): it is for tests only.
 */
export async function startPostgres(options: StartPostgresOptions = {}): Promise<PgCluster> {
  const { database = 'dossier_test' } = options
  const bin = pgBinDir()
  if (!bin) throw new Error(pgUnavailableReason() ?? 'PostgreSQL unavailable')

  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-'))
  const data = join(dir, 'data')
  const socket = join(dir, 'socket')
  const log = join(dir, 'server.log')
  mkdirSync(socket)
  if (isRoot()) {
    const { uid, gid } = serverIds()
    chownTree(dir, uid, gid)
  }

  let started = false
  try {
    await runServerTool(bin, 'initdb', [
      '-D',
      data,
      '-U',
      isRoot() ? SERVER_USER : userInfo().username,
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
    ])
    // Another process may take the port between probing and binding: try a few.
    let port = 0
    let lastError: unknown
    for (let attempt = 0; attempt < 4 && !started; attempt++) {
      port = await freePort()
      const serverOptions = [
        `-p ${port}`,
        "-c listen_addresses='127.0.0.1'",
        `-c unix_socket_directories='${socket}'`,
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=40',
        '-c shared_buffers=32MB',
      ].join(' ')
      try {
        await runServerTool(bin, 'pg_ctl', [
          '-D',
          data,
          '-l',
          log,
          '-o',
          serverOptions,
          '-w',
          '-t',
          '30',
          'start',
        ])
        started = true
        running.set(dir, { bin, data })
      } catch (err) {
        lastError = err
      }
    }
    if (!started) {
      const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : ''
      throw new Error(`PostgreSQL did not start: ${(lastError as Error)?.message}\n${tail}`)
    }

    const user = isRoot() ? SERVER_USER : userInfo().username
    const admin = new pg.Client({ host: '127.0.0.1', port, user, database: 'postgres' })
    await admin.connect()
    try {
      await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
    } finally {
      await admin.end()
    }

    let stopped = false
    return {
      url: `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
      port,
      dir,
      async stop() {
        if (stopped) return
        stopped = true
        try {
          await runServerTool(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
        } finally {
          running.delete(dir)
          rmSync(dir, { recursive: true, force: true })
        }
      },
    }
  } catch (err) {
    if (started) {
      await runServerTool(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {})
      running.delete(dir)
    }
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
}
