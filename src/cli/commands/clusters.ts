import type { Command } from 'commander'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat, table } from '../output.js'
import { parseCount } from './docs.js'

export function registerClusters(program: Command, state: RunState): void {
  program
    .command('clusters')
    .description(
      'claim clusters: claims from different documents stating the same thing, with independent origins and a suggested grade',
    )
    .argument('[id]', 'one cluster in full: origins, outlets, member claims with evidence, reasons')
    .option('--about <entity>', 'only clusters where this entity is agent or recipient')
    .option('--relation <relation>', 'only this relation (SUPPLY, TRANSFER…)')
    .option('--limit <n>', 'at most n clusters', '50')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--format <format>', 'table or json', 'table')
    .action(
      async (
        id: string | undefined,
        opts: { about?: string; relation?: string; limit: string; data?: string; format?: string },
      ) => {
        const format = parseFormat(opts.format)
        const limit = parseCount(opts.limit, '--limit')
        const [{ clusterDetail, listClusters }, { analyzePending }] = await Promise.all([
          import('../../analyze/read.js'),
          import('../../analyze/update.js'),
        ])
        await withStore(opts, async (store) => {
          await analyzePending(store.sql)
          if (id) {
            const c = await clusterDetail(store.sql, id)
            if (!c) {
              process.stderr.write(`dossier: no cluster "${id}" [DOSSIER_E_NOT_FOUND]\n`)
              state.exitCode = 1
              return
            }
            if (format === 'json') {
              process.stdout.write(`${json(c)}\n`)
              return
            }
            const out = [
              `${c.label}  (cluster ${c.id})`,
              `${c.members} claims, ${c.outlets} outlets, ${c.origins} independent origins, ${c.contradictions} contradictions`,
              c.grade
                ? `suggested grade ${c.grade.code} (${c.grade.meaning})${c.grade.likelihood ? `, likelihood "${c.grade.likelihood}"` : ''} — a suggestion, not a finding:`
                : 'no grade suggested',
              ...(c.grade?.reasons ?? []).map((r) => `  - ${r}`),
              '',
              'origins:',
              ...c.originList.map(
                (o) =>
                  `  ${o.label} (${o.kind ?? 'no profile'}, ${o.reliability}) ×${o.members}: ${o.reason}`,
              ),
              'outlets:',
              ...c.outletList.map((o) => `  ${o.label} ×${o.members}`),
              '',
              'claims:',
              ...c.memberList.flatMap((m) => [
                `  ${m.id}  ${m.outlet ?? '(no outlet)'}${m.published ? `, ${m.published}` : ''}  [${m.hedge}; origin ${m.origin ?? '-'}]`,
                `    “${m.evidenceText.replace(/\s+/g, ' ')}”  (document ${m.docId.slice(0, 12)}, ${m.evidence.start}–${m.evidence.end})`,
                ...m.reasons.map((r) => `    · ${r}`),
              ]),
            ]
            if (c.contradictionList.length) {
              out.push(
                '',
                'contradictions:',
                ...c.contradictionList.map((x) => `  ${x.kind}: ${x.description}`),
              )
            }
            process.stdout.write(`${out.join('\n')}\n`)
            return
          }
          const clusters = await listClusters(store.sql, {
            ...(opts.about ? { about: opts.about } : {}),
            ...(opts.relation ? { relation: opts.relation.toUpperCase() } : {}),
            limit,
          })
          if (format === 'json') {
            process.stdout.write(`${json(clusters)}\n`)
            return
          }
          if (!clusters.length) {
            process.stdout.write('no clusters: ingest documents with claims first\n')
            return
          }
          const rows = clusters.map((c) => [
            c.id,
            c.label,
            c.members,
            c.outlets,
            c.origins,
            c.contradictions,
            c.grade ? `${c.grade.code}${c.grade.likelihood ? ` ${c.grade.likelihood}` : ''}` : '',
          ])
          process.stdout.write(
            `${table(['cluster', 'label', 'claims', 'outlets', 'origins', 'contra', 'suggested grade'], rows, 60)}\n` +
              'grades are suggestions from source profiles and corroboration; `dossier clusters ID` lists the reasons\n',
          )
        })
      },
    )
}
