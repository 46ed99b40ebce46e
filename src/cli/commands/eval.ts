import type { Command } from 'commander'
import type { RunState } from '../main.js'

const MINIMUMS = ['entities', 'resolution', 'claims', 'attributions', 'boilerplate'] as const

export function registerEval(program: Command, state: RunState): void {
  const cmd = program
    .command('eval')
    .description('extract every <id>.txt in a gold folder and score it against <id>.json')
    .argument('<gold-dir>', 'folder of gold annotations and their texts')
    .option('--verbose', 'list every miss')
    .option('--json', 'print the full report as JSON')
  for (const m of MINIMUMS) cmd.option(`--min-${m} <f>`, `exit 1 when ${m} is below f`)
  cmd.action(async (goldDir: string, opts: Record<string, string | boolean | undefined>) => {
    const [
      { extractDocument },
      { toContract },
      { evaluate, formatReport, meetsMinimums },
      { sourceFromText },
    ] = await Promise.all([
      import('../../app/extract.js'),
      import('../../contract/index.js'),
      import('../../eval/index.js'),
      import('../../ingest/readers/txt.js'),
    ])
    const report = await evaluate(
      goldDir,
      (text, id) => toContract(extractDocument(sourceFromText(text, `${id}.txt`))),
      {
        verbose: Boolean(opts.verbose),
      },
    )
    process.stdout.write(
      `${formatReport(report, { verbose: Boolean(opts.verbose), json: Boolean(opts.json) })}\n`,
    )
    const mins: Record<string, number> = {}
    for (const m of MINIMUMS) {
      const v = opts[`min${m[0]!.toUpperCase()}${m.slice(1)}`]
      if (typeof v === 'string') mins[m] = Number(v)
    }
    if (!meetsMinimums(report, mins)) state.exitCode = 1
  })
}
