import { spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { emptyPrediction, type Prediction } from './contract.js'
import { scoreDirectories } from './evaluate.js'
import type { Gold, GoldClaim } from './gold.js'
import { loadGold } from './gold.js'
import { formatReport, formatReportLines, meetsMinimums, score, summaryLine, unmetMinimums } from './score.js'

// ---------- helpers for hand-built cases ----------

const mkGold = (over: Partial<Gold> = {}): Gold => ({
  id: 't',
  entities: [],
  claims: [],
  attributions: [],
  boilerplate: [],
  ...over,
})
// Predictions are deliberately loose in places (as prediction files may be); the scorer reads them leniently.
const mkPred = (over: Record<string, unknown> = {}): Prediction =>
  ({ ...emptyPrediction(), ...over }) as unknown as Prediction
const one = (text: string | null, gold: Partial<Gold>, pred: Record<string, unknown>, verbose = false) =>
  score([{ id: 't', text, gold: mkGold(gold), pred: mkPred(pred) }], { verbose })
const ent = (text: string, type: string, canonical?: string) => ({ text, type, canonical, start: 0, end: 0 })
const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from)
  if (start < 0) throw new Error(`not in text: ${part}`)
  return { start, end: start + part.length }
}
const claim = (over: Partial<GoldClaim>): GoldClaim => ({
  relation: 'TRANSFER',
  agent: 'Belarus',
  recipient: null,
  item: 'tanks',
  quantity: null,
  time: null,
  place: null,
  source: null,
  hedge: 'asserted',
  evidence: '',
  ...over,
})

describe('entities', () => {
  it('matches surfaces across quote, dash, whitespace and case variants', () => {
    const r = one(
      null,
      {
        entities: [
          { text: 'Sean O’Brien', type: 'PERSON', canonical: 'Sean O’Brien' },
          { text: 'Minsk–Brest', type: 'LOC', canonical: 'Minsk–Brest' },
          { text: '«BelTA»', type: 'ORG', canonical: 'BelTA' },
          { text: 'Ural  trucks', type: 'EQUIPMENT', canonical: 'Ural' },
          { text: 'Belarus', type: 'GPE', canonical: 'Belarus' },
        ],
      },
      {
        entities: [
          ent("Sean O'Brien", 'PERSON'),
          ent('Minsk-Brest', 'LOC'),
          ent('"BelTA"', 'ORG'),
          ent(' Ural\ntrucks ', 'EQUIPMENT'),
          ent('BELARUS', 'GPE'), // the reference scorer compares lower-cased surfaces
          ent('Belarus', 'GPE'), // repeats count once
        ],
      },
    )
    expect(r.entities).toMatchObject({ tp: 5, np: 5, ng: 5, f: 1 })
  })

  it.each([
    ['O\u2019Brien', "O'Brien", true],
    ['O\u2018Brien', "O'Brien", true],
    ['O\u02bcBrien', "O'Brien", true],
    ['O`Brien', "O'Brien", true],
    ['\u201cWagner\u201d', '"Wagner"', true],
    ['\u00abWagner\u00bb', '"Wagner"', true],
    ['\u201eWagner\u201c', '"Wagner"', false],
    ...['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015'].map(
      (d) => [`Su${d}25`, 'Su-25', true] as const,
    ),
    ['Su\u221225', 'Su-25', false],
    ['Ural\u00a0trucks', 'Ural trucks', true],
    ['Ural  trucks', ' Ural\n\ttrucks ', true],
    ['\uff34-72', 'T-72', true],
    ['Belarus', 'BELARUS', true],
    ['Belarus', 'Belarus\u2019s', false],
    ['Bell', 'Mr Bell', false],
  ] as const)('normalises surfaces: %j ~ %j is %s', (goldText, predText, same) => {
    const r = one(
      null,
      { entities: [{ text: goldText, type: 'ORG', canonical: 'X' }] },
      { entities: [ent(predText, 'ORG')] },
    )
    expect(r.entities.tp).toBe(same ? 1 : 0)
  })

  it('needs the same type for the typed figure, not for the untyped one', () => {
    const r = one(
      null,
      {
        entities: [
          { text: 'Minsk', type: 'GPE', canonical: 'Minsk' },
          { text: 'Kremlin', type: 'ORG', canonical: 'Kremlin' },
        ],
      },
      { entities: [ent('Minsk', 'ORG'), ent('Kremlin', 'ORG'), ent('Wagner', 'ORG')] },
      true,
    )
    expect(r.entities).toMatchObject({ tp: 1, np: 3, ng: 2 })
    expect(r.entitiesUntyped).toMatchObject({ tp: 2, np: 3, ng: 2 })
    expect(r.byType.ORG).toMatchObject({ tp: 1, np: 3, ng: 1 })
    expect(r.byType.GPE).toMatchObject({ tp: 0, np: 0, ng: 1 })
    expect(r.misses).toEqual([
      't entity missed: Minsk [GPE] (predicted ORG)',
      't entity spurious: wagner [ORG]',
    ])
  })

  it('keeps the first prediction of a surface and the last gold entry', () => {
    const r = one(
      null,
      {
        entities: [
          { text: 'Minsk', type: 'ORG', canonical: 'Minsk' },
          { text: 'Minsk', type: 'GPE', canonical: 'Minsk' },
        ],
      },
      { entities: [ent('Minsk', 'GPE'), ent('Minsk', 'ORG')] },
    )
    expect(r.entities).toMatchObject({ tp: 1, np: 1, ng: 1 })
  })
})

