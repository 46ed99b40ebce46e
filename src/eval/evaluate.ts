import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyPrediction, type Prediction } from './contract.js'
import { type GoldDocument, loadGold } from './gold.js'
import { type ScoreItem, type ScoreReport, score } from './score.js'

export type Extractor = (text: string, id: string) => Prediction | Promise<Prediction>

export interface EvaluateOptions {
  /** Collect `misses` in the report (printed by `formatReport(report, { verbose: true })`). */
  verbose?: boolean
  /** Non-fatal findings: a gold text that is missing (scored with an empty prediction) or altered. */
  onWarning?: (message: string) => void
  /** Called with each document's prediction, e.g. to write it out for inspection. */
  onPrediction?: (id: string, prediction: Prediction, doc: GoldDocument) => void | Promise<void>
}

/**
 * `dossier eval GOLD_DIR`: loads the gold files of `goldDir`, runs `extract` on each raw
 * `<id>.txt` (one document at a time, in id order) and scores the predictions with the
 * reference rules. A document whose text is missing is scored with an empty prediction, as the
 * reference scorer scores a missing prediction. An extractor error is rethrown naming the document.
 */
export async function evaluate(
  goldDir: string,
  extract: Extractor,
  options: EvaluateOptions = {},
): Promise<ScoreReport> {
  const docs = loadGold(goldDir, { onWarning: options.onWarning })
  const items: ScoreItem[] = []
  for (const doc of docs) {
    let pred: Prediction
    if (doc.text == null) {
      pred = emptyPrediction()
    } else {
      try {
        pred = await extract(doc.text, doc.id)
      } catch (e) {
        throw new Error(`extraction failed on ${doc.id}: ${(e as Error).message}`, { cause: e })
      }
    }
    await options.onPrediction?.(doc.id, pred, doc)
    items.push({ id: doc.id, text: doc.text, gold: doc.gold, pred })
  }
  return score(items, { verbose: options.verbose })
}

/**
 * Reads `<id>.json` predictions from `predDir` as the reference scorer does: a missing or
 * unparsable file is scored as an empty prediction (reported through `onWarning`), and the
 * parsed JSON is passed on as is (the scorer ignores malformed members).
 */
export function loadPredictions(
  predDir: string,
  ids: readonly string[],
  onWarning?: (message: string) => void,
): Map<string, Prediction> {
  const out = new Map<string, Prediction>()
  for (const id of ids) {
    const predPath = join(predDir, `${id}.json`)
    let pred: Prediction = emptyPrediction()
    if (existsSync(predPath)) {
      try {
        const data: unknown = JSON.parse(readFileSync(predPath, 'utf8'))
        if (data !== null && typeof data === 'object') pred = data as Prediction
        else onWarning?.(`${predPath} is not a JSON object; scored as empty`)
      } catch (e) {
        onWarning?.(`${predPath} is not JSON (${(e as Error).message}); scored as empty`)
      }
    } else {
      onWarning?.(`no prediction ${predPath}; scored as empty`)
    }
    out.set(id, pred)
  }
  return out
}

/** Scores a directory of prediction files against a gold directory (the reference CLI's `--gold`/`--pred`). */
export function scoreDirectories(
  goldDir: string,
  predDir: string,
  options: { verbose?: boolean; onWarning?: (message: string) => void } = {},
): ScoreReport {
  const docs = loadGold(goldDir, { onWarning: options.onWarning })
  const preds = loadPredictions(
    predDir,
    docs.map((d) => d.id),
    options.onWarning,
  )
  return score(
    docs.map((d) => ({ id: d.id, text: d.text, gold: d.gold, pred: preds.get(d.id)! })),
    { verbose: options.verbose },
  )
}
