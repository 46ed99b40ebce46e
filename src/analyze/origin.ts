/**
 * A claim's origin: the first source in its attribution chain — the person or body that asserted
 * it first (the Hajun project, the UK Ministry of Defence), unnamed sources relayed by an outlet,
 * or the outlet itself when it asserts in its own voice. Syndicated copies (documents with a
 * `copy_of` link) take the origin of the document they copy, so a repost is never a second origin.
 */
import type { Hedge, RoleValue } from '../model/annotations.js'
import { normaliseAlias } from '../reference/load.js'
import type { ActorResolver } from './actors.js'
import { RELIABILITY_WORDS, type Reliability, type SourceKind, type SourceProfiles } from './sources.js'

export interface Origin {
  /** Equal keys are one origin: `src:belarusian-hajun`, `outlet:src:express`, `anon:src:express`… */
  readonly key: string
  readonly label: string
  /** Null for a named origin that has no profile. */
  readonly kind: SourceKind | null
  readonly reliability: Reliability
  readonly reason: string
}

export interface Outlet {
  /** `src:<profile>` when profiled, `name:<normalised>`, or `doc:<id>` when the outlet is unknown. */
  readonly key: string
  readonly label: string
}

export interface OriginInput {
  /** The claim's `source` role: its nearest named asserter (the outlet when unattributed). */
  readonly source: RoleValue | null
  /** The speaker of the attribution the claim rests on, when it has one. */
  readonly speaker: RoleValue | null
  readonly hedge: Hedge
  /** The outlet of the document the claim is in. */
  readonly outlet: Outlet
  /** The outlet of the syndication root (the document it copies), the same when it is no copy. */
  readonly rootOutlet: Outlet
}

/** The outlet of a document, as a key: the profile when one matches. */
export function outletOf(name: string | null, docId: string, profiles: SourceProfiles): Outlet {
  if (!name?.trim())
    return { key: `doc:${docId.slice(0, 16)}`, label: `unknown outlet (document ${docId.slice(0, 10)})` }
  const p = profiles.match(name)
  return p
    ? { key: `src:${p.id}`, label: p.name }
    : { key: `name:${normaliseAlias(name)}`, label: name.trim() }
}

/** Resolves the origin of one claim. */
export function originOf(input: OriginInput, profiles: SourceProfiles, actors: ActorResolver): Origin {
  const asserter = input.speaker ?? input.source
  const name = (asserter?.canonical ?? asserter?.text ?? '').trim()
  const { rootOutlet } = input
  const copied =
    rootOutlet.key !== input.outlet.key ? ` (the document copies one from ${rootOutlet.label})` : ''
  const outletProfile = profiles.match(rootOutlet.label)
  const selfOutlet =
    !name ||
    outletOf(name, '', profiles).key === input.outlet.key ||
    outletOf(name, '', profiles).key === rootOutlet.key
  if (selfOutlet) {
    if (input.hedge === 'reported') {
      return anonymous(
        `unnamed sources via ${rootOutlet.label}`,
        rootOutlet,
        profiles,
        `relayed without a named source by ${rootOutlet.label}${copied}`,
      )
    }
    const kind = outletProfile?.kind ?? 'outlet'
    const reliability = outletProfile?.reliability ?? profiles.kinds.get('outlet')!.reliability
    return {
      key: `outlet:${rootOutlet.key}`,
      label: rootOutlet.label,
      kind,
      reliability,
      reason: `asserted by the outlet in its own voice${copied}; ${reliabilityReason(reliability, outletProfile ? `profile ${outletProfile.id}` : 'default for outlets')}`,
    }
  }
  const profile = profiles.match(name)
  if (profile?.kind === 'anonymous') {
    return anonymous(
      `${name} via ${rootOutlet.label}`,
      rootOutlet,
      profiles,
      `"${name}" is unnamed; counted once per outlet${copied}`,
    )
  }
  if (profile) {
    return {
      key: `src:${profile.id}`,
      label: profile.name,
      kind: profile.kind,
      reliability: profile.reliability,
      reason: `first source in the attribution chain: ${profile.name} (${profile.kind}); ${reliabilityReason(profile.reliability, `profile ${profile.id}`)}`,
    }
  }
  const e = actors.entity(name)
  const key = e ? `ref:${e.id}` : `name:${normaliseAlias(name)}`
  return {
    key,
    label: e?.name ?? name,
    kind: null,
    reliability: 'F',
    reason: `first source in the attribution chain: ${e?.name ?? name}; no profile in data/sources.yaml, so reliability F (${RELIABILITY_WORDS.F})`,
  }
}

function anonymous(label: string, outlet: Outlet, profiles: SourceProfiles, why: string): Origin {
  const reliability = profiles.kinds.get('anonymous')!.reliability
  return {
    key: `anon:${outlet.key}`,
    label,
    kind: 'anonymous',
    reliability,
    reason: `${why}; ${reliabilityReason(reliability, 'default for anonymous sources')}`,
  }
}

const reliabilityReason = (r: Reliability, from: string): string =>
  `reliability ${r} (${RELIABILITY_WORDS[r]}, ${from})`
