import type { DocumentRecord } from '../model/record.js'
import { claimEntityLinks, entityMentionCounts } from './claim-entities.js'
import { insertEntityLinks, resolveDocumentEntities, roleEntity, upsertEntities } from './entities.js'
import { bandKeys, MINHASH_BANDS } from './minhash-bands.js'
import type { Sql } from './sql.js'

const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v))

// One statement per table: every child row goes in as parallel arrays through unnest, so a
// document costs one round trip per table whatever its size.

const INSERT_DOCUMENT = `
INSERT INTO documents (id, origin, format, title, outlet, url, published, language, raw, text,
  clean_text, clean_map, signature, copy_of, copy_similarity, source_messages)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13::bigint[], $14, $15, $16)
ON CONFLICT (id) DO NOTHING`

const INSERT_BOILERPLATE = `
INSERT INTO boilerplate (doc_id, idx, start, "end")
SELECT $1, u.* FROM unnest($2::int[], $3::int[], $4::int[]) AS u`

const INSERT_SENTENCES = `
INSERT INTO sentences (doc_id, idx, start, "end")
SELECT $1, u.* FROM unnest($2::int[], $3::int[], $4::int[]) AS u`

const INSERT_MENTIONS = `
INSERT INTO mentions (doc_id, idx, start, "end", type, canonical, ref, rule, role, text, entity_id)
SELECT $1, u.* FROM unnest($2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[],
  $8::text[], $9::text[], $10::text[], $11::text[]) AS u`

const INSERT_ATTRIBUTIONS = `
INSERT INTO attributions (doc_id, id, idx, speaker, role, cue, cue_start, cue_end, outlet,
  quote_start, quote_end, parent_id)
SELECT $1, u.* FROM unnest($2::text[], $3::int[], $4::jsonb[], $5::text[], $6::text[], $7::int[],
  $8::int[], $9::text[], $10::int[], $11::int[], $12::text[]) AS u`

const INSERT_CLAIMS = `
INSERT INTO claims (doc_id, id, idx, relation, agent, recipient, item, place, source, agent_entity,
  recipient_entity, quantity, time, hedge, evidence_start, evidence_end, attribution_id)
SELECT $1, u.* FROM unnest($2::text[], $3::int[], $4::text[], $5::jsonb[], $6::jsonb[], $7::jsonb[],
  $8::jsonb[], $9::jsonb[], $10::text[], $11::text[], $12::jsonb[], $13::jsonb[], $14::text[],
  $15::int[], $16::int[], $17::text[]) AS u`

const INSERT_MESSAGES = `
INSERT INTO messages (doc_id, idx, severity, source, rule, reason, start, "end")
SELECT $1, u.* FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],
  $8::int[]) AS u`

const INSERT_ENTITY_DOCUMENTS = `
INSERT INTO entity_documents (entity_id, doc_id, mentions)
SELECT u.entity_id, $1, u.mentions FROM unnest($2::text[], $3::int[]) AS u(entity_id, mentions)`

const INSERT_CLAIM_ENTITIES = `
INSERT INTO claim_entities (claim_id, entity_id, doc_id, idx, published)
SELECT u.claim_id, u.entity_id, $1, u.idx, $2 FROM unnest($3::text[], $4::text[], $5::int[]) AS u(claim_id, entity_id, idx)`

const INSERT_BANDS = `
INSERT INTO minhash_bands (band, hash, doc_id)
SELECT u.band, u.hash, $1 FROM unnest($2::int[], $3::bigint[]) AS u(band, hash)
ON CONFLICT DO NOTHING`

const indexes = (n: number): number[] => Array.from({ length: n }, (_, i) => i)

/**
 * Writes one document and all its rows inside the caller's transaction. Returns 'exists', having
 * written nothing, when the id is stored already — also when another connection stored it
 * concurrently: the documents insert waits for that transaction and then conflicts.
 */
