/**
 * `dossier brief ENTITY`: a Markdown briefing — who or what it is, key claims with their
 * suggested grades, contradictions, statements attributed to it, and a timeline — in which every
 * statement carries a numbered citation to the sentence it rests on. The citations are listed at
 * the end with the document id and the character span, so each one can be checked against the
 * stored text. Grades are worded as suggestions, never as findings.
 */
import type { Sql } from '../store/sql.js'
import type { AnalysisContext } from './facts.js'
import {
  aboutKey,
  type ClaimView,
  claimViews,
  clusterDetail,
  listClusters,
  listContradictions,
} from './read.js'
import { timeline } from './timeline.js'

export interface Citation {
  readonly n: number
  readonly docId: string
  readonly start: number
  readonly end: number
  /** The cited sentence, sliced from the document text. */
  readonly text: string
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
}

export interface Briefing {
  readonly entity: { readonly key: string; readonly label: string }
  readonly markdown: string
  readonly citations: readonly Citation[]
}

export interface BriefOptions {
  readonly maxClusters?: number
  readonly maxEvents?: number
  readonly context?: AnalysisContext
}

const quote = (s: string, max = 160): string => {
  const one = s.replace(/\s+/g, ' ').trim()
  return one.length > max ? `${one.slice(0, max - 1)}…` : one
}

