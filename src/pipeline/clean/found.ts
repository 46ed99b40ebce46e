import type { Span } from '../../model/span.js'

/**
 * A piece of site furniture a rule found: a span of the raw text, the rule that found it and why.
 * `join` says what the removal leaves between the text around it: a paragraph break (a caption
 * or link block separated two pieces of prose) or nothing (an inline tag such as `<em>`).
 */
export interface Found extends Span {
  readonly rule: string
  readonly reason: string
  readonly join: 'paragraph' | 'none'
}

/** A boilerplate rule: pure, over the raw text, one concern per file under `rules/`. */
export interface BoilerplateRule {
  /** Stable id used in messages, `boilerplate.<name>`. */
  readonly id: string
  readonly find: (text: string) => Found[]
}

export const found = (
  start: number,
  end: number,
  rule: string,
  reason: string,
  join: Found['join'] = 'paragraph',
): Found => ({ start, end, rule, reason, join })
