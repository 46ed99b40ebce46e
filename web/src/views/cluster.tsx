import { getCluster } from '../api.js'
import { ClaimsTable, Loaded } from '../components.js'
import { useLoad } from '../hooks.js'

export function ClusterView({ id }: { id: string }) {
  const load = useLoad(() => getCluster(id), [id])
  return (
    <Loaded load={load}>
      {(k) => (
        <article>
          <h1>{k.label}</h1>
          <p className="muted">
            {k.memberCount} claims from {k.outletCount} outlets resting on {k.originCount} independent origins
            {k.timeFrom
              ? ` · ${k.timeFrom}${k.timeTo && k.timeTo !== k.timeFrom ? ` to ${k.timeTo}` : ''}`
              : ''}
          </p>
          <section aria-label="Suggested grade">
            <h2>Suggested grade</h2>
            {k.grade ? (
              <>
                <p>
                  <span className="badge grade">{k.grade.code}</span> {k.grade.meaning}
                  {k.grade.likelihood ? ` — ${k.grade.likelihood}` : ''}
                </p>
                <ul>
                  {k.grade.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="muted">No grade suggested.</p>
            )}
          </section>
          {k.contradictions.length ? (
            <section aria-label="Contradictions">
              <h2>Contradictions</h2>
              <ul>
                {k.contradictions.map((c) => (
                  <li key={c.claims.join(',')} className="contradicted">
                    <span className="badge contradiction">{c.kind}</span> {c.reason}
                    {c.possibleTypo ? (
                      <span className="muted"> (possibly a typo: {c.possibleTypo})</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-label="Origins">
            <h2>Independent origins</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">Origin</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Reliability</th>
                  <th scope="col">Claims</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {k.origins.map((o) => (
                  <tr key={o.key}>
                    <td>{o.label}</td>
                    <td>{o.kind ?? ''}</td>
                    <td>{o.reliability}</td>
                    <td>{o.members}</td>
                    <td>{o.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-label="Members">
            <h2>Member claims</h2>
            <ClaimsTable claims={k.members} caption="Claims in this cluster" />
          </section>
        </article>
      )}
    </Loaded>
  )
}
