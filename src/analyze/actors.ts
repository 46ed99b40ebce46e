/**
 * Actor keys: the agent or recipient of a claim as one cross-document key, so that "Lukashenka",
 * "Lukashenko" and "Лукашенко" are one actor, and — for state actions — the head of state, the
 * government, the armed forces, the defence ministry and the capital stand for the state:
 * "Lukashenko handed Russia tanks" and "Belarus handed Russia tanks" state the same thing.
 * Every fold is reported, so an analyst sees why two claims were taken as one.
 */
import type { Relation, RoleValue } from '../model/annotations.js'
import { normaliseAlias, type RefEntity, type Reference } from '../reference/load.js'

export interface ActorKey {
  /** `ref:belarus` for a reference entity, `name:<normalised>` otherwise. */
  readonly key: string
  readonly label: string
  /** The key of the entity as named, before a state fold (equal to `key` when nothing folded). */
  readonly named: string
  /** Why the key differs from the name given, when it does. */
  readonly reason: string | null
}

export interface ActorResolver {
  resolve(role: RoleValue | null, relation: Relation): ActorKey | null
  /** The reference entity a name denotes, when exactly one does. */
  entity(name: string): RefEntity | null
}

/** Meetings are between people: a president meeting a president is not "Belarus meets Russia". */
const UNFOLDED: ReadonlySet<Relation> = new Set(['MEET'])

// "Ministry of Defence of Belarus", "Armed Forces of Belarus", "Government of Belarus"
const STATE_BODY =
  /^(Armed Forces of|Ministry of Defence of|Government of|Council of Ministers of|Presidential Administration of) (.+)$/

/** Builds a resolver over the reference data. */
export function actorResolver(reference: Reference): ActorResolver {
  const stateNames = new Set(reference.lexicons.demonyms.map((d) => d.country))
  const states = reference.entities.filter((e) => e.type === 'GPE' && stateNames.has(e.name))
  const stateByName = new Map(states.map((s) => [s.name, s]))
  const stateByCountry = new Map(states.filter((s) => s.country).map((s) => [s.country!, s]))
  const capitals = new Map(
    reference.placeAliases
      .filter((p) => p.kind === 'capital')
      .map((p) => [normaliseAlias(p.geonames), p.country]),
  )

  const entity = (name: string): RefEntity | null => {
    const hits = reference.byAlias.get(normaliseAlias(name))
    if (!hits?.length) return null
    // one entity, or several of which exactly one is unambiguous by name
    if (hits.length === 1) return hits[0]!
    return hits.find((h) => h.name === name) ?? null
  }

  /** The state an entity acts for, with the reason; null when it is not a state actor. */
  const stateOf = (e: RefEntity): { state: RefEntity; why: string } | null => {
    if (e.type === 'PERSON') {
      for (const role of e.roles ?? []) {
        const m = /^President of (.+)$/.exec(role)
        const state = m ? stateByName.get(m[1]!) : undefined
        if (state) return { state, why: `head of state (${role})` }
      }
      return null
    }
    if (e.type === 'ORG' && e.country) {
      const state = stateByCountry.get(e.country)
      if (!state) return null
      if (STATE_BODY.test(e.name) || e.name === 'Kremlin' || /^\p{L}+ Armed Forces$/u.test(e.name)) {
        return { state, why: `state body (${e.name})` }
      }
      return null
    }
    if (e.type === 'GPE') {
      const cc = capitals.get(normaliseAlias(e.name))
      const state = cc ? stateByCountry.get(cc) : undefined
      if (state && state.id !== e.id) return { state, why: `capital standing for the state (${e.name})` }
    }
    return null
  }

  return {
    entity,
    resolve(role, relation) {
      const name = (role?.canonical ?? role?.text ?? '').trim()
      if (!name) return null
      const fold = !UNFOLDED.has(relation)
      const e = entity(name)
      if (e) {
        const s = fold ? stateOf(e) : null
        const named = `ref:${e.id}`
        if (s)
          return {
            key: `ref:${s.state.id}`,
            label: s.state.name,
            named,
            reason: `${e.name} read as ${s.state.name}: ${s.why}`,
          }
        return { key: named, label: e.name, named, reason: e.name === name ? null : `"${name}" is ${e.name}` }
      }
      // descriptive labels of the claim conventions: "Government of Belarus"
      const body = STATE_BODY.exec(name)
      const state = body && fold ? stateByName.get(body[2]!) : undefined
      const named = `name:${normaliseAlias(name)}`
      if (state)
        return {
          key: `ref:${state.id}`,
          label: state.name,
          named,
          reason: `${name} read as ${state.name}: state body`,
        }
      return { key: named, label: name, named, reason: null }
    },
  }
}
