import type { Message } from '../model/message.js'
import type { Doc, LayerName, Layers } from './doc.js'

/** What a stage returns: the layers it produces, and diagnostics to add to the document. */
export interface StageResult {
  readonly layers: Partial<Layers>
  readonly messages?: readonly Message[]
}

/**
 * One step of the pipeline: a pure function over a document (no I/O), declaring the layers it
 * needs and the layers it adds (spaCy-style `requires`/`assigns`).
 */
export interface Stage {
  readonly name: string
  readonly requires: readonly LayerName[]
  readonly produces: readonly LayerName[]
  run(doc: Doc): StageResult
}

export class PipelineError extends Error {
  readonly code = 'DOSSIER_E_PIPELINE'
}

/** A checked, ordered list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[]
  run(doc: Doc): Doc
}

/**
 * Builds a pipeline and checks at build time that every stage's requirements are produced by an
 * earlier stage (or by `provided`), so a wrong order fails here rather than as an empty result.
 */
export function buildPipeline(stages: readonly Stage[], provided: readonly LayerName[] = []): Pipeline {
  const have = new Set<LayerName>(provided)
  const names = new Set<string>()
  for (const s of stages) {
    if (names.has(s.name)) throw new PipelineError(`stage "${s.name}" appears twice`)
    names.add(s.name)
    const missing = s.requires.filter((r) => !have.has(r))
    if (missing.length) {
      throw new PipelineError(
        `stage "${s.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage produces`,
      )
    }
    for (const p of s.produces) have.add(p)
  }
  const frozen = Object.freeze([...stages])
  return {
    stages: frozen,
    run(doc: Doc): Doc {
      let cur = doc
      for (const s of frozen) {
        const result = s.run(cur)
        if (!result || typeof result !== 'object' || !result.layers) {
          throw new PipelineError(`stage "${s.name}" returned no result`)
        }
        const missing = s.produces.filter((p) => result.layers[p] === undefined)
        if (missing.length) throw new PipelineError(`stage "${s.name}" did not produce ${missing.join(', ')}`)
        const extra = Object.keys(result.layers).filter((k) => !s.produces.includes(k as LayerName))
        if (extra.length) throw new PipelineError(`stage "${s.name}" produced undeclared ${extra.join(', ')}`)
        cur = {
          ...cur,
          layers: { ...cur.layers, ...result.layers },
          messages: result.messages?.length ? [...cur.messages, ...result.messages] : cur.messages,
        }
      }
      return cur
    },
  }
}

/** Reads a layer a stage declared in `requires`; the runner guarantees it is there. */
export function layer<K extends LayerName>(doc: Doc, name: K): NonNullable<Layers[K]> {
  const v = doc.layers[name]
  if (v === undefined) throw new PipelineError(`layer "${name}" is missing`)
  return v as NonNullable<Layers[K]>
}
