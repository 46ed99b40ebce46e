import type { Command } from 'commander'
import { ENTITY_TYPES, type EntityType } from '../../model/annotations.js'
import type { EntitySummary } from '../../store/entity-queries.js'
import { withStore } from '../context.js'
import type { RunState } from '../main.js'
import { json, parseFormat, table, UsageError } from '../output.js'

/** The QID the reference data gives a reference id; null when it has none or cannot be read. */
function referenceQid(loadReference: typeof import('../../reference/load.js').loadReference) {
  return (ref: string): string | null => {
    try {
      return loadReference().byId.get(ref)?.qid ?? null
    } catch {
      return null
    }
  }
}

/** `--type org` → 'ORG'; an unknown type is a usage error. */
export function parseEntityType(v: string | undefined): EntityType | undefined {
  if (v === undefined) return undefined
  const t = v.trim().toUpperCase()
  if (!(ENTITY_TYPES as readonly string[]).includes(t))
    throw new UsageError(`--type: unknown entity type "${v}" (expected ${ENTITY_TYPES.join(', ')})`)
  return t as EntityType
}

const candidateRows = (list: readonly EntitySummary[]) =>
  list.map((e) => [e.id, e.preferred, e.type, e.ref ?? '', e.documents, e.mentions])
const CANDIDATE_HEADERS = ['id', 'name', 'type', 'ref', 'docs', 'mentions']

/**
 * `dossier entity NAME`: the profile of the entity a name, alias or id denotes (type, preferred
 * name, aliases seen with scripts and counts, reference id, documents, co-mentions); `--why` adds
 * which aliases and evidence joined it, and for what reason. An ambiguous name lists the
 * candidates; an unknown one names the nearest; both exit 1.
 */
export function registerEntity(program: Command, state: RunState): void {
  program
    .command('entity')
    .description(
      'profile of one entity: type, aliases, reference id, documents, co-mentions (--why: evidence)',
    )
    .argument('<name>', 'a name or alias in any script or romanisation, or an entity id')
    .option('--data <dir>', 'embedded store folder (or DOSSIER_DATA; DATABASE_URL selects PostgreSQL)')
    .option('--type <type>', `only entities of this type (${ENTITY_TYPES.join(', ')})`)
    .option('--why', 'list which aliases and which evidence joined the entity, and why')
    .option('--format <format>', 'table or json', 'table')
    .action(async (name: string, opts: { data?: string; type?: string; why?: boolean; format?: string }) => {
      const format = parseFormat(opts.format)
      const type = parseEntityType(opts.type)
      const [{ loadReference }, { entityEvidence, entityProfile, findEntities }] = await Promise.all([
        import('../../reference/load.js'),
        import('../../store/entity-queries.js'),
      ])
      await withStore(opts, async (store) => {
        const found = await findEntities(store.sql, name, type ? { type } : {})
        const out = (s: string) => process.stdout.write(`${s}\n`)

        if (!found.candidates.length) {
          state.exitCode = 1
          if (format === 'json') {
            out(json({ query: name, match: null, candidates: [], nearest: found.nearest }))
            return
          }
          const near = found.nearest.map((e) => `${e.preferred} (${e.type})`).join(', ')
          process.stderr.write(
            `dossier: no entity named "${name}"${type ? ` of type ${type}` : ''}${near ? `; nearest: ${near}` : ''} [DOSSIER_E_NOT_FOUND]\n`,
          )
          return
        }
        if (found.candidates.length > 1) {
          state.exitCode = 1
          if (format === 'json') {
            out(json({ query: name, match: found.kind, ambiguous: true, candidates: found.candidates }))
            return
          }
          out(
            `"${name}" names ${found.candidates.length} entities (${found.kind} match); give an id or --type:`,
          )
          out(table(CANDIDATE_HEADERS, candidateRows(found.candidates)))
          return
        }

        const id = found.candidates[0]!.id
        const profile = await entityProfile(store.sql, id, { qidOf: referenceQid(loadReference) })
        if (!profile) throw new Error(`entity ${id} vanished while reading it`)
        const evidence = opts.why ? await entityEvidence(store.sql, id) : undefined
        if (format === 'json') {
          out(
            json({ query: name, match: found.kind, entity: profile, ...(evidence ? { why: evidence } : {}) }),
          )
          return
        }
        const lines: string[] = []
        lines.push(`${profile.preferred}  (${profile.type})`)
        lines.push(`id         ${profile.id}`)
        lines.push(
          `reference  ${profile.ref ?? '-'}${profile.qid ? `  https://www.wikidata.org/wiki/${profile.qid}` : ''}`,
        )
        lines.push(`seen       ${profile.mentions} mentions in ${profile.documents} documents`)
        if (profile.names.length > 1)
          lines.push(`names      ${profile.names.map((n) => `${n.name} (${n.mentions})`).join(', ')}`)
        lines.push('', 'aliases:')
        lines.push(
          table(
            ['alias', 'script', 'mentions', 'docs'],
            profile.aliases.map((a) => [a.name, a.script, a.mentions, a.documents]),
          ),
        )
        lines.push('', 'documents:')
        lines.push(
          table(
            ['id', 'published', 'outlet', 'title', 'mentions'],
            profile.documentList.map((d) => [
              d.id.slice(0, 10),
              d.published ?? '',
              d.outlet ?? '',
              d.title ?? '(untitled)',
              d.mentions,
            ]),
            50,
          ),
        )
        if (profile.documents > profile.documentList.length)
          lines.push(`… and ${profile.documents - profile.documentList.length} more`)
        if (profile.coMentions.length) {
          lines.push('', 'co-mentioned with:')
          lines.push(
            table(
              ['name', 'type', 'shared docs', 'id'],
              profile.coMentions.map((c) => [c.preferred, c.type, c.shared, c.id]),
            ),
          )
        }
        if (evidence) {
          lines.push('', 'why these aliases are one entity:')
          for (const e of evidence) {
            lines.push(
              `  ${e.surface}  [${e.reason}]  doc ${e.docId.slice(0, 10)}${e.title ? ` “${e.title}”` : ''}, ${e.mentions} mention(s)`,
            )
            lines.push(`    ${e.detail}`)
            lines.push(`    “${e.snippet}”`)
          }
        }
        out(lines.join('\n'))
      })
    })
}
