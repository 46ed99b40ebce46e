/**
 * End-to-end tests of the built CLI (`bin/dossier.js` over `dist/`, as shipped): ingest, listing,
 * idempotence, resume after a kill, bad inputs, and the extraction contract.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pgAvailable, startPostgres } from './support/pg-cluster.js'

const root = resolve(import.meta.dirname, '..')
const bin = join(root, 'bin', 'dossier.js')
const work = mkdtempSync(join(tmpdir(), 'dossier-cli-'))

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: work,
    env: { ...process.env, DATABASE_URL: '', DOSSIER_DATA: '', ...env },
    encoding: 'utf8',
    timeout: 300_000,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const docsJson = (data: string, env: NodeJS.ProcessEnv = {}) => {
  const r = run(['docs', '--data', data, '--format', 'json', '--limit', '10000'], env)
  expect(r.code, r.stderr).toBe(0)
  return JSON.parse(r.stdout) as {
    id: string
    origin: string
    copyOf: string | null
    language: string | null
  }[]
}

/** Hand-written articles in the style of scraped news, different enough not to be near-duplicates. */
function article(i: number): string {
  const places = ['Brest', 'Gomel', 'Grodno', 'Mogilev', 'Vitebsk', 'Minsk', 'Orsha', 'Lida']
  const things = ['ammunition', 'tanks', 'trucks', 'helicopters', 'optics', 'shells', 'fuel', 'radars']
  const p = places[i % places.length]
  const t = things[(i * 3) % things.length]
  return [
    `Report ${i}: ${t} moved through ${p}`,
    '',
    `Monitoring group number ${i} said on its channel that a train with ${i * 7 + 3} wagons of ${t} left ${p} for the Russian border.`,
    `Local residents in ${p} described convoy ${i} passing at night.The regional authorities did not comment on shipment ${i}.`,
    `Analysts counted ${i * 11 + 5} vehicles at the depot, a figure that could not be verified independently (Image: GETTY)`,
    `Read more: Story ${i} about something else entirely`,
    `The ministry in ${p} denied any transfer of ${t} in week ${i}, calling report ${i} a provocation.`,
  ].join('\n')
}

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('dossier ingest on the bundled examples', () => {
  const data = join(work, 'examples-store')
  let first: ReturnType<typeof run>

  beforeAll(() => {
    first = run(['ingest', join(root, 'examples'), '--data', data])
  })

  it('stores every example and lists them', () => {
    expect(first.code, first.stderr + first.stdout).toBe(0)
    expect(first.stdout).toMatch(/\d+ document\(s\) stored/)
    const docs = docsJson(data)
    expect(docs.length).toBeGreaterThanOrEqual(10)
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length)
    const table = run(['docs', '--data', data])
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+title\s+outlet\s+published\s+lang/)
  })

  it('stores nothing twice when run again', () => {
    const before = docsJson(data).length
    const again = run(['ingest', join(root, 'examples'), '--data', data, '--format', 'json'])
    expect(again.code, again.stderr).toBe(0)
    const summary = JSON.parse(again.stdout)
    expect(summary.stored).toBe(0)
    expect(summary.existing).toBe(before)
    expect(docsJson(data).length).toBe(before)
  })

  it('flags a non-English example and links a near-duplicate', () => {
    const docs = docsJson(data)
    expect(docs.some((d) => d.language && d.language !== 'eng')).toBe(true)
    expect(docs.some((d) => d.copyOf)).toBe(true)
  })

  it('shows one document by id prefix with numbered sentences', () => {
    const [d] = docsJson(data)
    const r = run(['show', d!.id.slice(0, 8), '--data', data])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain(d!.id)
    expect(r.stdout).toMatch(/\[\s+1\] /)
    const missing = run(['show', 'ffffffffffff', '--data', data])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('DOSSIER_E_NOT_FOUND')
  })
  it('lists claims with their evidence sentence and quotes with their speaker', () => {
    const r = run(['claims', '--data', data, '--format', 'json', '--limit', '500'])
    expect(r.code, r.stderr).toBe(0)
    const page = JSON.parse(r.stdout) as {
      items: { relation: string; evidenceText: string; hedge: string }[]
      total: number
    }
    expect(page.items.length).toBeGreaterThan(10)
    for (const c of page.items) expect(c.evidenceText.length).toBeGreaterThan(10)
    const transfers = JSON.parse(
      run(['claims', '--data', data, '--relation', 'transfer', '--format', 'json']).stdout,
    )
    expect(transfers.items.length).toBeGreaterThan(0)
    expect(transfers.items.every((c: { relation: string }) => c.relation === 'TRANSFER')).toBe(true)
    const about = run(['claims', '--data', data, '--about', 'Lukashenko'])
    expect(about.code, about.stderr).toBe(0)
    expect(about.stdout).toMatch(/^about: Alexander Lukashenko \(PERSON/)
    expect(run(['claims', '--data', data, '--relation', 'GOSSIP']).code).toBe(2)
    expect(run(['claims', '--data', data, '--about', 'Nobody Atall Zzyzx']).code).toBe(1)
    const quotes = JSON.parse(
      run(['quotes', '--data', data, '--format', 'json', '--limit', '500']).stdout,
    ) as {
      speaker: { canonical: string | null } | null
      text: string
    }[]
    expect(quotes.length).toBeGreaterThan(5)
    expect(quotes.every((q) => q.text.length > 0)).toBe(true)
  })
})

