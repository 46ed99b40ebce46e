import { clean } from './clean/index.js'
import { attribution } from './extract/attribution/index.js'
import { claims } from './extract/claims/index.js'
import { entities } from './extract/entities/index.js'
import { quantities } from './extract/quantities/stage.js'
import { times } from './extract/times/stage.js'
import { segment } from './segment/index.js'
import { buildPipeline, type Pipeline, type Stage } from './stage.js'

/**
 * The default pipeline, in order. The order is checked when the pipeline is built (each stage's
 * `requires` must be produced earlier); the comments say why it is what it is.
 */
export const defaultStages: readonly Stage[] = Object.freeze([
  clean, // first: every later stage reads the cleaned text, never site furniture
  segment, // sentences and tokens over the cleaned text; extractors work sentence by sentence
  entities, // mentions are final (overlaps settled, resolved in the document) before anything uses them as roles
  quantities, // independent of mentions; claims pick the quantity inside their item phrase
  times, // resolved against the publication date; claims pick the event time in their sentence
  attribution, // after entities (speakers are resolved mentions) and before claims, which take their source from it
  claims, // last: roles are mentions, quantities and times of the layers above; the source is an attribution
])

let cached: Pipeline | null = null

/** The default pipeline, built (and checked) once per process. */
export function defaultPipeline(): Pipeline {
  cached ??= buildPipeline(defaultStages)
  return cached
}
