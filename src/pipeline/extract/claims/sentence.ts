import type { Mention, Quantity, TimeValue, Token } from '../../../model/annotations.js'
import type { Span } from '../../../model/span.js'

/** A token of a sentence with its text and its index in the sentence. */
export interface Tok extends Span {
  readonly i: number
  readonly text: string
  readonly lower: string
  readonly pos: string
}

/** What the claim rules read for one sentence: its tokens and the layers that fall inside it. */
export interface SentenceView {
  /** The whole cleaned text (spans index into it). */
  readonly text: string
  readonly span: Span
  readonly toks: readonly Tok[]
  readonly mentions: readonly Mention[]
  readonly quantities: readonly Quantity[]
  readonly times: readonly TimeValue[]
}

const inside = (outer: Span, s: Span | undefined): boolean =>
  s !== undefined && s.start >= outer.start && s.end <= outer.end

/** Cuts the document layers into one view per sentence. */
export function sentenceViews(
  text: string,
  sentences: readonly Span[],
  layers: {
    readonly tokens: readonly Token[]
    readonly mentions: readonly Mention[]
    readonly quantities: readonly Quantity[]
    readonly times: readonly TimeValue[]
  },
): SentenceView[] {
  // one sweep per layer over sentences in text order: linear in the document, not sentences × tokens
  const byStart = <T>(xs: readonly T[], start: (x: T) => number) =>
    [...xs].sort((a, b) => start(a) - start(b))
  const tokens = byStart(layers.tokens, (t) => t.start)
  const mentions = byStart(layers.mentions, (m) => m.start)
  const quantities = byStart(layers.quantities, (q) => q.span?.start ?? -1)
  const times = byStart(layers.times, (t) => t.span?.start ?? -1)
  const order = sentences.map((_, i) => i).sort((a, b) => sentences[a]!.start - sentences[b]!.start)
  const cursors = { t: 0, m: 0, q: 0, ti: 0 }
  const take = <T>(
    xs: readonly T[],
    key: 't' | 'm' | 'q' | 'ti',
    span: Span,
    of: (x: T) => Span | undefined,
  ): T[] => {
    const out: T[] = []
    let k = cursors[key]
    while (k < xs.length && (of(xs[k]!)?.start ?? -1) < span.start) k++
    cursors[key] = k
    for (let j = k; j < xs.length && (of(xs[j]!)?.start ?? -1) < span.end; j++) {
      if (inside(span, of(xs[j]!))) out.push(xs[j]!)
    }
    return out
  }
  const views: SentenceView[] = new Array(sentences.length)
  for (const i of order) {
    const span = sentences[i]!
    const toks = take(tokens, 't', span, (t) => t).map((t, k) => {
      const s = text.slice(t.start, t.end)
      return { i: k, start: t.start, end: t.end, text: s, lower: s.toLowerCase(), pos: t.pos }
    })
    const inSentence = take(mentions, 'm', span, (m) => m)
    properInNames(toks, inSentence)
    views[i] = {
      text,
      span,
      toks,
      mentions: inSentence,
      quantities: take(quantities, 'q', span, (q) => q.span),
      times: take(times, 'ti', span, (t) => t.span),
    }
  }
  return views
}

/**
 * A word inside a name of several words is part of the name, whatever the tagger read: "Works"
 * in "Minsk Tractor Works", "Leads" in a title are no verbs of the sentence.
 */
function properInNames(
  toks: { start: number; end: number; pos: string }[],
  mentions: readonly Mention[],
): void {
  let k = 0
  for (const m of mentions) {
    while (k < toks.length && toks[k]!.start < m.start) k++
    for (let j = k; j < toks.length && toks[j]!.end <= m.end; j++) {
      const t = toks[j]!
      // only inside a name of two words or more; a one-word mention keeps its own tag
      if ((t.pos === 'VERB' || t.pos === 'AUX') && (t.start > m.start || t.end < m.end)) t.pos = 'PROPN'
    }
  }
}

/** Index of the first token starting at or after `offset` (the token count when none). */
export function tokenAt(view: SentenceView, offset: number): number {
  const i = view.toks.findIndex((t) => t.end > offset)
  return i < 0 ? view.toks.length : i
}

/** Token range [from, to) of a span. */
export function tokenRange(view: SentenceView, s: Span): [number, number] {
  const from = tokenAt(view, s.start)
  let to = from
  while (to < view.toks.length && view.toks[to]!.start < s.end) to++
  return [from, to]
}

/** The text between two token indexes (end exclusive). */
export function textOf(view: SentenceView, from: number, to: number): string {
  if (to <= from) return ''
  return view.text.slice(view.toks[from]!.start, view.toks[to - 1]!.end)
}

/** Builds a hand-made sentence view for tests: tokens split on words and punctuation, POS given as `word/POS`. */
export function viewOf(tagged: string): SentenceView {
  const parts = tagged.split(/\s+/).filter(Boolean)
  let text = ''
  const toks: Tok[] = []
  for (const [i, p] of parts.entries()) {
    const cut = p.lastIndexOf('/')
    const w = p.slice(0, cut)
    const attach = /^[.,;:!?)'’]/.test(w) || w === "'s"
    if (text && !attach) text += ' '
    toks.push({
      i,
      start: text.length,
      end: text.length + w.length,
      text: w,
      lower: w.toLowerCase(),
      pos: p.slice(cut + 1),
    })
    text += w
  }
  return { text, span: { start: 0, end: text.length }, toks, mentions: [], quantities: [], times: [] }
}
