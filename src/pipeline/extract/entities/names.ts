import { MONTHS_AND_DAYS } from './context.js'
import { capitalisedRuns, joined, runText } from './runs.js'
import type { Candidate, ExtractContext, Extractor } from './types.js'
import type { Word } from './words.js'

/**
 * People not in the reference data, from capitalised runs with a person cue:
 *
 * - a title or honorific before the name, from the titles lexicon — "Mr Bell", "retired Air
 *   Vice-Marshal Sean Bell", "military expert Oleg Zhdanov", "Russian Prime Minister Mikhail
 *   Mishustin". The title (with modifiers such as "retired" and a nationality) goes to `role`,
 *   never into the span;
 * - a known first name opening a run of two to four words — "Gennady Gudkov";
 * - a speech or reporting verb right after a two- or three-word run, or before it ("said Ieva
 *   Gaile", "according to …"), or a title in an apposition after it ("…, a defence analyst at").
 *
 * Runs with an organisation suffix, an acronym, a month or a nationality word are not names.
 */
export const names: Extractor = {
  name: 'names',
  extract(ctx) {
    const out: Candidate[] = []
    for (const run of capitalisedRuns(ctx)) {
      const found = personInRun(ctx, run.first, run.last)
      if (found) out.push(found)
    }
    return givenNamesAgain(ctx, out)
  },
}

/**
 * A person named only by a given name ("Pavel, a crane operator who asked that his surname be
 * withheld") is that person at every other lone use of the name too ("For Pavel, …").
 */
function givenNamesAgain(ctx: ExtractContext, out: Candidate[]): Candidate[] {
  const given = new Set(
    out.filter((c) => c.rule === 'names.given-name').map((c) => ctx.text.slice(c.start, c.end)),
  )
  if (!given.size) return out
  const taken = new Set(out.map((c) => c.start))
  const ws = ctx.words
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!
    if (!given.has(w.text) || taken.has(w.start)) continue
    const next = ws[i + 1]
    if (next?.cap && joined(ctx, w, next)) continue
    out.push(person(ctx, i, i, 'names.given-name'))
  }
  return out
}

/**
 * A lone given name is a person's when a speech cue stands next to it ("said Pavel", "Olga
 * told"), an apposition follows it ("Pavel, a docker", "Olga, who …") or a naming phrase comes
 * before it ("gave her name only as Olga", "known as Pavel").
 */
function loneGivenName(ctx: ExtractContext, i: number): boolean {
  const ws = ctx.words
  const w = ws[i]!
  if (!ctx.lexicon.firstNames.has(w.text)) return false
  const after = ws[i + 1]
  if (after && /^,?\s$/.test(ctx.text.slice(w.end, after.start)) && !after.cap) {
    if (ctx.lexicon.speechCues.has(after.lower)) return true
  }
  const before = ws[i - 1]
  if (
    before &&
    !before.cap &&
    /^\s$/.test(ctx.text.slice(before.end, w.start)) &&
    ctx.lexicon.speechCues.has(before.lower)
  )
    return true
  if (/^,\s+(?:an?|who|whose)\s/.test(ctx.text.slice(w.end, w.end + 8))) return true
  return LONE_NAME_INTRO.test(ctx.text.slice(Math.max(0, w.start - 40), w.start))
}
const LONE_NAME_INTRO = /\b(?:name|named|identified|known|called)\s+(?:[\p{Ll}]+\s+){0,2}as\s+$|\bcalled\s+$/u

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her'])

/** Words that may precede a title inside the role: "retired Air Vice-Marshal", "former President". */
const ROLE_MODIFIERS = new Set(['retired', 'former', 'acting', 'late', 'deputy', 'then', 'current', 'ex'])

