import { z } from 'zod'
import type { Message } from '../../model/message.js'
import { message } from '../../model/message.js'
import { IngestError, IngestErrorCode } from '../errors.js'
import { inferMeta } from '../metadata.js'
import { documentResult, errorResult, type ReaderResult, sourceDocument } from '../source.js'
import { readHtml } from './html.js'

const optionalText = z.string().nullish()

/**
 * One article per JSONL line: `text` (plain text) or `html` (a page or fragment, read like an
 * HTML file), with optional metadata. Other fields are allowed and ignored.
 */
export const JsonlArticle = z
  .object({
    text: optionalText,
    html: optionalText,
    title: optionalText,
    url: optionalText,
    outlet: optionalText,
    published: optionalText,
    language: optionalText,
  })
  .refine((a) => Boolean(a.text?.trim() || a.html?.trim()), {
    message: 'the article needs a non-empty "text" or "html" field',
  })

export type JsonlArticle = z.infer<typeof JsonlArticle>

const SOURCE = 'ingest.jsonl'

/**
 * Reads one JSONL line (already decoded; `origin` is `path:line`). A blank line is null (nothing
 * to read); a line that is not JSON or not an article is a DOSSIER_E_JSONL_LINE error naming
 * `path:line`, and the caller goes on with the next line.
 *
 * @example readJsonlLine('{"text":"…","outlet":"Reuters"}', 'feed.jsonl:3')
 */
export function readJsonlLine(
  line: string,
  origin: string,
  messages: readonly Message[] = [],
): ReaderResult | null {
  if (line.trim() === '') return null
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    return errorResult(
      new IngestError(IngestErrorCode.JSONL_LINE, origin, `the line is not valid JSON (${reason})`),
    )
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
    return errorResult(
      new IngestError(
        IngestErrorCode.JSONL_LINE,
        origin,
        `the line is ${kind}, not an article object with "text" or "html"`,
      ),
    )
  }
  const parsed = JsonlArticle.safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ')
    return errorResult(
      new IngestError(IngestErrorCode.JSONL_LINE, origin, `the line is not a valid article: ${issues}`),
    )
  }
  const a = parsed.data
  const given = {
    title: a.title ?? null,
    url: a.url ?? null,
    outlet: a.outlet ?? null,
    published: a.published ?? null,
    language: a.language ?? null,
  }
  const text = a.text?.trim() ? a.text : null
  if (!text) return readHtml(a.html!, origin, { format: 'jsonl', given, messages })
  const notes = [...messages]
  if (a.html?.trim()) {
    notes.push(
      message('info', SOURCE, 'jsonl.html-ignored', 'the line has both "text" and "html"; "text" was used'),
    )
  }
  const inferred = inferMeta(text, given)
  return documentResult(
    sourceDocument({
      raw: text,
      text,
      format: 'jsonl',
      origin,
      meta: inferred.meta,
      messages: [...notes, ...inferred.messages],
    }),
  )
}
