import type { TimelineOut } from '../api.js'
import { getTimeline } from '../api.js'
import { evidenceHref, HedgeBadge, Loaded, RoleName } from '../components.js'
import { useLoad } from '../hooks.js'
import { href } from '../router.js'

type Event = TimelineOut['items'][number]

/** The interval a partial date covers: "2023" is the whole year, "2023-03" the month. */
export function interval(date: string, end: string | null): [number, number] {
  const span = (d: string): [number, number] => {
    const [y = 1970, m, day] = d.split('-').map(Number)
    if (day !== undefined && m !== undefined) return [Date.UTC(y, m - 1, day), Date.UTC(y, m - 1, day + 1)]
    if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)]
    return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)]
  }
  const a = span(date)
  return end ? [a[0], Math.max(a[1], span(end)[1])] : a
}

const WIDTH = 960
const LANE = 22

function Strip({ events }: { events: readonly Event[] }) {
  const spans = events.map((e) => interval(e.date, e.end))
  const min = Math.min(...spans.map((s) => s[0]))
  const max = Math.max(...spans.map((s) => s[1]))
  const x = (t: number) => 10 + ((t - min) / Math.max(1, max - min)) * (WIDTH - 20)
  const lanes = [...new Set(events.map((e) => e.relation))]
  const years: number[] = []
  for (let y = new Date(min).getUTCFullYear(); y <= new Date(max).getUTCFullYear(); y++) years.push(y)
  const height = 24 + lanes.length * LANE
  return (
    <svg
      className="strip"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label="Dated claims on a time axis"
    >
      {years.map((y) => {
        const t = Date.UTC(y, 0, 1)
        if (t < min) return null
        return (
          <g key={y}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={height} className="tick" />
            <text x={x(t) + 3} y={12} className="tick-label">
              {y}
            </text>
          </g>
        )
      })}
      {lanes.map((l, i) => (
        <text key={l} x={4} y={24 + i * LANE + 14} className="lane-label">
          {l}
        </text>
      ))}
      {events.map((e, i) => {
        const [a, b] = spans[i]!
        const lane = lanes.indexOf(e.relation)
        return (
          <a key={e.id} href={evidenceHref(e)}>
            <rect
              x={x(a)}
              width={Math.max(4, x(b) - x(a))}
              y={24 + lane * LANE + 4}
              height={LANE - 8}
              rx={3}
              className={`event p-${e.precision}`}
            >
              <title>{`${e.relation} ${e.date} (${e.precision}): ${e.evidenceText}`}</title>
            </rect>
          </a>
        )
      })}
    </svg>
  )
}

export function TimelineView({ entity }: { entity: string | null }) {
  const load = useLoad(() => getTimeline({ entity, limit: 500 }), [entity])
  return (
    <>
      <h1>Timeline{entity ? ' of an entity' : ''}</h1>
      {entity ? (
        <p>
          <a href={href(['entity', entity])}>Back to the entity</a> · <a href="#/timeline">All claims</a>
        </p>
      ) : null}
      <Loaded load={load}>
        {(t) => (
          <>
            <p className="muted">
              {t.total} dated claims{t.undated ? `; ${t.undated} more without a resolved date` : ''}. Bars
              span what the date says: a day, a month, a year or a range.
            </p>
            {t.items.length ? <Strip events={t.items} /> : null}
            <ol className="timeline">
              {t.items.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.date}>
                    {e.date}
                    {e.end ? `–${e.end}` : ''}
                  </time>{' '}
                  <span className="precision">{e.precision}</span> <strong>{e.relation}</strong>{' '}
                  <RoleName role={e.agent} />
                  {e.recipient ? (
                    <>
                      {' → '}
                      <RoleName role={e.recipient} />
                    </>
                  ) : null}
                  {e.item ? ` · ${e.item.canonical ?? e.item.text}` : ''} <HedgeBadge hedge={e.hedge} />{' '}
                  <a href={evidenceHref(e)}>evidence</a>{' '}
                  <span className="muted">
                    {e.document.outlet} {e.document.published?.slice(0, 10)}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </Loaded>
    </>
  )
}