describe('resolution', () => {
  // gold: A B C → X, D → Y; predicted: A B → 1, C D → 2; E gold but not predicted
  const gold = {
    entities: [
      { text: 'A', type: 'PERSON', canonical: 'X' },
      { text: 'B', type: 'PERSON', canonical: 'X' },
      { text: 'C', type: 'PERSON', canonical: 'X' },
      { text: 'D', type: 'PERSON', canonical: 'Y' },
      { text: 'E', type: 'PERSON', canonical: 'Y' },
    ],
  } satisfies Partial<Gold>
  const pred = {
    entities: [
      ent('A', 'PERSON', 'one'),
      ent('B', 'PERSON', 'one'),
      ent('C', 'PERSON', 'two'),
      ent('D', 'PERSON', 'two'),
    ],
  }

  it('computes B-cubed over the gold surfaces that were predicted', () => {
    const r = one(null, gold, pred)
    // precision: A 1, B 1, C 1/2, D 1/2; recall: A 2/3, B 2/3, C 1/3, D 1
    expect(r.resolutionWithinDoc.n).toBe(4)
    expect(r.resolutionWithinDoc.p).toBeCloseTo(3 / 4, 12)
    expect(r.resolutionWithinDoc.r).toBeCloseTo(2 / 3, 12)
    expect(r.resolutionWithinDoc.f).toBeCloseTo(12 / 17, 12)
    expect(r.resolutionAcrossDocs).toEqual(r.resolutionWithinDoc)
  })

  it('counts pairwise links, and none for names left alone', () => {
    const r = one(null, gold, pred)
    // gold pairs AB AC BC; predicted pairs AB CD; shared AB
    expect(r.resolutionLinks).toMatchObject({ tp: 1, np: 2, ng: 3 })
    expect(r.resolutionLinks.f).toBeCloseTo(0.4, 12)
    const alone = one(null, gold, { entities: ['A', 'B', 'C', 'D'].map((t) => ent(t, 'PERSON')) })
    expect(alone.resolutionLinks).toMatchObject({ tp: 0, np: 0, ng: 3, f: 0 })
    expect(alone.resolutionWithinDoc.p).toBe(1)
  })

  it('links surfaces across documents by canonical, and weights the within-document figure by size', () => {
    const docA = mkGold({
      entities: [{ text: 'Lukashenka', type: 'PERSON', canonical: 'Alexander Lukashenko' }],
    })
    const docB = mkGold({
      entities: [
        { text: 'Lukashenko', type: 'PERSON', canonical: 'Alexander Lukashenko' },
        { text: 'Putin', type: 'PERSON', canonical: 'Vladimir Putin' },
      ],
    })
    const r = score([
      {
        id: 'a',
        text: null,
        gold: docA,
        pred: mkPred({ entities: [ent('Lukashenka', 'PERSON', 'Lukashenko')] }),
      },
      {
        id: 'b',
        text: null,
        gold: docB,
        pred: mkPred({
          entities: [ent('Lukashenko', 'PERSON', 'Lukashenko'), ent('Putin', 'PERSON', 'Lukashenko')],
        }),
      },
    ])
    // across: 3 items; gold pairs a:Lukashenka–b:Lukashenko; predicted pairs all three
    expect(r.resolutionLinks).toMatchObject({ tp: 1, np: 3, ng: 1 })
    // within: a is perfect (n 1); b puts both in one cluster: P 1/2, R 1 (n 2)
    expect(r.resolutionWithinDoc.n).toBe(3)
    expect(r.resolutionWithinDoc.p).toBeCloseTo((1 + 0.5 * 2) / 3, 12)
    expect(r.perDocument.map((d) => d.id)).toEqual(['a', 'b'])
  })
})

