import type { Attribution, Claim, EntityType, Mention } from '../../../model/annotations.js'
import { emptyMeta } from '../../../model/document.js'
import { OffsetMap } from '../../../model/offsets.js'
import type { HedgeCue, RefEntity, Reference } from '../../../reference/load.js'
import type { Doc } from '../../doc.js'
import { segmentText } from '../../segment/index.js'
import { FIXTURE_ENTITIES, FIXTURE_LEXICONS, fixtureReference } from '../entities/test-support.js'
import { parseQuantities } from '../quantities/index.js'
import { parseTimes } from '../times/parse.js'
import { extractClaims } from './index.js'

/**
 * Hand-built documents for the claim tests: the text is segmented for real (tokens and POS come
 * from wink-nlp), while mentions are listed by hand, so a test does not move when the entity
 * rules change. Quantities and times come from their pure parsers.
 */

/** A few hedge cues in the shape of data/lexicons/hedges.tsv, so the tests do not move with the data. */
export const HEDGE_CUES: readonly HedgeCue[] = [
  { expression: 'likely', hedge: 'likely', icd203: 'likely' },
  { expression: 'will likely', hedge: 'likely', icd203: 'likely' },
  { expression: 'most likely', hedge: 'likely', icd203: 'very likely' },
  { expression: 'almost certainly', hedge: 'likely', icd203: 'almost certain' },
  { expression: 'suggest', hedge: 'likely', icd203: null },
  { expression: 'suggests', hedge: 'likely', icd203: null },
  { expression: 'unlikely', hedge: 'denied', icd203: 'unlikely' },
  { expression: 'may', hedge: 'possible', icd203: null },
  { expression: 'might', hedge: 'possible', icd203: null },
  { expression: 'could', hedge: 'possible', icd203: null },
  { expression: 'is ready to', hedge: 'possible', icd203: null },
  { expression: 'ready to', hedge: 'possible', icd203: null },
  { expression: 'willingness to', hedge: 'possible', icd203: null },
  { expression: 'not', hedge: 'denied', icd203: null },
  { expression: 'has not', hedge: 'denied', icd203: null },
  { expression: 'have not', hedge: 'denied', icd203: null },
  { expression: 'no evidence', hedge: 'denied', icd203: null },
  { expression: 'seen no evidence', hedge: 'denied', icd203: null },
  { expression: 'denied', hedge: 'denied', icd203: null },
  { expression: 'reportedly', hedge: 'reported', icd203: null },
  { expression: 'allegedly', hedge: 'reported', icd203: null },
  { expression: 'according to reports', hedge: 'reported', icd203: null },
  { expression: 'media reported', hedge: 'reported', icd203: null },
  { expression: 'have said', hedge: 'reported', icd203: null },
  { expression: 'citing its own sources', hedge: 'reported', icd203: null },
]

const EXTRA_ENTITIES: readonly RefEntity[] = [
  { id: 'european-union', type: 'ORG', name: 'European Union', aliases: ['EU'] },
  { id: 'mzkt', type: 'ORG', name: 'Minsk Wheeled Tractor Plant', aliases: ['MZKT'], country: 'BY' },
  {
    id: 'us-treasury',
    type: 'ORG',
    name: 'U.S. Department of the Treasury',
    aliases: ['US Treasury'],
    country: 'US',
  },
  { id: 'iran', type: 'GPE', name: 'Iran', aliases: [], country: 'IR' },
  { id: 'barysaw', type: 'GPE', name: 'Barysaw', aliases: [], country: 'BY' },
  // made-up numbered plants: "the 412th plant" names the first; 77 is shared, so names neither
  { id: '412-arp', type: 'ORG', name: '412 Armour Repair Plant', aliases: [], country: 'BY' },
  { id: '77-rw', type: 'ORG', name: '77 Radar Repair Plant', aliases: [], country: 'BY' },
  { id: '77-op', type: 'ORG', name: '77th Optics Plant', aliases: [], country: 'BY' },
  { id: 'north-korea', type: 'GPE', name: 'North Korea', aliases: [], country: 'KP' },
  { id: 'su-30', type: 'EQUIPMENT', name: 'Su-30', aliases: ['Su-30SM2'], country: 'RU' },
  { id: 'mzkt-7930', type: 'EQUIPMENT', name: 'MZKT-7930', aliases: [], country: 'BY' },
]

