import { mkdir, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { Command } from 'commander'
import type { RunState } from '../main.js'
import { parseFormat } from '../output.js'
import { parseBytes } from './ingest.js'

export function registerExtract(program: Command, state: RunState): void {
  program
    .command('extract')
    .description(
      'print the extraction contract (entities, claims, attributions, boilerplate) for files; no store',
    )
    .argument('<files...>', 'article files (.txt, .html, .jsonl, feeds)')
    .option('--format <format>', 'output format', 'json')
    .option('--out <dir>', 'write <dir>/<file stem>.json per document instead of printing')
    .option('--max-bytes <size>', 'refuse files larger than this (JSONL: each line, one article)', '50MB')
    .action(async (files: string[], opts: { format?: string; out?: string; maxBytes: string }) => {
      parseFormat(opts.format, ['json'])
      const maxBytes = parseBytes(opts.maxBytes)
      const [{ extractDocument }, { toContract }, { readInputs }] = await Promise.all([
        import('../../app/extract.js'),
        import('../../contract/index.js'),
        import('../../ingest/read.js'),
      ])
      if (opts.out) await mkdir(opts.out, { recursive: true })
      const perFile = new Map<string, number>()
      for await (const item of readInputs(files, { maxBytes })) {
        if (item.kind === 'error') {
          process.stderr.write(`failed: ${item.error.message} [${item.error.code}]\n`)
          state.exitCode = 1
          continue
        }
        if (item.kind !== 'document') continue
        const doc = item.doc
        let out: string
        try {
          out = JSON.stringify(toContract(extractDocument(doc)), null, opts.out ? 2 : undefined)
        } catch (e) {
          process.stderr.write(`failed: ${doc.origin}: ${(e as Error).message} [DOSSIER_E_EXTRACT]\n`)
          state.exitCode = 1
          continue
        }
        if (!opts.out) {
          process.stdout.write(`${out}\n`)
          continue
        }
        const file = doc.origin.replace(/[:#]\d+$/, '')
        const stem = basename(file, extname(file))
        const n = (perFile.get(stem) ?? 0) + 1
        perFile.set(stem, n)
        await writeFile(join(opts.out, n === 1 ? `${stem}.json` : `${stem}-${n}.json`), `${out}\n`)
      }
    })
}
