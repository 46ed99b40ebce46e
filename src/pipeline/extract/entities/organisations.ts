import type { EntityType } from '../../../model/annotations.js'
import type { RefEntity } from '../../../reference/load.js'
import { MONTHS_AND_DAYS } from './context.js'
import { type Lexicon, lookupExact, titleCase } from './lexicon.js'
import { capitalisedRuns, joined, type Run } from './runs.js'
import type { Candidate, ExtractContext, Extractor } from './types.js'
import type { Word } from './words.js'

/**
 * Organisations (and units, facilities, events) named by a suffix from the org-suffix lexicon:
 *
 * - a capitalised run ending in the suffix — "Minsk Wheeled Tractor Plant", "558 Aircraft Repair
 *   Plant", "Belarusian Defense Ministry", "Wagner PMC"; the suffix's type types the name
 *   (Plant → ORG, Regiment → UNIT, Forum → EVENT);
 * - heads that take a complement continue over "of / for / on (the) Capitalised…" —
 *   "Ministry of Defense of Ukraine", "Institute for the Study of War", "Verkhovna Rada Committee
 *   on National Security and Defense"; a plant's "of" introduces its owner instead ("Sphere
 *   Optical Plant of the Minsk Mechanical Plant" is two names);
 * - "named after" stays inside: "Minsk Mechanical Plant named after I. V. Vavilov" is one name;
 * - a unit suffix may be lower case after a name: "Kalinovsky regiment".
 *
 * Legal forms are never in the span; see `legalForms` for names marked only by one.
 */
export const organisations: Extractor = {
  name: 'organisations',
  extract(ctx) {
    const out: Candidate[] = []
    const ws = ctx.words
    for (const run of capitalisedRuns(ctx)) {
      for (let k = run.first; k <= run.last; k++) {
        // a suffix of one word ("Plant"), or of two ("General Staff", "Training Ground")
        const lower = ws[k]!.lower
        const type =
          ctx.lexicon.orgSuffixes.get(lower) ??
          (k > run.first && ctx.lexicon.orgSuffixPairEnds.has(lower)
            ? ctx.lexicon.orgSuffixes.get(`${ws[k - 1]!.lower} ${lower}`)
            : undefined)
        if (!type) continue
        // the suffix must end the run, unless a complement or another suffix follows
        if (k < run.last && ctx.lexicon.orgSuffixes.has(ws[k + 1]!.lower)) continue
        let first = trimLeft(ctx, run.first, k)
        const last = extendRight(ctx, k, ws[k]!.text)
        // "General Staff": a title that leaves the head alone is part of the name
        if (first === k && k > run.first && ctx.lexicon.titles.has(ws[k - 1]!.lower)) first = k - 1
        if (first === k && last === k) continue
        const office = possessiveOffice(ctx, first)
        out.push(
          office === null
            ? candidate(ctx, first, last, type, 'organisations.suffix')
            : {
                ...candidate(ctx, first, last, type, 'organisations.suffix'),
                start: office,
                canonical: null,
              },
        )
        k = last
      }
    }
    // "the 558th plant": a plant known by its number, when one reference plant has that number
    for (let k = 1; k < ws.length; k++) {
      if (!NUMBERED_HEAD.has(ws[k]!.text)) continue
      const n = /^(\d{2,4})(?:st|nd|rd|th)?$/.exec(ws[k - 1]!.text)
      const plant = n ? plantsByNumber(ctx.lexicon).get(n[1]!) : undefined
      if (!plant || !spacedAfter(ctx, k - 1)) continue
      const start = ws[k - 1]!.start
      out.push({
        start,
        end: ws[k]!.end,
        type: plant.type,
        rule: 'organisations.numbered',
        ref: plant.id,
        canonical: plant.name,
      })
    }
    // "the 1405th artillery ammunition base", "the 969th tank reserve base": a numbered storage
    // base or arsenal written in lower case is a unit
    for (let k = 0; k + 1 < ws.length; k++) {
      if (!/^\d{2,4}(?:st|nd|rd|th)$/.test(ws[k]!.text)) continue
      let j = k + 1
      while (
        j < ws.length &&
        j - k <= 4 &&
        /^\p{Ll}[\p{Ll}-]*$/u.test(ws[j]!.text) &&
        !STORAGE_HEAD.has(ws[j]!.text)
      ) {
        if (FUNCTION_WORD.has(ws[j]!.text) || !spacedAfter(ctx, j - 1)) break
        j++
      }
      if (j >= ws.length || !STORAGE_HEAD.has(ws[j]!.text) || j === k + 1 || !spacedAfter(ctx, j - 1))
        continue
      const c = candidate(ctx, k, j, 'UNIT', 'organisations.numbered-base')
      out.push({ ...c, canonical: c.canonical ?? titleCase(ctx.text.slice(c.start, c.end)) })
      k = j
    }
    // "Kalinovsky regiment", "Zhabinka station", "the Domanovsky range": a name before a lower-case
    // unit or installation noun
    for (let k = 1; k < ws.length; k++) {
      const w = ws[k]!
      if (w.cap) continue
      const type = ctx.lexicon.orgSuffixes.get(w.lower)
      if (type !== 'UNIT' && !(type === 'FACILITY' && LOWER_INSTALLATION.has(w.text))) continue
      const run = runEndingAt(ctx, k - 1)
      if (!run) continue
      const first = trimLeft(ctx, run.first, run.last)
      if (first > run.last) continue
      // "a Belarusian depot", "Russia's range": a nationality or a state is no installation's name
      if (type === 'FACILITY' && first === run.last && isStateWord(ctx, ws[first]!.text)) continue
      // "Lida airfield": an air installation keeps the town's name alone as its surface
      const last = AIR_INSTALLATION.has(w.text) ? k - 1 : k
      out.push(
        candidate(
          ctx,
          first,
          last,
          type,
          type === 'UNIT' ? 'organisations.unit' : 'organisations.installation',
        ),
      )
    }
    return out
  },
}

