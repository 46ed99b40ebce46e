import { createRequire } from 'node:module'
import type { WinkMethods } from 'wink-nlp'

/**
 * wink-nlp with the English lite web model, created once per process on first use (loading the
 * model takes ~80 ms, so importing this module costs nothing until it is needed). Every stage that
 * needs wink calls these rather than loading the model again.
 *
 * - `wink()`: sentences, tokens and part of speech only (wink's `sbd` and `pos` annotations). It
 *   gives the same tokens, sentences and tags as the full pipe and runs about twice as fast, so
 *   `segment` uses it.
 * - `winkFull()`: every annotation (adds wink's entities — dates, numbers, money —, negation and
 *   sentiment), for stages that want them. Created separately, on first use.
 *
 * ```ts
 * const nlp = wink()
 * const doc = nlp.readDoc('Instead, they invaded Ukraine on Feb. 24.')
 * doc.tokens().out(nlp.its.pos) // ['ADV', 'PUNCT', 'PRON', …]
 * ```
 */
let lean: WinkMethods | undefined
let full: WinkMethods | undefined

type WinkFactory = (model: unknown, pipe?: string[]) => WinkMethods

function load(): { winkNLP: WinkFactory; model: unknown } {
  const require = createRequire(import.meta.url)
  return { winkNLP: require('wink-nlp') as WinkFactory, model: require('wink-eng-lite-web-model') }
}

export function wink(): WinkMethods {
  if (!lean) {
    const { winkNLP, model } = load()
    lean = winkNLP(model, ['sbd', 'pos'])
  }
  return lean
}

export function winkFull(): WinkMethods {
  if (!full) {
    const { winkNLP, model } = load()
    full = winkNLP(model)
  }
  return full
}
