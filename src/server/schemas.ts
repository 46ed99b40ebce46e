/**
 * The API's boundary: zod schemas for every path parameter, query and response. Inputs are
 * parsed with them (unknown query parameters are refused, so a typo is an error rather than a
 * silently ignored filter); responses are described by them in the OpenAPI document and checked
 * against them in the tests. Types are inferred from the schemas, so the two cannot drift.
 */
import { z } from 'zod'
import { ENTITY_TYPES, HEDGES, RELATIONS } from '../model/annotations.js'

/** Result counts: every list is paginated and capped. */
export const MAX_LIMIT = 200
export const DEFAULT_LIMIT = 50

const limit = (def = DEFAULT_LIMIT, max = MAX_LIMIT) =>
  z.coerce.number().int().min(1).max(max).default(def).describe(`at most this many results (1–${max})`)
const offset = z.coerce
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .default(0)
  .describe('skip this many results (pagination)')

// ---------------------------------------------------------------- path parameters

/** A document id (SHA-256 hex) or a unique prefix of at least 6 characters. */
export const DocId = z
  .string()
  .regex(/^[0-9a-fA-F]{6,64}$/, 'a document id is 6 to 64 hexadecimal characters')
  .transform((s) => s.toLowerCase())
/** A stored entity id: 16 hexadecimal characters. */
export const EntityId = z
  .string()
  .regex(/^[0-9a-f]{16}$/, 'an entity id is 16 lower-case hexadecimal characters')
export const ClaimId = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, 'not a claim id')
export const ClusterId = z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, 'not a cluster id')

export const DocParams = z.strictObject({ id: DocId })
export const EntityParams = z.strictObject({ id: EntityId })
export const ClaimParams = z.strictObject({ id: ClaimId })
export const ClusterParams = z.strictObject({ id: ClusterId })

// ---------------------------------------------------------------- queries

export const EntityType = z.enum(ENTITY_TYPES)
export const Relation = z.enum(RELATIONS)
export const Hedge = z.enum(HEDGES)
/** Admiralty code: source reliability A–F and information credibility 1–6, e.g. `B2`. */
export const Grade = z.string().regex(/^[A-F][1-6]$/, 'a grade is a letter A–F and a digit 1–6, e.g. B2')

export const PageQuery = z.strictObject({ limit: limit(), offset })

export const DocumentsQuery = PageQuery

export const EntitiesQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().describe('name or alias contains this (case-insensitive)'),
  type: EntityType.optional(),
  limit: limit(),
  offset,
})

export const ClaimsQuery = z.strictObject({
  relation: Relation.optional(),
  entity: EntityId.optional().describe('claims in which this entity fills any role'),
  source: z.string().trim().min(1).max(200).optional().describe('outlet or attributed source contains this'),
  hedge: Hedge.optional(),
  grade: Grade.optional().describe('needs cross-document analysis'),
  doc: DocId.optional(),
  format: z.enum(['json', 'csv']).default('json'),
  limit: limit(DEFAULT_LIMIT, 10_000).describe('at most this many (1–200 as JSON, up to 10000 as CSV)'),
  offset,
})

export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1, 'give a search term').max(200),
  limit: limit(10, 50).describe('at most this many results of each kind (1–50)'),
})

export const TimelineQuery = z.strictObject({
  entity: EntityId.optional(),
  relation: Relation.optional(),
  from: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  limit: limit(100, 500),
  offset,
})

export const GraphQuery = z.strictObject({
  entity: EntityId,
  limit: limit(25, 100).describe('at most this many neighbours'),
})

export const PlacesQuery = z.strictObject({
  entity: EntityId.optional().describe('places mentioned in the documents that mention this entity'),
  limit: limit(100, 500),
})

export const ClustersQuery = z.strictObject({
  entity: EntityId.optional(),
  relation: Relation.optional(),
  limit: limit(),
  offset,
})

export const IngestQuery = z.strictObject({
  name: z
    .string()
    .regex(/^[\w.-]{1,100}$/, 'a file name of letters, digits, dot, dash and underscore')
    .optional()
    .describe('file name of a raw body; its extension picks the reader (.txt, .html, .jsonl, .xml…)'),
})

// ---------------------------------------------------------------- responses

export const SpanOut = z.object({ start: z.number().int(), end: z.number().int() })

export const RoleOut = z.object({
  text: z.string(),
  canonical: z.string().nullable(),
  span: SpanOut.optional(),
  entityId: z.string().nullable().describe('stored entity, when the role is linked to one'),
})

export const QuantityOut = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  text: z.string(),
  span: SpanOut.optional(),
})

