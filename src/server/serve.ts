/**
 * Puts the API and the built UI on a socket — loopback (127.0.0.1) unless told otherwise.
 *
 * ```ts
 * const server = await startServer({ store, port: 0 })
 * console.log(server.url) // http://127.0.0.1:40123/
 * await server.close()
 * ```
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAdaptorServer } from '@hono/node-server'
import { type AppOptions, createApp } from './app.js'

export interface ServeOptions extends AppOptions {
  readonly host?: string
  /** 0 picks a free port. */
  readonly port?: number
}

export interface RunningServer {
  readonly url: string
  readonly host: string
  readonly port: number
  close(): Promise<void>
}

export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_PORT = 4173

/** Whether a host name binds only to this machine. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)

/** The built UI shipped beside the compiled server (`dist/web`), or null when it was not built. */
export function defaultWebRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url))
  for (const dir of [join(here, '../web'), join(here, '../../dist/web')]) {
    if (existsSync(join(dir, 'index.html'))) return dir
  }
  return null
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const { host = DEFAULT_HOST, port = DEFAULT_PORT, ...appOptions } = options
  const app = createApp(appOptions)
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shown}:${address.port}/`,
    host: address.address,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
