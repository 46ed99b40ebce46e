import type { RoleValue } from '../../../model/annotations.js'
import type { ClaimContext, DraftClaim } from './extract.js'
import { hedgeIn } from './hedging.js'
import { clauseStart, groupStart, phraseAfter, phraseBefore } from './phrases.js'
import { actorOf, quantityIn, roleOfMention } from './roles.js'
import type { SentenceView } from './sentence.js'
import { textOf } from './sentence.js'

/** Participles of a ban on people: "were barred from entering Japan". */
const BARRED = /^(barred|banned|prohibited|forbidden)$/
/** What the people may no longer do: enter or travel to a state. */
const ENTERING = /^(entering|travelling|traveling|visiting)$/
/** A recommendation, a forecast or a possibility: no ban imposed. */
const NOT_IMPOSED =
  /\b(should|must|ought|could|might|may|would|need|needs|urge[sd]?|call(s|ed)?|propose[sd]?|plan(s|ned)?|considering|consider(s|ed)?|threaten(s|ed)?)\b/i
const BE = /^(is|are|was|were|be|been|being)$/

/**
 * Entry bans told as a ban on people: "Eleven Belarusian officials were also barred from entering
 * Japan" (the state entered imposes it), "Tokyo banned six executives from travelling to Japan"
 * (the subject imposes it). A SANCTION with the people as its item, their count as its quantity,
 * and the person as recipient when the subject names one; nothing for a recommendation ("should
 * be barred"), a plan or a forecast.
 *
 * @example entryBans(view('Nine officials were barred from entering Canada.'), ctx) // [{ agent: Canada, item: 'Nine officials' }]
 */
export function entryBans(view: SentenceView, ctx: ClaimContext): DraftClaim[] {
  const { toks } = view
  const out: DraftClaim[] = []
  for (let k = 1; k + 2 < toks.length; k++) {
    if (!BARRED.test(toks[k]!.lower)) continue
    // "barred from entering X", or "banned six executives from travelling to X"
    let from = k + 1
    while (from < toks.length && from - k <= 8 && toks[from]!.lower !== 'from') from++
    if (toks[from]?.lower !== 'from' || !ENTERING.test(toks[from + 1]?.lower ?? '')) continue
    const floor = clauseStart(view, k)
    const gs = groupStart(view, k, floor)
    if (NOT_IMPOSED.test(textOf(view, Math.max(floor, gs - 2), k))) continue
    const passive = toks.slice(gs, k).some((t) => BE.test(t.lower))
    const subj = phraseBefore(view, gs, floor)
    let place = from + 2
    if (/^(to|into)$/.test(toks[place]?.lower ?? '')) place++
    const entered = phraseAfter(view, place)
    const state = actorOf(view, entered, ctx.lexicon)
    let agent: RoleValue | null
    let people: [number, number]
    if (passive) {
      agent = state
      people = subj
    } else {
      agent = actorOf(view, subj, ctx.lexicon)
      people = [k + 1, from]
    }
    if (!agent || people[1] <= people[0]) continue
    const person = view.mentions.find(
      (m) => m.type === 'PERSON' && m.start >= toks[people[0]]!.start && m.end <= toks[people[1] - 1]!.end,
    )
    const hedge = hedgeIn(view, ctx.hedges, gs, gs, k + 1)
    const named = textOf(view, people[0], people[1]).replace(/^(the|a|an)\s+/i, '')
    out.push({
      relation: 'SANCTION',
      agent,
      recipient: person ? roleOfMention(view, person) : null,
      item: { text: named, canonical: null },
      quantity: quantityIn(view, people),
      time: null,
      place: null,
      hedge: hedge.hedge,
      likelihood: hedge.icd203,
      at: toks[k]!.start,
    })
  }
  return out
}
