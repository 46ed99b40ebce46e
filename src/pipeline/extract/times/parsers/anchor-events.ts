import type { YMD } from '../calendar.js'
import type { TimeCandidate, TimeParser } from '../types.js'

/**
 * Events a news text dates things from without naming the date. Kept in code, not in data/: the
 * table is tiny, fixed, and each entry needs its own phrasing rules. Add an entry with the event's
 * first day and the noun phrases that name it; keep phrasings specific ("the war" alone is only
 * read after "since", "before", "after" or "the beginning of").
 */
export interface AnchorEvent {
  readonly id: string
  readonly date: Required<YMD>
  /** Noun phrase naming the event, without a leading "the" (matched where a cue leaves off). */
  readonly names: RegExp
  /** When the noun phrase must not be followed by this (another war), it is not the event. */
  readonly notFollowedBy?: RegExp
}

export const ANCHOR_EVENTS: readonly AnchorEvent[] = [
  {
    // Russia's full-scale invasion of Ukraine, 24 February 2022
    id: 'full-scale-invasion',
    date: { y: 2022, m: 2, d: 24 },
    names:
      /(?:Russia['’]s\s+|Russian\s+)?(?:full[- ]scale\s+|large[- ]scale\s+|all[- ]out\s+)?(?:Russian\s+)?(?:war|invasion|aggression|hostilities|special military operation)(?:\s+(?:against|in|on|of)\s+Ukraine)?/,
    notFollowedBy: /^\s+(?:in|of|with|against)\s+(?!Ukraine)\p{Lu}/u,
  },
  {
    // Russia's annexation of Crimea, 18 March 2014
    id: 'crimea-annexation',
    date: { y: 2014, m: 3, d: 18 },
    names: /(?:Russia['’]s\s+)?(?:illegal\s+)?(?:annexation|occupation) of (?:the\s+)?Crimea/,
  },
  {
    // Russia's "partial mobilisation", announced 21 September 2022
    id: 'russian-partial-mobilisation',
    date: { y: 2022, m: 9, d: 21 },
    names: /(?:Russia['’]s\s+|Putin['’]s\s+|the\s+)?(?:partial\s+)mobili[sz]ation(?:\s+in\s+Russia)?/,
  },
]

// "the beginning of the war", "the first days of the full-scale invasion", "the outbreak of hostilities"
const ONSET =
  /\b(?:[Tt]he\s+)?(?:very\s+)?(?:beginning|start|outbreak|onset|first\s+days|first\s+weeks|first\s+hours|early\s+days)\s+of\s+(?:the\s+)?/g
// "since the war", "before the invasion", "after Russia's full-scale invasion"
const AFTER_RELATION = /\b(?:[Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Pp]rior to)\s+(?:the\s+)?/g
// "since Russia invaded Ukraine", "since the war began", "after the invasion started"
const CLAUSE =
  /\b(?:[Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Ww]hen)\s+(?:Russia|Moscow|Russian (?:forces|troops))\s+(?:invaded|attacked)\s+Ukraine\b/g
const BEGAN = /^\s+(?:began|started|broke out)\b/

/** Each event's name and its exclusion as patterns anchored where they are tried (built once). */
const STICKY = ANCHOR_EVENTS.map((event) => ({
  event,
  names: new RegExp(event.names.source, `${event.names.flags.replace(/[gy]/g, '')}y`),
  notFollowedBy: event.notFollowedBy
    ? new RegExp(
        event.notFollowedBy.source.replace(/^\^/, ''),
        `${event.notFollowedBy.flags.replace(/[gy]/g, '')}y`,
      )
    : null,
}))

function matchEvent(text: string, at: number): { event: AnchorEvent; end: number } | null {
  for (const { event, names, notFollowedBy } of STICKY) {
    names.lastIndex = at
    const m = names.exec(text)
    if (!m) continue
    const end = at + m[0].length
    if (!/^(?:\W|$)/u.test(text.slice(end, end + 1))) continue
    if (notFollowedBy) {
      notFollowedBy.lastIndex = end
      if (notFollowedBy.test(text)) continue
    }
    return { event, end }
  }
  return null
}

const candidate = (
  start: number,
  end: number,
  event: AnchorEvent,
  rule: string,
  onset: boolean,
): TimeCandidate => ({
  start,
  end,
  rule: `anchor.${event.id}.${rule}`,
  from: event.date,
  to: null,
  precision: 'day',
  yearStated: true,
  relative: false,
  ...(onset ? { part: 'early' as const } : {}),
})

/**
 * "since the beginning of the war" → 2022-02-24; "before the invasion"; "since Russia invaded
 * Ukraine". The relation word ("since") is added by the relation refiner.
 */
export const anchorEventParser: TimeParser = (ctx) => {
  const out: TimeCandidate[] = []
  const text = ctx.text
  for (const m of text.matchAll(ONSET)) {
    const hit = matchEvent(text, (m.index ?? 0) + m[0].length)
    if (hit) out.push(candidate(m.index ?? 0, hit.end, hit.event, 'onset', true))
  }
  for (const m of text.matchAll(AFTER_RELATION)) {
    const at = (m.index ?? 0) + m[0].length
    const hit = matchEvent(text, at)
    if (!hit) continue
    // "since the war began": the verb belongs to the expression
    const began = BEGAN.exec(text.slice(hit.end, hit.end + 200))
    // "after the war" and "until the war" speak of its end, not its start
    if (/^[AaUu]/.test(m[0]) && !began && /(?:war|hostilities)$/.test(text.slice(at, hit.end))) continue
    const relWord = /^\S+(?:\s+to)?\s+/.exec(m[0])![0].length
    out.push(
      candidate((m.index ?? 0) + relWord, hit.end + (began?.[0].length ?? 0), hit.event, 'named', false),
    )
  }
  for (const m of text.matchAll(CLAUSE)) {
    const relWord = /^\S+\s+/.exec(m[0])![0].length
    out.push(
      candidate((m.index ?? 0) + relWord, (m.index ?? 0) + m[0].length, ANCHOR_EVENTS[0]!, 'clause', false),
    )
  }
  return out
}

/** The event a noun phrase at `at` names ("the full-scale war"), for durations like "the first seven months of the war". */
export function anchorAt(text: string, at: number): { event: AnchorEvent; end: number } | null {
  const lead = /^(?:the\s+)?/.exec(text.slice(at, at + 200))![0].length
  return matchEvent(text, at + lead)
}
