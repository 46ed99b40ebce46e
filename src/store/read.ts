import type {
  Attribution,
  Claim,
  EntityType,
  Hedge,
  Mention,
  Relation,
  RoleValue,
} from '../model/annotations.js'
import type { DocumentMeta, InputFormat, SourceDocument } from '../model/document.js'
import type { Message, Severity } from '../model/message.js'
import { OffsetMap } from '../model/offsets.js'
import type { DocumentRecord } from '../model/record.js'
import type { Span } from '../model/span.js'

/** A stored mention: the extracted mention plus the stored entity it was linked to. */
export interface StoredMention extends Mention {
  readonly entityId: string
}

/**
 * A document as read back: its metadata and texts, the offset map of the clean text, and every
 * annotation in the order it was saved. Spans point into `text`. `toRecord` gives back the
 * `DocumentRecord` that was saved.
 */
export interface StoredDocument extends DocumentMeta {
  readonly id: string
  readonly origin: string
  readonly format: InputFormat
  /** The input as received (equal to `text` for plain-text inputs). */
  readonly raw: string
  readonly text: string
  readonly cleanText: string
  /** Maps `cleanText` offsets back to `text`. */
  readonly cleanMap: OffsetMap
  readonly signature: readonly number[]
  /** Id of the earlier document this one is a near-duplicate of, and their estimated similarity. */
  readonly copyOf: string | null
  readonly copySimilarity: number | null
  readonly ingestedAt: Date
  readonly boilerplate: readonly Span[]
  readonly sentences: readonly Span[]
  readonly mentions: readonly StoredMention[]
  readonly claims: readonly Claim[]
  readonly attributions: readonly Attribution[]
  /** The source's messages followed by the pipeline's. */
  readonly messages: readonly Message[]
  /** How many of `messages` came with the source (reader, cleaning of the input). */
  readonly sourceMessages: number
}

export interface DocumentSummary extends DocumentMeta {
  readonly id: string
  readonly format: InputFormat
  readonly origin: string
  readonly copyOf: string | null
  readonly copySimilarity: number | null
  readonly sentences: number
  readonly mentions: number
  readonly claims: number
  readonly ingestedAt: Date
}

// Child rows come back as JSON arrays in the document's row: one round trip per document.
export const SELECT_DOCUMENT = `
SELECT d.id, d.origin, d.format, d.title, d.outlet, d.url, d.published, d.language, d.raw, d.text,
  d.clean_text, d.clean_map, d.signature::float8[] AS signature, d.copy_of, d.copy_similarity,
  d.source_messages, d.ingested_at,
  (SELECT coalesce(json_agg(json_build_array(b.start, b."end") ORDER BY b.idx), '[]')
     FROM boilerplate b WHERE b.doc_id = d.id) AS boilerplate,
  (SELECT coalesce(json_agg(json_build_array(s.start, s."end") ORDER BY s.idx), '[]')
     FROM sentences s WHERE s.doc_id = d.id) AS sentences,
  (SELECT coalesce(json_agg(json_build_array(m.start, m."end", m.type, m.canonical, m.ref, m.rule,
       m.role, m.entity_id) ORDER BY m.idx), '[]')
     FROM mentions m WHERE m.doc_id = d.id) AS mentions,
  (SELECT coalesce(json_agg(json_build_object('id', a.id, 'speaker', a.speaker, 'role', a.role,
       'cue', a.cue, 'cue_start', a.cue_start, 'cue_end', a.cue_end, 'outlet', a.outlet,
       'quote_start', a.quote_start, 'quote_end', a.quote_end, 'parent_id', a.parent_id) ORDER BY a.idx), '[]')
     FROM attributions a WHERE a.doc_id = d.id) AS attributions,
  (SELECT coalesce(json_agg(json_build_object('id', c.id, 'relation', c.relation, 'agent', c.agent,
       'recipient', c.recipient, 'item', c.item, 'place', c.place, 'source', c.source,
       'quantity', c.quantity, 'time', c.time, 'hedge', c.hedge, 'evidence_start', c.evidence_start,
       'evidence_end', c.evidence_end, 'attribution_id', c.attribution_id) ORDER BY c.idx), '[]')
     FROM claims c WHERE c.doc_id = d.id) AS claims,
  (SELECT coalesce(json_agg(json_build_array(g.severity, g.source, g.rule, g.reason, g.start, g."end")
       ORDER BY g.idx), '[]')
     FROM messages g WHERE g.doc_id = d.id) AS messages
FROM documents d
WHERE d.id = $1`

export interface DocumentRow {
  id: string
  origin: string
  format: InputFormat
  title: string | null
  outlet: string | null
  url: string | null
  published: string | null
  language: string | null
  raw: string | null
  text: string
  clean_text: string
  clean_map: { runs: number[]; derivedLength: number; sourceLength: number }
  signature: number[]
  copy_of: string | null
  copy_similarity: number | null
  source_messages: number
  ingested_at: Date
  boilerplate: [number, number][]
  sentences: [number, number][]
  mentions: [number, number, EntityType, string, string | null, string, string | null, string][]
  attributions: {
    id: string
    speaker: RoleValue | null
    role: string | null
    cue: string | null
    cue_start: number | null
    cue_end: number | null
    outlet: string | null
    quote_start: number
    quote_end: number
    parent_id: string | null
  }[]
  claims: {
    id: string
    relation: Relation
    agent: RoleValue | null
    recipient: RoleValue | null
    item: RoleValue | null
    place: RoleValue | null
    source: RoleValue | null
    quantity: Claim['quantity']
    time: Claim['time']
    hedge: Hedge
    evidence_start: number
    evidence_end: number
    attribution_id: string | null
  }[]
  messages: [Severity, string, string, string, number | null, number | null][]
}

