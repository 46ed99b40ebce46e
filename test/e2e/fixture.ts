/**
 * Hand-built evidence for the API and browser tests: three short articles written for these
 * tests, with mentions, attributions and claims placed by searching the text, saved through the
 * store's own `saveDocument`. They exercise every part of the workbench (claims with quantities
 * and dates, a speaker with a quote, places for the map, a stray tag that must stay text)
 * whatever the extraction pipeline currently produces.
 */
import { createHash } from 'node:crypto'
import { analyzePending } from '../../src/analyze/update.js'
import { minhashSignature } from '../../src/ingest/dedupe.js'
import type {
  Attribution,
  Claim,
  EntityType,
  Hedge,
  Mention,
  Quantity,
  Relation,
  RoleValue,
  TimeValue,
} from '../../src/model/annotations.js'
import { OffsetMapBuilder } from '../../src/model/offsets.js'
import type { DocumentRecord } from '../../src/model/record.js'
import type { Span } from '../../src/model/span.js'
import type { Store } from '../../src/store/index.js'

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

/** The span of the `nth` occurrence of `needle` in `text` (throws when absent: a broken fixture). */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`fixture: "${needle}" (#${nth}) not in text`)
  }
  return { start: at, end: at + needle.length }
}

type MentionSpec = readonly [surface: string, type: EntityType, canonical: string, nth?: number]

interface ClaimSpec {
  readonly relation: Relation
  readonly evidence: string
  readonly agent?: readonly [string, string]
  readonly recipient?: readonly [string, string]
  readonly item?: string
  readonly quantity?: readonly [text: string, low: number, high: number | null, unit: string | null]
  readonly time?: readonly [text: string, date: string, precision: TimeValue['precision']]
  readonly place?: readonly [string, string]
  readonly source?: readonly [string, string]
  readonly hedge?: Hedge
  readonly attribution?: string
}

interface AttributionSpec {
  readonly id: string
  readonly speaker: readonly [string, string]
  readonly cue: string
  readonly quote: string
  readonly outlet?: string
}

interface ArticleSpec {
  readonly text: string
  readonly title: string
  readonly outlet: string
  readonly published: string
  readonly mentions: readonly MentionSpec[]
  readonly attributions?: readonly AttributionSpec[]
  readonly claims?: readonly ClaimSpec[]
}

function article(spec: ArticleSpec): DocumentRecord {
  const { text } = spec
  const id = sha256(text)
  const role = ([surface, canonical]: readonly [string, string]): RoleValue => ({
    text: surface,
    canonical,
    span: find(text, surface),
  })
  const builder = new OffsetMapBuilder(text)
  builder.copy(0, text.length)
  const clean = builder.build()
  const sentences: Span[] = []
  for (const m of text.matchAll(/[^.!?\n]+[.!?]?/g)) {
    const s = m[0].trim()
    if (!s) continue
    const start = m.index + m[0].indexOf(s)
    sentences.push({ start, end: start + s.length })
  }
  const mentions: Mention[] = spec.mentions.map(([surface, type, canonical, nth = 0]) => ({
    ...find(text, surface, nth),
    type,
    canonical,
    ref: null,
    rule: 'fixture',
  }))
  mentions.sort((a, b) => a.start - b.start)
  const attributions: Attribution[] = (spec.attributions ?? []).map((a) => ({
    id: a.id,
    speaker: role(a.speaker),
    role: null,
    cue: a.cue,
    cueSpan: find(text, a.cue),
    outlet: a.outlet ?? null,
    quote: find(text, a.quote),
  }))
  const claims: Claim[] = (spec.claims ?? []).map((c, i) => {
    const quantity: Quantity | null = c.quantity
      ? {
          value: c.quantity[2] === null ? null : c.quantity[1],
          low: c.quantity[1],
          high: c.quantity[2],
          unit: c.quantity[3],
          text: c.quantity[0],
          span: find(text, c.quantity[0]),
        }
      : null
    const time: TimeValue | null = c.time
      ? { text: c.time[0], span: find(text, c.time[0]), date: c.time[1], precision: c.time[2] }
      : null
    return {
      id: sha256(`${id}|${c.relation}|${i}`).slice(0, 24),
      relation: c.relation,
      agent: c.agent ? role(c.agent) : null,
      recipient: c.recipient ? role(c.recipient) : null,
      item: c.item ? role([c.item, c.item]) : null,
      quantity,
      time,
      place: c.place ? role(c.place) : null,
      source: c.source ? role(c.source) : null,
      hedge: c.hedge ?? 'asserted',
      evidence: find(text, c.evidence),
      ...(c.attribution ? { attribution: c.attribution } : {}),
    }
  })
  return {
    source: {
      id,
      raw: text,
      text,
      format: 'txt',
      origin: `fixtures/${spec.title.toLowerCase().replace(/\W+/g, '-')}.txt`,
      meta: { title: spec.title, outlet: spec.outlet, url: null, published: spec.published, language: 'eng' },
      messages: [],
    },
    clean,
    boilerplate: [],
    sentences,
    mentions,
    claims,
    attributions,
    messages: [],
    signature: minhashSignature(clean.text),
    copyOf: null,
  }
}

/** A stray tag the scraper left in the text: the UI must show it as characters. */
export const STRAY_TAG = '<img src=x onerror="document.title=\'pwned\'">'