export async function insertDocument(tx: Sql, record: DocumentRecord): Promise<'inserted' | 'exists'> {
  const { source: doc, clean } = record
  const id = doc.id
  const inserted = await tx.query(INSERT_DOCUMENT, [
    id,
    doc.origin,
    doc.format,
    doc.meta.title,
    doc.meta.outlet,
    doc.meta.url,
    doc.meta.published,
    doc.meta.language,
    doc.raw === doc.text ? null : doc.raw,
    doc.text,
    clean.text,
    JSON.stringify(clean.map.toJSON()),
    [...record.signature],
    record.copyOf?.id ?? null,
    record.copyOf?.similarity ?? null,
    doc.messages.length,
  ])
  if (inserted.rowCount === 0) return 'exists'

  const { boilerplate, sentences, mentions, attributions, claims, messages } = record
  if (boilerplate.length) {
    await tx.query(INSERT_BOILERPLATE, [
      id,
      indexes(boilerplate.length),
      boilerplate.map((s) => s.start),
      boilerplate.map((s) => s.end),
    ])
  }
  if (sentences.length) {
    await tx.query(INSERT_SENTENCES, [
      id,
      indexes(sentences.length),
      sentences.map((s) => s.start),
      sentences.map((s) => s.end),
    ])
  }
  // cross-document resolution: the entity of every mention, and why (src/store/entities.ts)
  const resolved = await resolveDocumentEntities(tx, id, doc.text, mentions)
  if (mentions.length) {
    await upsertEntities(tx, resolved.entities)
    await tx.query(INSERT_MENTIONS, [
      id,
      indexes(mentions.length),
      mentions.map((m) => m.start),
      mentions.map((m) => m.end),
      mentions.map((m) => m.type),
      mentions.map((m) => m.canonical),
      mentions.map((m) => m.ref),
      mentions.map((m) => m.rule),
      mentions.map((m) => m.role ?? null),
      mentions.map((m) => doc.text.slice(m.start, m.end)),
      resolved.mentionEntities,
    ])
    await insertEntityLinks(tx, id, resolved.links)
    const perEntity = entityMentionCounts(resolved.mentionEntities)
    await tx.query(INSERT_ENTITY_DOCUMENTS, [id, [...perEntity.keys()], [...perEntity.values()]])
  }
  const entityOf = (_: unknown, i: number) => resolved.mentionEntities[i]!
  if (attributions.length) {
    await tx.query(INSERT_ATTRIBUTIONS, [
      id,
      attributions.map((a) => a.id),
      indexes(attributions.length),
      attributions.map((a) => json(a.speaker)),
      attributions.map((a) => a.role),
      attributions.map((a) => a.cue),
      attributions.map((a) => a.cueSpan?.start ?? null),
      attributions.map((a) => a.cueSpan?.end ?? null),
      attributions.map((a) => a.outlet),
      attributions.map((a) => a.quote.start),
      attributions.map((a) => a.quote.end),
      attributions.map((a) => a.parent ?? null),
    ])
  }
  if (claims.length) {
    const roles = claims.map((c) => ({
      agent: roleEntity(c.agent, mentions, entityOf),
      recipient: roleEntity(c.recipient, mentions, entityOf),
    }))
    await tx.query(INSERT_CLAIMS, [
      id,
      claims.map((c) => c.id),
      indexes(claims.length),
      claims.map((c) => c.relation),
      claims.map((c) => json(c.agent)),
      claims.map((c) => json(c.recipient)),
      claims.map((c) => json(c.item)),
      claims.map((c) => json(c.place)),
      claims.map((c) => json(c.source)),
      roles.map((r) => r.agent),
      roles.map((r) => r.recipient),
      claims.map((c) => json(c.quantity)),
      claims.map((c) => json(c.time)),
      claims.map((c) => c.hedge),
      claims.map((c) => c.evidence.start),
      claims.map((c) => c.evidence.end),
      claims.map((c) => c.attribution ?? null),
    ])
    const links = claimEntityLinks(claims, mentions, resolved.mentionEntities, roles)
    if (links.length) {
      await tx.query(INSERT_CLAIM_ENTITIES, [
        id,
        doc.meta.published,
        links.map((l) => claims[l.claim]!.id),
        links.map((l) => l.entity),
        links.map((l) => l.claim),
      ])
    }
  }
  if (messages.length) {
    await tx.query(INSERT_MESSAGES, [
      id,
      indexes(messages.length),
      messages.map((m) => m.severity),
      messages.map((m) => m.source),
      messages.map((m) => m.rule),
      messages.map((m) => m.reason),
      messages.map((m) => m.place?.start ?? null),
      messages.map((m) => m.place?.end ?? null),
    ])
  }
  const keys = bandKeys(record.signature, MINHASH_BANDS)
  if (keys.length) await tx.query(INSERT_BANDS, [id, indexes(keys.length), keys])
  return 'inserted'
}
