import type { Span } from '../../../../model/span.js'
import { findMarks, type QuoteFamily, type QuoteMark } from './marks.js'

/** A quotation: the text between its marks, trimmed of spaces, dashes and a trailing comma. */
export interface Quote {
  readonly content: Span
  /** Offset of the opening mark; null when it was lost in scraping. */
  readonly open: number | null
  /** Offset of the closing mark. */
  readonly close: number
  readonly family: QuoteFamily
  /** Only the closing mark survives: the content runs from the start of its paragraph. */
  readonly lostOpening: boolean
  /** 0 for a quotation at top level, 1 for one inside another… */
  readonly depth: number
  /** The opening mark begins a sentence or a paragraph (a quotation, rather than a quoted phrase). */
  readonly startsSentence: boolean
}

interface Open {
  readonly mark: QuoteMark
  readonly paragraph: number
}

// what comes before a mark that opens a sentence: the text or paragraph start, or the end of a
// sentence, a quotation's closing mark after it included ("… it.”⏎“Next …")
const SENTENCE_END_BEFORE = /(?:^|\n|[.!?…:;—–-]["”’']*)\s*$/

/**
 * Pairs the quote marks of `text` into quotations, paragraph by paragraph:
 * - an opening mark at a sentence start while a quote of its family is open re-opens it
 *   ("‘… Russia. ‘They gave up …’"); at the start of the next paragraph it ends the quotation
 *   at the paragraph's end and opens the next one (a quotation over paragraphs is one
 *   quotation per paragraph, as the later ones have no cue of their own);
 * - an opening mark inside a sentence while one is open nests ("“All Lukashenka's “power” rests…”");
 * - a closing mark with nothing open is a quotation whose opening mark was lost: it runs from
 *   the end of the previous quotation in the paragraph, or the paragraph start ("…unrest.’ Russia
 *   has launched … itself.’");
 * - a quote still open when a paragraph ends, with no re-opening mark starting the next one, is
 *   dropped (an unbalanced mark proves nothing).
 */
export function pairQuotes(text: string, paragraphs: readonly Span[]): Quote[] {
  const marks = findMarks(text)
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }]
  const out: Quote[] = []
  let stack: Open[] = []
  // a quotation from an open mark to the closing mark `m`, at the depth the stack is left with
  const closeQuote = (o: Open, m: QuoteMark, family: QuoteFamily): void => {
    const content = trimContent(text, { start: o.mark.offset + 1, end: m.offset })
    if (content.end <= content.start) return
    out.push({
      content,
      open: o.mark.offset,
      close: m.offset,
      family,
      lostOpening: false,
      depth: stack.length,
      startsSentence: SENTENCE_END_BEFORE.test(text.slice(Math.max(0, o.mark.offset - 40), o.mark.offset)),
    })
  }
  let mi = 0
  for (let pi = 0; pi < paras.length; pi++) {
    const para = paras[pi]!
    while (mi < marks.length && marks[mi]!.offset < para.start) mi++
    // a paragraph that opens with a mark of an open family continues it; the others end here
    const first = marks[mi]
    const lead =
      first && first.offset < para.end && !text.slice(para.start, first.offset).trim() ? first : null
    stack = stack.filter((o) => lead && lead.family === o.mark.family && lead.role !== 'close')
    let lastClose = para.start
    for (; mi < marks.length && marks[mi]!.offset < para.end; mi++) {
      const m = marks[mi]!
      const openIdx = findOpen(stack, m.family)
      const role = m.role === 'either' ? (openIdx >= 0 ? 'close' : 'open') : m.role
      // "the soldiers’ camp" inside ‘…’ is possessive when a later mark in the same sentence can
      // still close the quote; "to ‘plug gaps’ in the …" closes
      if (m.maybeApostrophe && openIdx >= 0 && laterClose(marks, mi, sentenceEnd(text, m.offset, para.end)))
        continue
      if (role === 'open') {
        const startsSentence = SENTENCE_END_BEFORE.test(
          text.slice(Math.max(para.start, m.offset - 40), m.offset),
        )
        if (openIdx >= 0 && m.offset === lead?.offset && stack[openIdx]!.paragraph < pi) {
          // a quotation over paragraphs: the paragraph before ends one, this mark opens the next
          const o = stack[openIdx]!
          const prev = paras[pi - 1]!
          const content = trimContent(text, { start: o.mark.offset + 1, end: prev.end })
          if (content.end > content.start) {
            out.push({
              content,
              open: o.mark.offset,
              close: content.end,
              family: o.mark.family,
              lostOpening: false,
              depth: openIdx,
              startsSentence: SENTENCE_END_BEFORE.test(
                text.slice(Math.max(0, o.mark.offset - 40), o.mark.offset),
              ),
            })
          }
          stack = [...stack.slice(0, openIdx), { mark: m, paragraph: pi }, ...stack.slice(openIdx + 1)]
          continue
        }
        if (openIdx >= 0 && (startsSentence || m.offset === para.start)) continue // re-opening
        stack.push({ mark: m, paragraph: pi })
        continue
      }
      // ‘… ” he said: a closing mark of the other family ends a quotation that nothing else closes
      const other = openIdx < 0 && !m.maybeApostrophe ? mismatched(stack, m, marks, mi, pi, para.end) : -1
      if (other >= 0) {
        const o = stack[other]!
        stack = stack.slice(0, other)
        closeQuote(o, m, o.mark.family)
        lastClose = m.offset + 1
        continue
      }
      if (openIdx < 0) {
        if (m.maybeApostrophe) continue
        const content = trimContent(text, { start: lastClose, end: m.offset })
        if (content.end > content.start && /\s/.test(text.slice(content.start, content.end))) {
          out.push({
            content,
            open: null,
            close: m.offset,
            family: m.family,
            lostOpening: true,
            depth: stack.length,
            startsSentence: true,
          })
        }
        lastClose = m.offset + 1
        continue
      }
      const o = stack[openIdx]!
      stack = stack.slice(0, openIdx)
      closeQuote(o, m, m.family)
      lastClose = m.offset + 1
    }
  }
  return out.sort((a, b) => a.content.start - b.content.start || b.content.end - a.content.end)
}

