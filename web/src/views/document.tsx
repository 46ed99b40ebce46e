import { useEffect, useMemo, useRef } from 'react'
import type { DocumentOut } from '../api.js'
import { getDocument } from '../api.js'
import { HedgeBadge, Loaded, RoleName, TYPE_COLOURS } from '../components.js'
import { useLoad } from '../hooks.js'
import { href, useRoute } from '../router.js'

interface Piece {
  readonly start: number
  readonly end: number
  readonly mention: DocumentOut['mentions'][number] | null
  readonly evidence: boolean
  readonly boilerplate: boolean
}

/**
 * Cuts the text at every span boundary; each piece knows the mention, evidence and boilerplate
 * spans it lies in. Text is only ever rendered as React text nodes: never as HTML.
 */
export function pieces(
  length: number,
  mentions: DocumentOut['mentions'],
  evidence: { start: number; end: number } | null,
  boilerplate: readonly { start: number; end: number }[],
): Piece[] {
  const cuts = new Set([0, length])
  for (const s of [...mentions, ...boilerplate, ...(evidence ? [evidence] : [])]) {
    cuts.add(Math.max(0, Math.min(length, s.start)))
    cuts.add(Math.max(0, Math.min(length, s.end)))
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const out: Piece[] = []
  let mi = 0
  const ms = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!
    const end = sorted[i + 1]!
    while (mi < ms.length && ms[mi]!.end <= start) mi++
    let mention: Piece['mention'] = null
    for (let j = mi; j < ms.length && ms[j]!.start <= start; j++) {
      if (ms[j]!.end >= end) {
        mention = ms[j]!
        break
      }
    }
    out.push({
      start,
      end,
      mention,
      evidence: !!evidence && evidence.start <= start && end <= evidence.end,
      boilerplate: boilerplate.some((b) => b.start <= start && end <= b.end),
    })
  }
  return out
}

function DocumentText({
  doc,
  highlight,
}: {
  doc: DocumentOut
  highlight: { start: number; end: number } | null
}) {
  const first = useRef<HTMLElement | null>(null)
  const parts = useMemo(
    () => pieces(doc.text.length, doc.mentions, highlight, doc.boilerplate),
    [doc, highlight],
  )
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'center' })
  }, [])
  // consecutive evidence pieces go into one <mark>, so the cited sentence is one element
  const groups: { evidence: boolean; parts: Piece[] }[] = []
  for (const p of parts) {
    const last = groups[groups.length - 1]
    if (last?.evidence && p.evidence) last.parts.push(p)
    else groups.push({ evidence: p.evidence, parts: [p] })
  }
  let firstEvidence = true
  const render = (p: Piece) => {
    const text = doc.text.slice(p.start, p.end)
    const node = p.mention ? (
      <a
        className="mention"
        href={href(['entity', p.mention.entityId])}
        title={`${p.mention.type} · ${p.mention.canonical}${p.mention.role ? ` · ${p.mention.role}` : ''}`}
        style={{ borderColor: TYPE_COLOURS[p.mention.type] ?? '#666' }}
        data-type={p.mention.type}
      >
        {text}
      </a>
    ) : (
      text
    )
    return (
      <span key={p.start} className={p.boilerplate ? 'boilerplate' : undefined}>
        {node}
      </span>
    )
  }
  return (
    <div className="doctext" lang={doc.language === 'eng' ? 'en' : undefined}>
      {groups.map((g) => {
        if (!g.evidence) return g.parts.map(render)
        const ref = firstEvidence ? first : undefined
        firstEvidence = false
        return (
          <mark key={`e${g.parts[0]!.start}`} className="evidence" ref={ref} title="Cited evidence">
            {g.parts.map(render)}
          </mark>
        )
      })}
    </div>
  )
}

export function DocumentView({ id, claim }: { id: string; claim: string | null }) {
  const load = useLoad(() => getDocument(id), [id])
  const route = useRoute()
  const quote = route.query.get('quote')
  return (
    <Loaded load={load}>
      {(doc) => {
        const cited = claim ? doc.claims.find((c) => c.id === claim) : undefined
        const q = quote ? /^(\d+)-(\d+)$/.exec(quote) : null
        const highlight = cited ? cited.evidence : q ? { start: Number(q[1]), end: Number(q[2]) } : null
        return (
          <article className="document">
            <h1>{doc.title ?? '(untitled)'}</h1>
            <p className="meta">
              <span>{doc.outlet ?? 'unknown outlet'}</span>
              {doc.published ? <span> · {doc.published.slice(0, 10)}</span> : null}
              {doc.url ? <span> · {doc.url}</span> : null}
              <span className="muted">
                {' '}
                · {doc.format} from {doc.origin}
                {doc.copyOf ? (
                  <>
                    {' '}
                    · near-copy of <a href={href(['doc', doc.copyOf])}>{doc.copyOf.slice(0, 10)}</a>
                  </>
                ) : null}
              </span>
            </p>
            {cited ? (
              <p className="cited">
                Showing the evidence for a <strong>{cited.relation}</strong> claim ({cited.hedge}).
              </p>
            ) : null}
            <div className="docgrid">
              <DocumentText doc={doc} highlight={highlight} />
              <aside aria-label="Claims in this document">
                <h2>Claims ({doc.claims.length})</h2>
                {doc.claims.length ? (
                  <ul className="plain">
                    {doc.claims.map((c) => (
                      <li key={c.id} className={c.id === claim ? 'current' : undefined}>
                        <a href={href(['doc', doc.id], { claim: c.id })}>{c.relation}</a>{' '}
                        <RoleName role={c.agent} />
                        {c.recipient ? (
                          <>
                            {' → '}
                            <RoleName role={c.recipient} />
                          </>
                        ) : null}{' '}
                        <HedgeBadge hedge={c.hedge} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="muted">No claims extracted.</p>
                )}
                <h2>Legend</h2>
                <ul className="legend">
                  {Object.entries(TYPE_COLOURS).map(([t, c]) => (
                    <li key={t}>
                      <span className="swatch" style={{ borderColor: c }} /> {t}
                    </li>
                  ))}
                  <li>
                    <mark className="evidence">cited sentence</mark>
                  </li>
                  <li>
                    <span className="boilerplate">site furniture</span>
                  </li>
                </ul>
              </aside>
            </div>
          </article>
        )
      }}
    </Loaded>
  )
}
