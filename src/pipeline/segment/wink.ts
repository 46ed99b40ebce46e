import { createRequire } from 'node:module'
import type { WinkMethods } from 'wink-nlp'

/**
 * The wink-nlp instance with the English lite web model, loaded once per process on first use
 * (the model takes ~80 ms to load, so importing this module costs nothing until it is needed).
 * Shared by every stage that needs wink: call `wink()` rather than loading the model again.
 *
 * ```ts
 * const nlp = wink()
 * const doc = nlp.readDoc('Instead, they invaded Ukraine on Feb. 24.')
 * doc.tokens().out(nlp.its.pos) // ['ADV', 'PUNCT', 'PRON', …]
 * ```
 */
let instance: WinkMethods | undefined

export function wink(): WinkMethods {
  if (!instance) {
    const require = createRequire(import.meta.url)
    const winkNLP = require('wink-nlp') as (model: unknown) => WinkMethods
    const model: unknown = require('wink-eng-lite-web-model')
    instance = winkNLP(model)
  }
  return instance
}
