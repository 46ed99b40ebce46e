import { describe, expect, it } from 'vitest'
import {
  type CoMention,
  crossDocumentKey,
  decide,
  isShortKey,
  type LocalEntity,
  matchCandidates,
  nameKeysOf,
  type StoredEntity,
  sharedContext,
} from './cross-document.js'

describe('crossDocumentKey', () => {
  it.each<[string, string, boolean]>([
    // transliteration and romanisation variants of one name
    ['Лукашэнка', 'Lukashenka', true],
    ['Lukashenka', 'Lukashenko', true],
    ['Лукашенко', 'Lukashenka', true],
    ['Alexander Lukashenko', 'Aliaksandr Lukashenka', true],
    ['Alexander Lukashenko', 'Аляксандр Лукашэнка', true],
    ['Zhdanov', 'Jdanov', true],
    ['Oleg Zhdanov', 'Oleh Zhdanov', true],
    ['Homel', 'Gomel', true],
    ['Гомель', 'Homel', true],
    ['Hajun', 'Gajun', true],
    ['Hajun', 'Гаюн', true],
    ['Hrodna', 'Grodno', true],
    ['Siarhei', 'Sergei', true],
    ['the Example Institute', 'Example Institute', true],
    ['T-72B3', 't-72b3', true],
    // different names stay apart
    ['Brest', 'Bresk', false],
    ['Minsk', 'Pinsk', false],
    ['Putin', 'Lukashenko', false],
    ['Brest', 'Bryansk', false],
    ['Viktor Lukashenko', 'Alexander Lukashenko', false],
    ['T-72B3', 'T-72B', false],
    ['Su-25', 'Su-24', false],
    // the known price of folding a word-final -o into -a (Lukashenko/Lukashenka)
    ['Maria', 'Mario', true],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(crossDocumentKey(a) === crossDocumentKey(b)).toBe(same)
  })

  it('falls back to the lower-case name when nothing is left to key', () => {
    expect(crossDocumentKey(' —  ')).toBe('—')
  })
})

describe('isShortKey', () => {
  it.each<[string, string, boolean]>([
    ['PERSON', 'Lukashenka', true],
    ['PERSON', 'Alexander Lukashenko', false],
    ['ORG', 'MZKT', true],
    ['ORG', 'Minsk Wheeled Tractor Plant', false],
    ['GPE', 'Homel', false],
    ['EQUIPMENT', 'T-72B3', false],
    ['EQUIPMENT', 'BMP', true],
  ])('%s %s: %s', (type, name, short) => {
    expect(isShortKey(type, crossDocumentKey(name))).toBe(short)
  })
})

const local = (type: LocalEntity['type'], canonical: string, ref: string | null = null): LocalEntity => ({
  key: ref ? `ref:${ref}` : `${type}:${crossDocumentKey(canonical)}`,
  type,
  ref,
  canonical,
  nameKey: crossDocumentKey(canonical),
  nameKeys: nameKeysOf(type, canonical),
})

const stored = (id: string, type: string, names: string[], ref: string | null = null): StoredEntity => ({
  id,
  name: names[0]!,
  type,
  ref,
  aliases: names,
  nameKeys: [...new Set(names.flatMap((n) => nameKeysOf(type, n)))],
})

const co = (name: string, type: string, documents = 1, ref: string | null = null): CoMention => ({
  id: name,
  name,
  type,
  ref,
  nameKeys: nameKeysOf(type, name),
  documents,
})

describe('matchCandidates and decide', () => {
  const lukashenko = stored('e1', 'PERSON', ['Alexander Lukashenko', 'Lukashenko'], 'Q22129')
  const zhdanov = stored('e2', 'PERSON', ['Oleg Zhdanov'])
  const zhdanovOrg = stored('e3', 'ORG', ['Zhdanov'])

  it('joins a full name by its key alone, whatever the romanisation', () => {
    const l = local('PERSON', 'Oleh Zhdanov')
    const m = matchCandidates(l, [zhdanov, zhdanovOrg])
    expect(m.map((x) => [x.candidate.id, x.reason, x.needsContext])).toEqual([['e2', 'translit-key', false]])
    expect(decide(l, m, () => [])).toMatchObject({ entityId: 'e2', reason: 'translit-key' })
  })

  it('names the same canonical name as such', () => {
    const l = local('PERSON', 'Oleg Zhdanov')
    expect(decide(l, matchCandidates(l, [zhdanov]), () => [])).toMatchObject({
      entityId: 'e2',
      reason: 'same-canonical',
    })
  })

  it('joins a surname to a reference person only with a shared co-mention', () => {
    const l = local('PERSON', 'Лукашэнка')
    const m = matchCandidates(l, [lukashenko])
    expect(m).toHaveLength(1)
    expect(m[0]).toMatchObject({ reason: 'alias-of-reference', needsContext: true })
    expect(decide(l, m, () => [])).toMatchObject({ entityId: null, reason: 'same-canonical' })
    const joined = decide(l, m, () => [co('Minsk Wheeled Tractor Plant', 'ORG')])
    expect(joined).toMatchObject({ entityId: 'e1', reason: 'context' })
    expect(joined.detail).toContain('Minsk Wheeled Tractor Plant')
  })

  it('keeps a different given name apart', () => {
    const l = local('PERSON', 'Viktor Lukashenko')
    expect(matchCandidates(l, [lukashenko])).toEqual([])
  })

  it('never joins across types', () => {
    expect(matchCandidates(local('GPE', 'Zhdanov'), [zhdanovOrg])).toEqual([])
  })

  it('founds a new entity when context cannot choose between candidates', () => {
    const l = local('ORG', 'Zhdanov')
    const other = stored('e4', 'ORG', ['Jdanov'])
    const m = matchCandidates(l, [zhdanovOrg, other])
    expect(m.every((x) => x.needsContext)).toBe(true)
    const d = decide(l, m, () => [co('Example Institute', 'ORG')])
    expect(d.entityId).toBeNull()
    expect(d.detail).toContain('ambiguous')
  })
})

describe('sharedContext', () => {
  const others = [local('ORG', 'Example Institute'), local('GPE', 'Belarus', 'Q184'), local('PERSON', 'Bell')]

  it('matches co-mentions by reference id or by type and key', () => {
    const found = sharedContext(
      others,
      [co('The Example Institute', 'ORG'), co('Belarus', 'GPE', 1, 'Q184'), co('Example Institute', 'LOC')],
      10,
    )
    expect(found.map((c) => `${c.name}/${c.type}`)).toEqual(['The Example Institute/ORG', 'Belarus/GPE'])
  })

  it('ignores background entities and short keys', () => {
    const found = sharedContext(others, [co('Belarus', 'GPE', 40, 'Q184'), co('Bell', 'PERSON')], 100)
    expect(found).toEqual([])
  })
})
