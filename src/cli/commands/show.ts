import type { Command } from 'commander'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat } from '../output.js'

export function registerShow(program: Command, state: RunState): void {
  program
    .command('show')
    .description('a stored document: metadata, cleaned text with sentence numbers, messages')
    .argument('<doc>', 'document id or a unique prefix of it (at least 6 characters)')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--format <format>', 'table or json', 'table')
    .action(async (id: string, opts: { data?: string; format?: string }) => {
      const format = parseFormat(opts.format)
      await withStore(opts, async (store) => {
        const doc = await store.getDocument(id)
        if (!doc) {
          process.stderr.write(`dossier: no document "${id}" in the store [DOSSIER_E_NOT_FOUND]\n`)
          state.exitCode = 1
          return
        }
        if (format === 'json') {
          const { cleanMap: _map, ...rest } = doc
          process.stdout.write(`${json(rest)}\n`)
          return
        }
        const out: string[] = []
        out.push(`id         ${doc.id}`)
        out.push(`title      ${doc.title ?? '(untitled)'}`)
        out.push(`outlet     ${doc.outlet ?? '-'}`)
        out.push(`published  ${doc.published ?? '-'}`)
        out.push(`language   ${doc.language ?? '-'}`)
        out.push(`origin     ${doc.origin} (${doc.format})`)
        if (doc.copyOf) out.push(`copy of    ${doc.copyOf}`)
        out.push(
          `counts     ${doc.sentences.length} sentences, ${doc.mentions.length} mentions, ${doc.claims.length} claims`,
        )
        out.push('')
        doc.sentences.forEach((s, i) => {
          out.push(`[${String(i + 1).padStart(3)}] ${doc.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`)
        })
        if (doc.messages.length) {
          out.push('', 'messages:')
          for (const m of doc.messages) out.push(`  ${m.severity.padEnd(7)} ${m.rule.padEnd(28)} ${m.reason}`)
        }
        process.stdout.write(`${out.join('\n')}\n`)
      })
    })
}
