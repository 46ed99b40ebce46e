/**
 * Cross-document entity resolution and the `entity` / `entities` commands, on hand-built records
 * (hand-written text, no pipeline): the store on both engines, then the built CLI
 * (`bin/dossier.js` over `dist/`: run `npm run build` first).
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EntityType, Mention } from '../src/model/annotations.js'
import { OffsetMapBuilder } from '../src/model/offsets.js'
import type { DocumentRecord } from '../src/model/record.js'
import type { Span } from '../src/model/span.js'
import { entityId } from '../src/store/entities.js'
import { entityEvidence, entityProfile, findEntities, listEntities } from '../src/store/entity-queries.js'
import { type OpenStoreOptions, openStore, type Store } from '../src/store/index.js'
import { pgUnavailableReason, startPostgres } from './support/pg-cluster.js'
import { freshPgliteDir } from './support/pglite-store.js'

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

function find(text: string, needle: string, nth = 0): Span {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`"${needle}" not in text`)
  }
  return { start: at, end: at + needle.length }
}

/** [surface, type, in-document canonical, reference id, occurrence] */
type MentionSpec = readonly [string, EntityType, string, (string | null)?, number?]

function record(title: string, text: string, mentions: readonly MentionSpec[]): DocumentRecord {
  const sentences: Span[] = []
  for (const m of text.matchAll(/[^.!?]+[.!?]?/g)) {
    const s = m[0].trim()
    if (!s) continue
    const start = m.index + m[0].indexOf(s)
    sentences.push({ start, end: start + s.length })
  }
  const ms: Mention[] = mentions
    .map(([surface, type, canonical, ref = null, nth = 0]) => ({
      ...find(text, surface, nth),
      type,
      canonical,
      ref,
      rule: 'test',
    }))
    .sort((a, b) => a.start - b.start)
  return {
    source: {
      id: sha256(text),
      raw: text,
      text,
      format: 'txt',
      origin: `fixtures/${title}.txt`,
      meta: { title, outlet: 'Example Wire', url: null, published: '2023-03-02', language: 'eng' },
      messages: [],
    },
    clean: new OffsetMapBuilder(text).copy(0, text.length).build(),
    boilerplate: [],
    sentences,
    mentions: ms,
    claims: [],
    attributions: [],
    messages: [],
    signature: [],
    copyOf: null,
  }
}

const PLANT = 'Minsk Wheeled Tractor Plant'

/** Saved in this order: the decisions depend on what is stored already. */
const RECORDS = [
  // one person in three scripts and romanisations, no reference id, the plant as shared context
  record('Plant visit', `Лукашэнка visited the ${PLANT} on Monday and spoke to the workers in Homel.`, [
    ['Лукашэнка', 'PERSON', 'Лукашэнка'],
    [PLANT, 'ORG', PLANT],
    ['Homel', 'GPE', 'Homel'],
  ]),
  record('Output praised', `Lukashenka praised the ${PLANT} for its output.`, [
    ['Lukashenka', 'PERSON', 'Lukashenka'],
    [PLANT, 'ORG', PLANT],
  ]),
  record(
    'Output to double',
    `Alexander Lukashenko said the ${PLANT} would double its output. Lukashenko spoke in Minsk.`,
    [
      ['Alexander Lukashenko', 'PERSON', 'Alexander Lukashenko'],
      [PLANT, 'ORG', PLANT],
      ['Lukashenko', 'PERSON', 'Alexander Lukashenko', null, 1],
      ['Minsk', 'GPE', 'Minsk', 'Q2280'],
    ],
  ),
  // a name romanised two ways, with a shared co-mention
  record(
    'Expert view',
    'Military expert Zhdanov told the Example Research Institute that the figures were high.',
    [
      ['Zhdanov', 'PERSON', 'Zhdanov'],
      ['Example Research Institute', 'ORG', 'Example Research Institute'],
    ],
  ),
  record(
    'Expert doubts',
    'Jdanov, speaking at the Example Research Institute, doubted the numbers from Gomel.',
    [
      ['Jdanov', 'PERSON', 'Jdanov'],
      ['Example Research Institute', 'ORG', 'Example Research Institute'],
      ['Gomel', 'GPE', 'Gomel'],
    ],
  ),
  // the same key as another type, no shared context
  record('Shipyard', 'The Jdanov yard in Sevastopol repaired a landing ship.', [
    ['Jdanov', 'ORG', 'Jdanov'],
    ['Sevastopol', 'GPE', 'Sevastopol'],
  ]),
  // the same surname, same type, nothing shared: kept apart
  record('Farm news', 'A farmer named Zhdanov from Pinsk sold his harvest early.', [
    ['Zhdanov', 'PERSON', 'Zhdanov'],
    ['Pinsk', 'GPE', 'Pinsk'],
  ]),
]