describe('claims', () => {
  const sentence = 'Belarus sent 90 tanks to the Russian military.' // 46 chars
  const text = `Intro line here.\n${sentence} Then more text follows to give room for long spans, more and more and more text.`
  const ev = span(text, sentence)
  const g = (over: Partial<GoldClaim> = {}) => mkGold({ claims: [claim({ evidence: sentence, ...over })] })
  const run = (pc: Record<string, unknown>, gold = g(), ents: unknown[] = []) =>
    score([
      {
        id: 't',
        text,
        gold: { ...gold, entities: gold.entities.length ? gold.entities : [] },
        pred: mkPred({ claims: [pc], entities: ents }),
      },
    ])
  const pc = (over: Record<string, unknown> = {}) => ({
    relation: 'TRANSFER',
    agent: { text: 'Belarus', canonical: 'Belarus' },
    evidence: ev,
    ...over,
  })

  it('needs the same relation', () => {
    expect(run(pc()).claims.tp).toBe(1)
    expect(run(pc({ relation: 'SUPPLY' })).claims.tp).toBe(0)
  })

  it('needs the evidence to cover at least half of the gold sentence', () => {
    const half = sentence.length / 2
    expect(run(pc({ evidence: { start: ev.start, end: ev.start + half } })).claims.tp).toBe(1)
    expect(run(pc({ evidence: { start: ev.start, end: ev.start + half - 1 } })).claims.tp).toBe(0)
    expect(run(pc({ evidence: { start: ev.end - half, end: ev.end + 5 } })).claims.tp).toBe(1)
    expect(run(pc({ evidence: { start: ev.end, end: ev.end + 40 } })).claims.tp).toBe(0)
    expect(run(pc({ evidence: { start: ev.start, end: ev.start } })).claims.tp).toBe(0)
    expect(run(pc({ evidence: null })).claims.tp).toBe(0)
  })

  it('refuses evidence longer than 1.5 × the sentence + 40', () => {
    const limit = 1.5 * sentence.length + 40 // 109
    expect(run(pc({ evidence: { start: ev.start - 10, end: ev.start - 10 + limit } })).claims.tp).toBe(1)
    expect(run(pc({ evidence: { start: ev.start - 10, end: ev.start - 10 + limit + 1 } })).claims.tp).toBe(0)
  })

  it('loosely matches on relation and sentence alone', () => {
    const r = run(pc({ agent: { text: 'Poland' } }))
    expect(r.claims.tp).toBe(0)
    expect(r.claimsRelationAndSentence.tp).toBe(1)
  })

  it('matches the agent through the gold surface, the canonical grouping, or descriptive-label words', () => {
    const lukaGold = mkGold({
      entities: [
        { text: 'Lukashenka', type: 'PERSON', canonical: 'Alexander Lukashenko' },
        { text: 'Belarus', type: 'GPE', canonical: 'Belarus' },
      ],
      claims: [claim({ evidence: sentence, agent: 'Alexander Lukashenko' })],
    })
    // a predicted surface that gold lists with that canonical
    expect(run(pc({ agent: { text: 'Lukashenka', canonical: 'Lukashenka' } }), lukaGold).claims.tp).toBe(1)
    // the predicted canonical groups a gold surface of that entity
    const grouped = [ent('Lukashenka', 'PERSON', 'A. Lukashenko')]
    expect(
      run(pc({ agent: { text: 'the Belarusian leader', canonical: 'A. Lukashenko' } }), lukaGold, grouped)
        .claims.tp,
    ).toBe(1)
    expect(
      run(pc({ agent: { text: 'the Belarusian leader', canonical: 'A. Lukashenko' } }), lukaGold).claims.tp,
    ).toBe(0)
    // a bare string argument, and case/quote variants of the canonical itself
    expect(run(pc({ agent: 'alexander lukashenko' }), lukaGold).claims.tp).toBe(1)
    // gold agents that are entities never match on word overlap
    expect(run(pc({ agent: { text: 'Lukashenko Alexander' } }), lukaGold).claims.tp).toBe(0)
    expect(run(pc({ agent: null }), lukaGold).claims.tp).toBe(0)

    const label = g({ agent: 'Belarusian military-industrial complex' })
    // Jaccard over words without stop words, at least 0.5
    expect(run(pc({ agent: { text: 'military-industrial complex of Belarus' } }), label).claims.tp).toBe(1) // 3/5
    expect(run(pc({ agent: { text: 'the military complex' } }), label).claims.tp).toBe(1) // 2/4
    expect(run(pc({ agent: { text: 'Belarusian complex plant' } }), label).claims.tp).toBe(0) // 2/5
    expect(run(pc({ agent: { text: 'Belarusian defense industry' } }), label).claims.tp).toBe(0) // 1/6
  })

  it('matches a null gold agent only with an empty predicted agent', () => {
    expect(run(pc({ agent: null }), g({ agent: null })).claims.tp).toBe(1)
    expect(run(pc({ agent: { text: '' } }), g({ agent: null })).claims.tp).toBe(1)
    expect(run(pc(), g({ agent: null })).claims.tp).toBe(0)
  })

  it('reports quantity (±1%), recipient and hedge agreement of matched claims', () => {
    const q = (gq: GoldClaim['quantity'], pq: unknown) =>
      run(pc({ quantity: pq }), g({ quantity: gq })).claimQuantityAccuracy
    const ninety = { value: 90, low: null, high: null, unit: 'items', text: '90' }
    expect(q(ninety, { value: 90.5, low: null, high: null, unit: 'items', text: 'ninety' })).toBe(1)
    expect(q(ninety, { value: 90.89, low: null, high: null, unit: 'items', text: '90.89' })).toBe(1)
    expect(q(ninety, { value: 89.11, low: null, high: null, unit: 'items', text: '89.11' })).toBe(1)
    expect(q(ninety, { value: 90.95, low: null, high: null, unit: 'items', text: '90.95' })).toBe(0)
    expect(q(ninety, { value: 91, low: null, high: null, unit: 'items', text: '91' })).toBe(0)
    expect(q(ninety, { value: null, low: 90, high: null })).toBe(0)
    expect(q(ninety, null)).toBe(0)
    expect(
      q({ value: null, low: 200, high: null, unit: 'troops', text: 'hundreds of' }, { low: 201, value: 5 }),
    ).toBe(1)
    // a non-numeric share is not counted
    expect(
      q({ value: null, low: null, high: null, unit: 'share', text: 'a large fraction' }, null),
    ).toBeNull()

    const withRecipient = g({ recipient: 'Russian Armed Forces', hedge: 'reported' })
    const ok = run(
      pc({ recipient: { text: 'Russian military', canonical: 'Russian Armed Forces' }, hedge: 'reported' }),
      withRecipient,
    )
    expect([ok.claimRecipientAccuracy, ok.claimHedgeAccuracy]).toEqual([1, 1])
    const bad = run(pc({ recipient: null }), withRecipient) // hedge missing counts as asserted
    expect([bad.claimRecipientAccuracy, bad.claimHedgeAccuracy]).toEqual([0, 0])
    expect(run(pc({ recipient: null }), g()).claimRecipientAccuracy).toBe(1)
  })

  it('matches each gold claim once, in prediction order', () => {
    const r = score([{ id: 't', text, gold: g(), pred: mkPred({ claims: [pc(), pc()] }) }])
    expect(r.claims).toMatchObject({ tp: 1, np: 2, ng: 1 })
    expect(r.claims.p).toBe(0.5)
  })
})

