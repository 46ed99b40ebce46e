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

/**
 * 006's backfill: the rows `insertDocument` writes for a document, for every stored document.
 * The claim links say in SQL what `claimEntityLinks` says in JavaScript (a test holds the two
 * equal); per claim, only the mentions of its own document are read.
 */
const BACKFILL_ENTITY_READ_LINKS = `
INSERT INTO claim_entities (claim_id, entity_id, doc_id, idx, published)
SELECT DISTINCT c.id, x.entity_id, c.doc_id, c.idx, d.published
FROM claims c JOIN documents d ON d.id = c.doc_id
CROSS JOIN LATERAL (
  SELECT c.agent_entity WHERE c.agent_entity IS NOT NULL
  UNION ALL
  SELECT c.recipient_entity WHERE c.recipient_entity IS NOT NULL
  UNION ALL
  SELECT m.entity_id
  FROM (VALUES (c.agent), (c.recipient), (c.item), (c.place), (c.source)) AS r (v)
  JOIN mentions m ON m.doc_id = c.doc_id
    AND (r.v->'span'->>'start')::int <= m.start AND m."end" <= (r.v->'span'->>'end')::int
) AS x (entity_id);

INSERT INTO entity_documents (entity_id, doc_id, mentions)
SELECT entity_id, doc_id, count(*) FROM mentions GROUP BY entity_id, doc_id;

-- statistics for the planner now: PGlite runs no autovacuum daemon to gather them
ANALYZE claim_entities;
ANALYZE entity_documents;
`

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
  // Cross-document analysis (src/analyze), maintained incrementally: after a document is saved,
  // `analyzeDocument` files each of its claims into a cluster and updates only those clusters'
  // side tables. For the store's users: these tables are derived data, owned by src/analyze —
  // read them (or better, src/analyze's queries); write them only through src/analyze. Dropping
  // their rows and running `analyzePending` rebuilds them.
  {
    id: '002-analysis',
    sql: `
-- One row per analysed document, also those without claims: what analysis has seen.
CREATE TABLE analysis_documents (
  doc_id text PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  claims int NOT NULL,
  analysed_at timestamptz NOT NULL DEFAULT now()
);

-- Claims that state the same thing: same relation, resolved agent and recipient, item class
-- (key), compatible time (t_low…t_high, the envelope of the members' times).
CREATE TABLE analysis_clusters (
  id text PRIMARY KEY,
  key text NOT NULL,
  relation text NOT NULL,
  agent_key text,
  agent_label text,
  recipient_key text,
  recipient_label text,
  item_class text NOT NULL,
  label text NOT NULL,
  t_low text,                         -- ISO dates; NULL while no member is dated
  t_high text,
  members int NOT NULL DEFAULT 0,
  outlets int NOT NULL DEFAULT 0,
  origins int NOT NULL DEFAULT 0,
  contradictions int NOT NULL DEFAULT 0,
  reliability text,                   -- suggested grade, never a finding
  credibility int,
  likelihood text,
  main_figure text,
  grade_reasons jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX analysis_clusters_key ON analysis_clusters (key, created_at, id);
CREATE INDEX analysis_clusters_agent ON analysis_clusters (agent_key);
CREATE INDEX analysis_clusters_recipient ON analysis_clusters (recipient_key);

-- How each claim was read: keys, figure, origin, and the reasons.
CREATE TABLE analysis_claims (
  claim_id text PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  cluster_id text REFERENCES analysis_clusters (id) ON DELETE SET NULL,
  figure_key text NOT NULL,
  agent_key text,                     -- folded: a head of state or state body reads as the state
  recipient_key text,
  agent_ref text,                     -- unfolded: the entity named
  recipient_ref text,
  item_class text,
  item_model text,
  polarity text NOT NULL,
  hedge text NOT NULL,
  q_unit text,
  q_low double precision,
  q_high double precision,
  t_low text,
  t_high text,
  t_precision text,
  origin_key text NOT NULL,
  origin_label text NOT NULL,
  origin_kind text,
  reliability text NOT NULL,
  outlet_key text NOT NULL,
  outlet_label text NOT NULL,
  reasons jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX analysis_claims_cluster ON analysis_claims (cluster_id, figure_key);
CREATE INDEX analysis_claims_doc ON analysis_claims (doc_id);
CREATE INDEX analysis_claims_agent ON analysis_claims (agent_key);
CREATE INDEX analysis_claims_recipient ON analysis_claims (recipient_key);
CREATE INDEX analysis_claims_agent_ref ON analysis_claims (agent_ref);
CREATE INDEX analysis_claims_recipient_ref ON analysis_claims (recipient_ref);

-- Per cluster: its independent origins, outlets and distinct figures, kept as counters so that
-- a new claim updates them without reading the cluster's other members.
CREATE TABLE analysis_cluster_origins (
  cluster_id text NOT NULL REFERENCES analysis_clusters (id) ON DELETE CASCADE,
  origin_key text NOT NULL,
  label text NOT NULL,
  kind text,
  reliability text NOT NULL,
  reason text NOT NULL,
  members int NOT NULL,
  hedges text[] NOT NULL DEFAULT '{}',
  first_claim text NOT NULL,
  PRIMARY KEY (cluster_id, origin_key)
);

CREATE TABLE analysis_cluster_outlets (
  cluster_id text NOT NULL REFERENCES analysis_clusters (id) ON DELETE CASCADE,
  outlet_key text NOT NULL,
  label text NOT NULL,
  members int NOT NULL,
  PRIMARY KEY (cluster_id, outlet_key)
);

CREATE TABLE analysis_cluster_figures (
  cluster_id text NOT NULL REFERENCES analysis_clusters (id) ON DELETE CASCADE,
  figure_key text NOT NULL,
  polarity text NOT NULL,
  q_unit text,
  q_low double precision,             -- NULL low/high: no quantity; q_high NULL with a unit: open
  q_high double precision,
  q_stated double precision,
  q_text text,
  item_model text,
  t_low text,
  t_high text,
  t_precision text,
  members int NOT NULL,
  origins text[] NOT NULL DEFAULT '{}',
  first_claim text NOT NULL,
  PRIMARY KEY (cluster_id, figure_key)
);

-- Pairs of figures of one cluster that conflict, with what differs and by how much.
CREATE TABLE analysis_contradictions (
  cluster_id text NOT NULL REFERENCES analysis_clusters (id) ON DELETE CASCADE,
  figure_a text NOT NULL,
  figure_b text NOT NULL,
  kind text NOT NULL,                 -- quantity | polarity | date
  description text NOT NULL,
  possible_typo text,
  claim_a text NOT NULL,
  claim_b text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (cluster_id, figure_a, figure_b)
);
`,
  },
  // Cross-document entity resolution (src/resolve/cross-document.ts, src/store/entities.ts):
  // entities remember the key they were founded under and the romanisation keys of every name
  // seen; entity_links says, per surface of a document, which entity it joined and why.
  // Mentions are never rewritten: the entity id sits beside them.
  {
    id: '003-entity-links',
    sql: `
ALTER TABLE entities ADD COLUMN key text;
ALTER TABLE entities ADD COLUMN name_keys text[] NOT NULL DEFAULT '{}';
CREATE INDEX entities_key ON entities (key) WHERE key IS NOT NULL;
CREATE INDEX entities_name_keys ON entities USING gin (name_keys);

CREATE TABLE entity_links (
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  mention_idx int NOT NULL,           -- the first mention of this surface and canonical name
  entity_id text NOT NULL REFERENCES entities (id),
  surface text NOT NULL,
  canonical text NOT NULL,            -- the in-document canonical name, as the mention has it
  mentions int NOT NULL,              -- mentions of this surface and canonical in the document
  reason text NOT NULL CHECK (reason IN
    ('reference-id', 'same-canonical', 'translit-key', 'alias-of-reference', 'context')),
  detail text NOT NULL,
  PRIMARY KEY (doc_id, mention_idx),
  FOREIGN KEY (doc_id, mention_idx) REFERENCES mentions (doc_id, idx) ON DELETE CASCADE
);
CREATE INDEX entity_links_entity ON entity_links (entity_id);
`,
  },
  // Analysis: a claim that does not name its recipient may join a cluster that does (and the
  // reverse), so clusters are also looked up by relation, agent and item class; a figure keeps
  // which number was written (value, low or high bound) for the typo check.
  {
    id: '004-analysis-cluster-lookup',
    sql: `
CREATE INDEX analysis_clusters_lookup ON analysis_clusters (relation, agent_key, item_class, created_at, id);
ALTER TABLE analysis_cluster_figures ADD COLUMN q_form text;
`,
  },
  // API reads at tens of thousands of documents (src/server/read.ts): an entity's documents and
  // mention spans straight from an index (counts, co-mentions, claims and quotes of an entity),
  // the entities of a set of documents (co-mentions). With pg_trgm,
  // claim items are found by substring through trigram indexes (search).
  {
    id: '005-read-indexes',
    sql: `
CREATE INDEX mentions_entity_doc ON mentions (entity_id, doc_id, start, "end");
CREATE INDEX mentions_doc_entity ON mentions (doc_id, entity_id);
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX claims_item_text_trgm ON claims USING gin ((item->>'text') gin_trgm_ops);
    CREATE INDEX claims_item_canonical_trgm ON claims USING gin ((item->>'canonical') gin_trgm_ops);
  END IF;
END $$;
`,
  },
  // Links written with each document (src/store/save.ts), so that what an entity takes part in
  // is read from an index instead of being worked out at read time by pairing every mention of
  // the entity with every claim of its document (an entity named in most documents of a 20,000
  // document store never got its page). Both are derived from the document's own rows, written
  // in its transaction, and backfilled here for stores written before.
  //  - claim_entities: the entities a claim involves (`claimEntityLinks`: its resolved agent or
  //    recipient, or a mention inside one of its role spans), with the claim's sort key — its
  //    document's published date (documents are never updated), document and position — so that
  //    an entity's claims come newest first, a page at a time, straight from an index.
  //  - entity_documents: per entity and document, how many mentions: counts of an entity's
  //    mentions and documents, and co-mentions, without reading every mention.
  {
    id: '006-entity-read-links',
    sql: `
CREATE TABLE claim_entities (
  claim_id text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  entity_id text NOT NULL REFERENCES entities (id),
  doc_id text NOT NULL,
  idx int NOT NULL,                   -- the claim's position in its document
  published text,                     -- its document's published date
  PRIMARY KEY (claim_id, entity_id)
);
CREATE INDEX claim_entities_entity ON claim_entities (entity_id, published DESC NULLS LAST, doc_id, idx);

CREATE TABLE entity_documents (
  entity_id text NOT NULL REFERENCES entities (id),
  doc_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  mentions int NOT NULL CHECK (mentions > 0),
  PRIMARY KEY (entity_id, doc_id)
);
CREATE INDEX entity_documents_doc ON entity_documents (doc_id, entity_id);

${BACKFILL_ENTITY_READ_LINKS}
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
