import type { Span } from '../../../model/span.js'
import type { YMD } from './calendar.js'
import type { TimeContext } from './types.js'

/**
 * When there is no publication date, parsers still resolve against this placeholder so they can
 * share one code path; the without-reference refiner then blanks every date the text does not
 * state. It never leaks into output.
 */
const PLACEHOLDER: Required<YMD> = Object.freeze({ y: 2000, m: 6, d: 15 })

// ". " or "? " or a line break ends a sentence for cue lookup; abbreviations like "Feb." may cut
// a sentence short, which only narrows where a cue is looked for.
const BOUNDARY = /[.!?]["'’”]?\s|\n/g

function sentenceFinder(text: string, sentences: readonly Span[] | undefined): (i: number) => Span {
  if (sentences?.length) {
    // binary search: the last sentence starting at or before i
    return (i) => {
      let lo = 0
      let hi = sentences.length - 1
      let found = -1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        if (sentences[mid]!.start <= i) {
          found = mid
          lo = mid + 1
        } else hi = mid - 1
      }
      const s = sentences[found]
      return s && i < s.end ? s : { start: i, end: i }
    }
  }
  const cuts: number[] = [0]
  for (const m of text.matchAll(BOUNDARY)) cuts.push((m.index ?? 0) + m[0].length)
  cuts.push(text.length)
  return (i) => {
    let lo = 0
    let hi = cuts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (cuts[mid]! <= i) lo = mid
      else hi = mid - 1
    }
    return { start: cuts[lo]!, end: cuts[lo + 1] ?? text.length }
  }
}

export function createContext(
  text: string,
  reference: Required<YMD> | null,
  sentences?: readonly Span[],
): TimeContext {
  return {
    text,
    reference,
    working: reference ?? PLACEHOLDER,
    sentenceAt: sentenceFinder(text, sentences),
    ...(sentences?.length ? { sentences } : {}),
  }
}

/**
 * Words that put an event after the publication date: "will be held on June 30", "plans to … in
 * March". Without one, a date whose year the text leaves open is read in the past (news reports
 * what happened).
 */
const FUTURE_CUE =
  /\b(?:will|shall|won['’]t|going to|plans? to|planned|planning to|scheduled|expected to|upcoming|intends? to|is to be|are to be|is due|are due|next)\b|['’]ll\b/i

export function hasFutureCue(ctx: TimeContext, index: number): boolean {
  const s = ctx.sentenceAt(index)
  return FUTURE_CUE.test(ctx.text.slice(s.start, s.end))
}

const stretchCache = new WeakMap<TimeContext, Map<RegExp, Span[]>>()

/**
 * The stretches of the text worth a parser's patterns: the text without the sentences in which
 * `cue` (a pattern naming what every expression the parser reads contains, such as a month name)
 * does not match. Without known sentences, the whole text. Patterns run over a few sentences
 * instead of the whole article; an expression never spans two sentences. The cue is found in one
 * scan of the text, each match placed in its sentence.
 */
export function stretchesWith(ctx: TimeContext, cue: RegExp): readonly Span[] {
  let byCue = stretchCache.get(ctx)
  if (!byCue) {
    byCue = new Map()
    stretchCache.set(ctx, byCue)
  }
  let out = byCue.get(cue)
  if (out) return out
  const { text, sentences } = ctx
  out = []
  if (!sentences) out.push({ start: 0, end: text.length })
  else {
    const global = globalOf(cue)
    global.lastIndex = 0
    // which sentences hold a whole match of the cue
    const hits = new Uint8Array(sentences.length)
    let k = 0
    for (let m = global.exec(text); m; m = global.exec(text)) {
      if (m[0].length === 0) global.lastIndex++
      while (k < sentences.length && sentences[k]!.end <= m.index) k++
      if (k === sentences.length) break
      const s = sentences[k]!
      if (s.start <= m.index && m.index + m[0].length <= s.end) hits[k] = 1
    }
    let from = 0
    let any = false
    sentences.forEach((s, i) => {
      if (s.start < from || hits[i]) {
        if (hits[i]) any = true
        return
      }
      if (s.start > from && (any || cueIn(text, from, s.start, global)))
        out!.push({ start: from, end: s.start })
      from = s.end
      any = false
    })
    if (from < text.length && (any || cueIn(text, from, text.length, global)))
      out.push({ start: from, end: text.length })
  }
  byCue.set(cue, out)
  return out
}

const globals = new WeakMap<RegExp, RegExp>()
/** The cue with the `g` flag, for one scan of a whole text. */
function globalOf(cue: RegExp): RegExp {
  let g = globals.get(cue)
  if (!g) {
    g = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`)
    globals.set(cue, g)
  }
  return g
}

/** Whether the cue matches within `[start, end)` of the text (text outside every sentence). */
function cueIn(text: string, start: number, end: number, global: RegExp): boolean {
  global.lastIndex = 0
  return global.test(text.slice(start, end))
}

/**
 * Every match of the global pattern `re` inside the stretches whose sentences match `cue`, with
 * `index` an offset into the whole text.
 */
export function matchesIn(ctx: TimeContext, re: RegExp, cue: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = []
  for (const s of stretchesWith(ctx, cue)) {
    for (const m of ctx.text.slice(s.start, s.end).matchAll(re)) {
      m.index = (m.index ?? 0) + s.start
      out.push(m)
    }
  }
  return out
}
