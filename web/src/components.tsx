import type { ReactNode } from 'react'
import type { ClaimOut } from './api.js'
import type { Load } from './hooks.js'
import { href } from './router.js'

type Role = ClaimOut['agent']

export function Loaded<T>({ load, children }: { load: Load<T>; children: (data: T) => ReactNode }) {
  if (load.state === 'loading')
    return (
      <p className="muted" aria-live="polite">
        Loading…
      </p>
    )
  if (load.state === 'error') {
    return (
      <p className="error" role="alert">
        {load.message} {load.code ? <code>{load.code}</code> : null}
      </p>
    )
  }
  return <>{children(load.data)}</>
}

export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  PERSON: '#b5477a',
  ORG: '#3a6ea5',
  GPE: '#2e8b57',
  LOC: '#5f8f3a',
  FACILITY: '#8a6d3b',
  EQUIPMENT: '#c0392b',
  UNIT: '#6c4fa3',
  EVENT: '#d07a1e',
}

export function TypeBadge({ type }: { type: string }) {
  return (
    <span className="badge type" style={{ background: TYPE_COLOURS[type] ?? '#666' }}>
      {type}
    </span>
  )
}

export function HedgeBadge({ hedge }: { hedge: string }) {
  return <span className={`badge hedge hedge-${hedge}`}>{hedge}</span>
}

export function GradeBadge({ claim }: { claim: ClaimOut }) {
  const g = claim.cluster?.grade
  if (!g) return null
  return (
    <a
      className="badge grade"
      href={href(['cluster', claim.cluster!.id])}
      title={`suggested grade: source reliability ${g.reliability}, information credibility ${g.credibility}`}
    >
      {g.code}
      {g.likelihood ? ` · ${g.likelihood}` : ''}
    </a>
  )
}

/** A role's name, linked to its entity when the store linked it. */
export function RoleName({ role }: { role: Role }) {
  if (!role) return <span className="muted">—</span>
  const name = role.canonical ?? role.text
  const title = role.canonical && role.canonical !== role.text ? `“${role.text}”` : undefined
  return role.entityId ? (
    <a href={href(['entity', role.entityId])} title={title}>
      {name}
    </a>
  ) : (
    <span title={title}>{name}</span>
  )
}

export function quantityText(q: ClaimOut['quantity']): string {
  if (!q) return ''
  const n = (v: number) => v.toLocaleString('en')
  const unit = q.unit ? ` ${q.unit}` : ''
  if (q.low !== null && q.high !== null && q.low !== q.high) return `${n(q.low)}–${n(q.high)}${unit}`
  if (q.low !== null && q.high !== null) return `${n(q.low)}${unit}`
  if (q.low !== null) return `≥ ${n(q.low)}${unit}`
  if (q.high !== null) return `≤ ${n(q.high)}${unit}`
  return q.text
}

export function TimeText({ time }: { time: ClaimOut['time'] }) {
  if (!time) return null
  return (
    <span title={`“${time.text}”`}>
      {time.date ?? time.text}
      {time.end ? `–${time.end}` : ''} <span className="precision">{time.precision}</span>
    </span>
  )
}

export const evidenceHref = (c: ClaimOut): string => href(['doc', c.document.id], { claim: c.id })

export function DocLine({ doc }: { doc: ClaimOut['document'] }) {
  return (
    <span className="docline">
      {doc.outlet ?? 'unknown outlet'}
      {doc.published ? `, ${doc.published.slice(0, 10)}` : ''}
    </span>
  )
}

/** Claims as a table: one row per claim, always with a link to its evidence. */
export function ClaimsTable({ claims, caption }: { claims: readonly ClaimOut[]; caption: string }) {
  if (!claims.length) return <p className="muted">No claims.</p>
  return (
    <table className="claims">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Relation</th>
          <th scope="col">Agent</th>
          <th scope="col">Recipient</th>
          <th scope="col">Item</th>
          <th scope="col">Quantity</th>
          <th scope="col">Time</th>
          <th scope="col">Hedge · grade</th>
          <th scope="col">Source</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id} className={c.cluster?.contradicted ? 'contradicted' : undefined}>
            <td>
              <span className="relation">{c.relation}</span>
              {c.cluster?.contradicted ? (
                <span className="badge contradiction" title="other sources disagree">
                  contradicted
                </span>
              ) : null}
            </td>
            <td>
              <RoleName role={c.agent} />
            </td>
            <td>
              <RoleName role={c.recipient} />
            </td>
            <td>{c.item ? (c.item.canonical ?? c.item.text) : ''}</td>
            <td title={c.quantity?.text}>{quantityText(c.quantity)}</td>
            <td>
              <TimeText time={c.time} />
            </td>
            <td>
              <HedgeBadge hedge={c.hedge} /> <GradeBadge claim={c} />
            </td>
            <td>
              {c.source ? (
                <>
                  <RoleName role={c.source} />
                  <br />
                </>
              ) : null}
              <DocLine doc={c.document} />
            </td>
            <td className="evidence-cell">
              <a
                href={evidenceHref(c)}
                aria-label={`Evidence for ${c.relation} claim: ${c.evidenceText.slice(0, 60)}`}
              >
                {c.evidenceText.length > 140 ? `${c.evidenceText.slice(0, 139)}…` : c.evidenceText}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
