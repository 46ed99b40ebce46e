import type { RoleValue } from '../../../model/annotations.js'
import type { DraftClaim, Memory } from './extract.js'
import { quantityIn, roleOfMention } from './roles.js'
import type { SentenceView } from './sentence.js'
import { textOf } from './sentence.js'
import type { TriggerHit } from './triggers.js'

/** Marks that open an item of a list set out line by line. */
const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '‣'])
/** Mentions that can be sanctioned by name. */
const TARGETS = new Set(['ORG', 'PERSON', 'UNIT'])
const ACTORS = new Set(['ORG', 'GPE'])

/** A sentence that only announces the targets of sanctions just named: "Those listed include:". */
const LISTED_ARE =
  /^\s*(?:[^:]{1,80}?\s(?:said|says|stated|states|announced|added|noted)\s+(?:that\s+)?)?(?:those|the (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|new)\s+)?(?:persons?|people|individuals|entities|companies|firms|targets|officials)|the new (?:listings|designations|targets)|they|these)\s+(?:(?:now\s+)?(?:listed|designated|sanctioned|targeted|named)\s+)?(?:include|includes|are|comprise)\s*:\s*$/i

/**
 * "OFAC said it had added the following companies to its list:": a sanctioning sentence that
 * announces a list (a sanctions trigger or a "list", then "the following", then a colon). Its
 * own claim names no target; the items after it do. Returns the body that acts: the first named
 * body before "the following" that is no possessive ("the Treasury Department's Office of
 * Foreign Assets Control" → the office), else the agent of its sanction claim.
 */
export function listIntroducer(
  view: SentenceView,
  hits: readonly TriggerHit[],
  drafts: readonly DraftClaim[],
  sanctioner: RoleValue | null = null,
): RoleValue | null {
  const { toks } = view
  if (toks.at(-1)?.text !== ':') return null
  // "Those listed include:", "The new designations are:": the body that sanctioned just before
  if (sanctioner && LISTED_ARE.test(textOf(view, 0, toks.length))) return sanctioner
  if (!hits.some((h) => h.relation === 'SANCTION') && !toks.some((t) => t.lower === 'list')) return null
  const following = toks.findIndex((t, k) => t.lower === 'following' && toks[k - 1]?.lower === 'the')
  if (following < 0) return null
  const body = view.mentions.find(
    (m) =>
      ACTORS.has(m.type) &&
      m.start < toks[following]!.start &&
      !/^['’]/.test(view.text.slice(m.end, m.end + 1)),
  )
  if (body) return roleOfMention(view, body)
  return drafts.find((d) => d.relation === 'SANCTION' && d.agent)?.agent ?? null
}

/**
 * An item of the list a sanctioning sentence announced ("- the Minsk Automobile Plant (MAZ),
 * which …;", "- and three smaller suppliers of components"): a SANCTION by that body on the
 * item's named target, or on the described group (recipient null) when it names none. A line
 * that opens with no bullet ends the list.
 */
export function listedItem(view: SentenceView, memory: Memory): DraftClaim | null {
  const agent = memory.listing
  if (!agent) return null
  const { toks } = view
  // an item set out on a line of its own with no bullet: a name first, a semicolon last ("Anna
  // Berg, deputy head of the port;"); the list goes on to the item that ends with a full stop
  const bullet = BULLETS.has(toks[0]?.text ?? '')
  const bare =
    !bullet &&
    (toks.at(-1)?.text === ';' || (memory.listingBare === true && toks.at(-1)?.text === '.')) &&
    view.mentions.some((m) => TARGETS.has(m.type) && m.start === toks[0]?.start)
  if (!bullet && !bare) {
    memory.listing = null
    memory.listingBare = false
    return null
  }
  memory.listingBare = bare
  if (bare && toks.at(-1)?.text === '.') memory.listing = null
  let from = bullet ? 1 : 0
  while (from < toks.length && /^(and|or|also)$/.test(toks[from]!.lower)) from++
  let to = from
  while (to < toks.length && !/^[,;:(.]$/.test(toks[to]!.text)) to++
  if (to <= from) return null
  const head = { start: toks[from]!.start, end: toks[to - 1]!.end }
  const named = view.mentions.find((m) => TARGETS.has(m.type) && m.start >= head.start && m.end <= head.end)
  const item = named
    ? roleOfMention(view, named)
    : { text: textOf(view, from, to), canonical: null, span: head }
  return {
    relation: 'SANCTION',
    agent,
    recipient: named ? roleOfMention(view, named) : null,
    item,
    // "- and three smaller suppliers of components": a described group keeps its count
    quantity: named ? null : quantityIn(view, [from, to]),
    time: null,
    place: null,
    hedge: 'asserted',
    likelihood: null,
    at: toks[from]!.start,
  }
}
