/**
 * Ingest: reading inputs into {@link SourceDocument}s, their metadata, and duplicate detection.
 * `readInputs` is the entry point; the readers are pure functions over strings that other code
 * (the CLI's `extract`, the eval runner, tests) can call directly.
 */
export type { SourceDocument } from '../model/document.js'
export {
  contentHash,
  estimateSimilarity,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  NearDuplicateIndex,
} from './dedupe.js'
export { IngestError, IngestErrorCode } from './errors.js'
export { detectLanguage, languageName, normalizeLanguage } from './language.js'
export { inferMeta } from './metadata.js'
export { outletFromDomain, outletFromName, sameOutlet } from './outlets.js'
export {
  DEFAULT_MAX_BYTES,
  type InputFile,
  type InputKind,
  listInputs,
  type ReadItem,
  type ReadOptions,
  readInput,
  readInputs,
} from './read.js'
export { readFeed } from './readers/feed.js'
export { readHtml } from './readers/html.js'
export { readJsonlLine } from './readers/jsonl.js'
export { sourceFromText } from './readers/txt.js'
export type { ReaderResult } from './source.js'
