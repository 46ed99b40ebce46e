import { search } from '../api.js'
import { ClaimsTable, Loaded, TypeBadge } from '../components.js'
import { useLoad } from '../hooks.js'
import { href } from '../router.js'

export function SearchView({ q }: { q: string }) {
  const load = useLoad(() => search(q), [q])
  return (
    <>
      <h1>Results for “{q}”</h1>
      <Loaded load={load}>
        {(r) => (
          <>
            <section aria-labelledby="h-ents">
              <h2 id="h-ents">Entities</h2>
              {r.entities.length ? (
                <ul className="plain">
                  {r.entities.map((e) => (
                    <li key={e.id}>
                      <TypeBadge type={e.type} /> <a href={href(['entity', e.id])}>{e.name}</a>{' '}
                      <span className="muted">
                        {e.documents} documents
                        {e.aliases.length > 1
                          ? ` · also ${e.aliases
                              .filter((a) => a !== e.name)
                              .slice(0, 4)
                              .join(', ')}`
                          : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No entity matches.</p>
              )}
            </section>
            <section aria-labelledby="h-claims">
              <h2 id="h-claims">Claims</h2>
              <ClaimsTable claims={r.claims} caption={`Claims about “${q}”`} />
            </section>
            <section aria-labelledby="h-docs">
              <h2 id="h-docs">Documents</h2>
              {r.documents.length ? (
                <ul className="plain results">
                  {r.documents.map((d) => (
                    <li key={d.id}>
                      <a href={href(['doc', d.id])}>{d.title ?? '(untitled)'}</a>{' '}
                      <span className="muted">
                        {d.outlet ?? ''} {d.published?.slice(0, 10) ?? ''}
                      </span>
                      <p className="snippet">
                        {d.snippet.map((p, i) =>
                          // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity beyond their order
                          p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
                        )}
                      </p>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No document matches.</p>
              )}
            </section>
          </>
        )}
      </Loaded>
    </>
  )
}