async function seed(store: Store): Promise<void> {
  for (const r of RECORDS) expect(await store.saveDocument(r)).toBe('inserted')
}

interface EngineCase {
  readonly name: 'pglite' | 'postgres'
  readonly unavailable: string | null
  setup(): Promise<{ options: OpenStoreOptions; teardown(): Promise<void> }>
}

const engines: EngineCase[] = [
  {
    name: 'pglite',
    unavailable: null,
    async setup() {
      const tmp = await freshPgliteDir()
      return { options: { dataDir: tmp.dataDir }, teardown: async () => tmp.remove() }
    },
  },
  {
    name: 'postgres',
    unavailable: pgUnavailableReason(),
    async setup() {
      const pg = await startPostgres()
      return { options: { databaseUrl: pg.url }, teardown: () => pg.stop() }
    },
  },
]

describe.each(engines)('entities across documents on $name', (engine) => {
  if (engine.unavailable) {
    it.skip(`SKIPPED: ${engine.unavailable}`, () => {})
    return
  }
  let store: Store
  let teardown: () => Promise<void>

  beforeAll(async () => {
    const env = await engine.setup()
    teardown = env.teardown
    store = await openStore(env.options)
    await seed(store)
  })
  afterAll(async () => {
    await store?.close()
    await teardown?.()
  })

  const only = async (name: string, type?: string) => {
    const found = await findEntities(store.sql, name, type ? { type } : {})
    expect(found.candidates, `${name}: ${JSON.stringify(found)}`).toHaveLength(1)
    return found.candidates[0]!
  }

  it('joins Лукашэнка, Lukashenka and Alexander Lukashenko into one entity', async () => {
    const e = await only('Лукашэнка')
    expect(e).toMatchObject({ type: 'PERSON', documents: 3, mentions: 4 })
    for (const name of ['Lukashenka', 'Alexander Lukashenko', 'Lukashenko', 'Aliaksandr Lukashenka'])
      expect((await only(name)).id).toBe(e.id)
    // the founding id, as the pure key gives it
    expect(e.id).toBe(entityId({ ref: null, type: 'PERSON', canonical: 'Лукашэнка' }))
    const profile = (await entityProfile(store.sql, e.id))!
    expect(profile.aliases.map((a) => [a.name, a.script, a.mentions])).toEqual([
      ['Alexander Lukashenko', 'Latin', 1],
      ['Lukashenka', 'Latin', 1],
      ['Lukashenko', 'Latin', 1],
      ['Лукашэнка', 'Cyrillic', 1],
    ])
    expect(profile.preferred).toBe('Alexander Lukashenko')
    expect(profile.coMentions[0]).toMatchObject({ name: PLANT, shared: 3 })
    expect(profile.documentList).toHaveLength(3)
  })

  it('leaves the mentions as they were: surface, document and in-document canonical', async () => {
    const e = await only('Lukashenka')
    const r = await store.sql.query<{ text: string; canonical: string; doc_id: string }>(
      'SELECT text, canonical, doc_id FROM mentions WHERE entity_id = $1 ORDER BY text',
      [e.id],
    )
    expect(r.rows.map((x) => [x.text, x.canonical])).toEqual([
      ['Alexander Lukashenko', 'Alexander Lukashenko'],
      ['Lukashenka', 'Lukashenka'],
      ['Lukashenko', 'Alexander Lukashenko'],
      ['Лукашэнка', 'Лукашэнка'],
    ])
    expect(new Set(r.rows.map((x) => x.doc_id))).toEqual(new Set(RECORDS.slice(0, 3).map((x) => x.source.id)))
  })

  it('explains every merge with a reason, detail and the sentence', async () => {
    const e = await only('Lukashenka')
    const why = await entityEvidence(store.sql, e.id)
    expect(why.map((w) => [w.surface, w.reason])).toEqual([
      ['Лукашэнка', 'same-canonical'],
      ['Lukashenka', 'context'],
      ['Alexander Lukashenko', 'context'],
      ['Lukashenko', 'context'],
    ])
    expect(why[1]!.detail).toContain(PLANT)
    expect(why[0]!.snippet).toBe(
      `Лукашэнка visited the ${PLANT} on Monday and spoke to the workers in Homel.`,
    )
    expect(why[3]!.snippet).toBe('Lukashenko spoke in Minsk.')
    expect(why[3]!.detail).toContain('“Alexander Lukashenko”')
  })

  it('joins a non-reference name romanised two ways when a co-mention is shared', async () => {
    const found = await findEntities(store.sql, 'Jdanov', { type: 'PERSON' })
    expect(found.candidates).toHaveLength(1)
    const e = found.candidates[0]!
    expect(e).toMatchObject({ type: 'PERSON', documents: 2 })
    const why = await entityEvidence(store.sql, e.id)
    expect(why.map((w) => [w.surface, w.reason])).toEqual([
      ['Zhdanov', 'same-canonical'],
      ['Jdanov', 'context'],
    ])
    expect(why[1]!.detail).toContain('Example Research Institute')
  })

  it('keeps the same key apart across types and without shared context', async () => {
    const org = await only('Jdanov', 'ORG')
    expect(org.documents).toBe(1)
    const people = await findEntities(store.sql, 'Zhdanov', { type: 'PERSON' })
    expect(people.candidates.map((c) => c.documents)).toEqual([2, 1])
    const lone = people.candidates[1]!
    const [why] = await entityEvidence(store.sql, lone.id)
    expect(why).toMatchObject({ reason: 'same-canonical', surface: 'Zhdanov' })
    expect(why!.detail).toContain('kept apart')
  })

  it('joins a place romanised two ways by its key alone', async () => {
    const e = await only('Gomel')
    expect(e).toMatchObject({ type: 'GPE', documents: 2 })
    const why = await entityEvidence(store.sql, e.id)
    expect(why.map((w) => [w.surface, w.reason])).toEqual([
      ['Homel', 'same-canonical'],
      ['Gomel', 'translit-key'],
    ])
  })

  it('keeps reference entities under the id of their reference id', async () => {
    const e = await only('Minsk')
    expect(e.id).toBe(entityId({ ref: 'Q2280', type: 'GPE', canonical: 'Minsk' }))
    const [why] = await entityEvidence(store.sql, e.id)
    expect(why).toMatchObject({ reason: 'reference-id', detail: 'reference id Q2280' })
  })

  it('finds names ignoring case and accents, and suggests the nearest otherwise', async () => {
    expect((await findEntities(store.sql, 'minsk wheeled tractor plant')).kind).toBe('exact')
    expect((await findEntities(store.sql, 'Hómel')).candidates.map((c) => c.name)).toEqual(['Homel'])
    const none = await findEntities(store.sql, 'Minsk Wheeled Tractor Plnt')
    expect(none.candidates).toEqual([])
    expect(none.nearest[0]?.name).toBe(PLANT)
  })

  it('lists entities ranked by documents, by type', async () => {
    const orgs = await listEntities(store.sql, { type: 'ORG' })
    expect(orgs.map((o) => [o.name, o.documents])).toEqual([
      [PLANT, 3],
      ['Example Research Institute', 2],
      ['Jdanov', 1],
    ])
    // as many documents as the plant, more mentions
    expect((await listEntities(store.sql, { limit: 1 }))[0]!.preferred).toBe('Alexander Lukashenko')
  })

  it('finds entities stored before name keys by their earlier id', async () => {
    const legacy = createHash('sha256').update('ORG:example legacy bureau').digest('hex').slice(0, 16)
    await store.sql.query(
      "INSERT INTO entities (id, name, type, aliases) VALUES ($1, 'Example Legacy Bureau', 'ORG', '{Example Legacy Bureau}')",
      [legacy],
    )
    await store.saveDocument(
      record('Bureau', 'The Example Legacy Bureau published a report.', [
        ['Example Legacy Bureau', 'ORG', 'Example Legacy Bureau'],
      ]),
    )
    const e = await only('Example Legacy Bureau')
    expect(e).toMatchObject({ id: legacy, documents: 1 })
    const [why] = await entityEvidence(store.sql, legacy)
    expect(why).toMatchObject({ reason: 'same-canonical', detail: 'same name as “Example Legacy Bureau”' })
    const r = await store.sql.query<{ key: string; name_keys: string[] }>(
      'SELECT key, name_keys FROM entities WHERE id = $1',
      [legacy],
    )
    expect(r.rows[0]).toEqual({ key: 'ORG:eksample lehaci bureau', name_keys: ['eksample lehaci bureau'] })
  })
})

