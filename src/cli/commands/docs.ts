import type { Command } from 'commander'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat, table, UsageError } from '../output.js'

export function parseCount(v: string, name: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name}: "${v}" is not a whole number`)
  return n
}

export function registerDocs(program: Command, _state: RunState): void {
  program
    .command('docs')
    .description('list stored documents with outlet, date, language and near-duplicate link')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--format <format>', 'table or json', 'table')
    .option('--limit <n>', 'at most n documents', '100')
    .option('--offset <n>', 'skip the first n', '0')
    .action(async (opts: { data?: string; format?: string; limit: string; offset: string }) => {
      const format = parseFormat(opts.format)
      const limit = parseCount(opts.limit, '--limit')
      const offset = parseCount(opts.offset, '--offset')
      await withStore(opts, async (store) => {
        const docs = await store.listDocuments({ limit, offset })
        if (format === 'json') {
          process.stdout.write(`${json(docs)}\n`)
          return
        }
        if (!docs.length) {
          process.stdout.write('no documents stored yet: run `dossier ingest PATH…`\n')
          return
        }
        const rows = docs.map((d) => [
          d.id.slice(0, 10),
          d.title ?? '(untitled)',
          d.outlet ?? '',
          d.published ?? '',
          d.language ?? '',
          d.copyOf ? d.copyOf.slice(0, 10) : '',
          d.mentions,
          d.claims,
        ])
        process.stdout.write(
          `${table(['id', 'title', 'outlet', 'published', 'lang', 'copy of', 'mentions', 'claims'], rows, 50)}\n`,
        )
      })
    })
}
