import type { HedgeCue } from '../../../reference/load.js'
import { type HedgeReading, hedgeOfClaim } from '../hedge/index.js'
import { type SentenceView, textOf } from './sentence.js'

/**
 * The hedge of a claim read from its sentence: the cues in the words before token `before`
 * ("Officials said that …", "reportedly") and in its verb group, tokens `[from, to)` ("may have
 * sent", "did not deliver").
 *
 * @example hedgeIn(view('Minsk may have sent tanks.'), cues, 1, 1, 4).hedge // 'possible'
 */
export function hedgeIn(
  view: SentenceView,
  cues: readonly HedgeCue[] | undefined,
  before: number,
  from: number,
  to: number,
): HedgeReading {
  return hedgeOfClaim(
    { before: view.text.slice(view.span.start, view.toks[before]!.start), group: textOf(view, from, to) },
    cues ? { cues } : {},
  )
}
