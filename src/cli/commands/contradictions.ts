import type { Command } from 'commander'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat } from '../output.js'
import { parseCount } from './docs.js'

export function registerContradictions(program: Command, _state: RunState): void {
  program
    .command('contradictions')
    .description(
      'conflicting quantities, denials and dates within claim clusters, with what differs and by how much',
    )
    .option('--about <entity>', 'only clusters where this entity is agent or recipient')
    .option('--limit <n>', 'at most n contradictions', '100')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { about?: string; limit: string; data?: string; format?: string }) => {
      const format = parseFormat(opts.format)
      const limit = parseCount(opts.limit, '--limit')
      const [{ listContradictions }, { analyzePending }] = await Promise.all([
        import('../../analyze/read.js'),
        import('../../analyze/update.js'),
      ])
      await withStore(opts, async (store) => {
        await analyzePending(store.sql)
        const items = await listContradictions(store.sql, {
          ...(opts.about ? { about: opts.about } : {}),
          limit,
        })
        if (format === 'json') {
          process.stdout.write(`${json(items)}\n`)
          return
        }
        if (!items.length) {
          process.stdout.write('no contradictions found\n')
          return
        }
        const out: string[] = []
        for (const x of items) {
          out.push(`${x.label}  (cluster ${x.clusterId}) — ${x.kind}`)
          out.push(`  ${x.description}`)
          if (x.possibleTypo) out.push(`  possible typo: ${x.possibleTypo}`)
          for (const c of x.claims) {
            out.push(
              `  · ${c.outlet ?? '(no outlet)'}${c.published ? `, ${c.published}` : ''} [${c.hedge}; origin ${c.origin ?? '-'}]: “${c.evidenceText.replace(/\s+/g, ' ')}” (claim ${c.id}, document ${c.docId.slice(0, 12)})`,
            )
          }
          out.push('')
        }
        process.stdout.write(out.join('\n'))
      })
    })
}
