import type { Command } from 'commander'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat, table } from '../output.js'
import { parseCount } from './docs.js'

interface QuoteRow {
  doc_id: string
  id: string
  speaker: { text: string; canonical: string | null } | null
  role: string | null
  cue: string | null
  outlet: string | null
  quote_start: number
  quote_end: number
  title: string | null
  doc_outlet: string | null
}

export function registerQuotes(program: Command, _state: RunState): void {
  program
    .command('quotes')
    .description('who said what: attributed statements with speaker, cue, medium and the quoted text')
    .option('--speaker <name>', 'speakers whose name, canonical name or role contains this text')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--format <format>', 'table or json', 'table')
    .option('--limit <n>', 'at most n quotes', '50')
    .action(async (opts: { speaker?: string; data?: string; format?: string; limit: string }) => {
      const format = parseFormat(opts.format)
      const limit = parseCount(opts.limit, '--limit')
      const { containsPattern } = await import('../../server/read.js')
      await withStore(opts, async (store) => {
        const pattern = opts.speaker ? containsPattern(opts.speaker) : null
        const r = await store.sql.query<QuoteRow>(
          `SELECT a.doc_id, a.id, a.speaker, a.role, a.cue, a.outlet, a.quote_start, a.quote_end,
                  d.title, d.outlet AS doc_outlet
           FROM attributions a JOIN documents d ON d.id = a.doc_id
           WHERE $1::text IS NULL OR a.speaker->>'text' ILIKE $1 OR a.speaker->>'canonical' ILIKE $1
              OR a.role ILIKE $1
           ORDER BY d.published DESC NULLS LAST, a.doc_id, a.idx
           LIMIT $2`,
          [pattern, limit],
        )
        const ids = [...new Set(r.rows.map((q) => q.doc_id))]
        const texts = new Map<string, string>()
        if (ids.length) {
          const t = await store.sql.query<{ id: string; text: string }>(
            'SELECT id, text FROM documents WHERE id = ANY($1::text[])',
            [ids],
          )
          for (const row of t.rows) texts.set(row.id, row.text)
        }
        // offsets are UTF-16: the quote is sliced here, never in SQL
        const quotes = r.rows.map((q) => ({
          document: { id: q.doc_id, title: q.title, outlet: q.doc_outlet },
          id: q.id,
          speaker: q.speaker,
          role: q.role,
          cue: q.cue,
          outlet: q.outlet,
          quote: { start: q.quote_start, end: q.quote_end },
          text: (texts.get(q.doc_id) ?? '').slice(q.quote_start, q.quote_end),
        }))
        if (format === 'json') {
          process.stdout.write(`${json(quotes)}\n`)
          return
        }
        if (!quotes.length) {
          process.stdout.write('no quotes match\n')
          return
        }
        const rows = quotes.map((q) => [
          q.speaker?.canonical ?? q.speaker?.text ?? '',
          q.role ?? '',
          q.cue ?? '',
          q.outlet ?? q.document.outlet ?? '',
          q.text,
        ])
        process.stdout.write(`${table(['speaker', 'role', 'cue', 'via', 'quote'], rows, 60)}\n`)
      })
    })
}
