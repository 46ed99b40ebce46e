import { describe, expect, it } from 'vitest'
import { inflect, loadTriggerLexicon, parseTriggerLexicon } from './lexicon.js'

describe('inflect', () => {
  it.each([
    ['supply', 'verb', ['supply', 'supplies', 'supplied', 'supplying']],
    ['produce', 'verb', ['produce', 'produces', 'produced', 'producing']],
    ['launch', 'verb', ['launch', 'launches', 'launched', 'launching']],
    ['delivery', 'noun', ['delivery', 'deliveries']],
    ['talks', 'noun', ['talks']],
  ] as const)('%s (%s)', (word, kind, forms) => {
    expect(new Set(inflect(word, kind))).toEqual(new Set(forms))
  })
})

describe('parseTriggerLexicon', () => {
  const header = 'lemma\tkind\trelation\tforms\tcontext\tnote\n'
  it('indexes forms by first word, longest first, with irregular forms', () => {
    const lex = parseTriggerLexicon(
      `${header}hand over\tverb\tTRANSFER\thanded over\t\t\nsend\tverb\tTRANSFER\tsent\t\t\n`,
    )
    expect(lex.byFirst.get('handed')?.[0]?.words).toEqual(['handed', 'over'])
    expect(lex.byFirst.has('sent')).toBe(true)
  })
  it('reads `double-object` and `within:N` as switches, not context words', () => {
    const lex = parseTriggerLexicon(`${header}hand\tverb\tTRANSFER\thanded\tto,double-object,within:9\t\n`)
    const entry = lex.byFirst.get('handed')?.[0]?.entry
    expect(entry?.doubleObject).toBe(true)
    expect(entry?.window).toBe(9)
    expect([...(entry?.context ?? [])]).toEqual(['to'])
  })
  it('names the line of a bad relation', () => {
    expect(() => parseTriggerLexicon(`${header}supply\tverb\tGIVE\t\t\t\n`)).toThrow(/line 2/)
  })
  it('reads the package lexicon', () => {
    const lex = loadTriggerLexicon()
    expect(lex.entries.length).toBeGreaterThan(50)
    expect(lex.byFirst.get('invaded')?.[0]?.entry.relation).toBe('ATTACK')
  })
})