/** Builds the briefing from the store's analysis tables. */
export async function brief(sql: Sql, entity: string, options: BriefOptions = {}): Promise<Briefing> {
  const about = aboutKey(entity, options.context)
  const citations: Citation[] = []
  const byKey = new Map<string, number>()
  const cite = (c: Omit<Citation, 'n'>): string => {
    const key = `${c.docId}:${c.start}:${c.end}`
    let n = byKey.get(key)
    if (n === undefined) {
      n = citations.length + 1
      citations.push({ ...c, n })
      byKey.set(key, n)
    }
    return `[${n}]`
  }
  const citeClaim = (c: ClaimView): string =>
    cite({
      docId: c.docId,
      start: c.evidence.start,
      end: c.evidence.end,
      text: c.evidenceText,
      title: c.title,
      outlet: c.outlet,
      published: c.published,
    })

  const lines: string[] = [`# Briefing: ${about.label}`, '']
  lines.push(
    '_Every statement below cites the sentence it rests on. Grades are suggested by Dossier from source profiles and corroboration (Admiralty code, ICD 203 wording): suggestions to check, not findings._',
    '',
  )

  // --- who or what
  const names = about.names.map((n) => n.toLowerCase())
  const mentions = await sql.query<{
    doc_id: string
    start: number
    end: number
    role: string | null
    type: string
    s_start: number
    s_end: number
  }>(
    `SELECT m.doc_id, m.start, m."end", m.role, m.type, s.start AS s_start, s."end" AS s_end
     FROM mentions m JOIN sentences s ON s.doc_id = m.doc_id AND s.start <= m.start AND s."end" >= m."end"
     JOIN documents d ON d.id = m.doc_id
     WHERE m.ref = $1 OR lower(m.canonical) = ANY($2::text[])
     ORDER BY d.ingested_at, m.doc_id, m.start LIMIT 2000`,
    [about.ref, names],
  )
  const docIds = [...new Set(mentions.rows.map((m) => m.doc_id))]
  const docs = docIds.length
    ? await sql.query<{
        id: string
        text: string
        title: string | null
        outlet: string | null
        published: string | null
      }>('SELECT id, text, title, outlet, published FROM documents WHERE id = ANY($1::text[])', [docIds])
    : { rows: [] }
  const docOf = new Map(docs.rows.map((d) => [d.id, d]))
  const citeSentence = (docId: string, start: number, end: number): string => {
    const d = docOf.get(docId)!
    return cite({
      docId,
      start,
      end,
      text: d.text.slice(start, end),
      title: d.title,
      outlet: d.outlet,
      published: d.published,
    })
  }
  lines.push('## Who or what it is', '')
  const first = mentions.rows[0]
  if (first) {
    const surfaces = new Set<string>()
    for (const m of mentions.rows) surfaces.add(docOf.get(m.doc_id)!.text.slice(m.start, m.end))
    const also = [...surfaces].filter((s) => s !== about.label).slice(0, 6)
    lines.push(
      `- ${about.label} (${first.type}${also.length ? `; written ${also.map((s) => `“${s}”`).join(', ')}` : ''}) is named in ${docIds.length} stored document${docIds.length === 1 ? '' : 's'}, first here ${citeSentence(first.doc_id, first.s_start, first.s_end)}.`,
    )
    const roles = new Map<string, (typeof mentions.rows)[number]>()
    for (const m of mentions.rows) if (m.role && !roles.has(m.role)) roles.set(m.role, m)
    for (const [role, m] of [...roles].slice(0, 5)) {
      lines.push(`- Described as “${role}” ${citeSentence(m.doc_id, m.s_start, m.s_end)}.`)
    }
  } else {
    lines.push('_No stored document names it._')
  }
  lines.push('')

  // --- key claims
  const clusters = await listClusters(sql, {
    about: entity,
    limit: options.maxClusters ?? 12,
    ...(options.context ? { context: options.context } : {}),
  })
  lines.push('## Key claims', '')
  if (!clusters.length) lines.push('_No claims about it have been clustered._')
  for (const c of clusters) {
    const detail = await clusterDetail(sql, c.id, { memberLimit: 50 })
    if (!detail?.memberList.length) continue
    // one cited sentence per origin (up to four), so the reader sees each independent voice
    const perOrigin = new Map<string, ClaimView>()
    for (const m of detail.memberList) if (m.origin && !perOrigin.has(m.origin)) perOrigin.set(m.origin, m)
    const shown = [...perOrigin.values()].slice(0, 4)
    if (!shown.length) shown.push(detail.memberList[0]!)
    const figures = [
      ...new Set(detail.memberList.map((m) => m.quantity?.text).filter((t): t is string => !!t)),
    ].slice(0, 3)
    const grade = c.grade
      ? `suggested grade ${c.grade.code} (${c.grade.meaning})${c.grade.likelihood ? `, “${c.grade.likelihood}”` : ''}`
      : 'no grade suggested'
    lines.push(
      `- **${c.label}**${figures.length ? ` — ${figures.map((f) => `“${f}”`).join(', ')}` : ''}: ${c.members} claim${c.members === 1 ? '' : 's'} in ${c.outlets} outlet${c.outlets === 1 ? '' : 's'}, ${c.origins} independent origin${c.origins === 1 ? '' : 's'} (${detail.originList.map((o) => o.label).join(', ')}); ${grade}${c.contradictions ? `; ${c.contradictions} contradiction${c.contradictions === 1 ? '' : 's'}` : ''} ${shown.map(citeClaim).join('')}.`,
    )
  }
  lines.push('')

  // --- contradictions
  const contradictions = await listContradictions(sql, {
    about: entity,
    limit: 20,
    ...(options.context ? { context: options.context } : {}),
  })
  lines.push('## Contradictions', '')
  if (!contradictions.length) lines.push('_No conflicting figures, denials or dates were found._')
  for (const x of contradictions) {
    lines.push(`- **${x.label}** (${x.kind}): ${x.description} ${x.claims.map(citeClaim).join('')}.`)
  }
  lines.push('')

  // --- what it said
  const said = await sql.query<{ claim_id: string }>(
    `SELECT a.claim_id FROM analysis_claims a JOIN claims c ON c.id = a.claim_id
     WHERE a.origin_key IN ($1, $2) ORDER BY a.doc_id, c.idx LIMIT 10`,
    [about.key, about.ref ? `src:${about.ref}` : about.key],
  )
  if (said.rows.length) {
    const views = await claimViews(
      sql,
      said.rows.map((r) => r.claim_id),
    )
    lines.push('## Statements attributed to it', '')
    for (const v of views)
      lines.push(`- “${quote(v.evidenceText)}” (${v.relation}, ${v.hedge}) ${citeClaim(v)}.`)
    lines.push('')
  }

  // --- timeline
  const t = await timeline(sql, {
    about: entity,
    limit: options.maxEvents ?? 15,
    ...(options.context ? { context: options.context } : {}),
  })
  lines.push('## Timeline', '')
  if (!t.events.length) lines.push('_No dated events._')
  for (const e of t.events) {
    const when = e.end && e.end !== e.date ? `${e.date} … ${e.end}` : e.date
    const reported = e.reported ? `; reported ${e.reported}` : ''
    lines.push(
      `- ${when} (${e.precision}, “${quote(e.timeText, 60)}”) — ${quote(e.label, 120)}${e.outlet ? ` (${e.outlet}${reported})` : reported ? ` (${reported.slice(2)})` : ''} ${cite(
        {
          docId: e.docId,
          start: e.evidence.start,
          end: e.evidence.end,
          text: e.evidenceText,
          title: e.title,
          outlet: e.outlet,
          published: e.reported,
        },
      )}.`,
    )
  }
  if (t.undated)
    lines.push(`_${t.undated} further claim${t.undated === 1 ? '' : 's'} about it carry no resolved date._`)
  lines.push('')

  // --- sources
  lines.push('## Sources', '')
  for (const c of citations) {
    const where = [c.title ? `“${quote(c.title, 80)}”` : null, c.outlet, c.published]
      .filter(Boolean)
      .join(', ')
    lines.push(
      `[${c.n}] ${where || 'untitled'} — document ${c.docId}, characters ${c.start}–${c.end}: “${quote(c.text, 400)}”`,
    )
  }
  return {
    entity: { key: about.key, label: about.label },
    markdown: `${lines.join('\n').trimEnd()}\n`,
    citations,
  }
}
