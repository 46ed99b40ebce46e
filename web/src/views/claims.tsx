import { useEffect, useState } from 'react'
import { RELATIONS } from '../../../src/model/annotations.js'
import { apiUrl, getClaims, getStats } from '../api.js'
import { ClaimsTable, Loaded } from '../components.js'
import { useLoad } from '../hooks.js'
import { href, navigate } from '../router.js'

const HEDGES = ['asserted', 'reported', 'likely', 'possible', 'denied']
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'].flatMap((r) => [1, 2, 3, 4, 5, 6].map((c) => `${r}${c}`))
const PAGE = 50

export function ClaimsView({ query }: { query: URLSearchParams }) {
  const filter = {
    relation: query.get('relation') ?? '',
    entity: query.get('entity') ?? '',
    source: query.get('source') ?? '',
    hedge: query.get('hedge') ?? '',
    grade: query.get('grade') ?? '',
  }
  const offset = Number(query.get('offset') ?? 0) || 0
  const key = JSON.stringify({ ...filter, offset })
  const stats = useLoad(getStats, [])
  const load = useLoad(() => getClaims({ ...filter, limit: PAGE, offset }), [key])
  const [source, setSource] = useState(filter.source)
  useEffect(() => setSource(filter.source), [filter.source])
  const set = (k: string, v: string) => navigate(href(['claims'], { ...filter, [k]: v, offset: undefined }))
  const analysis = stats.state === 'done' && stats.data.analysis
  const csv = apiUrl('claims', { ...filter, format: 'csv', limit: 10000 })
  return (
    <>
      <h1>Claims</h1>
      <form
        className="filters"
        aria-label="Filter claims"
        onSubmit={(e) => {
          e.preventDefault()
          set('source', source.trim())
        }}
      >
        <label>
          Relation
          <select value={filter.relation} onChange={(e) => set('relation', e.target.value)}>
            <option value="">any</option>
            {RELATIONS.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          Hedge
          <select value={filter.hedge} onChange={(e) => set('hedge', e.target.value)}>
            <option value="">any</option>
            {HEDGES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label title={analysis ? undefined : 'grades come from cross-document analysis, not in this build'}>
          Grade
          <select value={filter.grade} disabled={!analysis} onChange={(e) => set('grade', e.target.value)}>
            <option value="">any</option>
            {GRADES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          Source or outlet
          <input type="text" value={source} maxLength={200} onChange={(e) => setSource(e.target.value)} />
        </label>
        <button type="submit">Apply</button>
        {filter.entity ? (
          <span className="chip">
            entity <code>{filter.entity}</code>{' '}
            <button type="button" aria-label="Remove entity filter" onClick={() => set('entity', '')}>
              ×
            </button>
          </span>
        ) : null}
        <a className="button" href={csv} download="claims.csv">
          Export CSV
        </a>
      </form>
      <Loaded load={load}>
        {(page) => (
          <>
            <p className="muted" aria-live="polite">
              {page.total} claims
              {page.total > PAGE ? ` · showing ${offset + 1}–${offset + page.items.length}` : ''}
            </p>
            <ClaimsTable claims={page.items} caption="Claims matching the filters" />
            <nav className="pager" aria-label="Pages">
              {offset > 0 ? (
                <a href={href(['claims'], { ...filter, offset: String(Math.max(0, offset - PAGE)) })}>
                  Previous
                </a>
              ) : null}
              {offset + PAGE < page.total ? (
                <a href={href(['claims'], { ...filter, offset: String(offset + PAGE) })}>Next</a>
              ) : null}
            </nav>
          </>
        )}
      </Loaded>
    </>
  )
}
