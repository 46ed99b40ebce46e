import type { Span } from './span.js'

export type Severity = 'info' | 'warning' | 'error'

/**
 * A diagnostic that travels with the document (vfile-style): which rule or stage said what,
 * and where. The CLI decides what to print; the store and API keep them.
 */
export interface Message {
  readonly severity: Severity
  /** Stage or reader that produced it, e.g. `clean`, `ingest.jsonl`. */
  readonly source: string
  /** Stable rule id, e.g. `boilerplate.caption`, `language.non-english`. */
  readonly rule: string
  readonly reason: string
  /** Where in the raw text, when the message is about a place. */
  readonly place?: Span
}

export const message = (
  severity: Severity,
  source: string,
  rule: string,
  reason: string,
  place?: Span,
): Message => (place ? { severity, source, rule, reason, place } : { severity, source, rule, reason })
