import type { DocumentMeta, InputFormat, SourceDocument } from '../model/document.js'
import type { Message } from '../model/message.js'
import { contentHash } from './dedupe.js'
import type { IngestError } from './errors.js'

/** What a reader yields for each document it finds: the document, or why it could not be read. */
export type ReaderResult =
  | { readonly kind: 'document'; readonly doc: SourceDocument }
  | { readonly kind: 'error'; readonly error: IngestError }

export const documentResult = (doc: SourceDocument): ReaderResult => ({ kind: 'document', doc })
export const errorResult = (error: IngestError): ReaderResult => ({ kind: 'error', error })

/** Builds a frozen {@link SourceDocument}; its id is the SHA-256 of `text`. */
export function sourceDocument(fields: {
  raw: string
  text: string
  format: InputFormat
  origin: string
  meta: DocumentMeta
  messages: readonly Message[]
}): SourceDocument {
  return Object.freeze({
    id: contentHash(fields.text),
    raw: fields.raw,
    text: fields.text,
    format: fields.format,
    origin: fields.origin,
    meta: Object.freeze({ ...fields.meta }),
    messages: Object.freeze([...fields.messages]),
  })
}