/**
 * Whether only spaces or tabs stand between word `k` and the word after it, however many (no line
 * break, no punctuation); `spaced` below, for names, takes exactly one.
 */
const spacedAfter = (ctx: ExtractContext, k: number): boolean =>
  /^[ \t\u00A0]+$/.test(ctx.text.slice(ctx.words[k]!.end, ctx.words[k + 1]!.start))

/** Lower-case heads of a numbered storage base or arsenal: "the 1405th artillery ammunition base". */
const STORAGE_HEAD: ReadonlySet<string> = new Set(['base', 'arsenal', 'depot'])
const FUNCTION_WORD: ReadonlySet<string> = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'or',
  'in',
  'at',
  'on',
  'for',
  'to',
  'from',
  'with',
  'by',
])

/** Lower-case heads that, after a number, refer to a plant by its number: "the 558th plant". */
const NUMBERED_HEAD: ReadonlySet<string> = new Set(['plant', 'works', 'factory'])
/** A plant's or a repair base's name. */
const PLANT_NAME = /\b(?:plant|factory|works|zavod|arsenal|repair|base)\b/i
const numbered = new WeakMap<Lexicon, ReadonlyMap<string, RefEntity | null>>()

/**
 * Reference plants by the number that opens their name ("558 Aircraft Repair Plant" → 558); a
 * number two plants share maps to null. Built once per lexicon.
 */
export function plantsByNumber(lexicon: Lexicon): ReadonlyMap<string, RefEntity | null> {
  let map = numbered.get(lexicon)
  if (map) return map
  const m = new Map<string, RefEntity | null>()
  for (const e of lexicon.reference.entities) {
    if (e.type !== 'ORG' && e.type !== 'UNIT') continue
    const n = /^(\d{2,4})(?:st|nd|rd|th)?\s/.exec(e.name)
    if (!n || !PLANT_NAME.test(e.name)) continue
    const seen = m.get(n[1]!)
    m.set(n[1]!, seen === undefined || seen?.name === e.name ? e : null)
  }
  map = m
  numbered.set(lexicon, map)
  return map
}

