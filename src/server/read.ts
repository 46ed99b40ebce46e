/**
 * The API's read queries over the store's schema (same SQL on PGlite and PostgreSQL). Each takes
 * validated input and returns the response shape of `schemas.ts`. Lists are capped and paginated
 * by the caller's `limit`/`offset`.
 */
import type { Sql, Store } from '../store/index.js'
import type { AnalysisProvider } from './analysis.js'
import {
  CLAIM_COLUMNS,
  type ClaimFilter,
  type ClaimRow,
  claimSelection,
  containsPattern,
  docRef,
  documentTexts,
  toClaims,
} from './claims.js'
import { notFound } from './errors.js'
import { countryName, placeCoordinates } from './places.js'
import type {
  ClaimOut,
  ContradictionOut,
  DocumentOut,
  DocumentSummaryOut,
  EntityOut,
  EntitySummaryOut,
  GraphOut,
  PageOf,
  PlaceOut,
  QuoteOut,
  SearchOut,
  TimelineOut,
} from './schemas.js'

export { containsPattern }

/** Latin, Cyrillic, Mixed or Other: which script an alias is written in. */
export function scriptOf(name: string): string {
  const latin = /\p{Script=Latin}/u.test(name)
  const cyrillic = /\p{Script=Cyrillic}/u.test(name)
  if (latin && cyrillic) return 'Mixed'
  if (latin) return 'Latin'
  if (cyrillic) return 'Cyrillic'
  return 'Other'
}

const num = (v: unknown): number => Number(v ?? 0)

/** Reads with what the store's engine offers: trigram similarity when pg_trgm is installed. */
export class ReadModel {
  private trigram: Promise<boolean> | null = null

  constructor(
    private readonly store: Store,
    private readonly analysis: AnalysisProvider | null = null,
  ) {}

  private get sql(): Sql {
    return this.store.sql
  }

  get hasAnalysis(): boolean {
    return this.analysis !== null
  }

