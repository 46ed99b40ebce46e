import { writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat } from '../output.js'

export function registerBrief(program: Command, _state: RunState): void {
  program
    .command('brief')
    .description(
      'a Markdown briefing on an entity: who it is, key claims with suggested grades, contradictions, timeline; every statement cited',
    )
    .argument('<entity>', 'a name in any spelling the reference data knows ("Lukashenka")')
    .option('--out <file>', 'write the briefing to this file instead of standard output')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--format <format>', 'markdown or json (the briefing with its citations)', 'markdown')
    .action(async (entity: string, opts: { out?: string; data?: string; format?: string }) => {
      const format = parseFormat(opts.format, ['markdown', 'json'])
      const [{ brief }, { analyzePending }] = await Promise.all([
        import('../../analyze/brief.js'),
        import('../../analyze/update.js'),
      ])
      await withStore(opts, async (store) => {
        await analyzePending(store.sql)
        const b = await brief(store.sql, entity)
        const text = format === 'json' ? `${json(b)}\n` : b.markdown
        if (opts.out) writeFileSync(opts.out, text)
        else process.stdout.write(text)
      })
    })
}
