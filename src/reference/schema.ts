import { z } from 'zod'
import { ENTITY_TYPES } from '../model/annotations.js'

/** Sanctions lists an entity can be on: the EU, the United States, the UK, Ukraine, Japan, Canada, Switzerland, Australia. */
export const SANCTIONS_LISTS = ['EU', 'US', 'UK', 'UA', 'JP', 'CA', 'CH', 'AU'] as const

const surface = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s{2,}/.test(s), 'no leading, trailing or doubled whitespace')

/** One entry of `data/entities/*.yaml`. */
export const RefEntitySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-kebab-case ASCII'),
    type: z.enum(ENTITY_TYPES),
    name: surface,
    aliases: z.array(surface).default([]),
    /** Aliases (or the name) that are also ordinary words or other things; the matcher needs context. */
    ambiguous: z.array(surface).optional(),
    qid: z
      .string()
      .regex(/^Q[1-9]\d*$/, 'qid must look like Q123')
      .optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code')
      .optional(),
    roles: z.array(surface).optional(),
    parent: z.string().optional(),
    sanctions: z.array(z.enum(SANCTIONS_LISTS)).optional(),
    note: z.string().optional(),
  })
  .superRefine((entity, ctx) => {
    const listed = new Set([entity.name, ...entity.aliases])
    for (const a of entity.ambiguous ?? []) {
      if (!listed.has(a)) {
        ctx.addIssue({
          code: 'custom',
          path: ['ambiguous'],
          message: `"${a}" is neither the name nor an alias`,
        })
      }
    }
    const seen = new Set<string>()
    for (const a of entity.aliases) {
      if (seen.has(a)) ctx.addIssue({ code: 'custom', path: ['aliases'], message: `"${a}" is listed twice` })
      seen.add(a)
      if (a === entity.name) {
        ctx.addIssue({ code: 'custom', path: ['aliases'], message: `"${a}" repeats the name` })
      }
    }
  })

export type RefEntity = z.infer<typeof RefEntitySchema>
export const EntityFileSchema = z.array(z.unknown())

export const TITLE_KINDS = ['honorific', 'office', 'rank', 'role'] as const
export const TitleSchema = z.strictObject({ title: surface, kind: z.enum(TITLE_KINDS) })
export type Title = z.infer<typeof TitleSchema>

export const CUE_KINDS = ['say', 'report', 'belief', 'nominal', 'according'] as const
export const SpeechCueSchema = z.strictObject({
  cue: surface,
  kind: z.enum(CUE_KINDS),
  example: z.string().min(1),
})
export type SpeechCue = z.infer<typeof SpeechCueSchema>

/** ICD 203 expressions of likelihood, from lowest to highest. */
export const ICD203_TERMS = [
  'almost no chance',
  'very unlikely',
  'unlikely',
  'roughly even chance',
  'likely',
  'very likely',
  'almost certain',
] as const
export const HedgeSchema = z.strictObject({
  expression: surface,
  hedge: z.enum(['likely', 'possible', 'denied', 'reported']),
  /** Empty when the expression has no ICD 203 counterpart. */
  icd203: z.preprocess((v) => (v === '' ? null : v), z.enum(ICD203_TERMS).nullable()),
})
export type HedgeCue = z.infer<typeof HedgeSchema>

export const UnitSchema = z.strictObject({
  surface,
  unit: surface,
  factor: z.coerce.number().positive(),
})
export type UnitName = z.infer<typeof UnitSchema>

export const ORG_SUFFIX_TYPES = ['ORG', 'UNIT', 'FACILITY', 'EVENT'] as const
export const OrgSuffixSchema = z.strictObject({ suffix: surface, type: z.enum(ORG_SUFFIX_TYPES) })
export type OrgSuffix = z.infer<typeof OrgSuffixSchema>

export const LegalFormSchema = z.strictObject({ form: surface, expansion: surface })
export type LegalForm = z.infer<typeof LegalFormSchema>

export const DemonymSchema = z.strictObject({ adjective: surface, country: surface })
export type Demonym = z.infer<typeof DemonymSchema>

/** `org`: nationality + noun is the armed forces (ORG); `none`: nationality + noun is not tagged. */
export const ForceNounSchema = z.strictObject({ noun: surface, tag: z.enum(['org', 'none']) })
export type ForceNoun = z.infer<typeof ForceNounSchema>

export const PLACE_KINDS = ['capital', 'city', 'town', 'village'] as const
export const PlaceAliasSchema = z.strictObject({
  alias: surface,
  geonames: surface,
  country: z.string().regex(/^[A-Z]{2}$/),
  kind: z.enum(PLACE_KINDS),
})
export type PlaceAlias = z.infer<typeof PlaceAliasSchema>
