import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RELATIONS, type Relation } from '../../../model/annotations.js'
import { defaultDataDir } from '../../../reference/load.js'
import { parseTsv } from '../../../reference/tsv.js'

/** One row of `data/lexicons/relations.tsv`. */
export interface TriggerEntry {
  readonly lemma: string
  readonly kind: 'verb' | 'noun'
  readonly relation: Relation
  /** When set, one of these words must stand within `window` tokens of the trigger. */
  readonly context: ReadonlySet<string> | null
  /** Tokens on each side searched for a context word: six, or the row's `within:N`. */
  readonly window: number
  /** The row's `double-object`: a name or an object pronoun and then a noun right after the trigger also do ("handed Moscow tanks"). */
  readonly doubleObject: boolean
}

/** A surface form of an entry, as lower-cased words ("handed", "over"). */
export interface TriggerForm {
  readonly words: readonly string[]
  readonly entry: TriggerEntry
}

export interface TriggerLexicon {
  readonly entries: readonly TriggerEntry[]
  /** First word of a form → the forms that start with it, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly TriggerForm[]>
}

const COLUMNS = ['lemma', 'kind', 'relation', 'forms', 'context', 'note'] as const

/**
 * Regular inflections of a verb or noun lemma: "supply" → supplies, supplied, supplying;
 * "produce" → produces, produced, producing; "talks" stays itself. Irregular forms come from the
 * lexicon's `forms` column.
 */
export function inflect(word: string, kind: 'verb' | 'noun'): string[] {
  const out = new Set([word])
  const consonantY = /[^aeiou]y$/.test(word)
  const sibilant = /(s|x|z|ch|sh)$/.test(word)
  if (!word.endsWith('s') || kind === 'verb') {
    out.add(consonantY ? `${word.slice(0, -1)}ies` : sibilant ? `${word}es` : `${word}s`)
  }
  if (kind === 'verb') {
    const stem = word.endsWith('e') ? word.slice(0, -1) : word
    out.add(consonantY ? `${word.slice(0, -1)}ied` : `${stem}ed`)
    out.add(word.endsWith('ie') ? `${word.slice(0, -2)}ying` : `${stem}ing`)
  }
  return [...out]
}

/** Builds the lexicon from the TSV text (rows are validated; a bad row throws naming its line). */
export function parseTriggerLexicon(tsv: string): TriggerLexicon {
  const entries: TriggerEntry[] = []
  const forms: TriggerForm[] = []
  for (const row of parseTsv(tsv, COLUMNS)) {
    const { lemma, kind, relation, context } = row.cells as Record<(typeof COLUMNS)[number], string>
    if (kind !== 'verb' && kind !== 'noun') throw new Error(`relations.tsv line ${row.line}: kind "${kind}"`)
    if (!(RELATIONS as readonly string[]).includes(relation)) {
      throw new Error(`relations.tsv line ${row.line}: relation "${relation}"`)
    }
    const words = context ? context.split(',').map((w) => w.trim().toLowerCase()) : []
    const within = words.find((w) => /^within:\d+$/.test(w))
    const doubleObject = words.includes('double-object')
    const plain = words.filter((w) => w !== within && w !== 'double-object')
    const entry: TriggerEntry = {
      lemma: lemma.toLowerCase(),
      kind,
      relation: relation as Relation,
      context: words.length ? new Set(plain) : null,
      window: within ? Number(within.slice('within:'.length)) : 6,
      doubleObject,
    }
    entries.push(entry)
    const [head, ...rest] = entry.lemma.split(/\s+/)
    const surfaces = new Set(inflect(head!, kind).map((h) => [h, ...rest].join(' ')))
    for (const f of row.cells.forms?.split(',') ?? []) if (f.trim()) surfaces.add(f.trim().toLowerCase())
    for (const s of surfaces) forms.push({ words: s.split(/\s+/), entry })
  }
  const byFirst = new Map<string, TriggerForm[]>()
  for (const f of forms) {
    const list = byFirst.get(f.words[0]!) ?? []
    list.push(f)
    byFirst.set(f.words[0]!, list)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  return { entries, byFirst }
}

let cached: TriggerLexicon | null = null

/** The package's trigger lexicon (`data/lexicons/relations.tsv`), read once per process. */
export function loadTriggerLexicon(): TriggerLexicon {
  cached ??= parseTriggerLexicon(readFileSync(join(defaultDataDir(), 'lexicons', 'relations.tsv'), 'utf8'))
  return cached
}
