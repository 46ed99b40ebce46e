import type { RoleValue } from '../../../model/annotations.js'
import type { Lexicon } from '../entities/lexicon.js'
import type { ClaimContext, DraftClaim, Memory } from './extract.js'
import { hedgeIn } from './hedging.js'
import { adjectiveOf, countryIn } from './labels.js'
import { clauseStart, groupStart, phraseAfter } from './phrases.js'
import {
  actorOf,
  countryRole,
  itemRole,
  mentionsIn,
  orgAnaphor,
  quantityIn,
  roleOfMention,
  timeNear,
} from './roles.js'
import type { SentenceView } from './sentence.js'
import { textOf } from './sentence.js'

/** Heads that name what a maker turns out. */
const OUTPUT = /^(output|production|products)$/
/** "goes to", "went to", "is going to", "has gone to". */
const GOING = /^(go|goes|went|gone|going)$/
/** Adverbs between the verb and "to": "goes mainly to Russia". */
const BETWEEN =
  /^(now|mainly|mostly|largely|chiefly|primarily|directly|entirely|exclusively|still|all|straight)$/
/** Words before the head that make the output military: "defence output", "arms production". */
const MILITARY = /^(defen[cs]e|military|arms|weapons|industrial|military-industrial)$/
/** A maker known by its kind: "the plant's output". */
const MAKER_ANAPHOR =
  /^(the|this|that)\s+(plant|factory|works|company|firm|enterprise|manufacturer|maker)['’]s$/i

/**
 * A maker's output told by where it goes: "about 70% of MZKT's output goes to Russia", "most of the
 * plant's production went to the Russian army", "the output of the tractor works now goes mainly to
 * Russia". A SUPPLY claim from the output's owner — a firm, "the plant" named before, or a state's
 * industry ("Belarus's defence output" → the Belarusian military-industrial complex) — to the
 * body or state after "to". Nothing when the output has no owner in the sentence.
 *
 * @example outputGoing(view("Some 70% of MZKT's output goes to Russia."), ctx, memory)
 * // [{ relation: 'SUPPLY', agent: { canonical: 'Minsk Wheeled Tractor Plant' }, recipient: { canonical: 'Russia' }, quantity: 70 percent }]
 */
export function outputGoing(view: SentenceView, ctx: ClaimContext, memory: Memory): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 1 < toks.length; k++) {
    if (!GOING.test(toks[k]!.lower) || toks[k]!.pos === 'NOUN') continue
    let to = k + 1
    while (to < toks.length && BETWEEN.test(toks[to]!.lower)) to++
    if (toks[to]?.lower !== 'to') continue
    let floor = clauseStart(view, k)
    let gs = groupStart(view, k, floor)
    // "the share of MZKT's output that went to …": the output before a relative pronoun
    if (/^(that|which)$/.test(toks[gs - 1]?.lower ?? '') && gs >= 2) {
      gs -= 1
      floor = clauseStart(view, gs - 1)
    }
    // the output head in the subject, the last one before the verb group
    let head = -1
    for (let i = gs - 1; i >= floor; i--)
      if (OUTPUT.test(toks[i]!.lower) && toks[i]!.pos === 'NOUN') {
        head = i
        break
      }
    if (head < 0) continue
    const owner = ownerOf(view, head, gs, ctx.lexicon, memory)
    if (!owner) continue
    const dest = phraseAfter(view, to + 1)
    if (dest[1] <= dest[0]) continue
    // ("Russian military customers": the state whose customers they are)
    const recipient =
      actorOf(view, dest, ctx.lexicon, { allowGoverned: true }) ?? countryRole(view, dest, ctx.lexicon)
    if (!recipient || recipient.canonical === owner.canonical) continue
    let first = head
    while (first > floor && MILITARY.test(toks[first - 1]!.lower)) first--
    const hedge = hedgeIn(view, ctx.hedges, gs, gs, to)
    out.push({
      relation: 'SUPPLY',
      agent: owner,
      recipient,
      item: itemRole(view, [first, head + 1]),
      quantity: quantityIn(view, [floor, head]),
      time: timeNear(view, k),
      place: null,
      hedge: hedge.hedge,
      likelihood: hedge.icd203,
      at: toks[k]!.start,
    })
  }
  return out
}

/**
 * Whose output the head at `head` is: "MZKT's output", "the plant's output", "the output of MZKT",
 * "Belarus's defence output", "Belarusian defence production".
 */
function ownerOf(
  view: SentenceView,
  head: number,
  end: number,
  lexicon: Lexicon,
  memory: Memory,
): RoleValue | null {
  const { toks } = view
  let first = head
  while (first > 0 && MILITARY.test(toks[first - 1]!.lower)) first--
  const military = first < head
  // "the output of MZKT": an owner after "of", up to the verb group
  if (toks[head + 1]?.lower === 'of' && head + 2 < end) {
    const owner = actorOf(view, [head + 2, end], lexicon, { allowGoverned: true })
    return owner ? industryOf(owner, military, lexicon) : null
  }
  // "MZKT's output", "the plant's output": a possessive right before the modifiers
  const s = toks[first - 1]
  if (s && /^['’]s?$/.test(s.text)) {
    const m = mentionsIn(view, [Math.max(0, first - 6), first - 1]).findLast(
      (x) => x.end === toks[first - 2]?.end,
    )
    if (m) return industryOf(roleOfMention(view, m), military, lexicon)
    const phrase = textOf(view, Math.max(0, first - 3), first)
    const anaphor = MAKER_ANAPHOR.exec(phrase.replace(/\s+(['’]s)$/, '$1'))
    return anaphor ? orgAnaphor(anaphor[0].replace(/['’]s$/, ''), memory.orgs) : null
  }
  // "Belarusian defence production": a state's adjective before a military word
  const adjective = toks[first - 1]
  if (military && adjective && /^\p{Lu}/u.test(adjective.text)) {
    const c = lexicon.demonyms.get(adjective.lower)
    if (c)
      return { text: adjective.text, canonical: `${adjectiveOf(c, lexicon)} military-industrial complex` }
  }
  return null
}

/** A state's military output is its industry's; a firm's output is the firm's. */
function industryOf(owner: RoleValue, military: boolean, lexicon: Lexicon): RoleValue {
  const c = countryIn(owner.canonical ?? '', lexicon)
  if (!military || !c || c.name !== owner.canonical) return owner
  return { text: owner.text, canonical: `${adjectiveOf(c, lexicon)} military-industrial complex` }
}