/** Installation nouns that name a place in lower case after its name: "Lida airfield", "Zhabinka station". */
const LOWER_INSTALLATION: ReadonlySet<string> = new Set([
  'airfield',
  'airbase',
  'station',
  'junction',
  'range',
  'depot',
  'polygon',
  'checkpoint',
])

const AIR_INSTALLATION: ReadonlySet<string> = new Set(['airfield', 'airbase'])

const isStateWord = (ctx: ExtractContext, word: string): boolean => {
  const l = word.toLowerCase().replace(/['’]s?$/, '')
  return ctx.lexicon.demonyms.has(l) || ctx.lexicon.countryByName.has(l)
}

/** Heads whose name continues with "of/for/on …": "Ministry of Defence", "Forum of the Regions". */
export const COMPLEMENT_HEADS: ReadonlySet<string> = new Set(
  `ministry committee commission council institute institution academy university forum staff agency
  department directorate administration service office bureau chamber assembly command centre center
  summit congress conference exhibition federation union court guard guards corps fleet district
  headquarters school college foundation fund association organization organisation society bank
  authority`
    .split(/\s+/)
    .filter(Boolean),
)

const COMPLEMENT_PREPOSITIONS = new Set(['of', 'for', 'on'])

/** "the U.S. Attorney's Office", "the Prosecutor General's Office": an office named by its holder's title. */
const OFFICE_HOLDER = /((?:U\.S\.|[\p{Lu}][\p{Ll}-]+)(?:\s+(?:U\.S\.|[\p{Lu}][\p{Ll}-]+)){0,3})['’]s\s+$/u
const HOLDER_TITLE =
  /^(?:Attorney|Prosecutor|General|President|Minister|Mayor|Governor|Ombudsman|Comptroller|Chancellor|Secretary|Commissioner)$/

/**
 * Where a name that opens with "Office" starts when its holder's title comes before it in the
 * possessive ("the Attorney General's Office of Moldova"), or null.
 */
function possessiveOffice(ctx: ExtractContext, first: number): number | null {
  const w = ctx.words[first]!
  if (w.text !== 'Office') return null
  const before = ctx.text.slice(Math.max(0, w.start - 60), w.start)
  const m = OFFICE_HOLDER.exec(before)
  if (!m || !HOLDER_TITLE.test(m[1]!.split(/\s+/).at(-1)!)) return null
  return w.start - before.length + m.index
}

function candidate(
  ctx: ExtractContext,
  first: number,
  last: number,
  type: EntityType,
  rule: string,
): Candidate {
  const start = ctx.words[first]!.start
  const end = ctx.words[last]!.end
  const surface = ctx.text.slice(start, end)
  const known = lookupExact(ctx.lexicon, surface).find((e) => e.type === type)
  return { start, end, type, rule, ref: known?.ref ?? null, canonical: known?.canonical ?? null }
}

/**
 * Drops words at the left of a name that are not part of it: a sentence-initial function word
 * ("According", "Since"), a determiner, a title ("President"), and everything up to a word the
 * tagger reads as a verb or adposition.
 */
const ORDINAL = /^\d+(st|nd|rd|th)$/
/** "Vilnius-based", "Kyiv-headquartered", "Moscow-backed": a modifier before a name. */
const PLACED_MODIFIER =
  /^\p{Lu}[\p{L}.-]*-(?:based|headquartered|registered|owned|backed|led|funded|linked|affiliated|controlled|run)$/u

/** What a sentence may open after, besides a full stop: a colon, a footnote marker. */
const OPENS_AFTER = /(?::|[.!?]\[\d{1,3}\])\s+$/

function trimLeft(ctx: ExtractContext, first: number, head: number): number {
  const ws = ctx.words
  let i = first
  for (let j = head - 1; j >= first; j--) {
    const pos = ctx.posAt(ws[j]!.start)
    // "the 2566th Radio-Electronic Armament Repair Plant": the tagger may call an ordinal a pronoun
    if (ORDINAL.test(ws[j]!.text)) continue
    if (pos === 'VERB' || pos === 'ADP' || pos === 'AUX' || pos === 'SCONJ' || pos === 'PRON') {
      i = j + 1
      break
    }
  }
  while (i < head) {
    const w = ws[i]!
    const l = w.lower
    const pos = ctx.posAt(w.start)
    // a capital "The" inside a sentence belongs to the name ("at The Moscow Times")
    // (not after a colon or a footnote marker, where a sentence starts: "Kasmach: The EU Council")
    if (
      w.text === 'The' &&
      !w.initial &&
      !OPENS_AFTER.test(ctx.text.slice(Math.max(0, w.start - 8), w.start))
    )
      break
    // "the Vilnius-based Centre for …": where it sits describes the name, it is not part of it
    if (PLACED_MODIFIER.test(w.text)) i++
    else if (l === 'the' || l === 'a' || l === 'an' || ctx.lexicon.titles.has(l)) i++
    else if (w.initial && pos !== 'PROPN' && pos !== 'NUM' && !ctx.lexicon.demonyms.has(l)) i++
    else break
  }
  return i
}

/** Extends a name past its head over complements and "named after …"; returns the last word. */
function extendRight(ctx: ExtractContext, head: number, headText: string): number {
  const ws = ctx.words
  let last = head
  const takesComplement = COMPLEMENT_HEADS.has(headText.toLowerCase())
  for (;;) {
    const p = ws[last + 1]
    if (!p || !spaced(ctx, ws[last]!, p)) break
    const pl = p.text
    if (pl === 'named' && ws[last + 2]?.text === 'after' && spaced(ctx, p, ws[last + 2]!)) {
      const run = runStartingAt(ctx, last + 3)
      if (!run || !spaced(ctx, ws[last + 2]!, ws[last + 3]!)) break
      last = run.last
      continue
    }
    const continues = takesComplement || last > head
    if (continues && (COMPLEMENT_PREPOSITIONS.has(pl) || (pl === 'and' && last > head))) {
      let next = last + 2
      if (ws[next]?.text === 'the' && spaced(ctx, ws[next - 1]!, ws[next]!)) next++
      const run = runStartingAt(ctx, next)
      if (!run || !spaced(ctx, ws[next - 1]!, ws[next]!)) break
      // "the Defence Ministry on Wednesday": a day or a month is when, not part of the name
      if (MONTHS_AND_DAYS.has(ws[next]!.text)) break
      // a complement that is itself a plant or firm is another name ("… Plant of the X Plant")
      const tail = ctx.lexicon.orgSuffixes.get(ws[run.last]!.lower)
      if (tail && !COMPLEMENT_HEADS.has(ws[run.last]!.lower)) break
      last = run.last
      continue
    }
    break
  }
  return last
}

const spaced = (ctx: ExtractContext, a: Word, b: Word) => /^[ \t\u00A0]$/.test(ctx.text.slice(a.end, b.start))

/** The capitalised run that starts at word i (within one line), or null. */
export function runStartingAt(ctx: ExtractContext, i: number): Run | null {
  const ws = ctx.words
  if (!ws[i]?.cap) return null
  let j = i
  while (j + 1 < ws.length && ws[j + 1]!.cap && joined(ctx, ws[j]!, ws[j + 1]!)) j++
  return { first: i, last: j }
}

/** The capitalised run that ends at word i, or null. */
export function runEndingAt(ctx: ExtractContext, i: number): Run | null {
  const ws = ctx.words
  if (!ws[i]?.cap) return null
  let j = i
  while (j - 1 >= 0 && ws[j - 1]!.cap && joined(ctx, ws[j - 1]!, ws[j]!)) j--
  return { first: j, last: i }
}
