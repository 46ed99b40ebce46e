/**
 * Which entities a claim involves, as stored in `claim_entities` (migration 006): its resolved
 * agent and recipient entities, and the entity of every mention that lies inside one of its role
 * spans (agent, recipient, item, place, source). "Sent T-72 tanks from Belarus": the item span
 * holds the mention of Belarus, so the claim is on Belarus's page.
 *
 * ```ts
 * claimEntityLinks(claims, mentions, mentionEntities, roleEntities)
 * // → [{ claim: 0, entity: '1639a85c81205a93' }, { claim: 0, entity: '08f714de6906fde8' }, …]
 * ```
 */
import type { Claim, Mention } from '../model/annotations.js'

/** The roles whose spans a mention may lie in. */
export const CLAIM_ROLES = ['agent', 'recipient', 'item', 'place', 'source'] as const

export interface ClaimEntityLink {
  /** Position of the claim in the document's list. */
  readonly claim: number
  readonly entity: string
}

/**
 * One link per claim and entity, in claim order, then in the order found (agent, recipient,
 * then mentions in the document's order). `mentionEntities[i]` is the stored entity of `mentions[i]`;
 * `roleEntities[k]` the resolved agent and recipient entities of `claims[k]`.
 */
export function claimEntityLinks(
  claims: readonly Claim[],
  mentions: readonly Mention[],
  mentionEntities: readonly string[],
  roleEntities: readonly { readonly agent: string | null; readonly recipient: string | null }[],
): ClaimEntityLink[] {
  const links: ClaimEntityLink[] = []
  claims.forEach((claim, k) => {
    const found = new Set<string>()
    const add = (entity: string | null | undefined) => {
      if (entity) found.add(entity)
    }
    add(roleEntities[k]?.agent)
    add(roleEntities[k]?.recipient)
    const spans = CLAIM_ROLES.map((r) => claim[r]?.span).filter((s) => s !== undefined)
    mentions.forEach((m, i) => {
      if (spans.some((s) => s.start <= m.start && m.end <= s.end)) add(mentionEntities[i])
    })
    for (const entity of found) links.push({ claim: k, entity })
  })
  return links
}

/** Mentions per entity of one document: the rows of `entity_documents`. */
export function entityMentionCounts(mentionEntities: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const e of mentionEntities) counts.set(e, (counts.get(e) ?? 0) + 1)
  return counts
}
