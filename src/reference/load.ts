import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { normaliseAlias } from './normalise.js'
import {
  type Demonym,
  DemonymSchema,
  EntityFileSchema,
  type ForceNoun,
  ForceNounSchema,
  type HedgeCue,
  HedgeSchema,
  type LegalForm,
  LegalFormSchema,
  type OrgSuffix,
  OrgSuffixSchema,
  type PlaceAlias,
  PlaceAliasSchema,
  type RefEntity,
  RefEntitySchema,
  type SpeechCue,
  SpeechCueSchema,
  type Title,
  TitleSchema,
  type UnitName,
  UnitSchema,
} from './schema.js'
import { parseTsv } from './tsv.js'

export { normaliseAlias } from './normalise.js'
export type {
  Demonym,
  ForceNoun,
  HedgeCue,
  LegalForm,
  OrgSuffix,
  PlaceAlias,
  RefEntity,
  SpeechCue,
  Title,
  UnitName,
} from './schema.js'

export interface Lexicons {
  readonly titles: readonly Title[]
  readonly speechCues: readonly SpeechCue[]
  readonly hedges: readonly HedgeCue[]
  readonly units: readonly UnitName[]
  readonly orgSuffixes: readonly OrgSuffix[]
  readonly legalForms: readonly LegalForm[]
  readonly firstNames: ReadonlySet<string>
  readonly demonyms: readonly Demonym[]
  readonly forceNouns: readonly ForceNoun[]
}

/** Everything under `data/`, validated. */
export interface Reference {
  /** The data folder it was read from. */
  readonly dataDir: string
  readonly entities: readonly RefEntity[]
  readonly byId: ReadonlyMap<string, RefEntity>
  /** Normalised alias (see `normaliseAlias`; names included) → the entities that carry it. */
  readonly byAlias: ReadonlyMap<string, readonly RefEntity[]>
  readonly lexicons: Lexicons
  readonly placeAliases: readonly PlaceAlias[]
}

export interface LoadOptions {
  /** Read from this folder instead of the package's `data/`; such loads are not cached. */
  readonly dataDir?: string
}

/** Bad reference data: names the file and, when known, the entry. */
export class ReferenceDataError extends Error {
  readonly code = 'DOSSIER_E_REFERENCE_DATA'
  constructor(
    readonly file: string,
    readonly entry: string | null,
    detail: string,
  ) {
    super(`${file}${entry ? ` (${entry})` : ''}: ${detail}`)
    this.name = 'ReferenceDataError'
  }
}

let cached: Reference | null = null

/**
 * Loads and validates the reference data once per process; later calls return the same object.
 *
 * @example loadReference().byId.get('alexander-lukashenko')?.name // 'Alexander Lukashenko'
 */
export function loadReference(options: LoadOptions = {}): Reference {
  if (options.dataDir !== undefined) return readReference(options.dataDir)
  cached ??= readReference(defaultDataDir())
  return cached
}

/**
 * The `data/` folder beside the nearest ancestor `package.json` named "dossier", found from this
 * module's own location so that it works from `src/` (vitest, tsx) and from `dist/` alike.
 */
export function defaultDataDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name
      if (name === 'dossier') return join(dir, 'data')
    }
    const up = dirname(dir)
    if (up === dir) throw new ReferenceDataError(from, null, 'no ancestor package.json named "dossier"')
    dir = up
  }
}

function readReference(dataDir: string): Reference {
  const entities = readEntities(dataDir)
  const lex = (name: string) => join(dataDir, 'lexicons', name)
  const lexicons: Lexicons = {
    titles: readTable(dataDir, lex('titles.tsv'), ['title', 'kind'], TitleSchema),
    speechCues: readTable(dataDir, lex('speech-cues.tsv'), ['cue', 'kind', 'example'], SpeechCueSchema),
    hedges: readTable(dataDir, lex('hedges.tsv'), ['expression', 'hedge', 'icd203'], HedgeSchema),
    units: readTable(dataDir, lex('units.tsv'), ['surface', 'unit', 'factor'], UnitSchema),
    orgSuffixes: readTable(dataDir, lex('org-suffixes.tsv'), ['suffix', 'type'], OrgSuffixSchema),
    legalForms: readTable(dataDir, lex('legal-forms.tsv'), ['form', 'expansion'], LegalFormSchema),
    firstNames: readFirstNames(dataDir, lex('first-names.txt')),
    demonyms: readTable(dataDir, lex('demonyms.tsv'), ['adjective', 'country'], DemonymSchema),
    forceNouns: readTable(dataDir, lex('force-nouns.tsv'), ['noun', 'tag'], ForceNounSchema),
  }
  const placeAliases = readTable(
    dataDir,
    join(dataDir, 'places', 'aliases.tsv'),
    ['alias', 'geonames', 'country', 'kind'],
    PlaceAliasSchema,
  )
  const byId = new Map(entities.map((e) => [e.id, e]))
  const byAlias = new Map<string, RefEntity[]>()
  for (const entity of entities) {
    for (const key of new Set(surfacesOf(entity).map(normaliseAlias))) {
      const list = byAlias.get(key)
      if (list) list.push(entity)
      else byAlias.set(key, [entity])
    }
  }
  return deepFreeze({ dataDir, entities, byId, byAlias, lexicons, placeAliases })
}

