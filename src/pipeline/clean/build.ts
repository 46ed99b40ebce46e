import { type OffsetMap, OffsetMapBuilder } from '../../model/offsets.js'
import type { Span } from '../../model/span.js'
import type { Removal } from './refine.js'
import { isWsCode } from './text.js'

/** Separator strengths, weakest first; the strongest pending one is written before the next text. */
const NONE = 0
const SPACE = 1
const LINE = 2
const PARAGRAPH = 3
const SEPARATOR = ['', ' ', '\n', '\n\n'] as const

/** Characters dropped without a trace: zero-width space, word joiner, soft hyphen, BOM. */
const isInvisible = (c: number): boolean => c === 0x200b || c === 0x2060 || c === 0x00ad || c === 0xfeff

export interface CleanText {
  readonly text: string
  readonly map: OffsetMap
  /** Clean-text spans of paragraphs: blocks separated by a line break or a blank line. */
  readonly paragraphs: readonly Span[]
}

/**
 * Builds the cleaned text from the raw text, the removals (sorted, disjoint) and the offsets where
 * a missing space is repaired (sorted). Contract:
 * - Every non-whitespace character outside removals is copied, in order; runs map one to one.
 * - Whitespace between two pieces of text becomes one separator: a space, a line break (one line
 *   break in the raw run) or a blank line (two or more, or a removal with `join: 'paragraph'`).
 *   A raw run that already is exactly that separator is copied; otherwise the separator is
 *   inserted. The clean text has no leading or trailing whitespace.
 * - A repair inserts a space (unless whitespace is already there).
 * - Zero-width characters and soft hyphens are dropped.
 */
export function buildCleanText(
  text: string,
  removals: readonly Removal[],
  repairs: readonly number[],
): CleanText {
  const b = new OffsetMapBuilder(text)
  const paragraphs: Span[] = []
  const n = text.length
  // the open copy run [runStart, runEnd) is written lazily, so that a separator that is copied
  // verbatim simply extends it
  let runStart = -1
  let runEnd = -1
  // the pending separator: its strength, and the raw whitespace run it may be copied from
  let sep = NONE
  let copyable = false
  let sepStart = 0
  let sepEnd = 0
  let wrote = false
  let paraStart = 0
  let ri = 0
  let pi = 0

  const flush = (): void => {
    if (runStart >= 0) b.copy(runStart, runEnd)
    runStart = -1
  }
  const pending = (): number => (runStart >= 0 ? runEnd - runStart : 0)
  /** Writes the pending separator before the content character at `i`. */
  const separate = (i: number): void => {
    if (wrote) {
      const s = SEPARATOR[sep]!
      const verbatim = copyable && sepEnd - sepStart === s.length && text.startsWith(s, sepStart)
      if (sep >= LINE) paragraphs.push({ start: paraStart, end: b.derivedLength + pending() })
      if (verbatim && runStart >= 0 && runEnd === sepStart) {
        runEnd = i // the run goes on through the whitespace
      } else {
        flush()
        if (verbatim) b.copy(sepStart, sepEnd)
        else b.insert(s)
      }
      if (sep >= LINE) paraStart = b.derivedLength + pending()
    }
    sep = NONE
    copyable = false
  }

  let i = 0
  while (i < n) {
    const r = removals[ri]
    if (r && i >= r.start) {
      if (r.end > i) i = r.end
      ri++
      if (r.join === 'paragraph' && sep < PARAGRAPH) sep = PARAGRAPH
      copyable = false // a removal in the gap: the separator is inserted, never copied
      continue
    }
    const c = text.charCodeAt(i)
    if (isWsCode(c) && c !== 0xfeff) {
      const stop = r ? r.start : n
      let j = i
      let breaks = 0
      while (j < stop) {
        const d = text.charCodeAt(j)
        if (!isWsCode(d) || d === 0xfeff) break
        if (d === 10 || d === 0x2028) breaks++
        else if (d === 0x2029) breaks += 2
        j++
      }
      const level = breaks === 0 ? SPACE : breaks === 1 ? LINE : PARAGRAPH
      copyable = sep === NONE
      if (level > sep) sep = level
      sepStart = i
      sepEnd = j
      i = j
      continue
    }
    if (isInvisible(c)) {
      flush()
      i++
      continue
    }
    while (pi < repairs.length && repairs[pi]! < i) pi++
    if (sep === NONE && pi < repairs.length && repairs[pi] === i && wrote) {
      sep = SPACE
      copyable = false
    }
    if (sep > NONE) separate(i)
    if (runStart >= 0 && runEnd !== i) flush()
    if (runStart < 0) runStart = i
    runEnd = i + 1
    wrote = true
    i++
  }
  flush()
  if (wrote) paragraphs.push({ start: paraStart, end: b.derivedLength })
  const { text: out, map } = b.build()
  return { text: out, map, paragraphs }
}