describe('attributions', () => {
  const quote = 'It looks like, at the moment, Belarus is going to simply support Russia.'
  const text = `He explained: “${quote} They gave up tanks,” Mr Bell said on Sky News.`
  const q = span(text, quote)
  const gold = mkGold({
    entities: [{ text: 'Bell', type: 'PERSON', canonical: 'Sean Bell' }],
    attributions: [
      {
        speaker: 'Sean Bell',
        speaker_text: 'Mr Bell',
        role: null,
        cue: 'explained',
        outlet: 'Sky News',
        quote,
      },
    ],
  })
  const run = (pa: Record<string, unknown>) =>
    score([{ id: 't', text, gold, pred: mkPred({ attributions: [pa] }) }])

  it('needs the quote span to cover at least half of the gold quote, with no upper bound', () => {
    const half = quote.length / 2
    const speaker = { text: 'Bell', canonical: 'Bell' }
    expect(run({ speaker, quote: { start: q.start, end: q.start + half } }).attributions.tp).toBe(1)
    expect(run({ speaker, quote: { start: q.start, end: q.start + half - 1 } }).attributions.tp).toBe(0)
    expect(run({ speaker, quote: { start: 0, end: text.length } }).attributions.tp).toBe(1)
  })

  it('needs the speaker to denote the gold speaker for the full figure', () => {
    const r = run({ speaker: { text: 'Mr Bell', canonical: 'Putin' }, quote: q })
    expect(r.attributions.tp).toBe(0)
    expect(r.attributionQuotesOnly.tp).toBe(1)
    expect(run({ speaker: 'Sean Bell', quote: q }).attributions.tp).toBe(1)
  })
})

describe('boilerplate', () => {
  it('matches a short fragment against whole lines only', () => {
    const text = 'Minsk - the capital - said.\n-\nBody text\n  -  \nEnd'
    const lines = [span(text, '\n-\n'), span(text, '  -  ')].map((s, i) =>
      i === 0 ? { start: s.start + 1, end: s.start + 2 } : { start: s.start + 2, end: s.start + 3 },
    )
    const gold = { boilerplate: ['-'] }
    expect(one(text, gold, { boilerplate: lines }).boilerplateRemoved).toBe(1)
    expect(one(text, gold, { boilerplate: lines.slice(0, 1) }).boilerplateRemoved).toBe(0)
    expect(one(text, gold, {}).boilerplateRemoved).toBe(0)
    // up to three characters use the whole-line rule, longer fragments every occurrence
    const t3 = 'A --- B ---- C\n---\n----\nEnd'
    const line3 = span(t3, '\n---\n')
    const line4 = span(t3, '\n----\n')
    const lone = [
      { start: line3.start + 1, end: line3.end - 1 },
      { start: line4.start + 1, end: line4.end - 1 },
    ]
    expect(one(t3, { boilerplate: [' --- '] }, { boilerplate: lone }).boilerplateRemoved).toBe(1)
    expect(one(t3, { boilerplate: ['----'] }, { boilerplate: lone }).boilerplateRemoved).toBe(0)
    // a fragment that does not occur is not counted
    expect(one(text, { boilerplate: ['Read more: nothing'] }, {}).boilerplateRemoved).toBeNull()
  })

  it('needs every occurrence of a longer fragment to be at least 80% covered', () => {
    const frag = 'Photo: GETTY IMAGES' // 19 chars; 80% = 15.2
    const text = `First para.\n${frag}\nSecond para.\n${frag}\nEnd.`
    const a = span(text, frag)
    const b = span(text, frag, a.end)
    const gold = { boilerplate: [frag] }
    expect(one(text, gold, { boilerplate: [a, b] }).boilerplateRemoved).toBe(1)
    expect(
      one(text, gold, { boilerplate: [a, { start: b.start, end: b.start + 16 }] }).boilerplateRemoved,
    ).toBe(1)
    expect(
      one(text, gold, { boilerplate: [a, { start: b.start, end: b.start + 15 }] }).boilerplateRemoved,
    ).toBe(0)
    // coverage adds up over several spans
    const parts = [a, { start: b.start, end: b.start + 8 }, { start: b.start + 10, end: b.end }]
    expect(one(text, gold, { boilerplate: parts }).boilerplateRemoved).toBe(1)
    expect(one(text, gold, { boilerplate: [a] }).boilerplateRemoved).toBe(0)
    // no text, nothing to locate
    expect(one(null, gold, { boilerplate: [a, b] }).boilerplateRemoved).toBeNull()
    // exactly 80%
    const long = `Caption: ${'x'.repeat(91)}` // 100 chars
    const t2 = `Body.\n${long}\nMore body.`
    const l = span(t2, long)
    expect(
      one(t2, { boilerplate: [long] }, { boilerplate: [{ start: l.start, end: l.start + 80 }] })
        .boilerplateRemoved,
    ).toBe(1)
    expect(
      one(t2, { boilerplate: [long] }, { boilerplate: [{ start: l.start, end: l.start + 79 }] })
        .boilerplateRemoved,
    ).toBe(0)
    // overlapping spans are counted twice, as the reference sums overlaps span by span
    const half = { start: l.start, end: l.start + 40 }
    expect(one(t2, { boilerplate: [long] }, { boilerplate: [half, half] }).boilerplateRemoved).toBe(1)
  })

  it('counts gold evidence and quotes as kept while less than 20% is removed', () => {
    const sentence = 'Belarus sent 90 tanks to Russia.' // 32 chars; 20% = 6.4
    const text = `Read more: elsewhere.\n${sentence}\nEnd.`
    const ev = span(text, sentence)
    const gold = { claims: [claim({ evidence: sentence })] }
    expect(one(text, gold, { boilerplate: [span(text, 'Read more: elsewhere.')] }).articleTextKept).toBe(1)
    expect(
      one(text, gold, { boilerplate: [{ start: ev.start - 5, end: ev.start + 6 }] }).articleTextKept,
    ).toBe(1)
    expect(
      one(text, gold, { boilerplate: [{ start: ev.start - 5, end: ev.start + 7 }] }).articleTextKept,
    ).toBe(0)
    expect(one(text, {}, {}).articleTextKept).toBeNull()
  })

  it('checks text kept at exactly 20% and only on the first occurrence of a sentence', () => {
    const sentence = 'Minsk sent 30 tanks to Russia.' // 30 chars; 20% = 6
    const text = `${sentence}\nBody.\n${sentence}\nEnd.`
    const first = span(text, sentence)
    const second = span(text, sentence, first.end)
    const gold = { claims: [claim({ evidence: sentence })] }
    expect(
      one(text, gold, { boilerplate: [{ start: first.start, end: first.start + 5 }] }).articleTextKept,
    ).toBe(1)
    expect(
      one(text, gold, { boilerplate: [{ start: first.start, end: first.start + 6 }] }).articleTextKept,
    ).toBe(0)
    expect(one(text, gold, { boilerplate: [second] }).articleTextKept).toBe(1)
    // a claim may match either occurrence
    const r = one(text, gold, { claims: [{ relation: 'TRANSFER', agent: 'Belarus', evidence: second }] })
    expect(r.claims.tp).toBe(1)
  })
})

