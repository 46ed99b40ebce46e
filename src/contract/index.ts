import type {
  PredictedArgument,
  PredictedAttribution,
  PredictedClaim,
  PredictedEntity,
  Prediction,
} from '../eval/contract.js'
import type { Attribution, Claim, RoleValue, TimePrecision } from '../model/annotations.js'
import type { DocumentRecord } from '../model/record.js'

/**
 * The extraction contract (`dossier extract FILE --format json`): the scorer's `Prediction`
 * (every mention, claim, attribution and boilerplate span of one document, offsets into the
 * document's text) plus ids, metadata, sentences and messages. It is how quality is measured:
 * keep it stable.
 */
export interface ContractOutput extends Prediction {
  readonly id: string
  readonly origin: string
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly language: string | null
  readonly entities: readonly (PredictedEntity & { readonly ref: string | null })[]
  readonly claims: readonly (PredictedClaim & {
    readonly id: string
    readonly time: {
      readonly text: string
      readonly date: string | null
      readonly precision: TimePrecision
    } | null
  })[]
  readonly attributions: readonly (PredictedAttribution & {
    readonly id: string
    readonly role: string | null
    readonly parent?: string
  })[]
  readonly sentences: readonly { readonly start: number; readonly end: number }[]
  readonly messages: readonly { readonly severity: string; readonly rule: string; readonly reason: string }[]
}

const role = (r: RoleValue | null): PredictedArgument | null =>
  r ? { text: r.text, canonical: r.canonical } : null

function claimOut(c: Claim): ContractOutput['claims'][number] {
  return {
    id: c.id,
    relation: c.relation,
    agent: role(c.agent),
    recipient: role(c.recipient),
    item: c.item ? { text: c.item.text } : null,
    quantity: c.quantity
      ? {
          value: c.quantity.value,
          low: c.quantity.low,
          high: c.quantity.high,
          unit: c.quantity.unit,
          text: c.quantity.text,
        }
      : null,
    time: c.time ? { text: c.time.text, date: c.time.date, precision: c.time.precision } : null,
    place: role(c.place),
    source: role(c.source),
    hedge: c.hedge,
    evidence: { start: c.evidence.start, end: c.evidence.end },
  }
}

function attributionOut(a: Attribution): ContractOutput['attributions'][number] {
  return {
    id: a.id,
    speaker: role(a.speaker),
    role: a.role,
    cue: a.cue,
    outlet: a.outlet,
    quote: { start: a.quote.start, end: a.quote.end },
    ...(a.parent ? { parent: a.parent } : {}),
  }
}

/** The contract for one extracted document; spans are already offsets into `source.text`. */
export function toContract(record: DocumentRecord): ContractOutput {
  const { source } = record
  return {
    id: source.id,
    origin: source.origin,
    title: source.meta.title,
    outlet: source.meta.outlet,
    published: source.meta.published,
    language: source.meta.language,
    entities: record.mentions.map((m) => ({
      text: source.text.slice(m.start, m.end),
      type: m.type,
      canonical: m.canonical,
      ref: m.ref,
      start: m.start,
      end: m.end,
    })),
    claims: record.claims.map(claimOut),
    attributions: record.attributions.map(attributionOut),
    boilerplate: record.boilerplate.map((b) => ({ start: b.start, end: b.end })),
    sentences: record.sentences.map((s) => ({ start: s.start, end: s.end })),
    messages: record.messages.map((m) => ({ severity: m.severity, rule: m.rule, reason: m.reason })),
  }
}
