import type { Command } from 'commander'
import { RELATIONS } from '../../model/annotations.js'
import type { Store } from '../../store/index.js'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat, table, UsageError } from '../output.js'
import { parseCount } from './docs.js'

/**
 * The stored entity an analyst means by a name: an exact name or alias first, else the
 * best-ranked partial match. Null when nothing matches.
 */
export async function entityByName(store: Store, name: string) {
  const { ReadModel } = await import('../../server/read.js')
  const page = await new ReadModel(store).entities({ q: name, limit: 20, offset: 0 })
  const key = name.trim().toLowerCase()
  const exact = page.items.find(
    (e) => e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key),
  )
  return exact ?? page.items[0] ?? null
}

const role = (r: { text: string; canonical: string | null } | null) => (r ? (r.canonical ?? r.text) : '')

export function registerClaims(program: Command, state: RunState): void {
  program
    .command('claims')
    .description('claims with quantity, time, source, hedge and the evidence sentence')
    .option('--about <entity>', 'claims an entity takes part in (name or alias)')
    .option('--relation <relation>', `one of ${RELATIONS.join(', ')}`)
    .option('--source <text>', 'claims whose source or outlet contains this text')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--format <format>', 'table or json', 'table')
    .option('--limit <n>', 'at most n claims', '50')
    .option('--offset <n>', 'skip the first n', '0')
    .action(
      async (opts: {
        about?: string
        relation?: string
        source?: string
        data?: string
        format?: string
        limit: string
        offset: string
      }) => {
        const format = parseFormat(opts.format)
        const relation = opts.relation?.toUpperCase()
        if (relation && !(RELATIONS as readonly string[]).includes(relation)) {
          throw new UsageError(`--relation: "${opts.relation}" is not one of ${RELATIONS.join(', ')}`)
        }
        const limit = parseCount(opts.limit, '--limit')
        const offset = parseCount(opts.offset, '--offset')
        await withStore(opts, async (store) => {
          let entity: string | undefined
          if (opts.about) {
            const e = await entityByName(store, opts.about)
            if (!e) {
              process.stderr.write(`dossier: no entity matches "${opts.about}" [DOSSIER_E_NOT_FOUND]\n`)
              state.exitCode = 1
              return
            }
            entity = e.id
            if (format === 'table') process.stdout.write(`about: ${e.name} (${e.type}, ${e.id})\n`)
          }
          const { ReadModel } = await import('../../server/read.js')
          const page = await new ReadModel(store).claims({
            relation,
            entity,
            source: opts.source,
            limit,
            offset,
          })
          if (format === 'json') {
            process.stdout.write(`${json(page)}\n`)
            return
          }
          if (!page.items.length) {
            process.stdout.write('no claims match\n')
            return
          }
          const rows = page.items.map((c) => [
            c.relation,
            role(c.agent),
            role(c.recipient),
            c.item?.text ?? '',
            c.quantity?.text ?? '',
            c.time?.text ?? '',
            role(c.source) || (c.document.outlet ?? ''),
            c.hedge,
            c.evidenceText,
          ])
          process.stdout.write(
            `${table(['relation', 'agent', 'recipient', 'item', 'quantity', 'time', 'source', 'hedge', 'evidence'], rows, 40)}\n`,
          )
          process.stdout.write(`${page.items.length} of ${page.total} claim(s)\n`)
        })
      },
    )
}