describe('printing and minimums', () => {
  const text = 'Belarus sent 90 tanks to Russia.'
  const r = one(
    text,
    {
      entities: [
        { text: 'Belarus', type: 'GPE', canonical: 'Belarus' },
        { text: 'Russia', type: 'GPE', canonical: 'Russia' },
      ],
      claims: [claim({ evidence: text })],
    },
    {
      entities: [ent('Belarus', 'GPE')],
      claims: [{ relation: 'TRANSFER', agent: 'Belarus', evidence: span(text, text) }],
    },
  )

  it('prints the reference table and summary line', () => {
    const lines = formatReportLines(r)
    expect(lines[0]).toBe('documents: 1')
    expect(lines[1]).toBe(
      'entities (surface+type)            P 1.00  R 0.50  F1 0.67   (1/1 predicted, 2 gold)',
    )
    expect(lines).toContain(
      '  GPE                              P 1.00  R 0.50  F1 0.67   (1/1 predicted, 2 gold)',
    )
    expect(lines).toContain('resolution B3, within document     P 1.00  R 1.00  F1 1.00')
    expect(lines).toContain('  of matched claims: quantity      n/a   recipient 1.00   hedge 1.00')
    expect(lines).toContain('boilerplate removed                n/a   article text kept 1.00')
    expect(lines.at(-1)).toBe(
      'summary: entities F1 0.67 · resolution links F1 0.00 · claims F1 1.00 · attributions F1 0.00 · boilerplate n/a',
    )
    expect(summaryLine(r)).toBe(lines.at(-1))
    const json = formatReportLines(r, { json: true })
    expect(json).toHaveLength(2)
    expect(JSON.parse(json[0]!)).toEqual(JSON.parse(JSON.stringify(r)))
  })

  it('checks minimums as the reference exit status does', () => {
    expect(meetsMinimums(r, {})).toBe(true)
    expect(meetsMinimums(r, { claims: 1, entities: 0.6 })).toBe(true)
    expect(meetsMinimums(r, { entities: 0.7 })).toBe(false)
    expect(unmetMinimums(r, { resolution: 0.1, boilerplate: 0.5 }).map((u) => u.name)).toEqual([
      'resolution',
      'boilerplate',
    ])
  })
})

// ---------- agreement with the reference scorer ----------

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const devDir = path.resolve(repoRoot, '..', 'shared', 'corpus', 'dev')
const scorerPath = path.resolve(repoRoot, '..', 'shared', 'eval', 'score.mjs')
const missing = [devDir, scorerPath].filter((p) => !existsSync(p))
const skipReason = `reference scorer or dev corpus not found (${missing.join(', ')})`

