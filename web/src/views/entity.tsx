import type { EntityOut } from '../api.js'
import { getEntity } from '../api.js'
import { ClaimsTable, DocLine, Loaded, TypeBadge } from '../components.js'
import { useLoad } from '../hooks.js'
import { href } from '../router.js'

function Quotes({ quotes, title }: { quotes: EntityOut['quotesBy']; title: string }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {quotes.length ? (
        <ul className="plain quotes">
          {quotes.map((q) => (
            <li key={`${q.document.id}:${q.id}`}>
              <blockquote>{q.text}</blockquote>
              <span className="muted">
                {q.speaker
                  ? `${q.speaker.canonical ?? q.speaker.text}${q.cue ? ` (${q.cue})` : ''}`
                  : 'unattributed'}
                {q.outlet ? ` on ${q.outlet}` : ''} — <DocLine doc={q.document} />{' '}
                <a href={href(['doc', q.document.id], { quote: `${q.quote.start}-${q.quote.end}` })}>
                  source
                </a>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None recorded.</p>
      )}
    </section>
  )
}

export function EntityView({ id }: { id: string }) {
  const load = useLoad(() => getEntity(id), [id])
  return (
    <Loaded load={load}>
      {(e) => (
        <article className="entity">
          <h1>
            {e.name} <TypeBadge type={e.type} />
          </h1>
          <p className="muted">
            {e.ref ? (
              <>
                reference id <code>{e.ref}</code> ·{' '}
              </>
            ) : null}
            {e.mentions} mentions in {e.documents} documents · {e.claimsTotal} claims
          </p>
          <section aria-label="Aliases">
            <h2>Aliases</h2>
            <ul className="aliases">
              {e.aliases.map((a) => (
                <li key={a.name}>
                  {a.name} <span className="script">{a.script}</span>
                </li>
              ))}
            </ul>
          </section>
          <nav className="actions" aria-label="Views of this entity">
            <a href={href(['graph', e.id])}>Network</a>
            <a href={href(['timeline'], { entity: e.id })}>Timeline</a>
            <a href={href(['map'], { entity: e.id })}>Map</a>
            <a href={href(['claims'], { entity: e.id })}>All claims</a>
          </nav>
          <section aria-label="Contradictions">
            <h2>Contradictions</h2>
            {e.analysis ? (
              e.contradictions.length ? (
                <ul className="plain">
                  {e.contradictions.map((c) => (
                    <li key={`${c.cluster}:${c.claims.join(',')}`} className="contradicted">
                      <a href={href(['cluster', c.cluster])}>{c.label}</a>{' '}
                      <span className="badge contradiction">{c.kind}</span> {c.reason}
                      {c.possibleTypo ? (
                        <span className="muted"> (possibly a typo: {c.possibleTypo})</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No contradicting sources found.</p>
              )
            ) : (
              <p className="muted">
                Grades and contradictions come from cross-document analysis, which this build does not have
                yet.
              </p>
            )}
          </section>
          <section aria-label="Key claims">
            <h2>Key claims</h2>
            <ClaimsTable claims={e.claims} caption={`Claims involving ${e.name}`} />
            {e.claimsTotal > e.claims.length ? (
              <p>
                <a href={href(['claims'], { entity: e.id })}>All {e.claimsTotal} claims</a>
              </p>
            ) : null}
          </section>
          <div className="columns">
            <Quotes quotes={e.quotesBy} title={`Quotes by ${e.name}`} />
            <Quotes quotes={e.quotesAbout} title={`Quotes about ${e.name}`} />
          </div>
          <section aria-label="Co-mentioned entities">
            <h2>Co-mentioned</h2>
            {e.coMentions.length ? (
              <ul className="plain">
                {e.coMentions.map((c) => (
                  <li key={c.id}>
                    <TypeBadge type={c.type} /> <a href={href(['entity', c.id])}>{c.name}</a>{' '}
                    <span className="muted">{c.documents} shared documents</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No other entity in its documents.</p>
            )}
            {e.coMentionBasis.capped ? (
              <p className="muted">Counted over {e.coMentionBasis.documents} of its documents.</p>
            ) : null}
          </section>
        </article>
      )}
    </Loaded>
  )
}
