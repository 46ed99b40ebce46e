import type { ExtractContext } from './types.js'
import type { Word } from './words.js'

/**
 * A capitalised run: consecutive capitalised words on one line separated by single spaces, or
 * by ". " after an initial ("I. V. Vavilov"). Name rules start from these.
 */
export interface Run {
  /** Index of the first and last word. */
  readonly first: number
  readonly last: number
}

/** Connecting words that may sit inside an organisation or event name ("Institute for the Study of War"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'for',
  'on',
  'and',
  'named',
  'after',
])

const isInitial = (w: Word) => w.text.length === 1 && w.upper && w.dot

/** True when words a and b (b = a + 1) are joined inside a run. */
export function joined(ctx: ExtractContext, a: Word, b: Word): boolean {
  const gap = ctx.text.slice(a.end, b.start)
  if (/^[ \t\u00A0]$/.test(gap)) return true
  return isInitial(a) && /^\.[ \t\u00A0]?$/.test(gap)
}

/** All maximal capitalised runs of the text. */
export function capitalisedRuns(ctx: ExtractContext): Run[] {
  const runs: Run[] = []
  const ws = ctx.words
  let i = 0
  while (i < ws.length) {
    if (!ws[i]!.cap) {
      i++
      continue
    }
    let j = i
    while (j + 1 < ws.length && ws[j + 1]!.cap && joined(ctx, ws[j]!, ws[j + 1]!)) j++
    runs.push({ first: i, last: j })
    i = j + 1
  }
  return runs
}

/** Text of words first..last as it stands in the text. */
export const runText = (ctx: ExtractContext, first: number, last: number): string =>
  ctx.text.slice(ctx.words[first]!.start, ctx.words[last]!.end)
