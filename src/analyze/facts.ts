/**
 * What analysis reads from one stored claim: the cluster key (relation, resolved agent and
 * recipient, item class), the figure it states (polarity, quantity range, time range, model) and
 * its origin — each with the reasons it was read so.
 */
import type { Hedge, Quantity, Relation, RoleValue, TimeValue } from '../model/annotations.js'
import { loadReference } from '../reference/load.js'
import { type ActorKey, type ActorResolver, actorResolver } from './actors.js'
import { type DayRange, type QuantityRange, quantityRange, timeRange } from './figures.js'
import { type ItemClass, type ItemClassifier, itemClassifier } from './items.js'
import { type Origin, type Outlet, originOf } from './origin.js'
import { loadSourceProfiles, type SourceProfiles } from './sources.js'

/** The parts analysis needs, built once per process from the reference data. */
export interface AnalysisContext {
  readonly actors: ActorResolver
  readonly items: ItemClassifier
  readonly profiles: SourceProfiles
}

let cachedContext: AnalysisContext | null = null

/** The context over the package's reference data (`data/`), cached. */
export function defaultContext(): AnalysisContext {
  if (cachedContext) return cachedContext
  const reference = loadReference()
  cachedContext = {
    actors: actorResolver(reference),
    items: itemClassifier(reference),
    profiles: loadSourceProfiles(),
  }
  return cachedContext
}

/** A claim as read from the store (the columns analysis uses). */
export interface ClaimInput {
  readonly id: string
  readonly docId: string
  readonly relation: Relation
  readonly agent: RoleValue | null
  readonly recipient: RoleValue | null
  readonly item: RoleValue | null
  readonly place: RoleValue | null
  readonly quantity: Quantity | null
  readonly time: TimeValue | null
  readonly source: RoleValue | null
  readonly hedge: Hedge
  /** The speaker of the attribution it rests on. */
  readonly speaker: RoleValue | null
}

export type Polarity = 'affirmed' | 'denied'

export interface ClaimFacts {
  readonly claimId: string
  readonly docId: string
  readonly relation: Relation
  readonly agent: ActorKey | null
  readonly recipient: ActorKey | null
  readonly item: ItemClass
  /** `relation|agent|recipient|item class`; null when the claim names neither agent nor recipient. */
  readonly key: string | null
  /** `relation|agent|item class`: claims that may share a cluster when one lacks a recipient. */
  readonly lockKey: string | null
  readonly itemClass: string
  readonly label: string
  readonly polarity: Polarity
  readonly hedge: Hedge
  readonly quantity: QuantityRange | null
  readonly time: DayRange | null
  /** Polarity, quantity range, model and time: claims with equal figure keys say the same. */
  readonly figureKey: string
  readonly origin: Origin
  readonly outlet: Outlet
  readonly reasons: readonly string[]
}

/** Relations whose counterpart, when no recipient is named, is where it happens: "deployed to Belarus". */
const PLACED: ReadonlySet<Relation> = new Set(['DEPLOY', 'EXERCISE'])

/** Symmetric relations: the order of the two parties carries no meaning. */
const SYMMETRIC: ReadonlySet<Relation> = new Set(['MEET', 'AGREE'])

const num = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : 'inf')

export function figureKeyOf(f: {
  polarity: Polarity
  quantity: QuantityRange | null
  model: string | null
  time: DayRange | null
}): string {
  const q = f.quantity ? `${f.quantity.unit}:${num(f.quantity.low)}-${num(f.quantity.high)}` : '-'
  const t = f.time ? `${f.time.low}..${f.time.high ?? ''}/${f.time.precision}` : '-'
  return [f.polarity, q, f.model ?? '-', t].join('|')
}

/** Reads one claim. `outlet` and `rootOutlet` are its document's and its syndication root's. */
export function claimFacts(
  c: ClaimInput,
  outlet: Outlet,
  rootOutlet: Outlet,
  ctx: AnalysisContext,
): ClaimFacts {
  const reasons: string[] = []
  let agent = ctx.actors.resolve(c.agent, c.relation)
  let recipient = ctx.actors.resolve(c.recipient, c.relation)
  if (!recipient && c.place && PLACED.has(c.relation)) {
    recipient = ctx.actors.resolve(c.place, c.relation)
    if (recipient) reasons.push(`${c.relation} without a recipient: compared by place (${recipient.label})`)
  }
  for (const a of [agent, recipient]) if (a?.reason) reasons.push(a.reason)
  if (SYMMETRIC.has(c.relation) && agent && recipient && recipient.key < agent.key) {
    ;[agent, recipient] = [recipient, agent]
    reasons.push(`${c.relation} is symmetric: parties compared in either order`)
  }
  const item = ctx.items.classify(c.item?.text, c.item?.canonical)
  // meetings and agreements are about the parties, not what the pipeline took as an item
  const itemClass = SYMMETRIC.has(c.relation) ? '*' : (item.itemClass ?? '-')
  if (item.itemClass && !SYMMETRIC.has(c.relation))
    reasons.push(`item class ${item.itemClass}: ${item.reason}`)
  const key =
    agent || recipient ? [c.relation, agent?.key ?? '-', recipient?.key ?? '-', itemClass].join('|') : null
  if (!key) reasons.push('not clustered: the claim names neither agent nor recipient')
  const polarity: Polarity = c.hedge === 'denied' ? 'denied' : 'affirmed'
  const quantity = quantityRange(c.quantity)
  const time = timeRange(c.time)
  const origin = originOf(
    { source: c.source, speaker: c.speaker, hedge: c.hedge, outlet, rootOutlet },
    ctx.profiles,
    ctx.actors,
  )
  const label = `${agent?.label ?? '?'} ${c.relation} ${recipient?.label ?? '?'}${itemClass === '*' || itemClass === '-' ? '' : `: ${itemClass}`}`
  return {
    claimId: c.id,
    docId: c.docId,
    relation: c.relation,
    agent,
    recipient,
    item,
    key,
    lockKey: key ? [c.relation, agent?.key ?? '-', itemClass].join('|') : null,
    itemClass,
    label,
    polarity,
    hedge: c.hedge,
    quantity,
    time,
    figureKey: figureKeyOf({ polarity, quantity, model: item.model, time }),
    origin,
    outlet,
    reasons,
  }
}