type Json = Record<string, unknown>

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const occurrences = (text: string, needle: string): { start: number; end: number }[] => {
  const out: { start: number; end: number }[] = []
  if (!needle) return out
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    out.push({ start: i, end: i + needle.length })
  return out
}
const wholeLines = (text: string, line: string): { start: number; end: number }[] => {
  const out: { start: number; end: number }[] = []
  let pos = 0
  for (const l of text.split('\n')) {
    if (l.trim() === line)
      out.push({ start: pos + l.indexOf(line), end: pos + l.indexOf(line) + line.length })
    pos += l.length + 1
  }
  return out
}
const arg = (name: string | null, surface?: string | null) =>
  name == null ? null : { text: surface ?? name, canonical: name }

/** The gold annotation as a prediction, with offsets located in the text. */
function goldAsPrediction(text: string, gold: Gold): Json {
  return {
    entities: gold.entities.flatMap((e) => {
      const occ = occurrences(text, e.text).slice(0, 3)
      return (occ.length ? occ : [{ start: 0, end: 0 }]).map((s) => ({ ...e, ...s }))
    }),
    claims: gold.claims.map((c) => ({
      relation: c.relation,
      agent: arg(c.agent),
      recipient: arg(c.recipient),
      item: c.item == null ? null : { text: c.item },
      quantity: c.quantity,
      time: c.time == null ? null : { text: c.time, date: null },
      place: arg(c.place),
      source: arg(c.source),
      hedge: c.hedge,
      evidence: occurrences(text, c.evidence)[0] ?? { start: 0, end: 0 },
    })),
    attributions: gold.attributions.map((a) => ({
      speaker: arg(a.speaker, a.speaker_text),
      cue: a.cue,
      outlet: a.outlet,
      quote: occurrences(text, a.quote)[0] ?? { start: 0, end: 0 },
    })),
    boilerplate: gold.boilerplate.flatMap((b) =>
      b.trim().length <= 3 ? wholeLines(text, b.trim()) : occurrences(text, b),
    ),
  }
}

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FACILITY', 'EQUIPMENT', 'UNIT', 'EVENT']
const RELS = [
  'SUPPLY',
  'TRANSFER',
  'PRODUCE',
  'REPAIR',
  'DEPLOY',
  'MEET',
  'AGREE',
  'ATTACK',
  'EXERCISE',
  'OTHER',
]
const HEDGE_VALUES = ['asserted', 'likely', 'possible', 'denied', 'reported']

