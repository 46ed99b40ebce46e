/**
 * Hand-built documents for analysis tests: a text, its metadata and the claims a perfect
 * extractor would find in it, with spans found by searching the text. Saved through the store
 * like any extracted document. Not used outside tests.
 */
import { createHash } from 'node:crypto'
import type {
  Attribution,
  Claim,
  EntityType,
  Hedge,
  Mention,
  Quantity,
  Relation,
  RoleValue,
  TimePrecision,
} from '../model/annotations.js'
import { OffsetMap } from '../model/offsets.js'
import type { DocumentRecord } from '../model/record.js'
import type { Span } from '../model/span.js'

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

export function find(text: string, needle: string): Span {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`"${needle}" not in text`)
  return { start: at, end: at + needle.length }
}

export interface ClaimSpec {
  readonly relation: Relation
  /** The sentence, verbatim from the text. */
  readonly evidence: string
  readonly agent?: string | readonly [string, string]
  readonly recipient?: string | readonly [string, string]
  readonly item?: string
  /** [value, low, high, unit, text] */
  readonly quantity?: readonly [number | null, number | null, number | null, string, string]
  /** [text, date, precision, end?] */
  readonly time?: readonly [string, string | null, TimePrecision, string?]
  /** Canonical name of who asserts it (the outlet when unattributed). */
  readonly source?: string
  /** When set, the claim rests on an attribution with this speaker. */
  readonly speaker?: string
  readonly hedge?: Hedge
}

export interface DocSpec {
  readonly text: string
  readonly outlet?: string | null
  readonly title?: string
  readonly published?: string | null
  readonly claims?: readonly ClaimSpec[]
  /** [surface, type, canonical] mentions beyond the claims' agents and recipients. */
  readonly mentions?: readonly (readonly [string, EntityType, string])[]
  readonly copyOf?: string | null
}

const pair = (v: string | readonly [string, string]): readonly [string, string] =>
  typeof v === 'string' ? [v, v] : v

/** Builds a record: mentions for every agent and recipient found in the text, one attribution per speaker. */
export function recordOf(spec: DocSpec): DocumentRecord {
  const { text } = spec
  const id = sha256(text)
  const mentions: Mention[] = []
  const addMention = (surface: string, type: EntityType, canonical: string) => {
    const at = text.indexOf(surface)
    if (at < 0 || mentions.some((m) => m.start === at)) return
    mentions.push({ start: at, end: at + surface.length, type, canonical, ref: null, rule: 'test' })
  }
  for (const [s, t, c] of spec.mentions ?? []) addMention(s, t, c)
  const attributions: Attribution[] = []
  const claims: Claim[] = []
  const role = (v: string | readonly [string, string] | undefined): RoleValue | null => {
    if (!v) return null
    const [surface, canonical] = pair(v)
    const at = text.indexOf(surface)
    return at >= 0
      ? { text: surface, canonical, span: { start: at, end: at + surface.length } }
      : { text: surface, canonical }
  }
  for (const [i, c] of (spec.claims ?? []).entries()) {
    const evidence = find(text, c.evidence)
    for (const r of [c.agent, c.recipient]) {
      if (!r) continue
      const [surface, canonical] = pair(r)
      addMention(
        surface,
        /^[A-Z][a-z]+ [A-Z]/.test(canonical) && !/Ministry|Forces|Government/.test(canonical)
          ? 'PERSON'
          : 'GPE',
        canonical,
      )
    }
    let attribution: string | undefined
    if (c.speaker) {
      attribution = `attr-${i}`
      attributions.push({
        id: attribution,
        speaker: { text: c.speaker, canonical: c.speaker },
        role: null,
        cue: 'according to',
        outlet: null,
        quote: evidence,
      })
    }
    const q = c.quantity
    const quantity: Quantity | null = q
      ? { value: q[0], low: q[1], high: q[2], unit: q[3], text: q[4] }
      : null
    const t = c.time
    claims.push({
      id: sha256(`${id}:${i}`).slice(0, 24),
      relation: c.relation,
      agent: role(c.agent),
      recipient: role(c.recipient),
      item: c.item ? role(c.item) : null,
      quantity,
      time: t ? { text: t[0], date: t[1], precision: t[2], ...(t[3] ? { end: t[3] } : {}) } : null,
      place: null,
      source: role(c.source ?? c.speaker ?? spec.outlet ?? undefined),
      hedge: c.hedge ?? (c.speaker ? 'asserted' : 'asserted'),
      evidence,
      ...(attribution ? { attribution } : {}),
    })
  }
  const sentences: Span[] = []
  const re = /[^.!?]+[.!?]+/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length
    sentences.push({ start: m.index + lead, end: m.index + m[0].length })
  }
  return {
    source: {
      id,
      raw: text,
      text,
      format: 'txt',
      origin: `test/${id.slice(0, 8)}.txt`,
      meta: {
        title: spec.title ?? text.slice(0, 40),
        outlet: spec.outlet ?? null,
        url: null,
        published: spec.published ?? null,
        language: 'eng',
      },
      messages: [],
    },
    clean: { text, map: OffsetMap.identity(text.length) },
    boilerplate: [],
    sentences,
    mentions: mentions.sort((a, b) => a.start - b.start),
    claims,
    attributions,
    messages: [],
    signature: [],
    copyOf: spec.copyOf ? { id: spec.copyOf, similarity: 0.95 } : null,
  }
}
