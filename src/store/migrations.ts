import { StoreError } from './errors.js'
import type { Engine, Sql } from './sql.js'

/**
 * The schema, as an ordered list of migrations. Append only: never edit one that has shipped;
 * add the next `NNN-name` instead. Each runs once, in its own transaction, recorded in
 * `schema_migrations`.
 *
 * Conventions: spans are `start`/`"end"` (or `<role>_start`/`<role>_end`), UTF-16 code-unit
 * offsets into `documents.text`, end exclusive. PostgreSQL counts characters in code points, so
 * never cut text with `substr()` in SQL: slice in JavaScript. Per-document rows are keyed by
 * `(doc_id, idx)`, where `idx` is the position in the record's list.
 */
export interface Migration {
  readonly id: string
  readonly sql: string
}

const spanCheck = (start: string, end: string): string => `CHECK (${start} >= 0 AND ${end} >= ${start})`

export const MIGRATIONS: readonly Migration[] = Object.freeze([
  {
    id: '001-initial',
    sql: `
CREATE TABLE documents (
  id text PRIMARY KEY,                -- SHA-256 hex of text
  origin text NOT NULL,
  format text NOT NULL,
  title text,
  outlet text,
  url text,
  published text,                     -- ISO date or timestamp, as given or inferred
  language text,                      -- ISO 639-3
  raw text,                           -- the input as received; NULL when identical to text
  text text NOT NULL,                 -- what every span points into
  clean_text text NOT NULL,
  clean_map jsonb NOT NULL,           -- OffsetMap.toJSON(): clean offsets back to text
  signature bigint[] NOT NULL DEFAULT '{}',  -- MinHash of the clean text
  copy_of text REFERENCES documents (id) ON DELETE SET NULL,
  copy_similarity double precision,
  source_messages int NOT NULL DEFAULT 0,    -- how many of its messages came with the source
  ingested_at timestamptz NOT NULL DEFAULT now(),
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, clean_text), 'B')
  ) STORED,
  CHECK (copy_of IS NULL OR copy_of <> id)
);
CREATE INDEX documents_id_prefix ON documents (id text_pattern_ops);
CREATE INDEX documents_ingested ON documents (ingested_at, id);
CREATE INDEX documents_copy_of ON documents (copy_of) WHERE copy_of IS NOT NULL;
CREATE INDEX documents_tsv ON documents USING gin (tsv);

CREATE TABLE boilerplate (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx int NOT NULL,
  start int NOT NULL,
  "end" int NOT NULL,
  PRIMARY KEY (doc_id, idx),
  ${spanCheck('start', '"end"')}
);

CREATE TABLE sentences (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx int NOT NULL,
  start int NOT NULL,
  "end" int NOT NULL,
  PRIMARY KEY (doc_id, idx),
  ${spanCheck('start', '"end"')}
);

-- One row per distinct reference id, else per type + normalised canonical name, across all
-- documents; upserted on ingest. Cross-document resolution works beside it, never over it.
CREATE TABLE entities (
  id text PRIMARY KEY,
  name text NOT NULL,
  type text NOT NULL,
  ref text,
  aliases text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entities_ref ON entities (ref) WHERE ref IS NOT NULL;
CREATE INDEX entities_type_name ON entities (type, name);
CREATE INDEX entities_aliases ON entities USING gin (aliases);

CREATE TABLE mentions (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx int NOT NULL,
  start int NOT NULL,
  "end" int NOT NULL,
  type text NOT NULL,
  canonical text NOT NULL,
  ref text,
  rule text NOT NULL,
  role text,
  text text NOT NULL,                 -- derived from the span, kept for search
  entity_id text NOT NULL REFERENCES entities (id),
  PRIMARY KEY (doc_id, idx),
  ${spanCheck('start', '"end"')}
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE attributions (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id text NOT NULL,
  idx int NOT NULL,
  speaker jsonb,                      -- RoleValue
  role text,
  cue text,
  cue_start int,
  cue_end int,
  outlet text,
  quote_start int NOT NULL,
  quote_end int NOT NULL,
  parent_id text,
  PRIMARY KEY (doc_id, id),
  UNIQUE (doc_id, idx),
  FOREIGN KEY (doc_id, parent_id) REFERENCES attributions (doc_id, id),
  ${spanCheck('quote_start', 'quote_end')},
  ${spanCheck('cue_start', 'cue_end')}
);

CREATE TABLE claims (
  id text PRIMARY KEY,                -- deterministic: hash of document, relation, roles, span
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx int NOT NULL,
  relation text NOT NULL,
  agent jsonb,                        -- RoleValue
  recipient jsonb,
  item jsonb,
  place jsonb,
  source jsonb,
  agent_entity text REFERENCES entities (id),
  recipient_entity text REFERENCES entities (id),
  quantity jsonb,                     -- Quantity
  time jsonb,                         -- TimeValue
  hedge text NOT NULL,
  evidence_start int NOT NULL,
  evidence_end int NOT NULL,
  attribution_id text,
  UNIQUE (doc_id, idx),
  FOREIGN KEY (doc_id, attribution_id) REFERENCES attributions (doc_id, id),
  ${spanCheck('evidence_start', 'evidence_end')}
);
CREATE INDEX claims_relation ON claims (relation);
CREATE INDEX claims_agent_entity ON claims (agent_entity) WHERE agent_entity IS NOT NULL;
CREATE INDEX claims_recipient_entity ON claims (recipient_entity) WHERE recipient_entity IS NOT NULL;

CREATE TABLE messages (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  idx int NOT NULL,
  severity text NOT NULL,
  source text NOT NULL,
  rule text NOT NULL,
  reason text NOT NULL,
  start int,                          -- the message's place, when it has one
  "end" int,
  PRIMARY KEY (doc_id, idx),
  ${spanCheck('start', '"end"')}
);
CREATE INDEX messages_rule ON messages (rule);

-- Locality-sensitive hashing of the MinHash signatures: documents sharing any (band, hash) are
-- near-duplicate candidates, confirmed against documents.signature.
CREATE TABLE minhash_bands (
  band int NOT NULL,
  hash bigint NOT NULL,
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  PRIMARY KEY (band, hash, doc_id)
);
CREATE INDEX minhash_bands_doc ON minhash_bands (doc_id);
`,
  },
])

