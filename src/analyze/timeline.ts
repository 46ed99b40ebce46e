/**
 * The timeline: events with normalised dates and their precision, from claims (the claimed
 * event's time, kept apart from when it was reported) and from dated event mentions
 * ("Zapad-2021" → 2021, year). Ordered by the first day the event may fall on, then finer
 * precision first, then report date.
 */
import type { Quantity, RoleValue, TimeValue } from '../model/annotations.js'
import type { Sql } from '../store/sql.js'
import type { AnalysisContext } from './facts.js'
import { type DayRange, timeRange } from './figures.js'
import { aboutKey } from './read.js'

export interface TimelineEvent {
  readonly kind: 'claim' | 'mention'
  /** The claim id, or `<doc>:<mention idx>` for a dated mention. */
  readonly id: string
  readonly docId: string
  /** First and last day the event may fall on (ISO); `end` null when open. */
  readonly date: string
  readonly end: string | null
  readonly precision: string
  /** The time expression as written ("within the first seven months of the war"). */
  readonly timeText: string
  readonly label: string
  readonly relation: string | null
  readonly hedge: string | null
  /** When it was reported: the document's publication date (null when unknown). */
  readonly reported: string | null
  readonly outlet: string | null
  readonly title: string | null
  readonly evidence: { readonly start: number; readonly end: number }
  readonly evidenceText: string
}

const PRECISION_ORDER = ['day', 'month', 'season', 'year', 'range', 'duration']
const rank = (p: string): number => {
  const i = PRECISION_ORDER.indexOf(p)
  return i < 0 ? PRECISION_ORDER.length : i
}

/** Orders events: earliest possible day, then finer precision, then the earlier report. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1
  if (rank(a.precision) !== rank(b.precision)) return rank(a.precision) - rank(b.precision)
  const ra = a.reported ?? '9999'
  const rb = b.reported ?? '9999'
  if (ra !== rb) return ra < rb ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

interface ClaimRow {
  id: string
  doc_id: string
  relation: string
  agent: RoleValue | null
  recipient: RoleValue | null
  item: RoleValue | null
  quantity: Quantity | null
  time: TimeValue | null
  hedge: string
  evidence_start: number
  evidence_end: number
  title: string | null
  outlet: string | null
  published: string | null
}

const roleName = (r: RoleValue | null): string | null => r?.canonical ?? r?.text ?? null

/** "Belarus TRANSFER Russia: more than 65,000 tons of ammunition" */
export function claimLabel(c: Pick<ClaimRow, 'relation' | 'agent' | 'recipient' | 'item'>): string {
  const who = [roleName(c.agent) ?? '?', c.relation, roleName(c.recipient)].filter(Boolean).join(' ')
  return c.item ? `${who}: ${c.item.text}` : who
}

export interface TimelineQuery {
  readonly about?: string
  readonly limit?: number
  readonly context?: AnalysisContext
}

/** Dated events for an entity (agent, recipient, or named in the evidence sentence) or for all. */
export async function timeline(
  sql: Sql,
  q: TimelineQuery = {},
): Promise<{ events: TimelineEvent[]; undated: number }> {
  const about = q.about ? aboutKey(q.about, q.context) : null
  const names = about ? about.names.map((n) => n.toLowerCase()) : null
  const filter = `($1::text IS NULL
    OR EXISTS (SELECT 1 FROM analysis_claims a WHERE a.claim_id = c.id AND (a.agent_ref = $1 OR a.recipient_ref = $1 OR a.agent_key = $1 OR a.recipient_key = $1))
    OR EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = c.doc_id AND m.start >= c.evidence_start AND m."end" <= c.evidence_end
               AND (m.ref = $2 OR lower(m.canonical) = ANY($3::text[]))))`
  const params = [about?.key ?? null, about?.ref ?? null, names ?? []]
  const rows = await sql.query<ClaimRow>(
    `SELECT c.id, c.doc_id, c.relation, c.agent, c.recipient, c.item, c.quantity, c.time, c.hedge,
       c.evidence_start, c.evidence_end, d.title, d.outlet, d.published
     FROM claims c JOIN documents d ON d.id = c.doc_id
     WHERE c.time IS NOT NULL AND c.time->>'date' IS NOT NULL AND ${filter}`,
    params,
  )
  const undated = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM claims c WHERE (c.time IS NULL OR c.time->>'date' IS NULL) AND ${filter}`,
    params,
  )
  // dated event mentions: a year in the event's name ("Zapad-2021")
  const mentions = await sql.query<{
    doc_id: string
    idx: number
    canonical: string
    s_start: number
    s_end: number
    title: string | null
    outlet: string | null
    published: string | null
  }>(
    `SELECT DISTINCT ON (m.doc_id, m.canonical) m.doc_id, m.idx, m.canonical, s.start AS s_start, s."end" AS s_end,
       d.title, d.outlet, d.published
     FROM mentions m JOIN documents d ON d.id = m.doc_id
     JOIN sentences s ON s.doc_id = m.doc_id AND s.start <= m.start AND s."end" >= m."end"
     WHERE m.type = 'EVENT' AND m.canonical ~ '(19|20)[0-9]{2}'
       AND ($1::text IS NULL OR m.ref = $2 OR lower(m.canonical) = ANY($3::text[]) OR EXISTS (
         SELECT 1 FROM mentions o WHERE o.doc_id = m.doc_id AND o.start >= s.start AND o."end" <= s."end"
           AND (o.ref = $2 OR lower(o.canonical) = ANY($3::text[]))))
     ORDER BY m.doc_id, m.canonical, m.idx`,
    params,
  )
  const docIds = [...new Set([...rows.rows.map((r) => r.doc_id), ...mentions.rows.map((m) => m.doc_id)])]
  const texts = docIds.length
    ? await sql.query<{ id: string; text: string }>(
        'SELECT id, text FROM documents WHERE id = ANY($1::text[])',
        [docIds],
      )
    : { rows: [] }
  const textOf = new Map(texts.rows.map((t) => [t.id, t.text]))
  const events: TimelineEvent[] = []
  for (const r of rows.rows) {
    const range: DayRange | null = timeRange(r.time)
    if (!range) continue
    events.push({
      kind: 'claim',
      id: r.id,
      docId: r.doc_id,
      date: range.low,
      end: range.high,
      precision: range.precision,
      timeText: r.time?.text ?? '',
      label: claimLabel(r),
      relation: r.relation,
      hedge: r.hedge,
      reported: r.published,
      outlet: r.outlet,
      title: r.title,
      evidence: { start: r.evidence_start, end: r.evidence_end },
      evidenceText: (textOf.get(r.doc_id) ?? '').slice(r.evidence_start, r.evidence_end),
    })
  }
  for (const m of mentions.rows) {
    const year = /(19|20)\d{2}/.exec(m.canonical)![0]
    events.push({
      kind: 'mention',
      id: `${m.doc_id}:${m.idx}`,
      docId: m.doc_id,
      date: `${year}-01-01`,
      end: `${year}-12-31`,
      precision: 'year',
      timeText: m.canonical,
      label: m.canonical,
      relation: null,
      hedge: null,
      reported: m.published,
      outlet: m.outlet,
      title: m.title,
      evidence: { start: m.s_start, end: m.s_end },
      evidenceText: (textOf.get(m.doc_id) ?? '').slice(m.s_start, m.s_end),
    })
  }
  events.sort(compareEvents)
  return { events: q.limit ? events.slice(0, q.limit) : events, undated: Number(undated.rows[0]?.n ?? 0) }
}
