import { firstAtOrAfter } from '../../../model/span.js'
import type { SpeechCue } from '../../../reference/load.js'
import { prefixAlternation, scanUnpreceded } from '../regex.js'

/**
 * The speech and reporting cues of `data/lexicons/speech-cues.tsv`, sorted for matching. Verbs
 * (`say`, `report`, `belief`) are matched as the predicate of a subject; `nominal` and
 * `according` cues only in their own constructions (`rules/nominal.ts`, `rules/according-to.ts`).
 */
export interface CueLexicon {
  /** Verb cues, longest first, lowercased. */
  readonly verbs: readonly string[]
  /** Verb cues whose content may follow without "that" or a quotation ("X said the tanks…"). */
  readonly bareComplement: ReadonlySet<string>
  /** Nominal cues ("statement", "reports", "assessment"). */
  readonly nouns: ReadonlySet<string>
  /** Prepositional frames ("according to", "in the opinion of"), lowercased. */
  readonly frames: readonly string[]
  readonly kindOf: ReadonlyMap<string, SpeechCue['kind']>
  /** One regex that finds any verb cue on word boundaries (global: use it with `matchAll`). */
  readonly verbPattern: RegExp
  /**
   * Every match of `verbPattern` in `text`, left to right, as `text.matchAll(verbPattern)` gives
   * them, found several times faster (`scanUnpreceded`).
   */
  verbCues(text: string): RegExpExecArray[]
  /** A verb cue that ends the string ("… the ministry said"), case-insensitive. */
  readonly verbAtEnd: RegExp
}

/**
 * Cues that report speech only through their object ("put the number at 2,000", "dismissed the
 * claim"): never a tag of their own, never with a clause ("put troops on alert" says nothing).
 */
export const OBJECT_ONLY_CUES: ReadonlySet<string> = new Set([
  'dismissed',
  'dismisses',
  'rejected',
  'rejects',
  'refuted',
  'put',
  'puts',
])

/**
 * Verbs that also have a non-speech sense, so they count as cues only before "that", a colon or
 * a quotation: "Residents spotted a convoy" is an observation, "the war continued" no speech.
 */
const NEEDS_THAT_OR_QUOTE: ReadonlySet<string> = new Set([
  'called',
  'asked',
  'posted',
  'published',
  'obtained',
  'recorded',
  'spotted',
  'observed',
  'documented',
  'counted',
  'found',
  'show',
  'shows',
  'showed',
  'cited',
  'learned',
  'has learned',
  'promised',
  'vowed',
  'threatened',
  'urged',
  'accused',
  'accuses',
  'accuse',
  'assess',
  'sceptical',
  'skeptical',
  'quoted',
  'commented',
  'indicated',
  'indicate',
  'revealed',
  'disclosed',
  'continued',
  // "added two plants to its list", "adds a shift": speech only before "that", a colon, a
  // quotation, or as a tag ("…, the ministry added.")
  'added',
  'adds',
  // "described the plant", "describes a cycle": speech only as "which X describes as …"
  // (`rules/verb-complement.ts`)
  'described',
  'describes',
  'describe',
  // "repeated the exercise", "reiterated its support": speech only before "that" or a quotation
  'repeated',
  'reiterated',
  // "underlined the point", "ruled out a deal": speech only before "that" or a quotation
  'underlined',
  'underscored',
  'rule out',
  'ruled out',
  // "concluded the talks", "complained of noise", "hoped for rain": speech only before "that"
  'concluded',
  'affirmed',
  'clarified',
  'mentioned',
  'hinted',
  'signalled',
  'responded',
  'complained',
  'boasted',
  'lamented',
  'demanded',
  'feared',
  'hopes',
  'hope',
  'hoped',
  'suspected',
  'doubted',
  'speculated',
  // "dismissed the commander", "put troops on alert": speech only with a speech noun or a figure
  // for an object (`rules/verb-complement.ts`)
  ...OBJECT_ONLY_CUES,
  'answered',
  'replied',
  'expects',
  'expect',
  'fears',
  'fear',
  'doubt',
  'doubts',
  'speaking to',
  'in an interview with',
  'in comments to',
  'in a statement',
  'as saying',
  'was quoted',
  'saying',
  // plural nouns far more often than verbs in news ("Baltic states set a date")
  'states',
  'notes',
])

/** What may not touch a cue on either side: a letter, digit, apostrophe or hyphen. */
const CUE_BEFORE = "[\\p{L}\\p{N}'’-]"
const CUE_LEFT = `(?<!${CUE_BEFORE})`

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Builds the cue lexicon from the reference rows. */
export function cueLexicon(rows: readonly SpeechCue[]): CueLexicon {
  const kindOf = new Map<string, SpeechCue['kind']>()
  const verbs: string[] = []
  const nouns = new Set<string>()
  const frames = new Set<string>()
  for (const r of rows) {
    const cue = r.cue.toLowerCase()
    if (r.kind === 'nominal') nouns.add(cue)
    // "in the opinion of X," frames its content like "according to X," whatever its kind
    else if (r.kind === 'according' || /^in the \w+ of$/.test(cue)) frames.add(cue)
    else {
      verbs.push(cue)
      if (!kindOf.has(cue)) kindOf.set(cue, r.kind)
    }
  }
  const unique = [...new Set(verbs)].sort((a, b) => b.length - a.length)
  const bareComplement = new Set(unique.filter((v) => !NEEDS_THAT_OR_QUOTE.has(v) && !v.includes(' by')))
  const body = `(?:${prefixAlternation(unique.map((v) => [...v].map(escapeRegex)))})(?!${CUE_BEFORE})`
  const verbPattern = new RegExp(`${CUE_LEFT}${body}`, 'giu')
  const verbAtEnd = new RegExp(`(?:${verbPattern.source})$`, 'iu')
  const verbCues = scanUnpreceded(body, 'giu', CUE_BEFORE)
  const frameList = [...frames].sort((a, b) => b.length - a.length)
  return {
    verbs: unique,
    bareComplement,
    nouns,
    frames: frameList,
    kindOf,
    verbPattern,
    verbCues,
    verbAtEnd,
  }
}

/** A speech verb found by `verbCuesIn`: its offset from the start of the range asked for, and its text. */
export interface CueMatch {
  readonly index: number
  readonly 0: string
}

let scanned: { text: string; cues: CueLexicon; matches: RegExpExecArray[] } | null = null

/**
 * The speech verbs of `text.slice(from, to)`, as `cues.verbCues` finds them in that slice. The
 * whole text is scanned once and its matches kept for the last text seen: the rules ask about
 * every sentence, tag and quotation of one document in turn.
 */
export function verbCuesIn(cues: CueLexicon, text: string, from: number, to: number): CueMatch[] {
  if (scanned?.text !== text || scanned.cues !== cues) scanned = { text, cues, matches: cues.verbCues(text) }
  const { matches } = scanned
  const out: CueMatch[] = []
  for (
    let k = firstAtOrAfter(matches, from, (m) => m.index);
    k < matches.length && matches[k]!.index < to;
    k++
  ) {
    const m = matches[k]!
    if (m.index + m[0].length <= to) out.push({ index: m.index - from, 0: m[0] })
  }
  return out
}