/**
 * The open quotation of the other family that a closing mark with none of its own open ends:
 * the innermost one, opened in this paragraph, when no mark of its own family could close it
 * before that family opens again (‘He keeps his soldiers at home,” he said. ‘That way …’).
 */
function mismatched(
  stack: readonly Open[],
  m: QuoteMark,
  marks: readonly QuoteMark[],
  mi: number,
  paragraph: number,
  paraEnd: number,
): number {
  const top = stack.length - 1
  const o = stack[top]
  if (!o || o.mark.family === m.family || o.paragraph !== paragraph) return -1
  for (let i = mi + 1; i < marks.length && marks[i]!.offset < paraEnd; i++) {
    const x = marks[i]!
    if (x.family !== o.mark.family) continue
    if (x.role === 'open') break
    if (!x.maybeApostrophe) return -1
  }
  return top
}

function sentenceEnd(text: string, from: number, limit: number): number {
  const rel = text.slice(from, limit).search(/[.!?…][’'”"]*(?:\s|$)/)
  if (rel < 0) return limit
  const closing = /^[.!?…][’'”"]*/.exec(text.slice(from + rel, from + rel + 50))![0].length
  return from + rel + closing
}

function laterClose(marks: readonly QuoteMark[], from: number, end: number): boolean {
  for (let i = from + 1; i < marks.length && marks[i]!.offset < end; i++) {
    const m = marks[i]!
    if (m.family === 'single' && m.role !== 'open' && !m.maybeApostrophe) return true
  }
  return false
}

function findOpen(stack: readonly Open[], family: QuoteFamily): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.mark.family === family) return i
  return -1
}

/** Drops surrounding spaces, a leading dash and a trailing comma: `“ – Text,”` → `Text`. */
export function trimContent(text: string, s: Span): Span {
  let { start, end } = s
  while (start < end && /[\s–—-]/.test(text[start]!)) start++
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--
  return { start, end }
}
