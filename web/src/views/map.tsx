import { geoMercator, geoPath } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection } from 'topojson-specification'
import type { PlaceOut } from '../api.js'
import { getPlaces } from '../api.js'
import { Loaded } from '../components.js'
import { useLoad } from '../hooks.js'
import { href } from '../router.js'

type Country = Feature<Geometry, { name: string }>

/** Country shapes from the bundled world-atlas TopoJSON, loaded with the map view only. */
async function loadCountries(): Promise<Country[]> {
  const atlas = (await import('world-atlas/countries-50m.json')).default
  const fc = feature(
    atlas,
    atlas.objects.countries as GeometryCollection<{ name: string }>,
  ) as FeatureCollection<Geometry, { name: string }>
  return fc.features
}

const W = 960
const H = 600

function WorldMap({ places, countries }: { places: readonly PlaceOut[]; countries: readonly Country[] }) {
  const mentioned = new Map(places.filter((p) => p.country).map((p) => [p.country!, p]))
  const points = places.filter((p) => p.coordinates)
  // Fit to the located places when there are any (a mentioned Russia or United States would
  // otherwise zoom out to the whole world), else to the mentioned countries.
  const pointFeatures = points.map(
    (p): Feature => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: p.coordinates! },
    }),
  )
  const focus: Feature[] = pointFeatures.length
    ? pointFeatures
    : countries.filter((c) => mentioned.has(c.properties.name))
  const projection = geoMercator()
  if (focus.length) {
    projection.fitExtent(
      [
        [90, 60],
        [W - 90, H - 60],
      ],
      { type: 'FeatureCollection', features: focus },
    )
  } else projection.fitSize([W, H], { type: 'Sphere' })
  const path = geoPath(projection)
  const maxDocs = Math.max(1, ...places.map((p) => p.documents))
  return (
    <svg className="map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Map of the places mentioned">
      <rect width={W} height={H} className="sea" />
      {countries.map((c) => {
        const hit = mentioned.get(c.properties.name)
        return (
          <path key={c.properties.name} d={path(c) ?? ''} className={hit ? 'country mentioned' : 'country'}>
            <title>{hit ? `${c.properties.name}: ${hit.documents} documents` : c.properties.name}</title>
          </path>
        )
      })}
      {points.map((p) => {
        const xy = projection(p.coordinates!)
        if (!xy) return null
        const r = 4 + 10 * Math.sqrt(p.documents / maxDocs)
        return (
          <a key={p.id} href={href(['entity', p.id])} aria-label={`${p.name}, ${p.documents} documents`}>
            <circle cx={xy[0]} cy={xy[1]} r={r} className="place">
              <title>{`${p.name} (${p.gazetteer}): ${p.documents} documents`}</title>
            </circle>
            <text x={xy[0] + r + 2} y={xy[1] + 4} className="place-label">
              {p.name}
            </text>
          </a>
        )
      })}
    </svg>
  )
}

export function MapView({ entity }: { entity: string | null }) {
  const places = useLoad(() => getPlaces({ entity, limit: 300 }), [entity])
  const countries = useLoad(loadCountries, [])
  return (
    <>
      <h1>Places mentioned</h1>
      {entity ? (
        <p>
          In the documents of <a href={href(['entity', entity])}>this entity</a> ·{' '}
          <a href="#/map">all places</a>
        </p>
      ) : null}
      <Loaded load={places}>
        {(p) => (
          <>
            <Loaded load={countries}>{(c) => <WorldMap places={p.items} countries={c} />}</Loaded>
            <table className="places">
              <caption>Places</caption>
              <thead>
                <tr>
                  <th scope="col">Place</th>
                  <th scope="col">Type</th>
                  <th scope="col">Documents</th>
                  <th scope="col">Located by</th>
                </tr>
              </thead>
              <tbody>
                {p.items.map((x) => (
                  <tr key={x.id}>
                    <td>
                      <a href={href(['entity', x.id])}>{x.name}</a>
                    </td>
                    <td>{x.type}</td>
                    <td>{x.documents}</td>
                    <td>
                      {x.country
                        ? 'country shape'
                        : x.coordinates
                          ? `${x.gazetteer} (${x.coordinates[1].toFixed(2)}, ${x.coordinates[0].toFixed(2)})`
                          : 'not in the gazetteer'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Loaded>
    </>
  )
}
