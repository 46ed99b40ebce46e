import { analyzeDocument } from '../analyze/update.js'
import { NEAR_DUPLICATE_THRESHOLD } from '../ingest/dedupe.js'
import { listInputs, readInputs } from '../ingest/read.js'
import type { SourceDocument } from '../model/document.js'
import type { Store } from '../store/index.js'
import { extractDocument } from './extract.js'

/** One thing that happened to one input, for progress display and the summary. */
export type IngestEvent =
  | { readonly kind: 'stored'; readonly doc: SourceDocument; readonly copyOf: string | null }
  | { readonly kind: 'exists'; readonly doc: SourceDocument }
  | { readonly kind: 'failed'; readonly input: string; readonly code: string; readonly message: string }
  | { readonly kind: 'skipped'; readonly input: string; readonly reason: string }
  | { readonly kind: 'file-done'; readonly path: string }

export interface IngestOptions {
  /** Files larger than this are refused before reading. */
  readonly maxBytes?: number
  readonly onStart?: (files: number) => void
  readonly onEvent?: (event: IngestEvent) => void
  /** Stops between documents: what is stored stays stored, a rerun resumes. */
  readonly signal?: AbortSignal
}

export interface IngestSummary {
  readonly files: number
  readonly stored: number
  readonly existing: number
  readonly copies: number
  readonly skipped: number
  readonly failed: readonly { readonly input: string; readonly code: string; readonly message: string }[]
  readonly warnings: readonly { readonly input: string; readonly rule: string; readonly reason: string }[]
  readonly interrupted: boolean
}

/**
 * Reads every input, extracts each document and stores it in its own transaction. Idempotent:
 * a document whose content hash is stored already is not extracted again. A failing input is
 * reported and the run goes on.
 */
export async function ingest(store: Store, paths: readonly string[], options: IngestOptions = {}) {
  const files = await listInputs([...paths])
  options.onStart?.(files.length)
  const emit = options.onEvent ?? (() => {})
  let stored = 0
  let existing = 0
  let copies = 0
  let skipped = 0
  let interrupted = false
  const failed: { input: string; code: string; message: string }[] = []
  const warnings: { input: string; rule: string; reason: string }[] = []
  const readOptions = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }
  for await (const item of readInputs([...paths], readOptions)) {
    if (options.signal?.aborted) {
      interrupted = true
      break
    }
    if (item.kind === 'file-done') {
      emit({ kind: 'file-done', path: item.path })
      continue
    }
    if (item.kind === 'skipped') {
      skipped++
      emit({ kind: 'skipped', input: item.path, reason: item.reason })
      continue
    }
    if (item.kind === 'error') {
      const f = { input: item.error.input, code: item.error.code, message: item.error.message }
      failed.push(f)
      emit({ kind: 'failed', ...f })
      continue
    }
    const doc = item.doc
    try {
      if (await store.hasDocument(doc.id)) {
        existing++
        emit({ kind: 'exists', doc })
        continue
      }
      const record = extractDocument(doc)
      const copy = await store.findNearDuplicate(record.signature, { threshold: NEAR_DUPLICATE_THRESHOLD })
      const result = await store.saveDocument({ ...record, copyOf: copy })
      if (result === 'exists') {
        existing++
        emit({ kind: 'exists', doc })
        continue
      }
      await analyzeDocument(store.sql, doc.id) // cross-document analysis: only the clusters its claims join
      stored++
      if (copy) copies++
      for (const m of record.messages) {
        if (m.severity !== 'info') warnings.push({ input: doc.origin, rule: m.rule, reason: m.reason })
      }
      emit({ kind: 'stored', doc, copyOf: copy?.id ?? null })
    } catch (e) {
      const err = e as { code?: string; message?: string }
      const f = {
        input: doc.origin,
        code: err.code ?? 'DOSSIER_E_EXTRACT',
        message: `${doc.origin}: ${err.message ?? String(e)}`,
      }
      failed.push(f)
      emit({ kind: 'failed', ...f })
    }
  }
  const summary: IngestSummary = {
    files: files.length,
    stored,
    existing,
    copies,
    skipped,
    failed,
    warnings,
    interrupted,
  }
  return summary
}
