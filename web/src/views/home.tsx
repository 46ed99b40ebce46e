import { getDocuments, getEntities, getStats } from '../api.js'
import { Loaded, TypeBadge } from '../components.js'
import { useLoad } from '../hooks.js'
import { href } from '../router.js'

export function HomeView() {
  const stats = useLoad(getStats, [])
  const docs = useLoad(() => getDocuments(50), [])
  const entities = useLoad(() => getEntities({ limit: 30 }), [])
  return (
    <>
      <h1>Evidence store</h1>
      <Loaded load={stats}>
        {(s) => (
          <p className="stats">
            {s.counts.documents} documents · {s.counts.entities} entities · {s.counts.mentions} mentions ·{' '}
            {s.counts.claims} claims · {s.counts.attributions} attributions ({s.engine})
            {(s.counts.documents ?? 0) > 0 && !s.counts.claims ? (
              <span className="note">
                {' '}
                — the extraction pipeline has stored no claims for these documents yet.
              </span>
            ) : null}
          </p>
        )}
      </Loaded>
      <div className="columns">
        <section aria-labelledby="h-entities">
          <h2 id="h-entities">Most documented entities</h2>
          <Loaded load={entities}>
            {(page) =>
              page.items.length ? (
                <ul className="plain">
                  {page.items.map((e) => (
                    <li key={e.id}>
                      <TypeBadge type={e.type} /> <a href={href(['entity', e.id])}>{e.name}</a>{' '}
                      <span className="muted">{e.documents} doc.</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No entities yet.</p>
              )
            }
          </Loaded>
        </section>
        <section aria-labelledby="h-docs">
          <h2 id="h-docs">Documents</h2>
          <Loaded load={docs}>
            {(page) =>
              page.items.length ? (
                <ul className="plain">
                  {page.items.map((d) => (
                    <li key={d.id}>
                      <a href={href(['doc', d.id])}>{d.title ?? '(untitled)'}</a>{' '}
                      <span className="muted">
                        {d.outlet ?? ''} {d.published?.slice(0, 10) ?? ''} · {d.mentions} mentions ·{' '}
                        {d.claims} claims
                        {d.copyOf ? ' · copy' : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No documents: run `dossier ingest PATH…`.</p>
              )
            }
          </Loaded>
        </section>
      </div>
    </>
  )
}
