import type { SourceDocument } from '../../model/document.js'
import type { Message } from '../../model/message.js'
import { inferMeta } from '../metadata.js'
import { sourceDocument } from '../source.js'

/**
 * A plain-text article as a document: `text` is `raw`, exactly as given (CRLF kept), and the
 * metadata is inferred from it (headline, "Source:" trailer, dateline, language). `messages`
 * are prepended, e.g. a note from decoding that a byte-order mark was removed.
 *
 * @example sourceFromText('Headline\n\nBody…', 'notes/a.txt')
 */
export function sourceFromText(
  text: string,
  origin: string,
  messages: readonly Message[] = [],
): SourceDocument {
  const inferred = inferMeta(text, {})
  return sourceDocument({
    raw: text,
    text,
    format: 'txt',
    origin,
    meta: inferred.meta,
    messages: [...messages, ...inferred.messages],
  })
}