// ---------------------------------------------------------------------------------------------
// The built CLI. Each run starts a process and opens the store (seconds on a busy machine), so
// the runs go at once, each on its own copy of one seeded PGlite folder, and the tests read the
// results.

const root = resolve(import.meta.dirname, '..')
const bin = join(root, 'bin', 'dossier.js')

interface RunResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

function run(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: '', DOSSIER_DATA: '', ...env }, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0
        if (code === null) fail(err)
        else done({ code, stdout, stderr })
      },
    )
  })
}

const RUNS = {
  why: ['entity', 'Lukashenka', '--why'],
  json: ['entity', 'Lukashenko', '--why', '--format', 'json'],
  ambiguous: ['entity', 'Zhdanov'],
  none: ['entity', 'Minsk Wheeled Tractor Plnt'],
  orgs: ['entities', '--type', 'org'],
  ranked: ['entities', '--limit', '2', '--format', 'json'],
  badType: ['entities', '--type', 'ANIMAL'],
} as const

describe('dossier entity and entities', () => {
  const results = new Map<keyof typeof RUNS, RunResult>()
  const folders: (() => void)[] = []

  beforeAll(async () => {
    const seeded = await freshPgliteDir()
    folders.push(seeded.remove)
    const store = await openStore({ dataDir: seeded.dataDir })
    try {
      await seed(store)
    } finally {
      await store.close()
    }
    await Promise.all(
      Object.entries(RUNS).map(async ([name, args]) => {
        const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-entities-'))
        folders.push(() => rmSync(dir, { recursive: true, force: true }))
        cpSync(seeded.dataDir, join(dir, 'db'), { recursive: true })
        results.set(name as keyof typeof RUNS, await run([...args, '--data', join(dir, 'db')]))
      }),
    )
  })
  afterAll(() => {
    for (const remove of folders) remove()
  })

  const result = (name: keyof typeof RUNS): RunResult => results.get(name)!

  it('prints the profile of a name, and with --why the aliases, evidence and reasons', () => {
    const r = result('why')
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('Alexander Lukashenko  (PERSON)')
    expect(r.stdout).toMatch(/seen\s+4 mentions in 3 documents/)
    expect(r.stdout).toMatch(/Лукашэнка\s+Cyrillic\s+1\s+1/)
    expect(r.stdout).toMatch(new RegExp(`${PLANT}\\s+ORG\\s+3`))
    expect(r.stdout).toContain('why these aliases are one entity:')
    expect(r.stdout).toMatch(/Lukashenka {2}\[context\] {2}doc [0-9a-f]{10} “Output praised”/)
    expect(r.stdout).toContain('[same-canonical]')
    expect(r.stdout).toContain(`“Lukashenka praised the ${PLANT} for its output.”`)
  })

  it('prints JSON with the reasons', () => {
    const r = result('json')
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.match).toBe('exact')
    expect(out.entity).toMatchObject({ type: 'PERSON', documents: 3, preferred: 'Alexander Lukashenko' })
    expect(out.why.map((w: { reason: string }) => w.reason)).toEqual([
      'same-canonical',
      'context',
      'context',
      'context',
    ])
  })

  it('lists the candidates of an ambiguous name and exits 1', () => {
    const r = result('ambiguous')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('"Zhdanov" names 2 entities (exact match)')
    expect(r.stdout.match(/\bPERSON\b/g)).toHaveLength(2)
  })

  it('says when nothing matches, with the nearest names, and exits 1', () => {
    const r = result('none')
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'no entity named "Minsk Wheeled Tractor Plnt"; nearest: Minsk Wheeled Tractor Plant (ORG)',
    )
  })

  it('ranks entities of a type as a table, and all of them as JSON', () => {
    const r = result('orgs')
    expect(r.code, r.stderr).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^#\s+name\s+type\s+docs\s+mentions\s+ref\s+id$/)
    expect(lines[2]).toMatch(new RegExp(`^1\\s+${PLANT}\\s+ORG\\s+3\\s+3\\s+[0-9a-f]{16}$`))
    expect(lines.slice(3).map((l) => l.split(/\s{2,}/)[1])).toEqual(['Example Research Institute', 'Jdanov'])
    const j = result('ranked')
    expect(j.code, j.stderr).toBe(0)
    expect(JSON.parse(j.stdout).map((e: { preferred: string }) => e.preferred)).toEqual([
      'Alexander Lukashenko',
      PLANT,
    ])
  })

  it('rejects an unknown type', () => {
    const r = result('badType')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('unknown entity type "ANIMAL"')
  })
})

describe.skipIf(pgUnavailableReason() !== null)('dossier entity on PostgreSQL (DATABASE_URL)', () => {
  it('reads the same profile from a server', async () => {
    const pg = await startPostgres()
    try {
      const store = await openStore({ databaseUrl: pg.url })
      try {
        await seed(store)
      } finally {
        await store.close()
      }
      const r = await run(['entity', 'Gomel', '--why', '--format', 'json'], { DATABASE_URL: pg.url })
      expect(r.code, r.stderr).toBe(0)
      const out = JSON.parse(r.stdout)
      expect(out.entity).toMatchObject({ name: 'Homel', type: 'GPE', documents: 2 })
      expect(out.why.map((w: { reason: string }) => w.reason)).toEqual(['same-canonical', 'translit-key'])
    } finally {
      await pg.stop()
    }
  })
})
