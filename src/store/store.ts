import type { DocumentRecord } from '../model/record.js'
import { StoreError, storeError } from './errors.js'
import { bandKeys, MINHASH_BANDS } from './minhash-bands.js'
import {
  type DocumentRow,
  type DocumentSummary,
  documentFromRow,
  SELECT_DOCUMENT,
  SELECT_SUMMARIES,
  type StoredDocument,
  type SummaryRow,
  summaryFromRow,
} from './read.js'
import { insertDocument } from './save.js'
import type { Engine, Sql } from './sql.js'

export const COUNTED_TABLES = [
  'documents',
  'sentences',
  'mentions',
  'entities',
  'claims',
  'attributions',
  'messages',
] as const
export type CountedTable = (typeof COUNTED_TABLES)[number]

export interface NearDuplicateOptions {
  /** Lowest estimated Jaccard similarity that counts as a copy. */
  readonly threshold?: number
  /** LSH bands; must be the number the documents were saved with (`MINHASH_BANDS`). */
  readonly bands?: number
}

export interface ListOptions {
  /** At most this many (all when omitted). */
  readonly limit?: number
  readonly offset?: number
}

/** Shortest id prefix `getDocument` accepts. */
export const MIN_PREFIX = 6

/**
 * The evidence store: documents and everything extracted from them, on PGlite or PostgreSQL with
 * the same schema and queries. Every document is written in one transaction, idempotently on its
 * content hash.
 */
export interface Store {
  readonly engine: 'pglite' | 'postgres'
  /** Data folder, or the database URL without its password. */
  readonly location: string
  /**
   * The SQL seam, for read queries of analysis, search and the API (same dialect on both
   * engines). Documents are written only through `saveDocument`.
   */
  readonly sql: Sql
  hasDocument(id: string): Promise<boolean>
  /**
   * The earliest-ingested stored document whose MinHash signature is at or above `threshold`
   * (default 0.8) estimated Jaccard similarity to `signature`: candidates from the LSH bands,
   * confirmed against the stored signatures (same length only). Null when none.
   */
  findNearDuplicate(
    signature: readonly number[],
    options?: NearDuplicateOptions,
  ): Promise<{ id: string; similarity: number } | null>
  /**
   * Stores a document and all its rows in one transaction. 'exists', with nothing written, when
   * its id is stored already (also when a concurrent writer stored it first). A failure rolls
   * back every row of the document and throws `DOSSIER_E_STORE`.
   */
  saveDocument(record: DocumentRecord): Promise<'inserted' | 'exists'>
  /** Documents in ingest order (then id). */
  listDocuments(options?: ListOptions): Promise<DocumentSummary[]>
  /**
   * A document by id or unique id prefix (at least 6 characters), null when none matches.
   * Throws `DOSSIER_E_AMBIGUOUS` for a prefix matching several documents, or a shorter one.
   */
  getDocument(idOrPrefix: string): Promise<StoredDocument | null>
  counts(): Promise<Record<CountedTable, number>>
  /** pg_database_size on PostgreSQL; the data folder's size on PGlite. */
  sizeBytes(): Promise<number>
  close(): Promise<void>
}

const FIND_NEAR_DUPLICATE = `
WITH keys AS (
  SELECT * FROM unnest($1::int[], $2::bigint[]) AS k(band, hash)
), candidates AS (
  SELECT DISTINCT b.doc_id FROM minhash_bands b JOIN keys k ON b.band = k.band AND b.hash = k.hash
), scored AS (
  SELECT d.id, d.ingested_at,
    (SELECT count(*) FROM unnest(d.signature, $3::bigint[]) AS u(a, b) WHERE u.a = u.b)::float8
      / cardinality(d.signature) AS similarity
  FROM documents d JOIN candidates c ON c.doc_id = d.id
  WHERE cardinality(d.signature) = cardinality($3::bigint[])
)
SELECT id, similarity FROM scored
WHERE similarity >= $4
ORDER BY ingested_at, id
LIMIT 1`

const COUNTS = `SELECT ${COUNTED_TABLES.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`

async function wrapped<T>(context: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw storeError(context, err)
  }
}

/** The store over an open, migrated engine. */
export function createStore(engine: Engine): Store {
  const sql: Sql = { query: engine.query, exec: engine.exec, transaction: engine.transaction }

  async function resolveId(idOrPrefix: string): Promise<string | null> {
    const key = idOrPrefix.trim().toLowerCase()
    if (!/^[0-9a-f]+$/.test(key)) return null
    if (key.length < MIN_PREFIX) {
      throw new StoreError(
        'DOSSIER_E_AMBIGUOUS',
        `document id prefix "${key}" is too short: give at least ${MIN_PREFIX} characters`,
      )
    }
    const r = await sql.query<{ id: string }>(
      "SELECT id FROM documents WHERE id LIKE $1 || '%' ORDER BY id LIMIT 3",
      [key],
    )
    if (r.rows.length > 1) {
      throw new StoreError(
        'DOSSIER_E_AMBIGUOUS',
        `document id prefix "${key}" matches several documents (${r.rows.map((x) => x.id.slice(0, 12)).join(', ')}…)`,
      )
    }
    return r.rows[0]?.id ?? null
  }

  return {
    engine: engine.engine,
    location: engine.location,
    sql,

    hasDocument: (id) =>
      wrapped('checking a document', async () => {
        const r = await sql.query('SELECT 1 FROM documents WHERE id = $1', [id])
        return r.rows.length > 0
      }),

    findNearDuplicate: (signature, options = {}) =>
      wrapped('looking up near-duplicates', async () => {
        const { threshold = 0.8, bands = MINHASH_BANDS } = options
        const keys = bandKeys(signature, bands)
        if (!keys.length) return null
        const r = await sql.query<{ id: string; similarity: number }>(FIND_NEAR_DUPLICATE, [
          keys.map((_, i) => i),
          keys,
          [...signature],
          threshold,
        ])
        const row = r.rows[0]
        return row ? { id: row.id, similarity: Number(row.similarity) } : null
      }),

    saveDocument: (record) =>
      wrapped(`saving document ${record.source.id.slice(0, 12)} (${record.source.origin})`, () =>
        sql.transaction((tx) => insertDocument(tx, record)),
      ),

    listDocuments: (options = {}) =>
      wrapped('listing documents', async () => {
        const r = await sql.query<SummaryRow>(SELECT_SUMMARIES, [options.limit ?? null, options.offset ?? 0])
        return r.rows.map(summaryFromRow)
      }),

    getDocument: (idOrPrefix) =>
      wrapped('reading a document', async () => {
        const id = await resolveId(idOrPrefix)
        if (!id) return null
        const r = await sql.query<DocumentRow>(SELECT_DOCUMENT, [id])
        const row = r.rows[0]
        return row ? documentFromRow(row) : null
      }),

    counts: () =>
      wrapped('counting rows', async () => {
        const r = await sql.query<Record<CountedTable, number>>(COUNTS)
        const row = r.rows[0]!
        return Object.fromEntries(COUNTED_TABLES.map((t) => [t, Number(row[t])])) as Record<
          CountedTable,
          number
        >
      }),

    sizeBytes: () => wrapped('measuring the store', () => engine.sizeBytes()),
    close: () => engine.close(),
  }
}