export const TimeOut = z.object({
  text: z.string(),
  span: SpanOut.optional(),
  date: z.string().nullable(),
  end: z.string().nullable().optional(),
  precision: z.string(),
})

export const DocRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
})

export const GradeOut = z.object({
  reliability: z.string().describe('source reliability A–F'),
  credibility: z.number().int().describe('information credibility 1–6'),
  code: z.string().describe('e.g. B2'),
  likelihood: z.string().nullable().describe('ICD 203 wording, e.g. "likely"'),
  meaning: z.string().describe('"usually reliable source; possibly true"'),
  reasons: z.array(z.string()).describe('why this grade was suggested'),
})

export const ClaimOut = z.object({
  id: z.string(),
  relation: z.string(),
  agent: RoleOut.nullable(),
  recipient: RoleOut.nullable(),
  item: RoleOut.nullable(),
  place: RoleOut.nullable(),
  source: RoleOut.nullable(),
  quantity: QuantityOut.nullable(),
  time: TimeOut.nullable(),
  hedge: z.string(),
  evidence: SpanOut,
  evidenceText: z.string().describe('the cited sentence, sliced from the document text'),
  attribution: z.string().nullable(),
  document: DocRef,
  cluster: z
    .object({ id: z.string(), grade: GradeOut.nullable(), contradicted: z.boolean() })
    .nullable()
    .describe('null until cross-document analysis has clustered the claim'),
})

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })

export const DocumentSummaryOut = DocRef.extend({
  format: z.string(),
  origin: z.string(),
  language: z.string().nullable(),
  copyOf: z.string().nullable(),
  mentions: z.number().int(),
  claims: z.number().int(),
})

export const MentionOut = SpanOut.extend({
  type: z.string(),
  canonical: z.string(),
  entityId: z.string(),
  ref: z.string().nullable(),
  role: z.string().nullable(),
})

export const AttributionOut = z.object({
  id: z.string(),
  speaker: RoleOut.nullable(),
  role: z.string().nullable(),
  cue: z.string().nullable(),
  cueSpan: SpanOut.nullable(),
  outlet: z.string().nullable(),
  quote: SpanOut,
  parent: z.string().nullable(),
})

export const DocumentOut = DocumentSummaryOut.extend({
  text: z.string().describe('the text every span points into (UTF-16 offsets, end exclusive)'),
  cleanText: z.string(),
  boilerplate: z.array(SpanOut),
  sentences: z.array(SpanOut),
  mentions: z.array(MentionOut),
  claims: z.array(ClaimOut),
  attributions: z.array(AttributionOut),
  messages: z.array(
    z.object({ severity: z.string(), source: z.string(), rule: z.string(), reason: z.string() }),
  ),
  copySimilarity: z.number().nullable(),
})

export const EntitySummaryOut = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  ref: z.string().nullable(),
  aliases: z.array(z.string()),
  mentions: z.number().int(),
  documents: z.number().int(),
})

export const AliasOut = z.object({
  name: z.string(),
  script: z.string().describe('Latin, Cyrillic, Mixed or Other'),
})

export const QuoteOut = z.object({
  id: z.string(),
  speaker: RoleOut.nullable(),
  cue: z.string().nullable(),
  outlet: z.string().nullable(),
  quote: SpanOut,
  text: z.string(),
  document: DocRef,
})

export const CoMentionOut = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  documents: z.number().int(),
})

export const ContradictionOut = z.object({
  cluster: z.string(),
  label: z.string(),
  kind: z.string().describe('quantity, polarity or date'),
  reason: z.string().describe('what differs and by how much'),
  possibleTypo: z.string().nullable(),
  claims: z.array(z.string()).describe('a claim on each side'),
})

export const EntityOut = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  ref: z.string().nullable(),
  aliases: z.array(AliasOut),
  mentions: z.number().int(),
  documents: z.number().int(),
  claims: z
    .array(ClaimOut)
    .describe('the newest 50 claims the entity takes part in; page through all with /api/claims?entity='),
  claimsTotal: z.number().int().describe('all claims the entity takes part in'),
  quotesBy: z.array(QuoteOut),
  quotesAbout: z.array(QuoteOut),
  coMentions: z.array(CoMentionOut).describe('the 20 entities most often named in the same documents'),
  coMentionBasis: z
    .object({ documents: z.number().int(), capped: z.boolean() })
    .describe(
      'co-mentions are counted over this many of its documents (the first by id); capped when not all',
    ),
  analysis: z.boolean().describe('whether grades and contradictions come from cross-document analysis'),
  contradictions: z.array(ContradictionOut),
})

