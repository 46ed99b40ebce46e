import { createHash } from 'node:crypto'
import type { Mention, RoleValue } from '../model/annotations.js'
import type { Span } from '../model/span.js'

/** A canonical name compared across documents: NFKC, whitespace collapsed, lower case. */
export const normalizeName = (name: string): string =>
  name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()

/**
 * What makes two mentions the same stored entity: the reference id when the gazetteer knows it
 * (`ref:Q184`), else the type and normalised canonical name (`PERSON:alexander lukashenko`).
 * Deliberately naive: cross-document resolution (transliterations, aliases) is analysis's job
 * and adds its canonical ids beside these, never over them.
 */
export const entityKey = (m: Pick<Mention, 'ref' | 'type' | 'canonical'>): string =>
  m.ref ? `ref:${m.ref}` : `${m.type}:${normalizeName(m.canonical)}`

/** Stable entity id: the first 16 hex digits of the SHA-256 of the entity key. */
export const entityId = (m: Pick<Mention, 'ref' | 'type' | 'canonical'>): string =>
  createHash('sha256').update(entityKey(m)).digest('hex').slice(0, 16)

export interface EntityRow {
  readonly id: string
  /** The first canonical name seen. */
  readonly name: string
  readonly type: string
  readonly ref: string | null
  /** Canonical names and surface texts seen, distinct and sorted. */
  readonly aliases: readonly string[]
}

/** The entities a document's mentions denote, sorted by id (a stable lock order for upserts). */
export function documentEntities(text: string, mentions: readonly Mention[]): EntityRow[] {
  const byId = new Map<string, { name: string; type: string; ref: string | null; aliases: Set<string> }>()
  for (const m of mentions) {
    const id = entityId(m)
    let e = byId.get(id)
    if (!e) {
      e = { name: m.canonical, type: m.type, ref: m.ref, aliases: new Set() }
      byId.set(id, e)
    }
    e.aliases.add(m.canonical)
    const surface = text.slice(m.start, m.end).trim()
    if (surface) e.aliases.add(surface)
  }
  return [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, e]) => ({ id, name: e.name, type: e.type, ref: e.ref, aliases: [...e.aliases].sort() }))
}

const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end
const inside = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end

/**
 * The entity a claim role points to, through the document's mentions: the mention with the
 * role's span, else the first mention inside that span, else the first mention whose canonical
 * name equals the role's canonical name (or its text). Null when none fits.
 */
export function roleEntity(role: RoleValue | null, mentions: readonly Mention[]): string | null {
  if (!role) return null
  const span = role.span
  if (span) {
    const m = mentions.find((x) => sameSpan(x, span)) ?? mentions.find((x) => inside(span, x))
    if (m) return entityId(m)
  }
  const names = [role.canonical, role.text].filter((n): n is string => !!n).map(normalizeName)
  for (const name of names) {
    const m = mentions.find((x) => normalizeName(x.canonical) === name)
    if (m) return entityId(m)
  }
  return null
}