export const ARTICLES: readonly ArticleSpec[] = [
  {
    title: 'Minsk sends tanks east',
    outlet: 'Baltic Ledger',
    published: '2023-04-12',
    text:
      'Belarus handed over 20 T-72 tanks to Russia in March 2023, according to the monitoring group Hajun. ' +
      'Alexander Lukashenko said on state television that "the plant in Barysaw will repair Russian equipment". ' +
      `The shipment left from Minsk. ${STRAY_TAG}\n`,
    mentions: [
      ['Belarus', 'GPE', 'Belarus'],
      ['T-72', 'EQUIPMENT', 'T-72'],
      ['Russia', 'GPE', 'Russia'],
      ['Hajun', 'ORG', 'Hajun'],
      ['Alexander Lukashenko', 'PERSON', 'Alexander Lukashenko'],
      ['Barysaw', 'GPE', 'Barysaw'],
      ['Minsk', 'GPE', 'Minsk'],
    ],
    attributions: [
      {
        id: 'a1',
        speaker: ['Alexander Lukashenko', 'Alexander Lukashenko'],
        cue: 'said',
        quote: 'the plant in Barysaw will repair Russian equipment',
        outlet: 'state television',
      },
    ],
    claims: [
      {
        relation: 'TRANSFER',
        evidence:
          'Belarus handed over 20 T-72 tanks to Russia in March 2023, according to the monitoring group Hajun.',
        agent: ['Belarus', 'Belarus'],
        recipient: ['Russia', 'Russia'],
        item: 'T-72 tanks',
        quantity: ['20', 20, 20, null],
        time: ['in March 2023', '2023-03', 'month'],
        source: ['Hajun', 'Hajun'],
        hedge: 'reported',
      },
      {
        relation: 'REPAIR',
        evidence: 'the plant in Barysaw will repair Russian equipment',
        agent: ['the plant in Barysaw', 'Barysaw'],
        item: 'Russian equipment',
        place: ['Barysaw', 'Barysaw'],
        source: ['Alexander Lukashenko', 'Alexander Lukashenko'],
        attribution: 'a1',
      },
    ],
  },
  {
    title: 'Hajun counts thirty tanks',
    outlet: 'Eastern Courier',
    published: '2023-05-02',
    text:
      'Hajun reported that Belarus handed over 30 T-72 tanks to Russia in March 2023. ' +
      'Russian forces also deployed Iskander launchers near Brest in 2022, the group added.\n',
    mentions: [
      ['Hajun', 'ORG', 'Hajun'],
      ['Belarus', 'GPE', 'Belarus'],
      ['T-72', 'EQUIPMENT', 'T-72'],
      ['Russia', 'GPE', 'Russia'],
      ['Iskander', 'EQUIPMENT', 'Iskander'],
      ['Brest', 'GPE', 'Brest'],
    ],
    claims: [
      {
        relation: 'TRANSFER',
        evidence: 'Hajun reported that Belarus handed over 30 T-72 tanks to Russia in March 2023.',
        agent: ['Belarus', 'Belarus'],
        recipient: ['Russia', 'Russia'],
        item: 'T-72 tanks',
        quantity: ['30', 30, 30, null],
        time: ['in March 2023', '2023-03', 'month'],
        source: ['Hajun', 'Hajun'],
        hedge: 'reported',
      },
      {
        relation: 'DEPLOY',
        evidence: 'Russian forces also deployed Iskander launchers near Brest in 2022, the group added.',
        agent: ['Russian forces', 'Russia'],
        item: 'Iskander launchers',
        place: ['Brest', 'Brest'],
        time: ['in 2022', '2022', 'year'],
        hedge: 'reported',
      },
    ],
  },
  {
    title: 'Leaders meet in Sochi',
    outlet: 'Daily Wire Service',
    published: '2022-09-16',
    text:
      'Alexander Lukashenko met Vladimir Putin in Sochi on 15 September 2022 to discuss joint exercises. ' +
      'Lukashenko told reporters that Belarus "will never send troops" into Ukraine.\n',
    mentions: [
      ['Alexander Lukashenko', 'PERSON', 'Alexander Lukashenko'],
      ['Vladimir Putin', 'PERSON', 'Vladimir Putin'],
      ['Sochi', 'GPE', 'Sochi'],
      ['Lukashenko', 'PERSON', 'Alexander Lukashenko', 1],
      ['Belarus', 'GPE', 'Belarus'],
      ['Ukraine', 'GPE', 'Ukraine'],
    ],
    attributions: [
      {
        id: 'a1',
        speaker: ['Lukashenko told', 'Alexander Lukashenko'],
        cue: 'told reporters',
        quote: 'Belarus "will never send troops" into Ukraine',
      },
    ],
    claims: [
      {
        relation: 'MEET',
        evidence:
          'Alexander Lukashenko met Vladimir Putin in Sochi on 15 September 2022 to discuss joint exercises.',
        agent: ['Alexander Lukashenko', 'Alexander Lukashenko'],
        recipient: ['Vladimir Putin', 'Vladimir Putin'],
        place: ['Sochi', 'Sochi'],
        time: ['on 15 September 2022', '2022-09-15', 'day'],
      },
    ],
  },
]

export const fixtureRecords = (): DocumentRecord[] => ARTICLES.map(article)

/** Saves the fixture articles; returns their records. */
export async function seedStore(store: Store): Promise<DocumentRecord[]> {
  const records = fixtureRecords()
  for (const r of records) await store.saveDocument(r)
  await analyzePending(store.sql)
  return records
}

/**
 * The stored entity a fixture mention was linked to (entity resolution decides the id; the
 * fixture does not guess it).
 */
export async function fixtureEntity(store: Store, canonical: string): Promise<string> {
  const ids = fixtureRecords().map((r) => r.source.id)
  const r = await store.sql.query<{ entity_id: string }>(
    'SELECT DISTINCT entity_id FROM mentions WHERE doc_id = ANY($1::text[]) AND canonical = $2',
    [ids, canonical],
  )
  if (r.rows.length !== 1) throw new Error(`fixture: ${r.rows.length} entities for "${canonical}"`)
  return r.rows[0]!.entity_id
}