/** A perturbed copy of a gold-derived prediction: dropped, altered, duplicated and spurious items. */
function perturb(base: Json, text: string, gold: Gold, seed: number): Json {
  const r = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
  const clone = <T>(x: T): T => structuredClone(x)
  const canonicals = gold.entities.map((e) => e.canonical)
  const randSpan = (len: number) => {
    const start = Math.floor(r() * Math.max(1, text.length - len))
    return { start, end: start + len }
  }
  const reshape = (s: { start: number; end: number }) => {
    const len = s.end - s.start
    const x = r()
    const coin = () => (r() < 0.5 ? 1 : 0)
    // exactly at or just past the thresholds: half the gold span, 1.5 × it + 40
    if (x < 0.08) return { start: s.start, end: s.start + Math.ceil(len / 2) - coin() }
    if (x < 0.14) {
      const k = Math.floor(r() * 20)
      return { start: s.start - k, end: s.start - k + Math.floor(1.5 * len + 40) + coin() }
    }
    if (x < 0.3) return { start: s.start, end: s.start + Math.round(len * (0.3 + 0.7 * r())) }
    if (x < 0.4) return { start: s.end - Math.round(len * (0.3 + 0.7 * r())), end: s.end }
    if (x < 0.5) return { start: s.start - Math.floor(r() * 30), end: s.end + Math.floor(r() * (len + 60)) }
    if (x < 0.6) {
      const d = Math.floor((r() - 0.5) * len * 1.2)
      return { start: s.start + d, end: s.end + d }
    }
    if (x < 0.63) return { start: s.end, end: s.start }
    return s
  }
  const argVariant = (a: unknown): unknown => {
    const x = r()
    if (x < 0.1) return null
    if (x < 0.2) return a && typeof a === 'object' ? (a as Json).canonical : a
    if (x < 0.3) return { text: pick(canonicals) ?? 'Nobody', canonical: pick(canonicals) ?? null }
    if (x < 0.4 && a && typeof a === 'object') {
      const name = (a as Json).canonical
      const surfaces = gold.entities.filter((e) => e.canonical === name).map((e) => e.text)
      return surfaces.length ? { text: pick(surfaces) } : { text: `the ${String(name)}` }
    }
    if (x < 0.45 && a && typeof a === 'object') return { text: `the ${String((a as Json).text)} officials` }
    if (x < 0.5) return { text: '' }
    return a
  }

  const entities: unknown[] = []
  for (const e0 of base.entities as Json[]) {
    const e = clone(e0)
    const x = r()
    if (x < 0.15) continue
    if (x < 0.25) e.type = pick(TYPES)
    else if (x < 0.35) e.canonical = e.text
    else if (x < 0.42) e.canonical = pick(canonicals)
    else if (x < 0.47) delete e.canonical
    else if (x < 0.52)
      e.text = r() < 0.5 ? String(e.text).replace(/'/g, '’').replace(/-/g, '–') : String(e.text).toUpperCase()
    else if (x < 0.55) {
      entities.push(e.text)
      continue
    } else if (x < 0.58) delete e.type
    else if (x < 0.6) e.text = `Mr ${String(e.text)}`
    entities.push(e)
  }
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)?/g)) {
    if (r() < 0.04)
      entities.push({
        text: m[0],
        type: r() < 0.1 ? undefined : pick(TYPES),
        canonical: r() < 0.3 ? pick(canonicals) : m[0],
        start: m.index,
        end: m.index + m[0].length,
      })
  }
  if (r() < 0.5) entities.push(null, { type: 'ORG' })

  const claims: Json[] = []
  for (const c0 of base.claims as Json[]) {
    const c = clone(c0)
    if (r() < 0.15) continue
    if (r() < 0.1) c.relation = pick(RELS)
    c.evidence = reshape(c.evidence as { start: number; end: number })
    c.agent = argVariant(c.agent)
    c.recipient = argVariant(c.recipient)
    const h = r()
    if (h < 0.15) delete c.hedge
    else if (h < 0.3) c.hedge = pick(HEDGE_VALUES)
    const q = c.quantity as Json | null
    const y = r()
    if (q && y < 0.5) {
      const factor = pick([1, 1.004, 0.996, 1.0099, 1.0105, 0.9895, 1.02, 0.98, 0.5])
      for (const f of ['value', 'low', 'high']) if (typeof q[f] === 'number') q[f] = (q[f] as number) * factor
    } else if (q && y < 0.6) c.quantity = { value: q.low ?? q.high ?? q.value, low: null, high: null }
    else if (y < 0.7) c.quantity = null
    else if (y < 0.75) c.quantity = { value: 90, low: null, high: null, unit: 'items', text: '90' }
    claims.push(c)
    if (r() < 0.1) claims.push(clone(c))
  }
  for (let i = Math.floor(r() * 4); i > 0; i--)
    claims.push({
      relation: pick(RELS),
      agent: { text: pick(canonicals) ?? 'X' },
      recipient: null,
      item: { text: 'things' },
      quantity: null,
      hedge: 'asserted',
      evidence: randSpan(40 + Math.floor(r() * 200)),
    })
  if (r() < 0.5) claims.reverse()

  const attributions: Json[] = []
  for (const a0 of base.attributions as Json[]) {
    const a = clone(a0)
    if (r() < 0.15) continue
    a.quote = reshape(a.quote as { start: number; end: number })
    a.speaker = argVariant(a.speaker)
    attributions.push(a)
    if (r() < 0.1) attributions.push(clone(a))
  }
  for (let i = Math.floor(r() * 3); i > 0; i--)
    attributions.push({
      speaker: { text: pick(canonicals) ?? 'X' },
      cue: 'said',
      outlet: null,
      quote: randSpan(80),
    })

  const boilerplate: unknown[] = []
  for (const b of base.boilerplate as { start: number; end: number }[]) {
    const x = r()
    const len = b.end - b.start
    if (x < 0.15) continue
    if (x < 0.3) boilerplate.push({ start: b.start + Math.floor(len * 0.3 * r()), end: b.end })
    else if (x < 0.4)
      boilerplate.push({ start: b.start, end: b.start + Math.ceil(0.8 * len) - (r() < 0.5 ? 1 : 0) })
    else boilerplate.push(b)
    if (r() < 0.1) boilerplate.push(b)
  }
  for (const c of [...(base.claims as Json[]), ...(base.attributions as Json[])]) {
    const s = (c.evidence ?? c.quote) as { start: number; end: number }
    const len = s.end - s.start
    const x = r()
    if (x < 0.05) boilerplate.push({ start: s.start, end: s.start + Math.floor(len * r() * 0.5) })
    else if (x < 0.12)
      boilerplate.push({ start: s.end - Math.ceil(0.2 * len) + (r() < 0.5 ? 1 : 0), end: s.end + 3 })
  }
  if (r() < 0.5) boilerplate.push({ start: 5, end: 5 }, { start: 'a', end: 9 }, { start: 1.5, end: 10 }, null)

  return { entities, claims, attributions, boilerplate }
}

/** Field-by-field equality, numbers to 1e-9; throws naming the first differing path. */
function expectSameJson(actual: unknown, expected: unknown, at = '$'): void {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || !(Math.abs(actual - expected) <= 1e-9))
      throw new Error(`${at}: ${String(actual)} ≠ ${expected}`)
    return
  }
  if (expected === null || typeof expected !== 'object') {
    if (actual !== expected) throw new Error(`${at}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`)
    return
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual) !== Array.isArray(expected))
    throw new Error(`${at}: ${JSON.stringify(actual)} is not like ${JSON.stringify(expected)}`)
  const ek = Object.keys(expected).sort()
  const ak = Object.keys(actual).sort()
  if (ek.join('\u0000') !== ak.join('\u0000')) throw new Error(`${at}: keys ${ak} ≠ ${ek}`)
  for (const k of ek) expectSameJson((actual as Json)[k], (expected as Json)[k], `${at}.${k}`)
}

