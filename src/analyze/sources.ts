/**
 * Source reliability profiles (`data/sources.yaml`): who an origin is — an official body, a
 * monitoring project, a think tank, an outlet or anonymous — and the A–F reliability a
 * suggested grade starts from. Names match through the reference data's aliases, so "Hajun",
 * "Belaruski Hajun" and «Білоруський Гаюн» are one profile.
 *
 * ```ts
 * const profiles = loadSourceProfiles()
 * profiles.match('Belaruski Hajun') // { id: 'belarusian-hajun', kind: 'monitoring', reliability: 'B', … }
 * ```
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { loadReference, normaliseAlias, type Reference } from '../reference/load.js'

export const SOURCE_KINDS = ['official', 'monitoring', 'think-tank', 'outlet', 'anonymous'] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export type Reliability = (typeof RELIABILITY)[number]

/** What each letter means (STANAG 2511). */
export const RELIABILITY_WORDS: Readonly<Record<Reliability, string>> = Object.freeze({
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
})

const KindSchema = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  reliability: z.enum(RELIABILITY),
  note: z.string().optional(),
})

const SourceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-kebab-case ASCII'),
    ref: z.string().optional(),
    names: z.array(z.string().min(1)).optional(),
    kind: z.enum(SOURCE_KINDS),
    reliability: z.enum(RELIABILITY),
    note: z.string().optional(),
  })
  .refine((s) => s.ref || s.names?.length, 'a source needs a `ref` or `names`')

const FileSchema = z.strictObject({
  kinds: z.array(KindSchema),
  sources: z.array(SourceSchema),
})

export interface SourceProfile {
  readonly id: string
  /** Display name: the reference entity's name, else the first of `names`. */
  readonly name: string
  readonly kind: SourceKind
  readonly reliability: Reliability
  readonly note: string | null
}

export interface SourceProfiles {
  readonly kinds: ReadonlyMap<SourceKind, { reliability: Reliability; note: string | null }>
  readonly byId: ReadonlyMap<string, SourceProfile>
  /** The profile a name denotes (any alias, any script), else null. */
  match(name: string | null | undefined): SourceProfile | null
}

/** Bad `data/sources.yaml`: names the entry. */
export class SourceProfileError extends Error {
  readonly code = 'DOSSIER_E_REFERENCE_DATA'
}

/** Parses and checks a sources file's content against the reference data. */
export function parseSourceProfiles(
  content: string,
  reference: Reference,
  file = 'sources.yaml',
): SourceProfiles {
  const parsed = FileSchema.safeParse(parseYaml(content))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new SourceProfileError(`${file}: ${issue.path.join('.')}: ${issue.message}`)
  }
  const kinds = new Map<SourceKind, { reliability: Reliability; note: string | null }>()
  for (const k of parsed.data.kinds) kinds.set(k.kind, { reliability: k.reliability, note: k.note ?? null })
  for (const k of SOURCE_KINDS) {
    if (!kinds.has(k)) throw new SourceProfileError(`${file}: kinds: no entry for kind "${k}"`)
  }
  const byId = new Map<string, SourceProfile>()
  const byName = new Map<string, SourceProfile>()
  for (const [i, s] of parsed.data.sources.entries()) {
    if (byId.has(s.id))
      throw new SourceProfileError(`${file}: sources (entry ${i}, id ${s.id}): id listed twice`)
    const ref = s.ref ? reference.byId.get(s.ref) : undefined
    if (s.ref && !ref) {
      throw new SourceProfileError(
        `${file}: sources (entry ${i}, id ${s.id}): ref "${s.ref}" is not in data/entities`,
      )
    }
    const profile: SourceProfile = {
      id: s.id,
      name: ref?.name ?? s.names![0]!,
      kind: s.kind,
      reliability: s.reliability,
      note: s.note ?? null,
    }
    byId.set(s.id, profile)
    const names = [...(ref ? [ref.name, ...ref.aliases] : []), ...(s.names ?? [])]
    for (const n of names) {
      const key = normaliseAlias(n)
      const other = byName.get(key)
      if (other && other.id !== s.id) {
        throw new SourceProfileError(
          `${file}: sources (entry ${i}, id ${s.id}): "${n}" also names ${other.id}`,
        )
      }
      byName.set(key, profile)
    }
  }
  return {
    kinds,
    byId,
    match(name) {
      if (!name?.trim()) return null
      const key = normaliseAlias(name.replace(/^the\s+/i, ''))
      return byName.get(key) ?? byName.get(normaliseAlias(name)) ?? null
    },
  }
}

let cached: SourceProfiles | null = null

/** The profiles in the package's `data/sources.yaml` (or `dataDir`'s), validated; cached for the default folder. */
export function loadSourceProfiles(options: { readonly dataDir?: string } = {}): SourceProfiles {
  if (!options.dataDir && cached) return cached
  const reference = loadReference(options.dataDir ? { dataDir: options.dataDir } : {})
  const file = join(reference.dataDir, 'sources.yaml')
  const profiles = parseSourceProfiles(readFileSync(file, 'utf8'), reference, file)
  if (!options.dataDir) cached = profiles
  return profiles
}