function personInRun(ctx: ExtractContext, runFirst: number, last: number): Candidate | null {
  const ws = ctx.words
  // a sentence-initial word that the tagger does not read as a proper noun is not part of a name
  // ("Later Dobbs said"), though it may be a title ("President Putin")
  let first = runFirst
  while (first < last && ws[first]!.initial && ctx.posAt(ws[first]!.start) !== 'PROPN') {
    if (ctx.lexicon.titles.has(ws[first]!.lower)) break
    first++
  }
  // ("readout.[9] The Kremlin stated": no name opens with an article, wherever the sentence starts)
  while (first < last && /^(?:the|a|an)$/.test(ws[first]!.lower)) first++
  // 1. a title ending right before some word of the run
  for (let s = last; s >= first; s--) {
    const title = titleEndingBefore(ctx, s)
    if (!title) continue
    const end = nameEnd(ctx, s, last)
    if (end < s) return null
    // a lone word needs an honorific, office or rank before it ("Mr Bell", "President Putin"),
    // not a role noun ("Expert Opinion" is a heading), and must read as a proper noun
    if (end === s && (title.kind === 'role' || ctx.posAt(ws[s]!.start) !== 'PROPN')) return null
    return person(ctx, s, end, 'names.title', title.text)
  }
  // 2. a known first name followed by one to three more name words
  for (let f = first; f < last; f++) {
    if (!ctx.lexicon.firstNames.has(ws[f]!.text)) continue
    const end = nameEnd(ctx, f, Math.min(last, f + 3))
    if (end > f) return person(ctx, f, end, 'names.first-name')
    return null
  }
  // 3. a lone given name with a cue: an anonymised source ("Pavel, a docker, said")
  if (first === last && loneGivenName(ctx, first)) return person(ctx, first, first, 'names.given-name')
  // 4. a speech cue after a two- or three-word run ("Gennady Gudkov notes") or before it ("said
  // Ieva Gaile", "according to …"), or a title in an apposition after it ("…, a defence analyst")
  const len = last - first + 1
  // "Global Affairs Canada said", "Hrodna Files reported": a body's name, not a person's
  if (len >= 2 && len <= 3 && nameEnd(ctx, first, last) === last) {
    const bodyLike = ws
      .slice(first, last + 1)
      .some((w) => BODY_WORDS.has(w.text) || ctx.lexicon.countryByName.has(w.lower))
    const after = ws[last + 1]
    const gap = after ? ctx.text.slice(ws[last]!.end, after.start) : ''
    const cueAfter = after && /^,?\s$/.test(gap) && ctx.lexicon.speechCues.has(after.lower)
    const b1 = ws[first - 1]
    const b2 = ws[first - 2]
    const spacedBefore = b1 !== undefined && /^\s$/.test(ctx.text.slice(b1.end, ws[first]!.start))
    const cueBefore =
      spacedBefore &&
      ((b2 && `${b2.text} ${b1.text}`.toLowerCase() === 'according to') ||
        (!b1.cap && ctx.lexicon.speechCues.has(b1.lower)))
    // "the retired Vice Air-Marshal reported": a determiner before the run makes it a description
    const d1 = ws[first - 1]?.lower ?? ''
    const d2 = ws[first - 2]?.lower ?? ''
    const described = DETERMINERS.has(d1) || (DETERMINERS.has(d2) && !ws[first - 1]!.cap)
    if ((cueAfter || cueBefore || appositiveTitle(ctx, last)) && !described) {
      if (!bodyLike) return person(ctx, first, last, 'names.speech')
      // a body that speaks: an organisation
      if (cueAfter || cueBefore)
        return {
          start: ws[first]!.start,
          end: ws[last]!.end,
          type: 'ORG',
          rule: 'names.speech-body',
          ref: null,
          canonical: null,
        }
    }
  }
  return null
}

/** Words that name bodies, outlets and projects, never people ("Defence Intelligence", "Hrodna Files"). */
const BODY_WORDS = new Set(
  (
    'Affairs Files Intelligence Defence Defense Ministry Service Services Agency Office Council Committee ' +
    'Review Times News Post Herald Institute Centre Center Group Project Watch Monitor Initiative Foundation ' +
    'Network Research Security Studies Guard Forces Army Command Staff Bureau Directorate Department Media ' +
    'Press Report Daily Journal Gazette Tribune Radio Television Channel Union Alliance Party Movement Front ' +
    'Bank Company Plant Works Holding Corporation Government Parliament Assembly Court Police'
  ).split(' '),
)