const holdersCache = new WeakMap<Reference, ReadonlyMap<string, readonly string[]>>()

/**
 * Role phrase (lowercased) → the reference people who hold it ("russian president" → Vladimir
 * Putin), built once per reference data set.
 */
export function roleHoldersOf(reference: Reference): ReadonlyMap<string, readonly string[]> {
  let map = holdersCache.get(reference)
  if (!map) {
    const out = new Map<string, string[]>()
    for (const e of reference.entities) {
      if (e.type !== 'PERSON') continue
      for (const r of e.roles ?? []) {
        const k = r.toLowerCase()
        out.set(k, [...(out.get(k) ?? []), e.name])
      }
    }
    map = out
    holdersCache.set(reference, map)
  }
  return map
}

/** The name and the aliases of an entity: every surface it can be matched by. */
export function surfacesOf(entity: RefEntity): string[] {
  return [entity.name, ...entity.aliases]
}

/**
 * Aliases (normalised) carried by more than one entity where not every one of them marks it
 * ambiguous. Reference data is consistent when this is empty.
 */
export function findAliasConflicts(
  entities: readonly RefEntity[],
): { alias: string; ids: string[]; unmarked: string[] }[] {
  const holders = new Map<string, { id: string; marked: boolean }[]>()
  for (const entity of entities) {
    const marked = new Set((entity.ambiguous ?? []).map(normaliseAlias))
    const keys = new Set(surfacesOf(entity).map(normaliseAlias))
    for (const key of keys) {
      const list = holders.get(key) ?? []
      list.push({ id: entity.id, marked: marked.has(key) })
      holders.set(key, list)
    }
  }
  return [...holders]
    .filter(([, list]) => list.length > 1 && list.some((h) => !h.marked))
    .map(([alias, list]) => ({
      alias,
      ids: list.map((h) => h.id),
      unmarked: list.filter((h) => !h.marked).map((h) => h.id),
    }))
}

function readEntities(dataDir: string): RefEntity[] {
  const folder = join(dataDir, 'entities')
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
  if (files.length === 0) throw new ReferenceDataError(folder, null, 'no *.yaml files')
  const entities: RefEntity[] = []
  const fileOf = new Map<string, string>()
  for (const name of files) {
    const path = join(folder, name)
    const file = relative(dataDir, path)
    let doc: unknown
    try {
      doc = parseYaml(readFileSync(path, 'utf8'))
    } catch (error) {
      throw new ReferenceDataError(file, null, `not valid YAML: ${(error as Error).message}`)
    }
    const list = EntityFileSchema.safeParse(doc)
    if (!list.success) throw new ReferenceDataError(file, null, 'must be a YAML list of entities')
    list.data.forEach((raw, index) => {
      const label = entryLabel(raw, index)
      const parsed = RefEntitySchema.safeParse(raw)
      if (!parsed.success) throw new ReferenceDataError(file, label, describe(parsed.error))
      const previous = fileOf.get(parsed.data.id)
      if (previous) throw new ReferenceDataError(file, label, `id already used in ${previous}`)
      fileOf.set(parsed.data.id, file)
      entities.push(parsed.data)
    })
  }
  for (const entity of entities) {
    if (entity.parent !== undefined && !fileOf.has(entity.parent)) {
      throw new ReferenceDataError(
        fileOf.get(entity.id) ?? 'entities',
        `id ${entity.id}`,
        `parent "${entity.parent}" is no known id`,
      )
    }
  }
  return entities
}

function readTable<S extends z.ZodType>(
  dataDir: string,
  path: string,
  columns: readonly string[],
  schema: S,
): z.output<S>[] {
  const file = relative(dataDir, path)
  let rows: ReturnType<typeof parseTsv>
  try {
    rows = parseTsv(readFileSync(path, 'utf8'), columns)
  } catch (error) {
    throw new ReferenceDataError(file, null, (error as Error).message)
  }
  return rows.map((row) => {
    const parsed = schema.safeParse(row.cells)
    if (!parsed.success) throw new ReferenceDataError(file, `line ${row.line}`, describe(parsed.error))
    return parsed.data
  })
}

function readFirstNames(dataDir: string, path: string): ReadonlySet<string> {
  const file = relative(dataDir, path)
  const names = new Set<string>()
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const name = raw.trim()
      if (name === '' || name.startsWith('#')) return
      if (!/^\p{Lu}[\p{L}'’-]*$/u.test(name)) {
        throw new ReferenceDataError(file, `line ${index + 1}`, `"${name}" is not a capitalised single name`)
      }
      names.add(name)
    })
  return names
}

function entryLabel(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined
  return typeof id === 'string' ? `entry ${index + 1}, id ${id}` : `entry ${index + 1}`
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ')
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    const children =
      value instanceof Map ? [...value.values()] : value instanceof Set ? [] : Object.values(value)
    for (const child of children) deepFreeze(child)
  }
  return value
}