/**
 * Runs on every open, under the migration lock: creates the extensions when the server has them
 * (PGlite always does; on PostgreSQL they are "trusted", so a database owner may create them)
 * and the indexes that need them, so an extension installed later is picked up on the next open.
 */
const EXTENSIONS_SQL = `
DO $$
DECLARE e text;
BEGIN
  FOREACH e IN ARRAY ARRAY['pg_trgm', 'unaccent', 'fuzzystrmatch'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = e)
       AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = e) THEN
      BEGIN
        EXECUTE format('CREATE EXTENSION IF NOT EXISTS %I', e);
      EXCEPTION WHEN others THEN
        RAISE NOTICE 'extension % not created: %', e, SQLERRM;
      END;
    END IF;
  END LOOP;
END $$;
`

const TRIGRAM_INDEX_SQL = `
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS entities_name_trgm ON entities USING gin (name gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS mentions_canonical_trgm ON mentions USING gin (canonical gin_trgm_ops);
  END IF;
END $$;
`

/** Serialises migrations between processes opening the same database (workers). */
const LOCK = "SELECT pg_advisory_xact_lock(hashtext('dossier.schema_migrations'))"

export interface MigrationReport {
  /** Ids applied by this call, in order. */
  readonly applied: readonly string[]
}

/**
 * Brings the schema up to date: idempotent, safe to call on every open and from several
 * processes at once. Fails with `DOSSIER_E_STORE_OPEN` when the database holds migrations this
 * version does not know (it was written by a newer Dossier).
 */
export async function migrate(
  sql: Sql,
  migrations: readonly Migration[] = MIGRATIONS,
  location = 'the database',
): Promise<MigrationReport> {
  const known = new Set(migrations.map((m) => m.id))
  const done = await sql.transaction(async (tx) => {
    await tx.query(LOCK)
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         id text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       );
       ${EXTENSIONS_SQL}`,
    )
    const r = await tx.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')
    return r.rows.map((row) => row.id)
  })
  const unknown = done.filter((id) => !known.has(id))
  if (unknown.length) {
    throw new StoreError(
      'DOSSIER_E_STORE_OPEN',
      `${location} was written by a newer Dossier (unknown migrations: ${unknown.join(', ')})`,
    )
  }

  const applied: string[] = []
  for (const m of migrations) {
    if (done.includes(m.id)) continue
    const ran = await sql.transaction(async (tx) => {
      await tx.query(LOCK)
      // another process may have applied it while we waited for the lock
      const r = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [m.id])
      if (r.rows.length) return false
      await tx.exec(m.sql)
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id])
      return true
    })
    if (ran) applied.push(m.id)
  }
  await sql.transaction(async (tx) => {
    await tx.query(LOCK)
    await tx.exec(TRIGRAM_INDEX_SQL)
  })
  return { applied }
}

/** Opens-time helper: migrates and turns any failure into `DOSSIER_E_STORE_OPEN`. */
export async function migrateEngine(engine: Engine): Promise<MigrationReport> {
  try {
    return await migrate(engine, MIGRATIONS, engine.location)
  } catch (err) {
    if (err instanceof StoreError) throw err
    throw new StoreError(
      'DOSSIER_E_STORE_OPEN',
      `cannot migrate the store at ${engine.location}: ${(err as Error).message}`,
      { cause: err },
    )
  }
}
