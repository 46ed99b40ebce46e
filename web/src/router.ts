/**
 * Routes live in the URL fragment (`#/entity/<id>`), so every view has a link that can be
 * bookmarked and the server needs no routing of its own.
 */
import { useEffect, useState } from 'react'

export interface Route {
  readonly path: string[]
  readonly query: URLSearchParams
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/'
  const [p = '/', q = ''] = raw.split('?', 2)
  return { path: p.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(q) }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash))
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash))
    window.addEventListener('hashchange', on)
    return () => window.removeEventListener('hashchange', on)
  }, [])
  return route
}

/** `#/claims?relation=SUPPLY` from path parts and the query values that are set. */
export function href(path: readonly string[], query: Record<string, string | undefined | null> = {}): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v) q.set(k, v)
  const s = q.toString()
  return `#/${path.map(encodeURIComponent).join('/')}${s ? `?${s}` : ''}`
}

export const navigate = (to: string): void => {
  window.location.hash = to.replace(/^#/, '')
}
