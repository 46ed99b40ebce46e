import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { GoldFileError, loadGold, parseGold } from './gold.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const devDir = path.resolve(repoRoot, '..', 'shared', 'corpus', 'dev')

const text = 'Belarus sent 90 tanks to Russia, Mr Bell said.\n-\n'
const valid = () => ({
  id: 'a1',
  seed_file: '001_x.txt',
  title: 'Tanks',
  outlet: null,
  published: null,
  sha256: createHash('sha256').update(text).digest('hex'),
  entities: [{ text: 'Belarus', type: 'GPE', canonical: 'Belarus' }],
  claims: [
    {
      relation: 'TRANSFER',
      agent: 'Belarus',
      recipient: 'Russia',
      item: 'tanks',
      quantity: { value: 90, low: null, high: null, unit: 'items', text: '90' },
      time: null,
      place: null,
      source: 'Sean Bell',
      hedge: 'asserted',
      evidence: 'Belarus sent 90 tanks to Russia',
    },
  ],
  attributions: [
    {
      speaker: 'Sean Bell',
      speaker_text: 'Mr Bell',
      role: null,
      cue: 'said',
      outlet: null,
      quote: 'Belarus sent 90 tanks to Russia',
    },
  ],
  boilerplate: ['-'],
})

let dirs: string[] = []
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'dossier-gold-'))
  dirs.push(d)
  return d
}
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
  dirs = []
})

describe('parseGold', () => {
  it('accepts a gold file and returns it unchanged', () => {
    const g = valid()
    expect(parseGold(g, 'a1.json', 'a1')).toBe(g)
  })

  it('names the file and the offending field', () => {
    const g = valid() as Record<string, unknown>
    ;(g.claims as Record<string, unknown>[])[0]!.hedge = 'probably'
    expect(() => parseGold(g, '/gold/a1.json')).toThrow(GoldFileError)
    expect(() => parseGold(g, '/gold/a1.json')).toThrow(
      /^\/gold\/a1\.json: not a valid gold file:[\s\S]*claims\[0\]\.hedge/,
    )
    const e = { ...valid(), entities: [{ text: 'Minsk', type: 'CITY', canonical: 'Minsk' }] }
    expect(() => parseGold(e, 'b.json')).toThrow(/entities\[0\]\.type/)
    const { attributions: _, ...noAttrs } = valid()
    expect(() => parseGold(noAttrs, 'c.json')).toThrow(/c\.json[\s\S]*attributions/)
  })

  it('refuses an id that is not the file stem', () => {
    expect(() => parseGold(valid(), 'x/a2.json', 'a2')).toThrow(
      /x\/a2\.json: "id" is "a1" but the file stem is "a2"/,
    )
  })

  it('tolerates missing descriptive metadata and null agents', () => {
    const { seed_file: _s, title: _t, sha256: _h, ...g } = valid()
    g.claims[0] = { ...g.claims[0]!, agent: null as unknown as string }
    expect(() => parseGold(g, 'a1.json')).not.toThrow()
  })
})

describe('loadGold', () => {
  it('loads gold files sorted by id with their texts', () => {
    const d = tmp()
    for (const id of ['b2', 'a1']) {
      writeFileSync(path.join(d, `${id}.json`), JSON.stringify({ ...valid(), id }))
      writeFileSync(path.join(d, `${id}.txt`), text)
    }
    writeFileSync(path.join(d, 'notes.md'), '# not gold')
    const warnings: string[] = []
    const docs = loadGold(d, { onWarning: (m) => warnings.push(m) })
    expect(docs.map((x) => x.id)).toEqual(['a1', 'b2'])
    expect(docs[0]!.text).toBe(text)
    expect(docs[0]!.gold.claims[0]!.quantity?.value).toBe(90)
    expect(warnings).toEqual([])
  })

  it('warns about a missing or altered text', () => {
    const d = tmp()
    writeFileSync(path.join(d, 'a1.json'), JSON.stringify(valid()))
    writeFileSync(path.join(d, 'b2.json'), JSON.stringify({ ...valid(), id: 'b2' }))
    writeFileSync(path.join(d, 'b2.txt'), text.replace(/\n/g, '\r\n'))
    const warnings: string[] = []
    const docs = loadGold(d, { onWarning: (m) => warnings.push(m) })
    expect(docs[0]!.text).toBeNull()
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/a1\.txt: missing/)
    expect(warnings[1]).toMatch(/b2\.txt: SHA-256 differs/)
  })

  it('names the file that is not JSON, and refuses an empty directory', () => {
    const d = tmp()
    expect(() => loadGold(d)).toThrow(/no gold \.json files/)
    expect(() => loadGold(path.join(d, 'nope'))).toThrow(/not found/)
    writeFileSync(path.join(d, 'a1.json'), '{ "id": ')
    expect(() => loadGold(d)).toThrow(
      new RegExp(`${path.join(d, 'a1.json').replace(/[.\\]/g, '\\$&')}: not readable as JSON`),
    )
  })

  it('loads the development corpus', (ctx) => {
    if (!existsSync(devDir)) ctx.skip(`dev corpus not found at ${devDir}`)
    const warnings: string[] = []
    const docs = loadGold(devDir, { onWarning: (m) => warnings.push(m) })
    expect(warnings).toEqual([])
    expect(docs.map((d) => d.id)).toEqual(['d00', 'd01', 'd02', 'd03', 'd04'])
    const total = (f: (d: (typeof docs)[number]) => number) => docs.reduce((s, d) => s + f(d), 0)
    expect(total((d) => d.gold.entities.length)).toBe(138)
    expect(total((d) => d.gold.claims.length)).toBe(68)
    expect(total((d) => d.gold.attributions.length)).toBe(62)
    expect(total((d) => d.gold.boilerplate.length)).toBe(23)
  })
})