  private hasTrigram(): Promise<boolean> {
    this.trigram ??= this.sql
      .query("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
      .then((r) => r.rows.length > 0)
    return this.trigram
  }

  /** Claims with their cluster reference filled in when analysis is wired. */
  private async withClusters(claims: ClaimOut[]): Promise<ClaimOut[]> {
    if (!this.analysis || !claims.length) return claims
    const refs = await this.analysis.clustersOfClaims(claims.map((c) => c.id))
    return claims.map((c) => ({ ...c, cluster: refs.get(c.id) ?? null }))
  }

  async stats() {
    return { engine: this.store.engine, counts: await this.store.counts() }
  }

  // ------------------------------------------------------------------ documents

  async documents(page: { limit: number; offset: number }): Promise<PageOf<DocumentSummaryOut>> {
    const r = await this.sql.query<Record<string, unknown>>(
      `SELECT d.id, d.title, d.outlet, d.published, d.url, d.format, d.origin, d.language, d.copy_of,
        (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id)::int AS mentions,
        (SELECT count(*) FROM claims c WHERE c.doc_id = d.id)::int AS claims,
        count(*) OVER () AS total
       FROM documents d ORDER BY d.ingested_at, d.id LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    )
    const total = r.rows.length ? num(r.rows[0]!.total) : await this.countAll('documents')
    return {
      items: r.rows.map((d) => ({
        id: d.id as string,
        title: d.title as string | null,
        outlet: d.outlet as string | null,
        published: d.published as string | null,
        url: d.url as string | null,
        format: d.format as string,
        origin: d.origin as string,
        language: d.language as string | null,
        copyOf: d.copy_of as string | null,
        mentions: num(d.mentions),
        claims: num(d.claims),
      })),
      total,
      ...page,
    }
  }

  private async countAll(table: 'documents' | 'entities'): Promise<number> {
    const r = await this.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)
    return num(r.rows[0]?.n)
  }

  async document(id: string): Promise<DocumentOut> {
    const doc = await this.store.getDocument(id)
    if (!doc) throw notFound('document', id)
    const r = await this.sql.query<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc_id
       WHERE c.doc_id = $1 ORDER BY c.idx`,
      [doc.id],
    )
    const claims = await this.withClusters(await toClaims(this.sql, r.rows))
    return {
      id: doc.id,
      title: doc.title,
      outlet: doc.outlet,
      published: doc.published,
      url: doc.url,
      format: doc.format,
      origin: doc.origin,
      language: doc.language,
      copyOf: doc.copyOf,
      copySimilarity: doc.copySimilarity,
      mentions: doc.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        type: m.type,
        canonical: m.canonical,
        entityId: m.entityId,
        ref: m.ref,
        role: m.role ?? null,
      })),
      claims,
      text: doc.text,
      cleanText: doc.cleanText,
      boilerplate: [...doc.boilerplate],
      sentences: [...doc.sentences],
      attributions: doc.attributions.map((a) => ({
        id: a.id,
        speaker: a.speaker ? { ...a.speaker, entityId: null } : null,
        role: a.role,
        cue: a.cue,
        cueSpan: a.cueSpan ?? null,
        outlet: a.outlet,
        quote: a.quote,
        parent: a.parent ?? null,
      })),
      messages: doc.messages.map((m) => ({
        severity: m.severity,
        source: m.source,
        rule: m.rule,
        reason: m.reason,
      })),
    }
  }

  // ------------------------------------------------------------------ entities

  async entities(q: {
    q?: string | undefined
    type?: string | undefined
    limit: number
    offset: number
  }): Promise<PageOf<EntitySummaryOut>> {
    const r = await this.sql.query<Record<string, unknown>>(
      `WITH e AS (
         SELECT e.id, e.name, e.type, e.ref, e.aliases FROM entities e
         WHERE ($1::text IS NULL OR e.type = $1)
           AND ($2::text IS NULL OR e.name ILIKE $2 OR EXISTS (SELECT 1 FROM unnest(e.aliases) a WHERE a ILIKE $2))
       ), counted AS (
         SELECT e.*, n.mentions, n.documents FROM e, LATERAL (${ENTITY_COUNTS('e.id')}) n
       )
       SELECT *, count(*) OVER () AS total FROM counted ORDER BY documents DESC, mentions DESC, name, id
       LIMIT $3 OFFSET $4`,
      [q.type ?? null, q.q ? containsPattern(q.q) : null, q.limit, q.offset],
    )
    return {
      items: r.rows.map(entitySummary),
      total: r.rows.length ? num(r.rows[0]!.total) : 0,
      limit: q.limit,
      offset: q.offset,
    }
  }

  /** The entity page: profile, claims, quotes by and about it, co-mentioned entities. */
  async entity(id: string, options: { claims?: number } = {}): Promise<EntityOut> {
    const { claims: claimLimit = 50 } = options
    const sql = this.sql
    const e = await sql.query<{
      id: string
      name: string
      type: string
      ref: string | null
      aliases: string[]
    }>('SELECT id, name, type, ref, aliases FROM entities WHERE id = $1', [id])
    const entity = e.rows[0]
    if (!entity) throw notFound('entity', id)
    const counts = await sql.query<{ mentions: number; documents: number }>(ENTITY_COUNTS('$1'), [id])
    const claims = await this.claims({ entity: id, limit: claimLimit, offset: 0 })
    const quotes = await this.quotes(id, entity.name)
    // the basis documents in id order from the entity_documents key; each (document, entity)
    // pair once from its (doc_id, entity_id) index, then counted per entity and named
    const co = await sql.query<{ id: string; name: string; type: string; documents: number }>(
      `WITH docs AS (SELECT doc_id FROM entity_documents WHERE entity_id = $1 ORDER BY doc_id
         LIMIT ${CO_MENTION_BASIS}),
       per_entity AS (SELECT o.entity_id, count(*)::int AS documents
         FROM docs JOIN entity_documents o ON o.doc_id = docs.doc_id WHERE o.entity_id <> $1
         GROUP BY o.entity_id)
       SELECT e.id, e.name, e.type, p.documents
       FROM per_entity p JOIN entities e ON e.id = p.entity_id
       ORDER BY p.documents DESC, e.name LIMIT 20`,
      [id],
    )
    const documents = num(counts.rows[0]?.documents)
    const basis = Math.min(documents, CO_MENTION_BASIS)
    const contradictions: readonly ContradictionOut[] = this.analysis
      ? await this.analysis.contradictions({ entity: id })
      : []
    const aliases = [...new Set([entity.name, ...entity.aliases])]
    return {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      ref: entity.ref,
      aliases: aliases.map((name) => ({ name, script: scriptOf(name) })),
      mentions: num(counts.rows[0]?.mentions),
      documents,
      claims: claims.items,
      claimsTotal: claims.total,
      quotesBy: quotes.by,
      quotesAbout: quotes.about,
      coMentions: co.rows.map((r) => ({ id: r.id, name: r.name, type: r.type, documents: num(r.documents) })),
      coMentionBasis: { documents: basis, capped: documents > CO_MENTION_BASIS },
      analysis: this.analysis !== null,
      contradictions: [...contradictions],
    }
  }

  /** Attributions whose speaker is the entity ("by") or whose quoted content mentions it ("about"). */
  private async quotes(id: string, name: string): Promise<{ by: QuoteOut[]; about: QuoteOut[] }> {
    const r = await this.sql.query<Record<string, unknown>>(
      `SELECT DISTINCT ON (a.doc_id, a.id) a.doc_id, a.id, a.speaker, a.cue, a.outlet, a.quote_start,
         a.quote_end, d.title, d.outlet AS doc_outlet, d.published, d.url,
         bool_or((a.speaker ? 'span' AND (a.speaker->'span'->>'start')::int <= m.start
             AND m."end" <= (a.speaker->'span'->>'end')::int)
           OR lower(a.speaker->>'canonical') = lower($2)) OVER (PARTITION BY a.doc_id, a.id) AS by
       FROM mentions m JOIN attributions a ON a.doc_id = m.doc_id JOIN documents d ON d.id = a.doc_id
       WHERE m.entity_id = $1 AND (
         (a.speaker ? 'span' AND (a.speaker->'span'->>'start')::int <= m.start AND m."end" <= (a.speaker->'span'->>'end')::int)
         OR lower(a.speaker->>'canonical') = lower($2)
         OR (a.quote_start <= m.start AND m."end" <= a.quote_end))
       ORDER BY a.doc_id, a.id
       LIMIT 200`,
      [id, name],
    )
    const texts = await this.texts(r.rows.map((row) => row.doc_id as string))
    const by: QuoteOut[] = []
    const about: QuoteOut[] = []
    for (const row of r.rows) {
      const start = num(row.quote_start)
      const end = num(row.quote_end)
      const speaker = row.speaker as QuoteOut['speaker'] | null
      const quote: QuoteOut = {
        id: row.id as string,
        speaker: speaker ? { ...speaker, entityId: null } : null,
        cue: row.cue as string | null,
        outlet: row.outlet as string | null,
        quote: { start, end },
        text: (texts.get(row.doc_id as string) ?? '').slice(start, end),
        document: docRef({
          doc_id: row.doc_id as string,
          title: row.title as string | null,
          outlet: row.doc_outlet as string | null,
          published: row.published as string | null,
          url: row.url as string | null,
        }),
      }
      if (row.by) {
        if (by.length < 50) by.push(quote)
      } else if (about.length < 50) about.push(quote)
    }
    return { by, about }
  }

  private texts(ids: readonly string[]): Promise<Map<string, string>> {
    return documentTexts(this.sql, ids)
  }

  // ------------------------------------------------------------------ claims

  async claims(q: {
    relation?: string | undefined
    entity?: string | undefined
    source?: string | undefined
    hedge?: string | undefined
    grade?: string | undefined
    doc?: string | undefined
    limit: number
    offset: number
  }): Promise<PageOf<ClaimOut>> {
    const graded = q.grade && this.analysis ? await this.analysis.claimsWithGrade(q.grade) : null
    const filter: ClaimFilter = { ...q, ids: graded }
    // filter and order on narrow rows; read the wide columns of the page's rows only
    const params: unknown[] = []
    const page = claimSelection(filter, params, { ordered: true })
    const r = await this.sql.query<ClaimRow>(
      `WITH page AS (
         SELECT ${page.key} FROM ${page.from} WHERE ${page.where}
         ORDER BY ${page.order} LIMIT $${params.length + 1} OFFSET $${params.length + 2})
       SELECT ${CLAIM_COLUMNS}
       FROM page JOIN claims c ON c.id = page.id JOIN documents d ON d.id = c.doc_id
       ORDER BY page.published DESC NULLS LAST, page.doc_id, page.idx`,
      [...params, q.limit, q.offset],
    )
    const total = await this.countClaims(filter)
    const items = await this.withClusters(await toClaims(this.sql, r.rows))
    return { items, total, limit: q.limit, offset: q.offset }
  }

  /** How many claims match: with an entity alone, counted on its `claim_entities` index range. */
  private async countClaims(filter: ClaimFilter): Promise<number> {
    const params: unknown[] = []
    const { from, where } = claimSelection(filter, params, { ordered: false })
    const r = await this.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${from} WHERE ${where}`,
      params,
    )
    return num(r.rows[0]?.n)
  }

  async claim(id: string): Promise<ClaimOut> {
    const r = await this.sql.query<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.id = $1`,
      [id],
    )
    if (!r.rows.length) throw notFound('claim', id)
    const [claim] = await this.withClusters(await toClaims(this.sql, r.rows))
    return claim!
  }

  /** Claims by id, in the order given (cluster members). */
  async claimsById(ids: readonly string[]): Promise<ClaimOut[]> {
    if (!ids.length) return []
    const r = await this.sql.query<ClaimRow>(
      `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc_id WHERE c.id = ANY($1::text[])`,
      [[...ids]],
    )
    const byId = new Map((await this.withClusters(await toClaims(this.sql, r.rows))).map((c) => [c.id, c]))
    return ids.map((id) => byId.get(id)).filter((c): c is ClaimOut => c !== undefined)
  }

  // ------------------------------------------------------------------ search

  /** Entities by name and alias (substring, and trigram similarity when available), claims, documents. */
  async search(q: string, limit: number, options: { rankBasis?: number } = {}): Promise<SearchOut> {
    const { rankBasis = SEARCH_RANK_BASIS } = options
    const sql = this.sql
    const like = containsPattern(q)
    const trigram = await this.hasTrigram()
    const similar = trigram ? `OR e.name % $1 OR EXISTS (SELECT 1 FROM unnest(e.aliases) a WHERE a % $1)` : ''
    const score = trigram
      ? `greatest(similarity(e.name, $1), coalesce((SELECT max(similarity(a, $1)) FROM unnest(e.aliases) a), 0))`
      : `CASE WHEN e.name ILIKE $2 THEN 1 ELSE 0.5 END`
    const ents = await sql.query<Record<string, unknown>>(
      `WITH hits AS (
         SELECT e.id, e.name, e.type, e.ref, e.aliases, (${score})::float8 AS score,
           (lower(e.name) = lower($1) OR EXISTS (SELECT 1 FROM unnest(e.aliases) a WHERE lower(a) = lower($1))) AS exact
         FROM entities e
         WHERE e.name ILIKE $2 OR EXISTS (SELECT 1 FROM unnest(e.aliases) a WHERE a ILIKE $2) ${similar}
         ORDER BY exact DESC, score DESC, e.name LIMIT $3
       )
       SELECT h.*, n.mentions, n.documents FROM hits h,
         LATERAL (${ENTITY_COUNTS('h.id')}) n
       ORDER BY exact DESC, score DESC, documents DESC, name`,
      [q, like, limit],
    )
    const entities = ents.rows.map((row) => ({ ...entitySummary(row), score: Number(row.score) }))
    const entityIds = entities.map((e) => e.id)
    // the newest claims of each matched entity from its claim_entities index range, and the
    // newest whose item matches (trigram indexes with pg_trgm): the page is the newest of those
    const cl = await sql.query<ClaimRow>(
      `WITH of_entities AS (
         SELECT x.* FROM unnest($1::text[]) AS e (id), LATERAL (
           SELECT ce.claim_id AS id, ce.published, ce.doc_id, ce.idx FROM claim_entities ce
           WHERE ce.entity_id = e.id ORDER BY ce.published DESC NULLS LAST, ce.doc_id, ce.idx LIMIT $3) x),
       of_items AS (
         SELECT c.id, d.published, c.doc_id, c.idx FROM claims c JOIN documents d ON d.id = c.doc_id
         WHERE c.item->>'text' ILIKE $2 OR c.item->>'canonical' ILIKE $2
         ORDER BY d.published DESC NULLS LAST, c.doc_id, c.idx LIMIT $3),
       page AS (
         SELECT * FROM of_entities UNION SELECT * FROM of_items
         ORDER BY published DESC NULLS LAST, doc_id, idx LIMIT $3)
       SELECT ${CLAIM_COLUMNS} FROM page JOIN claims c ON c.id = page.id JOIN documents d ON d.id = c.doc_id
       ORDER BY page.published DESC NULLS LAST, page.doc_id, page.idx`,
      [entityIds, like, limit],
    )
    const claims = await this.withClusters(await toClaims(sql, cl.rows))
    // Documents: matched through the GIN index, ranked among the newest `rankBasis`
    // matches (ts_rank reads each document's tsvector, so ranking every match of a common term
    // costs as much as the corpus). The planner prices `tsv @@ q` as cheap and, for a term in
    // most documents, scans the table decompressing every tsvector instead of asking the index,
    // which answers without reading one: sequential scans are off for this statement only.
    const docs = await sql.transaction(async (tx) => {
      await tx.exec('SET LOCAL enable_seqscan = off')
      return tx.query<Record<string, unknown>>(
        `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS q),
         matched AS (SELECT d.id, d.published FROM documents d, q WHERE d.tsv @@ q.q),
         newest AS (SELECT id FROM matched ORDER BY published DESC NULLS LAST, id LIMIT $3),
         hits AS (
           SELECT d.id, d.title, d.outlet, d.published, d.url, d.clean_text, ts_rank(d.tsv, q.q) AS rank, q.q
           FROM newest JOIN documents d ON d.id = newest.id, q ORDER BY rank DESC, d.id LIMIT $2
         )
         SELECT id, title, outlet, published, url, rank, (SELECT count(*) FROM matched)::int AS matched,
           ts_headline('english', clean_text, q, 'StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
         FROM hits ORDER BY rank DESC, id`,
        [q, limit, rankBasis],
      )
    })
    const matched = num(docs.rows[0]?.matched)
    return {
      query: q,
      entities,
      claims,
      documents: docs.rows.map((d) => ({
        id: d.id as string,
        title: d.title as string | null,
        outlet: d.outlet as string | null,
        published: d.published as string | null,
        url: d.url as string | null,
        rank: Number(d.rank),
        snippet: snippetParts(d.snippet as string),
      })),
      documentBasis: {
        matched,
        ranked: Math.min(matched, rankBasis),
        capped: matched > rankBasis,
      },
    }
  }

  // ------------------------------------------------------------------ timeline

  async timeline(q: {
    entity?: string | undefined
    relation?: string | undefined
    from?: string | undefined
    to?: string | undefined
    limit: number
    offset: number
  }): Promise<TimelineOut> {
    // the entity's claims joined from its claim_entities rows (a join, not an IN guard: see
    // claimSelection); every date of the filtered claims is sorted, so the window count is free
    const ofEntity = q.entity ? 'JOIN claim_entities ce ON ce.claim_id = c.id AND ce.entity_id = $2' : ''
    const filter = '($1::text IS NULL OR c.relation = $1)'
    const base = [q.relation ?? null, ...(q.entity ? [q.entity] : [])]
    const params = [...base, q.from ?? null, q.to ?? null]
    const [from, to] = [`$${base.length + 1}`, `$${base.length + 2}`]
    const dated = `FROM claims c JOIN documents d ON d.id = c.doc_id ${ofEntity}
       WHERE ${filter} AND c.time->>'date' IS NOT NULL
         AND (${from}::text IS NULL OR c.time->>'date' >= ${from})
         AND (${to}::text IS NULL OR left(c.time->>'date', length(${to})) <= ${to})`
    // sorted and counted on narrow rows; the wide columns of the page's rows only
    const r = await this.sql.query<ClaimRow & { date: string; end_date: string | null; precision: string }>(
      `WITH page AS (
         SELECT c.id, c.time->>'date' AS date, d.published, c.doc_id, c.idx, count(*) OVER () AS total
         ${dated}
         ORDER BY c.time->>'date', d.published NULLS LAST, c.doc_id, c.idx
         LIMIT $${params.length + 1} OFFSET $${params.length + 2})
       SELECT ${CLAIM_COLUMNS}, page.date, c.time->>'end' AS end_date, c.time->>'precision' AS precision, page.total
       FROM page JOIN claims c ON c.id = page.id JOIN documents d ON d.id = c.doc_id
       ORDER BY page.date, page.published NULLS LAST, page.doc_id, page.idx`,
      [...params, q.limit, q.offset],
    )
    const total = r.rows.length
      ? num(r.rows[0]!.total)
      : q.offset > 0
        ? num((await this.sql.query<{ n: number }>(`SELECT count(*)::int AS n ${dated}`, params)).rows[0]?.n)
        : 0
    const undated = await this.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM claims c ${ofEntity} WHERE ${filter} AND c.time->>'date' IS NULL`,
      base,
    )
    const claims = await this.withClusters(await toClaims(this.sql, r.rows))
    return {
      items: claims.map((c, i) => ({
        ...c,
        date: r.rows[i]!.date,
        end: r.rows[i]!.end_date,
        precision: r.rows[i]!.precision,
      })),
      total,
      limit: q.limit,
      offset: q.offset,
      undated: num(undated.rows[0]?.n),
    }
  }

  // ------------------------------------------------------------------ graph

  /**
   * An entity's neighbourhood: the entities it shares claims with, then the entities most often
   * mentioned in the same documents, up to `limit`; edges are claims between any two of them
   * (typed by relation) and co-mentions with the centre.
   */
  async graph(center: string, limit: number): Promise<GraphOut> {
    const sql = this.sql
    const c = await sql.query<{ id: string; name: string; type: string }>(
      'SELECT id, name, type FROM entities WHERE id = $1',
      [center],
    )
    if (!c.rows.length) throw notFound('entity', center)
    const partners = await sql.query<{ id: string }>(
      `SELECT CASE WHEN agent_entity = $1 THEN recipient_entity ELSE agent_entity END AS id, count(*) AS n
       FROM claims WHERE (agent_entity = $1 OR recipient_entity = $1)
         AND agent_entity IS NOT NULL AND recipient_entity IS NOT NULL AND agent_entity <> recipient_entity
       GROUP BY 1 ORDER BY n DESC, 1 LIMIT $2`,
      [center, limit],
    )
    const co = await sql.query<{ id: string; documents: number; docs: string[] }>(
      `WITH docs AS (SELECT doc_id FROM entity_documents WHERE entity_id = $1 ORDER BY doc_id
         LIMIT ${CO_MENTION_BASIS})
       SELECT o.entity_id AS id, count(*)::int AS documents, (array_agg(o.doc_id ORDER BY o.doc_id))[1:5] AS docs
       FROM docs JOIN entity_documents o ON o.doc_id = docs.doc_id
       WHERE o.entity_id <> $1 GROUP BY o.entity_id ORDER BY documents DESC, o.entity_id LIMIT $2`,
      [center, limit],
    )
    const ids = [center]
    for (const p of partners.rows) if (ids.length <= limit && !ids.includes(p.id)) ids.push(p.id)
    for (const p of co.rows) if (ids.length <= limit && !ids.includes(p.id)) ids.push(p.id)
    const nodes = await sql.query<{ id: string; name: string; type: string; documents: number }>(
      `SELECT e.id, e.name, e.type, n.documents
       FROM entities e, LATERAL (${ENTITY_COUNTS('e.id')}) n WHERE e.id = ANY($1::text[])`,
      [ids],
    )
    const claimEdges = await sql.query<{
      agent_entity: string
      recipient_entity: string
      relation: string
      n: number
      claims: string[]
    }>(
      `SELECT agent_entity, recipient_entity, relation, count(*)::int AS n, (array_agg(id ORDER BY id))[1:20] AS claims
       FROM claims WHERE agent_entity = ANY($1::text[]) AND recipient_entity = ANY($1::text[])
         AND agent_entity <> recipient_entity
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [ids],
    )
    const inGraph = new Set(ids)
    return {
      center,
      nodes: nodes.rows
        .map((n) => ({
          id: n.id,
          name: n.name,
          type: n.type,
          documents: num(n.documents),
          center: n.id === center,
        }))
        .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)),
      edges: [
        ...claimEdges.rows.map((e) => ({
          id: `${e.relation}:${e.agent_entity}:${e.recipient_entity}`,
          source: e.agent_entity,
          target: e.recipient_entity,
          kind: e.relation,
          weight: num(e.n),
          claims: e.claims,
          documents: [],
        })),
        ...co.rows
          .filter((r) => inGraph.has(r.id))
          .map((r) => ({
            id: `CO_MENTION:${center}:${r.id}`,
            source: center,
            target: r.id,
            kind: 'CO_MENTION',
            weight: num(r.documents),
            claims: [],
            documents: r.docs,
          })),
      ],
    }
  }

  // ------------------------------------------------------------------ places

  /** Places mentioned (GPE, LOC, FACILITY entities), with gazetteer coordinates where known. */
  async places(q: { entity?: string | undefined; limit: number }): Promise<{ items: PlaceOut[] }> {
    const r = await this.sql.query<{
      id: string
      name: string
      type: string
      ref: string | null
      aliases: string[]
      mentions: number
      documents: number
    }>(
      `SELECT e.id, e.name, e.type, e.ref, e.aliases, sum(ed.mentions)::int AS mentions,
         count(*)::int AS documents
       FROM entity_documents ed JOIN entities e ON e.id = ed.entity_id
       ${q.entity ? 'JOIN entity_documents near ON near.doc_id = ed.doc_id AND near.entity_id = $2' : ''}
       WHERE e.type IN ('GPE', 'LOC', 'FACILITY')
       GROUP BY e.id, e.name, e.type, e.ref, e.aliases
       ORDER BY documents DESC, mentions DESC, e.name LIMIT $1`,
      q.entity ? [q.limit, q.entity] : [q.limit],
    )
    return {
      items: r.rows.map((p) => {
        const country = countryName([p.name, ...p.aliases])
        // by name only for settlements: a river or region named like a town is not that town
        const found = country ? null : placeCoordinates(p.ref, p.type === 'GPE' ? [p.name, ...p.aliases] : [])
        return {
          id: p.id,
          name: p.name,
          type: p.type,
          mentions: num(p.mentions),
          documents: num(p.documents),
          country,
          coordinates: found?.coordinates ?? null,
          gazetteer: found?.label ?? null,
        }
      }),
    }
  }
}