describe('bad input gets a clear error naming it, and the good input is still stored', () => {
  const dir = join(work, 'bad')
  const data = join(work, 'bad-store')
  let r: ReturnType<typeof run>

  beforeAll(() => {
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(
      join(dir, 'binary.txt'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0x00, 0x10]),
    )
    writeFileSync(
      join(dir, 'latin1.txt'),
      Buffer.from('Lukashenko said the caf\xe9 was closed in Minsk today.', 'latin1'),
    )
    writeFileSync(join(dir, 'huge.txt'), `${article(1)}\n`.repeat(200))
    writeFileSync(join(dir, 'good.txt'), article(2))
    writeFileSync(
      join(dir, 'batch.jsonl'),
      [
        JSON.stringify({ text: article(3), title: 'Three' }),
        '{"text": "broken',
        JSON.stringify({ text: article(4) }),
      ].join('\n'),
    )
    r = run(['ingest', dir, join(work, 'does-not-exist.txt'), '--data', data, '--max-bytes', '4KB'])
  })

  it('exits 1 and names each bad input with its code', () => {
    expect(r.code).toBe(1)
    const out = r.stdout + r.stderr
    expect(out).toMatch(/empty\.txt.*DOSSIER_E_EMPTY/)
    expect(out).toMatch(/binary\.txt.*DOSSIER_E_BINARY/)
    expect(out).toMatch(/latin1\.txt.*DOSSIER_E_ENCODING/)
    expect(out).toMatch(/huge\.txt.*DOSSIER_E_TOO_LARGE/)
    expect(out).toMatch(/batch\.jsonl:2.*DOSSIER_E_JSONL_LINE/)
    expect(out).toMatch(/does-not-exist\.txt.*DOSSIER_E_UNREADABLE/)
  })

  it('stores the good file and the good JSONL lines', () => {
    const docs = docsJson(data)
    expect(docs).toHaveLength(3)
    expect(docs.map((d) => d.origin).sort()).toEqual(
      [join(dir, 'batch.jsonl:1'), join(dir, 'batch.jsonl:3'), join(dir, 'good.txt')].sort(),
    )
  })

  it('refuses usage mistakes with exit 2', () => {
    expect(run(['ingest', dir, '--data', data, '--max-bytes', 'lots']).code).toBe(2)
    expect(run(['docs', '--data', data, '--limit', '-3']).code).toBe(2)
    expect(run(['frobnicate']).code).toBe(2)
  })
})

