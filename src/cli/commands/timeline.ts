import type { Command } from 'commander'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat, table } from '../output.js'
import { parseCount } from './docs.js'

export function registerTimeline(program: Command, _state: RunState): void {
  program
    .command('timeline')
    .description(
      'dated events from claims and event names, with precision; event time kept apart from report time',
    )
    .option('--about <entity>', 'only events where this entity is agent, recipient or named in the sentence')
    .option('--limit <n>', 'at most n events', '200')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (opts: { about?: string; limit: string; data?: string; format?: string }) => {
      const format = parseFormat(opts.format)
      const limit = parseCount(opts.limit, '--limit')
      const [{ timeline }, { analyzePending }] = await Promise.all([
        import('../../analyze/timeline.js'),
        import('../../analyze/update.js'),
      ])
      await withStore(opts, async (store) => {
        await analyzePending(store.sql)
        const t = await timeline(store.sql, { ...(opts.about ? { about: opts.about } : {}), limit })
        if (format === 'json') {
          process.stdout.write(`${json(t)}\n`)
          return
        }
        const rows = t.events.map((e) => [
          e.end && e.end !== e.date ? `${e.date}…${e.end}` : e.date,
          e.precision,
          e.timeText,
          e.label,
          e.reported ?? '',
          e.outlet ?? '',
        ])
        process.stdout.write(
          `${table(['event time', 'precision', 'as written', 'event', 'reported', 'outlet'], rows, 50)}\n` +
            (t.undated ? `${t.undated} further claims have no resolved date\n` : ''),
        )
      })
    })
}