/** The entity tests' fixture reference, with a few more entries and the hedge cues above. */
export const REFERENCE: Reference = (() => {
  const base = fixtureReference([...FIXTURE_ENTITIES, ...EXTRA_ENTITIES])
  return { ...base, lexicons: { ...FIXTURE_LEXICONS, hedges: HEDGE_CUES } }
})()

export interface HandDocOptions {
  readonly outlet?: string | null
  readonly title?: string | null
  readonly attributions?: (text: string) => Attribution[]
  readonly referenceDate?: Date | null
}

/** A mention list entry: surface (every occurrence is marked), type, canonical, and the reference id when it has one. */
export type HandMention = readonly [string, EntityType, string, string?]

/** Builds a document with every layer the claims stage requires. */
export function handDoc(text: string, mentions: readonly HandMention[], options: HandDocOptions = {}): Doc {
  const { sentences, tokens } = segmentText(text, [{ start: 0, end: text.length }])
  const found: Mention[] = []
  for (const [surface, type, canonical, ref] of mentions) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    )
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (found.some((f) => f.start < m!.index + surface.length && m!.index < f.end)) continue
      found.push({
        start: m.index,
        end: m.index + surface.length,
        type,
        canonical,
        ref: ref ?? null,
        rule: 'hand',
      })
    }
  }
  found.sort((a, b) => a.start - b.start)
  const referenceDate = options.referenceDate ?? null
  return {
    id: 'hand',
    text,
    meta: {
      ...emptyMeta,
      outlet: options.outlet === undefined ? 'Test Outlet' : options.outlet,
      title: options.title ?? null,
    },
    referenceDate,
    messages: [],
    layers: {
      clean: { text, map: OffsetMap.identity(text.length) },
      sentences,
      tokens,
      mentions: found,
      quantities: parseQuantities(text),
      times: parseTimes(text, { referenceDate, sentences }),
      attributions: options.attributions?.(text) ?? [],
    },
  }
}

/** Runs the claim extraction over a hand-built document. */
export function claimsOf(
  text: string,
  mentions: readonly HandMention[],
  options: HandDocOptions = {},
): Claim[] {
  return extractClaims(handDoc(text, mentions, options), { reference: REFERENCE })
}

/** A claim reduced to what table tests compare. */
export function brief(c: Claim) {
  return {
    relation: c.relation,
    agent: c.agent?.canonical ?? c.agent?.text ?? null,
    recipient: c.recipient?.canonical ?? c.recipient?.text ?? null,
    item: c.item?.text ?? null,
    quantity: c.quantity?.text ?? null,
    place: c.place?.canonical ?? c.place?.text ?? null,
    hedge: c.hedge,
  }
}

/** Mentions most tests share. */
export const COMMON: readonly HandMention[] = [
  ['Belarus', 'GPE', 'Belarus'],
  ['Russia', 'GPE', 'Russia'],
  ['Ukraine', 'GPE', 'Ukraine'],
  ['Moscow', 'GPE', 'Moscow'],
  ['Minsk', 'GPE', 'Minsk'],
  ['Lukashenko', 'PERSON', 'Alexander Lukashenko'],
  ['Putin', 'PERSON', 'Vladimir Putin'],
  ['Russian army', 'ORG', 'Russian Armed Forces'],
  ['Belarusian military', 'ORG', 'Armed Forces of Belarus'],
  ['T-72B3', 'EQUIPMENT', 'T-72'],
  ['Su-25', 'EQUIPMENT', 'Su-25'],
  ['Iran', 'GPE', 'Iran'],
  ['North Korea', 'GPE', 'North Korea'],
]
