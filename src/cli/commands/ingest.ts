import type { Command } from 'commander'
import type { IngestSummary } from '../../app/ingest.js'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat, UsageError } from '../output.js'

export function parseBytes(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(v.trim())
  if (!m) throw new UsageError(`--max-bytes: "${v}" is not a size (e.g. 50MB, 200000)`)
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g']
  return Math.round(Number(m[1]) * mult)
}

export function registerIngest(program: Command, state: RunState): void {
  program
    .command('ingest')
    .description('read files, folders, JSONL and RSS/Atom feeds; extract and store each article once')
    .argument('<paths...>', 'files or folders (.txt, .html, .htm, .jsonl, .ndjson, .xml, .rss, .atom)')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--max-bytes <size>', 'refuse files larger than this (JSONL: each line, one article)', '50MB')
    .option('--format <format>', 'summary as table or json', 'table')
    .option('--verbose', 'print a line for every document stored or already stored')
    .action(
      async (
        paths: string[],
        opts: { data?: string; maxBytes: string; format?: string; verbose?: boolean },
      ) => {
        const format = parseFormat(opts.format)
        const maxBytes = parseBytes(opts.maxBytes)
        const tty = Boolean(process.stderr.isTTY) && format === 'table'
        const { ingest } = await import('../../app/ingest.js')
        const cliProgress = tty ? (await import('cli-progress')).default : null
        const bar = cliProgress
          ? new cliProgress.SingleBar(
              { format: 'ingest [{bar}] {value}/{total} files | {docs} stored, {errors} failed | {name}' },
              cliProgress.Presets.shades_classic,
            )
          : null
        const controller = new AbortController()
        const stop = () => controller.abort()
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
        let docs = 0
        let errors = 0
        try {
          const summary = await withStore(opts, (store) =>
            ingest(store, paths, {
              maxBytes,
              signal: controller.signal,
              onStart: (files) => bar?.start(files, 0, { docs, errors, name: '' }),
              onEvent: (e) => {
                if (e.kind === 'stored') docs++
                if (opts.verbose && !bar && (e.kind === 'stored' || e.kind === 'exists')) {
                  const copy = e.kind === 'stored' && e.copyOf ? ` (copy of ${e.copyOf.slice(0, 10)})` : ''
                  process.stderr.write(
                    `${e.kind === 'stored' ? 'stored' : 'exists'} ${e.doc.id.slice(0, 10)} ${e.doc.origin}${copy}\n`,
                  )
                }
                if (e.kind === 'failed') {
                  errors++
                  if (!bar) process.stderr.write(`failed: ${e.message} [${e.code}]\n`)
                }
                if (e.kind === 'file-done') bar?.increment(1, { docs, errors, name: e.path.slice(-40) })
              },
            }),
          )
          bar?.stop()
          process.stdout.write(`${format === 'json' ? json(summary) : render(summary)}\n`)
          if (summary.failed.length || summary.interrupted) state.exitCode = 1
        } finally {
          bar?.stop()
          process.off('SIGINT', stop)
          process.off('SIGTERM', stop)
        }
      },
    )
}

function render(s: IngestSummary): string {
  const lines = [
    `${s.files} file(s) read: ${s.stored} document(s) stored, ${s.existing} already stored, ` +
      `${s.copies} near-duplicate(s) linked, ${s.failed.length} failed, ${s.skipped} skipped`,
  ]
  for (const w of s.warnings) lines.push(`warning: ${w.input}: ${w.reason} [${w.rule}]`)
  if (s.failed.length) {
    lines.push('failed:')
    for (const f of s.failed) lines.push(`  ${f.message} [${f.code}]`)
  }
  if (s.interrupted)
    lines.push('interrupted: what was stored stays stored; run the same command again to resume')
  return lines.join('\n')
}
