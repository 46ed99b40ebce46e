import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { z } from 'zod'
import { CONTRACT_ENTITY_TYPES, CONTRACT_HEDGES, CONTRACT_RELATIONS } from './contract.js'

/*
 * Gold annotation files, in the schema of the development corpus README
 * (`../shared/corpus/README.md`). Fields the scorer reads are required and typed; the
 * descriptive metadata (seed_file, title, outlet, published, sha256) is typed when present but
 * may be missing, so a gold file the reference scorer can score is never refused for lacking it.
 * `agent` and `item` also accept null: the reference scorer handles a null agent (only a null
 * predicted agent matches it), and refusing the whole corpus over it would be worse.
 */

const nullableString = z.string().nullable()

export const goldEntitySchema = z.object({
  text: z.string().min(1),
  type: z.enum(CONTRACT_ENTITY_TYPES),
  canonical: z.string().min(1),
})

export const goldQuantitySchema = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: nullableString,
  text: nullableString,
})

export const goldClaimSchema = z.object({
  relation: z.enum(CONTRACT_RELATIONS),
  agent: nullableString,
  recipient: nullableString,
  item: nullableString,
  quantity: goldQuantitySchema.nullable(),
  time: nullableString,
  place: nullableString,
  source: nullableString,
  hedge: z.enum(CONTRACT_HEDGES),
  evidence: z.string().min(1),
})

export const goldAttributionSchema = z.object({
  speaker: z.string().min(1),
  speaker_text: nullableString,
  role: nullableString,
  cue: nullableString,
  outlet: nullableString,
  quote: z.string().min(1),
})

export const goldSchema = z.object({
  id: z.string().min(1),
  seed_file: z.string().optional(),
  title: z.string().optional(),
  outlet: nullableString.optional(),
  published: nullableString.optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'expected a SHA-256 hex digest')
    .optional(),
  entities: z.array(goldEntitySchema),
  claims: z.array(goldClaimSchema),
  attributions: z.array(goldAttributionSchema),
  boilerplate: z.array(z.string()),
})

export type GoldEntity = z.infer<typeof goldEntitySchema>
export type GoldQuantity = z.infer<typeof goldQuantitySchema>
export type GoldClaim = z.infer<typeof goldClaimSchema>
export type GoldAttribution = z.infer<typeof goldAttributionSchema>
export type Gold = z.infer<typeof goldSchema>

/** One gold document: its id (the file stem), raw text (null when `<id>.txt` is missing) and annotation. */
export interface GoldDocument {
  readonly id: string
  readonly text: string | null
  readonly gold: Gold
}

export class GoldFileError extends Error {
  readonly file: string
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`)
    this.name = 'GoldFileError'
    this.file = file
  }
}

/**
 * Validates parsed JSON as a gold file. Returns the object itself (not a zod copy), so key
 * order and any extra fields stay exactly as in the file, as the reference scorer sees them.
 */
export function parseGold(data: unknown, file: string, expectedId?: string): Gold {
  const r = goldSchema.safeParse(data)
  if (!r.success) throw new GoldFileError(file, `not a valid gold file:\n${z.prettifyError(r.error)}`)
  const gold = data as Gold
  if (expectedId !== undefined && gold.id !== expectedId)
    throw new GoldFileError(
      file,
      `"id" is ${JSON.stringify(gold.id)} but the file stem is ${JSON.stringify(expectedId)}`,
    )
  return gold
}

export interface LoadGoldOptions {
  /** Non-fatal findings: a missing `<id>.txt`, or a text whose SHA-256 differs from the gold's. */
  onWarning?: (message: string) => void
}

/** Gold ids of a directory, as the reference scorer lists them: `*.json` stems in default sort order. */
export function goldIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort()
}

/**
 * Reads every `<id>.json` of `dir` (sorted by id) with its text `<id>.txt`. Throws a
 * {@link GoldFileError} naming the file when one is not JSON or not a valid gold file, and an
 * error when the directory has no gold files.
 */
export function loadGold(dir: string, options: LoadGoldOptions = {}): GoldDocument[] {
  if (!existsSync(dir)) throw new Error(`gold directory not found: ${dir}`)
  const ids = goldIds(dir)
  if (!ids.length) throw new Error(`no gold .json files in ${dir}`)
  return ids.map((id) => {
    const file = join(dir, `${id}.json`)
    let data: unknown
    try {
      data = JSON.parse(readFileSync(file, 'utf8'))
    } catch (e) {
      throw new GoldFileError(file, `not readable as JSON (${(e as Error).message})`)
    }
    const gold = parseGold(data, file, id)
    const txtPath = join(dir, `${id}.txt`)
    let text: string | null = null
    if (existsSync(txtPath)) {
      const bytes = readFileSync(txtPath)
      text = bytes.toString('utf8')
      if (gold.sha256 && createHash('sha256').update(bytes).digest('hex') !== gold.sha256.toLowerCase())
        options.onWarning?.(`${txtPath}: SHA-256 differs from the gold file's; offsets may not match`)
    } else {
      options.onWarning?.(`${txtPath}: missing; claims, attributions and boilerplate of ${id} cannot match`)
    }
    return { id, text, gold }
  })
}
