import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FreshPgliteDir, freshPgliteDir } from '../../test/support/pglite-store.js'
import { openStore, type Store } from '../store/index.js'
import { isLoopback, type RunningServer, startServer } from './serve.js'

let tmp: FreshPgliteDir
let store: Store
let server: RunningServer
let web: string

beforeAll(async () => {
  tmp = await freshPgliteDir()
  store = await openStore({ dataDir: tmp.dataDir })
  web = mkdtempSync(join(tmpdir(), 'dossier-web-'))
  mkdirSync(join(web, 'assets'))
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Dossier</title>')
  writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)')
  writeFileSync(join(tmpdir(), 'dossier-secret.txt'), 'secret')
  server = await startServer({ store, port: 0, webRoot: web })
})

afterAll(async () => {
  await server?.close()
  await store?.close()
  tmp?.remove()
  rmSync(web, { recursive: true, force: true })
})

describe('startServer', () => {
  it('binds to loopback by default and serves the API', async () => {
    expect(server.host).toBe('127.0.0.1')
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const res = await fetch(new URL('/api/stats', server.url))
    expect(res.status).toBe(200)
    expect(((await res.json()) as { counts: { documents: number } }).counts.documents).toBe(0)
  })

  it('serves the UI files, index.html as fallback, nothing outside the folder', async () => {
    const asset = await fetch(new URL('/assets/app-1234.js', server.url))
    expect(asset.headers.get('content-type')).toMatch(/javascript/)
    expect(asset.headers.get('cache-control')).toMatch(/immutable/)
    const page = await fetch(new URL('/entity/abc', server.url))
    expect(await page.text()).toContain('<title>Dossier</title>')
    const outside = await fetch(new URL('/..%2f..%2fdossier-secret.txt', server.url))
    expect(await outside.text()).not.toContain('secret')
  })

  it('tells loopback hosts from others', () => {
    expect(['127.0.0.1', 'localhost', '::1', '127.1.2.3'].map(isLoopback)).toEqual([true, true, true, true])
    expect(['0.0.0.0', '192.168.1.2', '::'].map(isLoopback)).toEqual([false, false, false])
  })
})