describe('agreement with ../shared/eval/score.mjs on the dev corpus', () => {
  const tmp = missing.length ? '' : mkdtempSync(path.join(tmpdir(), 'dossier-eval-'))
  afterAll(() => {
    if (tmp && !process.env.KEEP_EVAL_TMP) rmSync(tmp, { recursive: true, force: true })
  })

  /*
   * The reference scorer ends with process.exit(), which drops whatever it has not yet written to
   * a pipe; on a busy machine that cut its verbose report short. Its output goes to a file instead,
   * where Node writes synchronously.
   */
  let runs = 0
  const reference = (goldDir: string, predDir: string, ...flags: string[]) => {
    const out = path.join(tmp, `reference-${++runs}.out`)
    const fd = openSync(out, 'w')
    let run: ReturnType<typeof spawnSync>
    try {
      run = spawnSync(process.execPath, [scorerPath, '--gold', goldDir, '--pred', predDir, ...flags], {
        encoding: 'utf8',
        stdio: ['ignore', fd, 'pipe'],
      })
    } finally {
      closeSync(fd)
    }
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`score.mjs failed (${run.status}): ${String(run.stderr)}`)
    return { status: run.status, stdout: readFileSync(out, 'utf8') }
  }

  /** Writes the prediction set, scores it both ways and compares JSON, table, verbose lines and summary. */
  const agree = (name: string, goldDir: string, preds: Map<string, Json | string | null>) => {
    const predDir = path.join(tmp, name)
    mkdirSync(predDir, { recursive: true })
    for (const [id, p] of preds) {
      if (p === null) continue // no file: scored as empty
      writeFileSync(path.join(predDir, `${id}.json`), typeof p === 'string' ? p : JSON.stringify(p, null, 1))
    }
    const mine = scoreDirectories(goldDir, predDir)
    const ref = reference(goldDir, predDir, '--json')
    const refLines = ref.stdout.trimEnd().split('\n')
    const refSummary = refLines.at(-1)!
    expectSameJson(mine, JSON.parse(refLines.slice(0, -1).join('\n')))
    expect(summaryLine(mine)).toBe(refSummary)
    expect(formatReport(mine, { json: true }) + '\n').toBe(ref.stdout)
    expect(formatReport(mine) + '\n').toBe(reference(goldDir, predDir).stdout)
    const verbose = scoreDirectories(goldDir, predDir, { verbose: true })
    expect(formatReport(verbose, { verbose: true }) + '\n').toBe(
      reference(goldDir, predDir, '--verbose').stdout,
    )
    return { mine, predDir }
  }

  const docs = missing.length ? [] : loadGold(devDir)
  const goldPreds = () => new Map(docs.map((d) => [d.id, goldAsPrediction(d.text!, d.gold)] as const))

  it('agrees on the gold annotation converted to predictions', (ctx) => {
    if (missing.length) ctx.skip(skipReason)
    const { mine } = agree('gold', devDir, goldPreds())
    expect(mine.entities.f).toBe(1)
    expect(mine.claims.f).toBe(1)
    expect(mine.attributions.f).toBe(1)
    expect(mine.documents).toBe(docs.length)
  })

  it('agrees on empty, missing and unreadable predictions', (ctx) => {
    if (missing.length) ctx.skip(skipReason)
    const preds = new Map<string, Json | string | null>(docs.map((d) => [d.id, {}]))
    const ids = docs.map((d) => d.id)
    preds.set(ids[0]!, null)
    preds.set(ids[1]!, '{ not json')
    preds.set(ids[2]!, { entities: 'none', claims: null, attributions: [], boilerplate: [] })
    const { mine } = agree('empty', devDir, preds)
    expect(mine.entities).toMatchObject({ tp: 0, np: 0 })
    expect(mine.claimQuantityAccuracy).toBeNull()
  })

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`agrees on perturbed predictions (seed ${seed})`, (ctx) => {
      if (missing.length) ctx.skip(skipReason)
      const preds = new Map<string, Json>(
        docs.map((d, i) => [
          d.id,
          perturb(goldAsPrediction(d.text!, d.gold), d.text!, d.gold, seed * 101 + i),
        ]),
      )
      const { mine, predDir } = agree(`perturbed-${seed}`, devDir, preds)
      expect(mine.claims.f).toBeGreaterThan(0)
      expect(mine.claims.f).toBeLessThan(1)
      // the exit status of --min-* bounds
      const figures = [mine.entities.f, mine.claims.f, mine.resolutionLinks.f]
      for (const delta of [-0.01, 0.01]) {
        const mins = {
          entities: figures[0]! + delta,
          claims: figures[1]! + delta,
          resolution: figures[2]! - 0.01,
        }
        const ref = reference(
          devDir,
          predDir,
          '--min-entities',
          String(mins.entities),
          '--min-claims',
          String(mins.claims),
          '--min-resolution',
          String(mins.resolution),
        )
        expect(ref.status === 0).toBe(meetsMinimums(mine, mins))
      }
    })
  }

  it('agrees when a gold text is missing', (ctx) => {
    if (missing.length) ctx.skip(skipReason)
    const goldDir = path.join(tmp, 'gold-without-text')
    mkdirSync(goldDir, { recursive: true })
    for (const [i, d] of docs.entries()) {
      writeFileSync(path.join(goldDir, `${d.id}.json`), readFileSync(path.join(devDir, `${d.id}.json`)))
      if (i !== 1)
        writeFileSync(path.join(goldDir, `${d.id}.txt`), readFileSync(path.join(devDir, `${d.id}.txt`)))
    }
    const { mine } = agree('gold-no-text', goldDir, goldPreds())
    expect(mine.claims.f).toBeLessThan(1)
  })
})