/** How many of the documents matching a search are ranked (the newest). */
export const SEARCH_RANK_BASIS = 2000

/** An entity's mentions and documents (`entity_id` = the SQL expression `entity`), one row. */
const ENTITY_COUNTS = (entity: string): string =>
  `SELECT coalesce(sum(mentions), 0)::int AS mentions, count(*)::int AS documents
   FROM entity_documents WHERE entity_id = ${entity}`

/** How many of an entity's documents co-mentions are counted over (the most common entities). */
export const CO_MENTION_BASIS = 2000

// Private-use characters mark search hits in snippets: they cannot occur in the stored texts'
// meaning, and the client gets plain parts, never markup.
const HIT_START = '\uE000'
const HIT_END = '\uE001'

/** A headline with hit markers as parts to render as text. */
export function snippetParts(s: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = []
  for (const piece of s.split(HIT_START)) {
    const end = piece.indexOf(HIT_END)
    if (end < 0) {
      if (piece) parts.push({ text: piece, hit: false })
      continue
    }
    if (end > 0) parts.push({ text: piece.slice(0, end), hit: true })
    const rest = piece.slice(end + HIT_END.length)
    if (rest) parts.push({ text: rest, hit: false })
  }
  return parts
}

function entitySummary(row: Record<string, unknown>): EntitySummaryOut {
  return {
    id: row.id as string,
    name: row.name as string,
    type: row.type as string,
    ref: (row.ref as string | null) ?? null,
    aliases: (row.aliases as string[]) ?? [],
    mentions: num(row.mentions),
    documents: num(row.documents),
  }
}