export const SearchOut = z.object({
  query: z.string(),
  entities: z.array(EntitySummaryOut.extend({ score: z.number() })),
  claims: z.array(ClaimOut),
  documents: z.array(
    DocRef.extend({
      rank: z.number(),
      snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
    }),
  ),
  documentBasis: z
    .object({ matched: z.number().int(), ranked: z.number().int(), capped: z.boolean() })
    .describe(
      'documents matching the query, and how many of them (the most recently published) were ranked; capped when not all',
    ),
})

export const TimelineEventOut = ClaimOut.extend({
  date: z.string(),
  end: z.string().nullable(),
  precision: z.string(),
})

export const TimelineOut = Page(TimelineEventOut).extend({
  undated: z.number().int().describe('claims of the same filter without a resolved date'),
})

export const GraphNodeOut = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  documents: z.number().int(),
  center: z.boolean(),
})

export const GraphEdgeOut = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  kind: z.string().describe('a claim relation (SUPPLY, …) or CO_MENTION'),
  weight: z.number().int(),
  claims: z.array(z.string()).describe('claims behind a relation edge: click-through to evidence'),
  documents: z.array(z.string()).describe('documents behind a co-mention edge (first few)'),
})

export const GraphOut = z.object({
  center: z.string(),
  nodes: z.array(GraphNodeOut),
  edges: z.array(GraphEdgeOut),
})

export const PlaceOut = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  documents: z.number().int(),
  mentions: z.number().int(),
  country: z.string().nullable().describe('the world-atlas country this place is, when it is a country'),
  coordinates: z
    .tuple([z.number(), z.number()])
    .nullable()
    .describe('[longitude, latitude] from the gazetteer; null when it has no such place'),
  gazetteer: z.string().nullable().describe('the gazetteer entry used, "Name, CC"'),
})

export const PlacesOut = z.object({ items: z.array(PlaceOut) })

export const OriginOut = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.string().nullable(),
  reliability: z.string(),
  members: z.number().int().describe('member claims resting on this origin'),
  reason: z.string(),
})

export const ClusterOut = z.object({
  id: z.string(),
  relation: z.string(),
  label: z.string(),
  memberCount: z.number().int(),
  outletCount: z.number().int(),
  originCount: z.number().int(),
  timeFrom: z.string().nullable(),
  timeTo: z.string().nullable(),
  grade: GradeOut.nullable(),
  contradicted: z.boolean(),
  members: z.array(ClaimOut).describe('member claims (the first 200), with evidence'),
  origins: z.array(OriginOut).describe('independent origins behind the members'),
  contradictions: z.array(ContradictionOut),
})

export const ClusterSummaryOut = ClusterOut.omit({ members: true, origins: true, contradictions: true })

export const StatsOut = z.object({
  engine: z.string(),
  counts: z.record(z.string(), z.number()),
  analysis: z.boolean(),
  writable: z.boolean().describe('whether a token is configured for writes'),
})

export const IngestOut = z.object({
  files: z.number().int(),
  stored: z.number().int(),
  existing: z.number().int(),
  copies: z.number().int(),
  failed: z.array(z.object({ input: z.string(), code: z.string(), message: z.string() })),
  documents: z.array(z.object({ id: z.string(), status: z.string(), copyOf: z.string().nullable() })),
})

export const ErrorOut = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
})

export type ClaimOut = z.infer<typeof ClaimOut>
export type RoleOut = z.infer<typeof RoleOut>
export type DocRef = z.infer<typeof DocRef>
export type DocumentOut = z.infer<typeof DocumentOut>
export type DocumentSummaryOut = z.infer<typeof DocumentSummaryOut>
export type EntitySummaryOut = z.infer<typeof EntitySummaryOut>
export type EntityOut = z.infer<typeof EntityOut>
export type QuoteOut = z.infer<typeof QuoteOut>
export type SearchOut = z.infer<typeof SearchOut>
export type TimelineOut = z.infer<typeof TimelineOut>
export type TimelineEventOut = z.infer<typeof TimelineEventOut>
export type GraphOut = z.infer<typeof GraphOut>
export type GraphEdgeOut = z.infer<typeof GraphEdgeOut>
export type PlaceOut = z.infer<typeof PlaceOut>
export type ClusterOut = z.infer<typeof ClusterOut>
export type ClusterSummaryOut = z.infer<typeof ClusterSummaryOut>
export type OriginOut = z.infer<typeof OriginOut>
export type ContradictionOut = z.infer<typeof ContradictionOut>
export type GradeOut = z.infer<typeof GradeOut>
export type StatsOut = z.infer<typeof StatsOut>
export type IngestOut = z.infer<typeof IngestOut>
export type PageOf<T> = { items: T[]; total: number; limit: number; offset: number }
