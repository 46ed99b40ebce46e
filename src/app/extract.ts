import { minhashSignature } from '../ingest/dedupe.js'
import type { Attribution, Claim, Mention, RoleValue } from '../model/annotations.js'
import type { SourceDocument } from '../model/document.js'
import type { OffsetMap } from '../model/offsets.js'
import type { DocumentRecord } from '../model/record.js'
import type { Span } from '../model/span.js'
import { defaultPipeline } from '../pipeline/default.js'
import type { Doc } from '../pipeline/doc.js'
import type { Pipeline } from '../pipeline/stage.js'

export interface ExtractOptions {
  readonly pipeline?: Pipeline
}

/** A date usable as the reference for relative times: the publication date when it parses. */
export function referenceDateOf(published: string | null): Date | null {
  if (!published) return null
  const d = new Date(published)
  return Number.isNaN(d.getTime()) ? null : d
}

/**
 * Runs the pipeline over a source document and returns what is stored for it, with every span
 * mapped from the cleaned text back to `source.text`. Needs no store.
 */
export function extractDocument(source: SourceDocument, options: ExtractOptions = {}): DocumentRecord {
  const pipeline = options.pipeline ?? defaultPipeline()
  const doc: Doc = {
    id: source.id,
    text: source.text,
    meta: source.meta,
    referenceDate: referenceDateOf(source.meta.published),
    messages: [],
    layers: {},
  }
  const out = pipeline.run(doc)
  const cleanLayer = out.layers.clean
  if (!cleanLayer) throw new Error('pipeline produced no cleaned text')
  const map = cleanLayer.map
  const toText = (s: Span): Span => map.toSource(s)
  let signature: readonly number[] | null = null
  return {
    source,
    clean: cleanLayer,
    boilerplate: out.layers.boilerplate ?? [],
    sentences: (out.layers.sentences ?? []).map(toText),
    mentions: (out.layers.mentions ?? []).map((m) => mapMention(m, map)),
    claims: (out.layers.claims ?? []).map((c) => mapClaim(c, map)),
    attributions: (out.layers.attributions ?? []).map((a) => mapAttribution(a, map)),
    messages: [...source.messages, ...out.messages],
    // computed when first read: ingest needs it for near-duplicate search, extraction alone does not
    get signature() {
      signature ??= minhashSignature(cleanLayer.text)
      return signature
    },
    copyOf: null,
  }
}

function mapMention(m: Mention, map: OffsetMap): Mention {
  return { ...m, ...map.toSource(m) }
}

function mapRole(r: RoleValue | null, map: OffsetMap): RoleValue | null {
  if (!r?.span) return r
  return { ...r, span: map.toSource(r.span) }
}

function mapClaim(c: Claim, map: OffsetMap): Claim {
  return {
    ...c,
    agent: mapRole(c.agent, map),
    recipient: mapRole(c.recipient, map),
    item: mapRole(c.item, map),
    place: mapRole(c.place, map),
    source: mapRole(c.source, map),
    quantity: c.quantity?.span ? { ...c.quantity, span: map.toSource(c.quantity.span) } : c.quantity,
    time: c.time?.span ? { ...c.time, span: map.toSource(c.time.span) } : c.time,
    evidence: map.toSource(c.evidence),
  }
}

function mapAttribution(a: Attribution, map: OffsetMap): Attribution {
  return {
    ...a,
    speaker: mapRole(a.speaker, map),
    quote: map.toSource(a.quote),
    ...(a.cueSpan ? { cueSpan: map.toSource(a.cueSpan) } : {}),
  }
}
