import cytoscape from 'cytoscape'
import { useEffect, useRef, useState } from 'react'
import type { ClaimOut, GraphOut } from '../api.js'
import { getClaim, getGraph } from '../api.js'
import { evidenceHref, HedgeBadge, Loaded, TYPE_COLOURS } from '../components.js'
import { useLoad } from '../hooks.js'
import { href, navigate } from '../router.js'

type Edge = GraphOut['edges'][number]

const EDGE_COLOURS: Readonly<Record<string, string>> = { CO_MENTION: '#b8b8b8' }

function EdgeDetail({ edge, names }: { edge: Edge; names: Map<string, string> }) {
  const load = useLoad(() => Promise.all(edge.claims.slice(0, 20).map((id) => getClaim(id))), [edge.id])
  const title = `${names.get(edge.source)} ${edge.kind === 'CO_MENTION' ? '—' : `${edge.kind} →`} ${names.get(edge.target)}`
  return (
    <section className="edge-detail" aria-label="Selected connection">
      <h2>{title}</h2>
      {edge.kind === 'CO_MENTION' ? (
        <>
          <p>Mentioned together in {edge.weight} documents:</p>
          <ul className="plain">
            {edge.documents.map((d) => (
              <li key={d}>
                <a href={href(['doc', d])}>document {d.slice(0, 10)}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Loaded load={load}>
          {(claims: ClaimOut[]) => (
            <ul className="plain">
              {claims.map((c) => (
                <li key={c.id}>
                  <HedgeBadge hedge={c.hedge} /> <a href={evidenceHref(c)}>{c.evidenceText}</a>{' '}
                  <span className="muted">{c.document.outlet}</span>
                </li>
              ))}
            </ul>
          )}
        </Loaded>
      )}
    </section>
  )
}

function Network({ graph }: { graph: GraphOut }) {
  const box = useRef<HTMLDivElement | null>(null)
  const [selected, setSelected] = useState<Edge | null>(null)
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]))
  useEffect(() => {
    if (!box.current) return
    const maxDocs = Math.max(1, ...graph.nodes.map((n) => n.documents))
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...graph.nodes.map((n) => ({
          data: { id: n.id, label: n.name, type: n.type, size: 24 + 36 * Math.sqrt(n.documents / maxDocs) },
          classes: n.center ? 'center' : '',
        })),
        ...graph.edges.map((e) => ({
          data: {
            id: e.id,
            source: e.source,
            target: e.target,
            label: e.kind === 'CO_MENTION' ? '' : `${e.kind}${e.weight > 1 ? ` ×${e.weight}` : ''}`,
            kind: e.kind,
            width: Math.min(8, 1 + Math.log2(e.weight + 1)),
          },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            width: 'data(size)',
            height: 'data(size)',
            'background-color': (n: cytoscape.NodeSingular) =>
              TYPE_COLOURS[n.data('type') as string] ?? '#777',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            color: '#222',
          },
        },
        { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#111' } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'curve-style': 'bezier',
            label: 'data(label)',
            'font-size': 9,
            'text-rotation': 'autorotate',
            'line-color': (e: cytoscape.EdgeSingular) => EDGE_COLOURS[e.data('kind') as string] ?? '#3a6ea5',
            'target-arrow-shape': (e: cytoscape.EdgeSingular) =>
              e.data('kind') === 'CO_MENTION' ? 'none' : 'triangle',
            'target-arrow-color': '#3a6ea5',
            'line-style': (e: cytoscape.EdgeSingular) =>
              e.data('kind') === 'CO_MENTION' ? 'dashed' : 'solid',
          },
        },
        { selector: 'edge:selected', style: { 'line-color': '#e67e22', 'target-arrow-color': '#e67e22' } },
      ],
      layout: {
        name: 'cose',
        animate: false,
        randomize: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
      },
      wheelSensitivity: 0.3,
    })
    cy.on('tap', 'edge', (ev) => {
      const e = graph.edges.find((x) => x.id === ev.target.id())
      if (e) setSelected(e)
    })
    cy.on('dbltap', 'node', (ev) => navigate(href(['entity', ev.target.id()])))
    return () => cy.destroy()
  }, [graph])
  return (
    <div className="graphgrid">
      <div>
        <div ref={box} className="cy" role="img" aria-label={`Network of ${names.get(graph.center)}`} />
        <p className="muted">
          Solid arrows: claims, labelled by relation. Dashed: mentioned in the same documents. Click an edge
          for its evidence; double-click a node to open it.
        </p>
      </div>
      <div>
        {selected ? <EdgeDetail edge={selected} names={names} /> : null}
        <table className="connections">
          <caption>Connections</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Relation</th>
              <th scope="col">To</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {graph.edges.map((e) => (
              <tr key={e.id}>
                <td>
                  <a href={href(['entity', e.source])}>{names.get(e.source)}</a>
                </td>
                <td>{e.kind === 'CO_MENTION' ? 'co-mentioned' : e.kind}</td>
                <td>
                  <a href={href(['entity', e.target])}>{names.get(e.target)}</a>
                </td>
                <td>
                  <button type="button" onClick={() => setSelected(e)}>
                    {e.kind === 'CO_MENTION'
                      ? `${e.weight} documents`
                      : `${e.weight} claim${e.weight > 1 ? 's' : ''}`}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

export function GraphView({ id }: { id: string }) {
  const load = useLoad(() => getGraph(id), [id])
  return (
    <Loaded load={load}>
      {(g) => {
        const center = g.nodes.find((n) => n.center)
        return (
          <>
            <h1>
              Network of <a href={href(['entity', g.center])}>{center?.name ?? g.center}</a>
            </h1>
            {g.nodes.length > 1 ? <Network graph={g} /> : <p className="muted">No connected entities yet.</p>}
          </>
        )
      }}
    </Loaded>
  )
}