describe('an ingest killed midway resumes with nothing lost and nothing twice', () => {
  const dir = join(work, 'many')
  const data = join(work, 'kill-store')
  const total = 40

  beforeAll(() => {
    mkdirSync(dir, { recursive: true })
    for (let i = 0; i < total; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), article(i))
  })

  it('completes after SIGKILL with every document exactly once', async () => {
    const child: ChildProcess = spawn(process.execPath, [bin, 'ingest', dir, '--data', data, '--verbose'], {
      cwd: work,
      env: { ...process.env, DATABASE_URL: '', DOSSIER_DATA: '' },
    })
    let stored = 0
    await new Promise<void>((done, fail) => {
      child.stderr!.on('data', (b: Buffer) => {
        stored += (b.toString().match(/^stored /gm) ?? []).length
        if (stored >= 5 && !child.killed) child.kill('SIGKILL')
      })
      child.on('exit', () => done())
      child.on('error', fail)
    })
    expect(stored).toBeGreaterThanOrEqual(5)
    expect(stored).toBeLessThan(total)
    const resumed = run(['ingest', dir, '--data', data, '--format', 'json'])
    expect(resumed.code, resumed.stderr).toBe(0)
    const summary = JSON.parse(resumed.stdout)
    expect(summary.existing).toBeGreaterThanOrEqual(stored)
    expect(summary.stored + summary.existing).toBe(total)
    const docs = docsJson(data)
    expect(docs).toHaveLength(total)
    expect(new Set(docs.map((d) => d.origin)).size).toBe(total)
  })
})

describe('dossier extract prints the contract with offsets into the raw file', () => {
  it('gives boilerplate and sentence spans that index the raw text', () => {
    const file = join(work, 'one.txt')
    writeFileSync(file, article(5))
    const r = run(['extract', file, '--format', 'json'])
    expect(r.code, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout)
    for (const k of ['entities', 'claims', 'attributions', 'boilerplate'])
      expect(Array.isArray(out[k])).toBe(true)
    const raw = readFileSync(file, 'utf8')
    const bp = out.boilerplate.map((b: { start: number; end: number }) => raw.slice(b.start, b.end))
    expect(bp.join('|')).toContain('(Image: GETTY)')
    expect(bp.join('|')).toContain('Read more: Story 5')
    for (const e of out.entities) expect(raw.slice(e.start, e.end)).toBe(e.text)
  })

  it('writes one file per input with --out', () => {
    const a = join(work, 'x1.txt')
    const b = join(work, 'x2.txt')
    writeFileSync(a, article(6))
    writeFileSync(b, article(7))
    const out = join(work, 'extract-out')
    const r = run(['extract', a, b, '--format', 'json', '--out', out])
    expect(r.code, r.stderr).toBe(0)
    expect(existsSync(join(out, 'x1.json'))).toBe(true)
    expect(JSON.parse(readFileSync(join(out, 'x2.json'), 'utf8')).boilerplate.length).toBeGreaterThan(0)
  })
})

describe.runIf(await pgAvailable())('the same CLI on PostgreSQL (DATABASE_URL)', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>
  beforeAll(async () => {
    pg = await startPostgres()
  })
  afterAll(async () => {
    await pg?.stop()
  })

  it('ingests the examples once and lists them', () => {
    const env = { DATABASE_URL: pg.url }
    const first = run(['ingest', join(root, 'examples'), '--format', 'json'], env)
    expect(first.code, first.stderr).toBe(0)
    const n = JSON.parse(first.stdout).stored
    expect(n).toBeGreaterThanOrEqual(10)
    const again = JSON.parse(run(['ingest', join(root, 'examples'), '--format', 'json'], env).stdout)
    expect(again.stored).toBe(0)
    expect(docsJson('unused', env)).toHaveLength(n)
  })
})