const toSpan = ([start, end]: [number, number]): Span => ({ start, end })

/** Reads a document row; optional fields are absent when they were not set. */
export function documentFromRow(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    origin: row.origin,
    format: row.format,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    published: row.published,
    language: row.language,
    raw: row.raw ?? row.text,
    text: row.text,
    cleanText: row.clean_text,
    cleanMap: OffsetMap.fromJSON(row.clean_map),
    signature: row.signature.map(Number),
    copyOf: row.copy_of,
    copySimilarity: row.copy_similarity,
    ingestedAt: row.ingested_at,
    boilerplate: row.boilerplate.map(toSpan),
    sentences: row.sentences.map(toSpan),
    mentions: row.mentions.map(([start, end, type, canonical, ref, rule, role, entityId]) =>
      role === null
        ? { start, end, type, canonical, ref, rule, entityId }
        : { start, end, type, canonical, ref, rule, role, entityId },
    ),
    claims: row.claims.map((c) => ({
      id: c.id,
      relation: c.relation,
      agent: c.agent,
      recipient: c.recipient,
      item: c.item,
      quantity: c.quantity,
      time: c.time,
      place: c.place,
      source: c.source,
      hedge: c.hedge,
      evidence: { start: c.evidence_start, end: c.evidence_end },
      ...(c.attribution_id !== null ? { attribution: c.attribution_id } : {}),
    })),
    attributions: row.attributions.map((a) => ({
      id: a.id,
      speaker: a.speaker,
      role: a.role,
      cue: a.cue,
      ...(a.cue_start !== null && a.cue_end !== null
        ? { cueSpan: { start: a.cue_start, end: a.cue_end } }
        : {}),
      outlet: a.outlet,
      quote: { start: a.quote_start, end: a.quote_end },
      ...(a.parent_id !== null ? { parent: a.parent_id } : {}),
    })),
    messages: row.messages.map(([severity, source, rule, reason, start, end]) =>
      start === null || end === null
        ? { severity, source, rule, reason }
        : { severity, source, rule, reason, place: { start, end } },
    ),
    sourceMessages: row.source_messages,
  }
}

/**
 * The `DocumentRecord` a stored document was saved from (mentions keep their `entityId`).
 * `saveDocument(toRecord(await getDocument(id)))` is a no-op round trip.
 */
export function toRecord(doc: StoredDocument): DocumentRecord {
  const source: SourceDocument = {
    id: doc.id,
    raw: doc.raw,
    text: doc.text,
    format: doc.format,
    origin: doc.origin,
    meta: {
      title: doc.title,
      outlet: doc.outlet,
      url: doc.url,
      published: doc.published,
      language: doc.language,
    },
    messages: doc.messages.slice(0, doc.sourceMessages),
  }
  return {
    source,
    clean: { text: doc.cleanText, map: doc.cleanMap },
    boilerplate: doc.boilerplate,
    sentences: doc.sentences,
    mentions: doc.mentions,
    claims: doc.claims,
    attributions: doc.attributions,
    messages: doc.messages,
    signature: doc.signature,
    copyOf: doc.copyOf === null ? null : { id: doc.copyOf, similarity: doc.copySimilarity ?? 0 },
  }
}

export const SELECT_SUMMARIES = `
SELECT d.id, d.title, d.outlet, d.url, d.published, d.language, d.format, d.origin, d.copy_of,
  d.copy_similarity, d.ingested_at,
  (SELECT count(*)::int FROM sentences s WHERE s.doc_id = d.id) AS sentences,
  (SELECT count(*)::int FROM mentions m WHERE m.doc_id = d.id) AS mentions,
  (SELECT count(*)::int FROM claims c WHERE c.doc_id = d.id) AS claims
FROM documents d
ORDER BY d.ingested_at, d.id
LIMIT $1 OFFSET $2`

export interface SummaryRow {
  id: string
  title: string | null
  outlet: string | null
  url: string | null
  published: string | null
  language: string | null
  format: InputFormat
  origin: string
  copy_of: string | null
  copy_similarity: number | null
  ingested_at: Date
  sentences: number
  mentions: number
  claims: number
}

export const summaryFromRow = (r: SummaryRow): DocumentSummary => ({
  id: r.id,
  title: r.title,
  outlet: r.outlet,
  url: r.url,
  published: r.published,
  language: r.language,
  format: r.format,
  origin: r.origin,
  copyOf: r.copy_of,
  copySimilarity: r.copy_similarity,
  sentences: r.sentences,
  mentions: r.mentions,
  claims: r.claims,
  ingestedAt: r.ingested_at,
})
