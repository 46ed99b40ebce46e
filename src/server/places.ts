/**
 * Where a mentioned place is, for the offline map: countries by the names the world-atlas
 * TopoJSON uses (the UI shades their shapes), other places by their gazetteer entry — the
 * mention's `geonames:<id>` reference when extraction set one, else the most populous GeoNames
 * place of that name. Nothing is looked up over the network.
 */
import { createRequire } from 'node:module'
import { placeById, placesNamed } from '../pipeline/extract/entities/geonames.js'
import { loadReference } from '../reference/load.js'

const require = createRequire(import.meta.url)

// Common names of countries that world-atlas spells otherwise.
const COUNTRY_ALIASES: Readonly<Record<string, string>> = Object.freeze({
  'united states': 'United States of America',
  usa: 'United States of America',
  us: 'United States of America',
  'u.s.': 'United States of America',
  uk: 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  'russian federation': 'Russia',
  'republic of belarus': 'Belarus',
  'czech republic': 'Czechia',
  dprk: 'North Korea',
  "democratic people's republic of korea": 'North Korea',
  'islamic republic of iran': 'Iran',
  'republic of moldova': 'Moldova',
})

let countries: Map<string, string> | null = null

/**
 * Country names of the TopoJSON the UI draws. world-atlas is bundled into the built UI; when the
 * server runs without it installed, only the alias table above is known.
 */
function atlasCountryNames(): string[] {
  try {
    const atlas = require('world-atlas/countries-50m.json') as {
      objects: { countries: { geometries: { properties: { name: string } }[] } }
    }
    return atlas.objects.countries.geometries.map((g) => g.properties.name)
  } catch {
    return [...new Set(Object.values(COUNTRY_ALIASES))]
  }
}

function countryIndex(): Map<string, string> {
  if (!countries) {
    countries = new Map()
    for (const name of atlasCountryNames()) countries.set(name.toLowerCase(), name)
    for (const [alias, name] of Object.entries(COUNTRY_ALIASES)) countries.set(alias, name)
  }
  return countries
}

/** The world-atlas name of the country any of these names denotes, or null. */
export function countryName(names: readonly string[]): string | null {
  const index = countryIndex()
  for (const n of names) {
    const hit = index.get(n.trim().toLowerCase())
    if (hit) return hit
  }
  return null
}

interface GeoPlace {
  readonly name: string
  readonly country: string
  readonly loc?: { readonly coordinates: readonly [number, number] }
}

/** `[longitude, latitude]` and the gazetteer entry used ("Minsk, BY"), or null when none fits. */
export function placeCoordinates(
  ref: string | null,
  names: readonly string[],
): { coordinates: [number, number]; label: string } | null {
  const pick = (p: GeoPlace | undefined) =>
    p?.loc
      ? {
          coordinates: [p.loc.coordinates[0], p.loc.coordinates[1]] as [number, number],
          label: `${p.name}, ${p.country}`,
        }
      : null
  if (ref?.startsWith('geonames:')) {
    const found = pick(placeById(Number(ref.slice('geonames:'.length))) as GeoPlace | undefined)
    if (found) return found
  }
  for (const n of names) {
    const found = pick(placesNamed(n)[0] as GeoPlace | undefined) ?? viaAlias(n, pick)
    if (found) return found
  }
  // a region ("Gomel Region", "Kyiv Oblast") is shown at its centre, and the label says so
  for (const n of names) {
    const m = /^(.+?)\s+(?:region|oblast|voblast|province)$/i.exec(n.trim())
    if (!m) continue
    const centre = pick(placesNamed(m[1]!)[0] as GeoPlace | undefined) ?? viaAlias(m[1]!, pick)
    if (centre) return { ...centre, label: `${centre.label} (regional centre)` }
  }
  return null
}

/** A place under another spelling, through the reference data's alias table (Gomel → Homyel', BY). */
function viaAlias<T>(name: string, pick: (p: GeoPlace | undefined) => T | null): T | null {
  const key = name.trim().toLowerCase()
  for (const a of loadReference().placeAliases) {
    if (a.alias.toLowerCase() !== key) continue
    const hit = placesNamed(a.geonames).find((p) => (p as GeoPlace).country === a.country) as
      | GeoPlace
      | undefined
    const found = pick(hit)
    if (found) return found
  }
  return null
}
