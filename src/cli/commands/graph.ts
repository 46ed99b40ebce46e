import type { Command } from 'commander'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat, table } from '../output.js'
import { parseCount } from './docs.js'

export function registerGraph(program: Command, _state: RunState): void {
  program
    .command('graph')
    .description(
      'the network around an entity: claims as typed, weighted edges with evidence; centrality and communities',
    )
    .requiredOption('--about <entity>', 'the entity at the centre')
    .option('--depth <n>', 'rings of neighbours', '2')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { about: string; depth: string; data?: string; format?: string }) => {
      const format = parseFormat(opts.format)
      const depth = parseCount(opts.depth, '--depth')
      const [{ networkGraph }, { analyzePending }] = await Promise.all([
        import('../../analyze/graph.js'),
        import('../../analyze/update.js'),
      ])
      await withStore(opts, async (store) => {
        await analyzePending(store.sql)
        const g = await networkGraph(store.sql, opts.about, { depth })
        if (format === 'json') {
          process.stdout.write(`${json(g)}\n`)
          return
        }
        const label = new Map(g.nodes.map((n) => [n.id, n.label]))
        process.stdout.write(
          `${g.about.label}: ${g.nodes.length} entities, ${g.edges.length} edges within ${g.depth} rings\n\n` +
            `${table(
              ['entity', 'ring', 'degree', 'betweenness', 'community'],
              g.nodes.map((n) => [n.label, n.depth, n.degree, n.betweenness, n.community]),
            )}\n\n` +
            `${table(
              ['from', 'relation', 'to', 'claims', 'origins'],
              g.edges.map((e) => [label.get(e.source), e.relation, label.get(e.target), e.weight, e.origins]),
            )}\n`,
        )
      })
    })
}
