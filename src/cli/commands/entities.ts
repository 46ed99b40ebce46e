import type { Command } from 'commander'
import { ENTITY_TYPES } from '../../model/annotations.js'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat, table } from '../output.js'
import { parseCount } from './docs.js'
import { parseEntityType } from './entity.js'

/** `dossier entities [--type ORG]`: stored entities ranked by documents, then mentions. */
export function registerEntities(program: Command, _state: RunState): void {
  program
    .command('entities')
    .description('stored entities ranked by the documents and mentions that name them')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--type <type>', `only entities of this type (${ENTITY_TYPES.join(', ')})`)
    .option('--limit <n>', 'at most n entities', '50')
    .option('--offset <n>', 'skip the first n', '0')
    .option('--format <format>', 'table or json', 'table')
    .action(
      async (opts: { data?: string; type?: string; limit: string; offset: string; format?: string }) => {
        const format = parseFormat(opts.format)
        const type = parseEntityType(opts.type)
        const limit = parseCount(opts.limit, '--limit')
        const offset = parseCount(opts.offset, '--offset')
        const { listEntities } = await import('../../store/entity-queries.js')
        await withStore(opts, async (store) => {
          const list = await listEntities(store.sql, { ...(type ? { type } : {}), limit, offset })
          if (format === 'json') {
            process.stdout.write(`${json(list)}\n`)
            return
          }
          if (!list.length) {
            process.stdout.write(
              type ? `no ${type} entities stored\n` : 'no entities stored yet: run `dossier ingest PATH…`\n',
            )
            return
          }
          const rows = list.map((e, i) => [
            offset + i + 1,
            e.name,
            e.type,
            e.documents,
            e.mentions,
            e.ref ?? '',
            e.id,
          ])
          process.stdout.write(`${table(['#', 'name', 'type', 'docs', 'mentions', 'ref', 'id'], rows)}\n`)
        })
      },
    )
}
