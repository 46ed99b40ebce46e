import { type Message, message } from '../../model/message.js'
import type { OffsetMap } from '../../model/offsets.js'
import type { Span } from '../../model/span.js'
import type { Stage } from '../stage.js'
import { buildCleanText } from './build.js'
import type { BoilerplateRule, Found } from './found.js'
import { mergeFinds, type Removal } from './refine.js'
import { missingSentenceSpaces } from './repair/sentence-space.js'
import { boilerplateRules } from './rules/index.js'

export type { BoilerplateRule, Found } from './found.js'
export type { Removal } from './refine.js'
export { boilerplateRules } from './rules/index.js'

export interface CleanOptions {
  /** The boilerplate rules to run, in tie-break order. */
  readonly rules?: readonly BoilerplateRule[]
  /** Repair missing spaces between sentences ("Ukraine.In his"). */
  readonly repairSentenceSpaces?: boolean
}

const defaults: Required<CleanOptions> = Object.freeze({
  rules: boilerplateRules,
  repairSentenceSpaces: true,
})

export interface CleanResult {
  /** Removed site furniture as spans of the raw text, sorted and disjoint. */
  readonly boilerplate: readonly Span[]
  readonly removals: readonly Removal[]
  readonly clean: { readonly text: string; readonly map: OffsetMap }
  /** Paragraph spans of the clean text. */
  readonly paragraphs: readonly Span[]
  /** Offsets of the raw text before which a space was inserted. */
  readonly repairs: readonly number[]
  readonly messages: readonly Message[]
}

/**
 * Cleans a raw text: finds site furniture with every rule, merges the finds (see `mergeFinds`),
 * repairs missing sentence spaces and builds the clean text with its offset map.
 *
 * ```ts
 * const r = cleanText('Intro.In short. (Image: GETTY)\nRead more: Other storyBody.')
 * r.clean.text // 'Intro. In short.\n\nBody.' — every clean span maps back through r.clean.map
 * ```
 */
export function cleanText(text: string, options: CleanOptions = {}): CleanResult {
  const { rules, repairSentenceSpaces } = { ...defaults, ...options }
  const finds: Found[] = []
  for (const rule of rules) for (const f of rule.find(text)) finds.push(f)
  const removals = mergeFinds(
    text,
    finds,
    rules.map((r) => r.id),
  )
  const repairs = repairSentenceSpaces ? missingSentenceSpaces(text) : []
  const built = buildCleanText(text, removals, repairs)
  const messages = removals.map((r) =>
    message('info', 'clean', r.rule, `removed ${r.reason} (${r.rules.join(', ')}): ${preview(text, r)}`, {
      start: r.start,
      end: r.end,
    }),
  )
  return {
    boilerplate: removals.map((r) => ({ start: r.start, end: r.end })),
    removals,
    clean: { text: built.text, map: built.map },
    paragraphs: built.paragraphs,
    repairs,
    messages,
  }
}

function preview(text: string, s: Span): string {
  const t = text.slice(s.start, s.end).replace(/\s+/g, ' ')
  return JSON.stringify(t.length > 60 ? `${t.slice(0, 57)}…` : t)
}

/**
 * Stage `clean`: removes site furniture from `doc.text` (boilerplate spans of the raw text, one
 * info message per removal), repairs scraping damage, and produces the clean text with its
 * offset map and its paragraphs.
 */
export const clean: Stage = {
  name: 'clean',
  requires: [],
  produces: ['boilerplate', 'clean', 'paragraphs'],
  run(doc) {
    const r = cleanText(doc.text)
    return {
      layers: { boilerplate: r.boilerplate, clean: r.clean, paragraphs: r.paragraphs },
      messages: r.messages,
    }
  },
}
