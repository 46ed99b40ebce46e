import type { ClaimContext, DraftClaim, Memory } from './extract.js'
import { hedgeIn } from './hedging.js'
import { countryIn } from './labels.js'
import { clauseStart, groupStart, phraseBefore } from './phrases.js'
import { actorOf } from './roles.js'
import type { SentenceView } from './sentence.js'
import { textOf } from './sentence.js'

/** What puts a supplier inside a chain: "part of", "into", "integrated in", "embedded in". */
const INSIDE = /^(of|into|in)$/
/** Words between the preposition and "supply chain" that name whose chain it is. */
const OWNER_WORDS =
  /^(the|its|their|['’]s|[\p{Lu}][\p{L}'’-]*|military|defen[cs]e|war|arms|weapons|industrial)$/u
/** A chain that is only talked of, not joined: "could become part of", "would be drawn into". */
const NOT_JOINED =
  /\b(could|might|may|would|should|must|if|unless|avoid(s|ed)?|le(ave|ft|aving)|cut( off)?|out of|excluded)\b/i

/**
 * A supplier told as part of a state's supply chain: "the plants are pulled further into Russian
 * supply chains", "the industry became part of the Russian military supply chain". A SUPPLY claim
 * from the subject of the clause to the chain's state; nothing when the chain has no named state
 * ("global supply chains"), the subject names no actor, or the joining is only a possibility.
 *
 * @example supplyChains(view('Belarusian plants are now part of Russian supply chains.'), ctx, memory)
 * // [{ relation: 'SUPPLY', agent: { canonical: 'Belarusian military-industrial complex' }, recipient: { canonical: 'Russia' } }]
 */
export function supplyChains(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 2; k + 1 < toks.length; k++) {
    if (toks[k]!.lower !== 'supply' || !/^chains?$/.test(toks[k + 1]!.lower)) continue
    // the owner words back to the preposition: "into [Russian] supply chains", "part of [the Russian military] supply chain"
    let p = k - 1
    while (p > 0 && OWNER_WORDS.test(toks[p]!.text) && !INSIDE.test(toks[p]!.lower)) p--
    if (!INSIDE.test(toks[p]!.lower) || p === k - 1) continue
    const owner = countryIn(textOf(view, p + 1, k), ctx.lexicon)
    if (!owner) continue
    // the clause's verb before the preposition, and its subject
    let v = p - 1
    while (v >= 0 && toks[v]!.pos !== 'VERB' && toks[v]!.pos !== 'AUX') v--
    if (v < 0) continue
    const floor = clauseStart(view, v)
    const gs = groupStart(view, v, floor)
    if (NOT_JOINED.test(textOf(view, gs, k))) continue
    const subj = phraseBefore(view, gs, floor)
    if (subj[1] <= subj[0]) continue
    const agent = actorOf(view, subj, ctx.lexicon, { fallback: memory.industry, forces: memory.forces })
    if (!agent?.canonical || agent.canonical === owner.name) continue
    const hedge = hedgeIn(view, ctx.hedges, gs, gs, k)
    out.push({
      relation: 'SUPPLY',
      agent,
      recipient: { text: textOf(view, p + 1, k).replace(/^(the|its|their)\s+/i, ''), canonical: owner.name },
      item: null,
      quantity: null,
      time: null,
      place: null,
      hedge: hedge.hedge,
      likelihood: hedge.icd203,
      at: toks[k]!.start,
    })
  }
  return out
}
