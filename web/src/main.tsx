import { StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { href, navigate, useRoute } from './router.js'
import './style.css'
import { ClaimsView } from './views/claims.js'
import { ClusterView } from './views/cluster.js'
import { DocumentView } from './views/document.js'
import { EntityView } from './views/entity.js'
import { GraphView } from './views/graph.js'
import { HomeView } from './views/home.js'
import { MapView } from './views/map.js'
import { SearchView } from './views/search.js'
import { TimelineView } from './views/timeline.js'

function SearchBox({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial)
  useEffect(() => setQ(initial), [initial])
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with the search landmark role works in every browser
    <form
      role="search"
      className="searchbox"
      onSubmit={(e) => {
        e.preventDefault()
        if (q.trim()) navigate(href(['search'], { q: q.trim() }))
      }}
    >
      <input
        type="search"
        aria-label="Search entities, claims and documents"
        placeholder="Search entities, claims, documents…"
        value={q}
        maxLength={200}
        onChange={(e) => setQ(e.target.value)}
      />
      <button type="submit">Search</button>
    </form>
  )
}

function App() {
  const route = useRoute()
  const [head, a, ...rest] = route.path
  let view: React.ReactNode
  switch (head) {
    case 'search':
      view = <SearchView q={route.query.get('q') ?? ''} />
      break
    case 'entity':
      view = <EntityView id={a ?? ''} />
      break
    case 'doc':
      view = <DocumentView id={a ?? ''} claim={route.query.get('claim')} />
      break
    case 'claims':
      view = <ClaimsView query={route.query} />
      break
    case 'cluster':
      view = <ClusterView id={a ?? ''} />
      break
    case 'graph':
      view = <GraphView id={a ?? ''} />
      break
    case 'timeline':
      view = <TimelineView entity={route.query.get('entity')} />
      break
    case 'map':
      view = <MapView entity={route.query.get('entity')} />
      break
    default:
      view = <HomeView />
  }
  void rest
  return (
    <>
      <header className="top">
        <a className="brand" href="#/">
          Dossier
        </a>
        <nav aria-label="Views">
          <a href="#/claims">Claims</a>
          <a href="#/timeline">Timeline</a>
          <a href="#/map">Map</a>
        </nav>
        <SearchBox initial={head === 'search' ? (route.query.get('q') ?? '') : ''} />
      </header>
      <main>{view}</main>
    </>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
