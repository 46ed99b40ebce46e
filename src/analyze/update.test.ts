/**
 * Clusters, origins, contradictions and grades over hand-built documents (invented sentences in
 * the style of the reporting, not copied from any article), saved through the store on both
 * engines.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { pgUnavailableReason, startPostgres } from '../../test/support/pg-cluster.js'
import { freshPgliteDir } from '../../test/support/pglite-store.js'
import { openStore, type Store } from '../store/index.js'
import { clusterDetail, listClusters, listContradictions } from './read.js'
import { type DocSpec, recordOf } from './test-support.js'
import { timeline } from './timeline.js'
import { analyzeDocument } from './update.js'

const HAJUN_65 =
  'According to the Hajun project, Belarus handed Russia more than 65,000 tons of ammunition in 2022.'

const docs = {
  wire: {
    outlet: 'Baltic Wire',
    published: '2022-11-04',
    text: `Belarus keeps arming Moscow. ${HAJUN_65} Officials in Minsk declined to comment.`,
    claims: [
      {
        relation: 'TRANSFER',
        evidence: HAJUN_65,
        agent: 'Belarus',
        recipient: 'Russia',
        item: 'ammunition',
        quantity: [null, 65000, null, 'tons', 'more than 65,000 tons'],
        time: ['in 2022', '2022', 'year'],
        speaker: 'Hajun',
      },
    ],
  },
  repostOtherOutlet: {
    outlet: 'Eastern Europe Today',
    published: '2022-11-05',
    text: `Minsk is a quiet arsenal. ${HAJUN_65} The figure could not be verified independently.`,
    claims: [
      {
        relation: 'TRANSFER',
        evidence: HAJUN_65,
        agent: 'Belarus',
        recipient: 'Russia',
        item: 'ammunition',
        quantity: [null, 65000, null, 'tons', 'more than 65,000 tons'],
        time: ['in 2022', '2022', 'year'],
        speaker: 'Hajun',
      },
    ],
  },
  ukMod: {
    outlet: 'Northern Front Review',
    published: '2022-12-01',
    text: 'The UK Ministry of Defence said Lukashenko had sent Russia 65,000 tons of shells during 2022. It gave no source.',
    claims: [
      {
        relation: 'TRANSFER',
        evidence:
          'The UK Ministry of Defence said Lukashenko had sent Russia 65,000 tons of shells during 2022.',
        agent: ['Lukashenko', 'Alexander Lukashenko'],
        recipient: 'Russia',
        item: 'shells',
        quantity: [65000, null, null, 'tons', '65,000 tons'],
        time: ['during 2022', '2022', 'year'],
        speaker: 'UK Ministry of Defence',
      },
    ],
  },
  typo: {
    outlet: 'Daily Clarion',
    published: '2022-11-20',
    text: 'Monitors say Belarus gave Russia 56,000 tons of ammunition in 2022, a staggering amount.',
    claims: [
      {
        relation: 'TRANSFER',
        evidence: 'Monitors say Belarus gave Russia 56,000 tons of ammunition in 2022, a staggering amount.',
        agent: 'Belarus',
        recipient: 'Russia',
        item: 'ammunition',
        quantity: [56000, null, null, 'tons', '56,000 tons'],
        time: ['in 2022', '2022', 'year'],
        speaker: 'Belaruski Hajun',
      },
    ],
  },
  tanks90: {
    outlet: 'Siver News',
    published: '2023-01-10',
    text: 'Belarus has given Russia 90 tanks, a defence ministry official in Kyiv said.',
    claims: [
      {
        relation: 'TRANSFER',
        evidence: 'Belarus has given Russia 90 tanks, a defence ministry official in Kyiv said.',
        agent: 'Belarus',
        recipient: 'Russia',
        item: 'tanks',
        quantity: [90, null, null, 'items', '90 tanks'],
        speaker: 'Ministry of Defence of Ukraine',
      },
    ],
  },
  tanksHundreds: {
    outlet: 'Vistula Observer',
    published: '2023-02-01',
    text: 'Hundreds of T-72A tanks went from Belarus to Russia, Oryx counted.',
    claims: [
      {
        relation: 'TRANSFER',
        evidence: 'Hundreds of T-72A tanks went from Belarus to Russia, Oryx counted.',
        agent: 'Belarus',
        recipient: 'Russia',
        item: 'T-72A tanks',
        quantity: [null, 200, null, 'items', 'Hundreds of T-72A tanks'],
        speaker: 'Oryx',
      },
    ],
  },
  joined: {
    outlet: 'Daily Clarion',
    published: '2023-03-01',
    text: 'The Belarusian army has joined the war against Ukraine, the tabloid claims.',
    claims: [
      {
        relation: 'OTHER',
        evidence: 'The Belarusian army has joined the war against Ukraine, the tabloid claims.',
        agent: ['Belarusian army', 'Armed Forces of Belarus'],
        recipient: 'Ukraine',
        item: 'joined the war',
      },
    ],
  },
  notJoined: {
    outlet: 'Baltic Wire',
    published: '2023-03-02',
    text: 'Belarusian troops have not joined the war against Ukraine, the Pentagon said.',
    claims: [
      {
        relation: 'OTHER',
        evidence: 'Belarusian troops have not joined the war against Ukraine, the Pentagon said.',
        agent: ['Belarusian troops', 'Belarus'],
        recipient: 'Ukraine',
        item: 'joined the war',
        hedge: 'denied',
        speaker: 'Pentagon',
      },
    ],
  },
} satisfies Record<string, DocSpec>

const engines = [
  {
    name: 'pglite',
    unavailable: null as string | null,
    async open() {
      const tmp = await freshPgliteDir()
      const store = await openStore({ dataDir: tmp.dataDir })
      return { store, teardown: async () => tmp.remove(), another: null }
    },
  },
  {
    name: 'postgres',
    unavailable: pgUnavailableReason(),
    async open() {
      const pg = await startPostgres()
      const store = await openStore({ databaseUrl: pg.url })
      return { store, teardown: () => pg.stop(), another: () => openStore({ databaseUrl: pg.url }) }
    },
  },
]

describe.each(engines)('cross-document analysis on $name', (engine) => {
  if (engine.unavailable) {
    it.skip(`SKIPPED: ${engine.unavailable}`, () => {})
    return
  }
  let store: Store
  let teardown: () => Promise<void>
  let another: (() => Promise<Store>) | null
  beforeAll(async () => {
    ;({ store, teardown, another } = await engine.open())
  }, 60_000)
  afterAll(async () => {
    await store?.close()
    await teardown?.()
  })
  beforeEach(async () => {
    await store.sql.exec('TRUNCATE documents, entities, analysis_clusters CASCADE')
  })

  async function add(spec: DocSpec, copyOf?: string): Promise<string> {
    const record = recordOf({ ...spec, copyOf: copyOf ?? null })
    await store.saveDocument(record)
    await analyzeDocument(store.sql, record.source.id)
    return record.source.id
  }

  it('counts a figure repeated by two outlets from one origin as one independent origin', async () => {
    await add(docs.wire)
    await add(docs.repostOtherOutlet)
    const [c, ...rest] = await listClusters(store.sql)
    expect(rest).toHaveLength(0)
    expect(c).toMatchObject({
      relation: 'TRANSFER',
      label: 'Belarus TRANSFER Russia: ammunition',
      members: 2,
      outlets: 2,
      origins: 1,
    })
    const detail = await clusterDetail(store.sql, c!.id)
    expect(detail?.originList.map((o) => o.label)).toEqual(['Belarusian Hajun'])
    expect(detail?.grade?.code).toBe('B3')
    expect(detail?.grade?.reasons.join('\n')).toMatch(
      /one independent origin \(Belarusian Hajun\), repeated in 2 claims/,
    )
  })

  it('counts a syndicated copy asserting in its own voice once, with the origin of the copied outlet', async () => {
    const own = {
      outlet: 'Baltic Wire',
      text: 'Belarus sent Russia 40 trucks of spare parts in May 2023 via Smolensk.',
      claims: [
        {
          relation: 'SUPPLY',
          evidence: 'Belarus sent Russia 40 trucks of spare parts in May 2023 via Smolensk.',
          agent: 'Belarus',
          recipient: 'Russia',
          item: 'spare parts',
          time: ['in May 2023', '2023-05', 'month'],
        },
      ],
    } satisfies DocSpec
    const first = await add(own)
    await add({ ...own, outlet: 'Eastern Europe Today', text: `${own.text} Source: Baltic Wire.` }, first)
    const [c] = await listClusters(store.sql)
    expect(c).toMatchObject({ members: 2, outlets: 2, origins: 1 })
    const detail = await clusterDetail(store.sql, c!.id)
    expect(detail?.originList[0]).toMatchObject({ label: 'Baltic Wire', members: 2 })
    expect(detail?.memberList.map((m) => m.reasons.join(' ')).join(' ')).toMatch(
      /copies one from Baltic Wire/,
    )
  })

  it('counts two different origins twice, folding Lukashenko into Belarus and shells into ammunition', async () => {
    await add(docs.wire)
    await add(docs.repostOtherOutlet)
    await add(docs.ukMod)
    const clusters = await listClusters(store.sql)
    expect(clusters).toHaveLength(1)
    expect(clusters[0]).toMatchObject({ members: 3, outlets: 3, origins: 2, contradictions: 0 })
    const detail = await clusterDetail(store.sql, clusters[0]!.id)
    expect(detail?.originList.map((o) => o.label).sort()).toEqual([
      'Belarusian Hajun',
      'UK Ministry of Defence',
    ])
    expect(detail?.grade).toMatchObject({ code: 'B1', likelihood: 'very likely' })
    expect(detail?.memberList.flatMap((m) => m.reasons).join('\n')).toMatch(
      /Alexander Lukashenko read as Belarus: head of state/,
    )
  })

  it('reports conflicting quantities with the difference and flags a near-equal figure as a possible typo', async () => {
    await add(docs.ukMod)
    await add(docs.typo)
    const contradictions = await listContradictions(store.sql)
    expect(contradictions).toHaveLength(1)
    const [x] = contradictions
    expect(x).toMatchObject({ kind: 'quantity', label: 'Belarus TRANSFER Russia: ammunition' })
    expect(x!.description).toMatch(
      /"56,000 tons" \[56,000–56,000 tons\] vs "65,000 tons" \[65,000–65,000 tons\]: apart by 9,000 tons \(16% higher\)/,
    )
    expect(x!.possibleTypo).toBe('digits 65 transposed')
    expect(x!.claims.map((c) => c.evidenceText).sort()).toEqual(
      [docs.typo.claims[0]!.evidence, docs.ukMod.claims[0]!.evidence].sort(),
    )
    // "more than 65,000" agrees with "65,000": no second contradiction when it arrives
    await add(docs.wire)
    expect(await listContradictions(store.sql)).toHaveLength(2) // 56,000 vs more than 65,000 as well
    const again = await listContradictions(store.sql)
    expect(again.every((c) => c.description.includes('56,000'))).toBe(true)
  })

  it('reports "90 tanks" against "hundreds of T-72A tanks" as a contradiction', async () => {
    await add(docs.tanks90)
    await add(docs.tanksHundreds)
    const clusters = await listClusters(store.sql)
    expect(clusters).toHaveLength(1)
    expect(clusters[0]!.label).toBe('Belarus TRANSFER Russia: tank')
    const [x] = await listContradictions(store.sql)
    expect(x).toMatchObject({ kind: 'quantity', possibleTypo: null })
    expect(x!.description).toMatch(
      /"90 tanks" \[90–90 items\] vs "Hundreds of T-72A tanks" \[200–∞ items\]: apart by 110 items/,
    )
    const detail = await clusterDetail(store.sql, clusters[0]!.id)
    expect(detail?.grade?.credibility).toBe(4)
  })

  it('reports "have not joined" against "joined" as a polarity contradiction', async () => {
    await add(docs.joined)
    await add(docs.notJoined)
    const [x] = await listContradictions(store.sql)
    expect(x).toMatchObject({ kind: 'polarity' })
    expect(x!.description).toMatch(/denies/)
    expect(x!.claims.map((c) => c.hedge).sort()).toEqual(['asserted', 'denied'])
  })

  it('orders the timeline by event time with its precision, and keeps the report time apart', async () => {
    const meet = (day: string, text: string, outlet: string, published: string) =>
      ({
        outlet,
        published,
        text,
        claims: [
          {
            relation: 'MEET',
            evidence: text,
            agent: ['Putin', 'Vladimir Putin'],
            recipient: ['Lukashenko', 'Alexander Lukashenko'],
            time: [
              day.length === 10 ? `on ${day}` : `in ${day}`,
              day,
              day.length === 10 ? 'day' : day.length === 7 ? 'month' : 'year',
            ],
          },
        ],
      }) satisfies DocSpec
    await add(
      meet(
        '2022-09-14',
        'Putin met Lukashenko in Sochi on 14 September 2022, officials said.',
        'Baltic Wire',
        '2023-01-05',
      ),
    )
    await add(
      meet(
        '2022-09-16',
        'Putin and Lukashenko held talks on 16 September 2022 in Sochi.',
        'Siver News',
        '2022-09-17',
      ),
    )
    await add(
      meet('2022-02', 'Putin received Lukashenko in February 2022.', 'Vistula Observer', '2022-03-01'),
    )
    await add(meet('2022', 'Putin and Lukashenko met eight times in 2022.', 'Daily Clarion', '2023-02-01'))
    await add({
      outlet: 'Daily Clarion',
      published: '2023-05-01',
      text: 'Belarus sent Russia fuel in May 2022 and later. Nobody knows when the rest left.',
      claims: [
        {
          relation: 'SUPPLY',
          evidence: 'Belarus sent Russia fuel in May 2022 and later.',
          agent: 'Belarus',
          recipient: 'Russia',
          item: 'fuel',
          time: ['in May 2022', '2022-05', 'month'],
        },
        {
          relation: 'SUPPLY',
          evidence: 'Nobody knows when the rest left.',
          agent: 'Belarus',
          recipient: 'Russia',
          item: 'fuel',
          time: ['when', null, 'unresolved'],
        },
      ],
    })
    const t = await timeline(store.sql, { about: 'Lukashenka' })
    expect(t.events.map((e) => [e.date, e.end, e.precision, e.reported])).toEqual([
      ['2022-01-01', '2022-12-31', 'year', '2023-02-01'],
      ['2022-02-01', '2022-02-28', 'month', '2022-03-01'],
      ['2022-09-14', '2022-09-14', 'day', '2023-01-05'],
      ['2022-09-16', '2022-09-16', 'day', '2022-09-17'],
    ])
    const all = await timeline(store.sql)
    expect(all.events.find((e) => e.relation === 'SUPPLY')).toMatchObject({
      date: '2022-05-01',
      precision: 'month',
      reported: '2023-05-01',
    })
    expect(all.undated).toBe(1)
    // two days apart: one meeting reported with different dates
    const dates = (await listContradictions(store.sql)).filter((x) => x.kind === 'date')
    expect(dates).toHaveLength(1)
    expect(dates[0]!.description).toMatch(/dates differ: 2022-09-14 vs 2022-09-16, 2 days apart/)
  })

  // workers share a PostgreSQL server; PGlite has one connection
  it.runIf(engine.name === 'postgres')(
    'files claims from concurrent workers into one cluster, counting every member once',
    async () => {
      const second = await another!()
      try {
        const specs = Array.from({ length: 12 }, (_, i) => ({
          ...docs.wire,
          outlet: i % 2 ? 'Baltic Wire' : 'Eastern Europe Today',
          text: `${docs.wire.text} Dispatch ${i}.`,
        }))
        const records = specs.map((spec) => recordOf(spec))
        for (const r of records) await store.saveDocument(r)
        // two workers analyse interleaved documents at the same time
        await Promise.all([
          (async () => {
            for (const r of records.filter((_, i) => i % 2 === 0))
              await analyzeDocument(store.sql, r.source.id)
          })(),
          (async () => {
            for (const r of records.filter((_, i) => i % 2 === 1))
              await analyzeDocument(second.sql, r.source.id)
          })(),
        ])
        const clusters = await listClusters(store.sql)
        expect(clusters).toHaveLength(1)
        expect(clusters[0]).toMatchObject({ members: 12, outlets: 2, origins: 1 })
      } finally {
        await second.close()
      }
    },
  )

  it('is idempotent: analysing a document twice changes nothing', async () => {
    const id = await add(docs.wire)
    const again = await analyzeDocument(store.sql, id)
    expect(again.analysed).toBe(false)
    const [c] = await listClusters(store.sql)
    expect(c!.members).toBe(1)
  })
})
