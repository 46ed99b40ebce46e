/**
 * Serves the built UI from a folder: files by path, `index.html` for any other GET (the UI
 * routes in the URL fragment, so this is only a fallback), never anything outside the folder.
 */
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { Context } from 'hono'

const TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
})

export function staticFiles(root: string) {
  const base = resolve(root)
  return async (c: Context) => {
    let path: string
    try {
      path = decodeURIComponent(c.req.path)
    } catch {
      path = '/'
    }
    const file = normalize(join(base, path))
    const inside = file === base || file.startsWith(base + sep)
    const target = inside && (await isFile(file)) ? file : join(base, 'index.html')
    let body: Buffer
    try {
      body = await readFile(target)
    } catch {
      return c.text('the web UI is not built: run `npm run build`', 404)
    }
    const hashed = target.includes(`${sep}assets${sep}`)
    c.header('Content-Type', TYPES[extname(target)] ?? 'application/octet-stream')
    c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
    return c.body(new Uint8Array(body))
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}