function person(ctx: ExtractContext, first: number, last: number, rule: string, role?: string): Candidate {
  const c: Candidate = {
    start: ctx.words[first]!.start,
    end: ctx.words[last]!.end,
    type: 'PERSON',
    rule,
    ref: null,
    canonical: null,
  }
  return role ? { ...c, role } : c
}

/** ", a defence analyst at …", ", spokesman for …": a title within four words after a comma. */
function appositiveTitle(ctx: ExtractContext, last: number): boolean {
  const ws = ctx.words
  if (!/^,\s$/.test(ctx.text.slice(ws[last]!.end, ws[last + 1]?.start ?? ws[last]!.end))) return false
  let i = last + 1
  if (DETERMINERS.has(ws[i]?.lower ?? '')) i++
  for (let n = 0; n < 4 && ws[i + n]; n++) {
    for (let k = 0; k <= n; k++) {
      const phrase = ws
        .slice(i + k, i + n + 1)
        .map((w) => w.lower)
        .join(' ')
      if (ctx.lexicon.titles.has(phrase)) return true
    }
  }
  return false
}

/** A plausible word of a person's name: capitalised, not an acronym, month, nationality or suffix. */
function nameWord(ctx: ExtractContext, w: Word): boolean {
  if (!w.cap || /\d/.test(w.text)) return false
  if (w.upper && !(w.text.length === 1 && w.dot)) return false
  if (MONTHS_AND_DAYS.has(w.text)) return false
  const l = w.lower
  if (ctx.lexicon.demonyms.has(l) || ctx.lexicon.orgSuffixes.has(l) || ctx.lexicon.titles.has(l)) return false
  // a part of a hyphenated word that is a title ("Vice Air-Marshal") is no name either
  return !l.includes('-') || !l.split('-').some((p) => ctx.lexicon.titles.has(p))
}

/** Last index ≥ from (≤ limit) of an unbroken sequence of name words, or from - 1 when there is none. */
function nameEnd(ctx: ExtractContext, from: number, limit: number): number {
  let i = from
  while (i <= limit && nameWord(ctx, ctx.words[i]!)) i++
  // a name ending in an organisation suffix ("Gomel Plant") is no name at all
  const next = ctx.words[i]
  if (i <= limit && next && ctx.lexicon.orgSuffixes.has(next.lower)) return from - 1
  // the last word must not be an initial
  let end = i - 1
  while (end >= from && ctx.words[end]!.text.length === 1) end--
  return end
}

/**
 * The title (with its modifiers) that ends right before word `s`, separated by a space or by
 * ". " after an abbreviation ("Mr. Bell"), or null.
 */
function titleEndingBefore(ctx: ExtractContext, s: number): { text: string; kind: string } | null {
  const ws = ctx.words
  const lex = ctx.lexicon
  const t = s - 1
  if (t < 0 || !lex.titleLastWords.has(ws[t]!.lower)) return null
  if (!/^\.?[ \t\u00A0]$/.test(ctx.text.slice(ws[t]!.end, ws[s]!.start))) return null
  for (let n = Math.min(lex.titleMaxWords, t + 1); n >= 1; n--) {
    const a = t - n + 1
    if (!spaced(ctx, a, t)) continue
    const phrase = ws
      .slice(a, t + 1)
      .map((w) => w.lower)
      .join(' ')
    const kind = lex.titles.get(phrase)
    if (kind === undefined) continue
    let from = a
    while (from > 0 && spaced(ctx, from - 1, from)) {
      const p = ws[from - 1]!.lower
      const w = ws[from - 1]!
      if ((ROLE_MODIFIERS.has(w.text) && !w.cap) || (lex.demonyms.has(p) && w.cap)) from--
      else break
    }
    return { text: runText(ctx, from, t), kind }
  }
  return null
}

/** True when words a..b are separated only by single spaces. */
function spaced(ctx: ExtractContext, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (!/^[ \t\u00A0]$/.test(ctx.text.slice(ctx.words[i]!.end, ctx.words[i + 1]!.start))) return false
  }
  return true
}
