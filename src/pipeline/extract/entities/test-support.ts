import type { EntityType, Mention } from '../../../model/annotations.js'
import type { Lexicons, RefEntity, Reference } from '../../../reference/load.js'
import { normaliseAlias } from '../../../reference/normalise.js'
import { segmentText } from '../../segment/index.js'
import { extractMentions } from './index.js'

/**
 * A small hand-built reference data set for the entity tests, so that they do not move when
 * `data/` grows. It mirrors the shape and conventions of `data/` with a few entries per kind.
 */
const entity = (
  id: string,
  type: EntityType,
  name: string,
  aliases: string[] = [],
  extra: Partial<RefEntity> = {},
): RefEntity => ({ id, type, name, aliases, ...extra })

export const FIXTURE_ENTITIES: readonly RefEntity[] = [
  entity('belarus', 'GPE', 'Belarus', ['Republic of Belarus', 'Беларусь'], { country: 'BY' }),
  entity('russia', 'GPE', 'Russia', ['Russian Federation'], { country: 'RU' }),
  entity('ukraine', 'GPE', 'Ukraine', [], { country: 'UA' }),
  entity('france', 'GPE', 'France', [], { country: 'FR' }),
  entity('united-states', 'GPE', 'United States', ['US', 'U.S.', 'America'], {
    country: 'US',
    ambiguous: ['America'],
  }),
  entity('brest', 'GPE', 'Brest', [], { country: 'BY', ambiguous: ['Brest'] }),
  entity('kyiv', 'GPE', 'Kyiv', ['Kiev'], { country: 'UA' }),
  entity('kyiv-oblast', 'GPE', 'Kyiv Oblast', ['Kyiv region'], { country: 'UA' }),
  entity('moscow', 'GPE', 'Moscow', [], { country: 'RU' }),
  entity(
    'alexander-lukashenko',
    'PERSON',
    'Alexander Lukashenko',
    ['Lukashenko', 'Lukashenka', 'Лукашэнка'],
    {
      country: 'BY',
      roles: ['President of Belarus', 'Belarusian president'],
    },
  ),
  entity('vladimir-putin', 'PERSON', 'Vladimir Putin', ['Putin'], {
    country: 'RU',
    roles: ['President of Russia', 'Russian president'],
  }),
  entity('oleh-zhdanov', 'PERSON', 'Oleh Zhdanov', [], { country: 'UA' }),
  entity('russian-armed-forces', 'ORG', 'Russian Armed Forces', ['Russian military', 'Russian army'], {
    country: 'RU',
  }),
  entity('armed-forces-of-belarus', 'ORG', 'Armed Forces of Belarus', [], { country: 'BY' }),
  entity('armed-forces-of-ukraine', 'ORG', 'Armed Forces of Ukraine', [], { country: 'UA' }),
  entity('uk-ministry-of-defence', 'ORG', 'UK Ministry of Defence', [], { country: 'GB' }),
  entity(
    'general-staff-of-ukraine',
    'ORG',
    'General Staff of the Armed Forces of Ukraine',
    ['Ukrainian General Staff', 'General Staff of Ukraine'],
    { country: 'UA' },
  ),
  entity('kgb-of-belarus', 'ORG', 'KGB of Belarus', ['Belarusian KGB', 'KGB'], {
    country: 'BY',
    ambiguous: ['KGB'],
  }),
  entity('nato', 'ORG', 'NATO', ['North Atlantic Treaty Organization']),
  entity('integral', 'ORG', 'Integral', ['Integral Holding'], { country: 'BY', ambiguous: ['Integral'] }),
  entity('peleng', 'ORG', 'Peleng', [], { country: 'BY', ambiguous: ['Peleng'] }),
  entity('612-armour-repair-plant', 'ORG', '612 Armour Repair Plant', [], { country: 'BY' }),
  entity('t-72', 'EQUIPMENT', 'T-72'),
  entity('t-72b3', 'EQUIPMENT', 'T-72B3', [], { parent: 't-72' }),
  entity('su-25', 'EQUIPMENT', 'Su-25'),
  entity('mi-8', 'EQUIPMENT', 'Mi-8'),
  entity('mi-17', 'EQUIPMENT', 'Mi-17'),
  entity('akm', 'EQUIPMENT', 'AKM'),
  entity('ural-4320', 'EQUIPMENT', 'Ural truck', ['Ural-4320', 'Ural'], { ambiguous: ['Ural'] }),
  entity('sosna-u', 'EQUIPMENT', 'Sosna-U'),
  entity('the-wall-street-journal', 'ORG', 'The Wall Street Journal', ['Wall Street Journal']),
]

export const FIXTURE_LEXICONS: Lexicons = {
  titles: [
    { title: 'Mr', kind: 'honorific' },
    { title: 'President', kind: 'office' },
    { title: 'Prime Minister', kind: 'office' },
    { title: 'Air Vice-Marshal', kind: 'rank' },
    { title: 'General', kind: 'rank' },
    { title: 'military expert', kind: 'role' },
    { title: 'expert', kind: 'role' },
    { title: 'spokesman', kind: 'role' },
  ],
  speechCues: [
    { cue: 'said', kind: 'say', example: 'x' },
    { cue: 'believes', kind: 'belief', example: 'x' },
    { cue: 'notes', kind: 'say', example: 'x' },
    { cue: 'according to', kind: 'according', example: 'x' },
  ],
  hedges: [],
  units: [],
  orgSuffixes: [
    { suffix: 'Plant', type: 'ORG' },
    { suffix: 'Ministry', type: 'ORG' },
    { suffix: 'Committee', type: 'ORG' },
    { suffix: 'Institute', type: 'ORG' },
    { suffix: 'Bureau', type: 'ORG' },
    { suffix: 'Office', type: 'ORG' },
    { suffix: 'PMC', type: 'ORG' },
    { suffix: 'Regiment', type: 'UNIT' },
    { suffix: 'Brigade', type: 'UNIT' },
    { suffix: 'Forum', type: 'EVENT' },
    { suffix: 'Airfield', type: 'FACILITY' },
    { suffix: 'Station', type: 'FACILITY' },
    { suffix: 'Range', type: 'FACILITY' },
    { suffix: 'Training Ground', type: 'FACILITY' },
    { suffix: 'Authority', type: 'ORG' },
    { suffix: 'General Staff', type: 'ORG' },
  ],
  legalForms: [
    { form: 'OJSC', expansion: 'open joint-stock company' },
    { form: 'JSC', expansion: 'joint-stock company' },
  ],
  firstNames: new Set(['Alexander', 'Vladimir', 'Sean', 'Oleg', 'Gennady', 'Mikhail', 'Maria']),
  demonyms: [
    { adjective: 'Belarusian', country: 'Belarus' },
    { adjective: 'Russian', country: 'Russia' },
    { adjective: 'Ukrainian', country: 'Ukraine' },
    { adjective: 'French', country: 'France' },
  ],
  forceNouns: [
    { noun: 'military', tag: 'org' },
    { noun: 'army', tag: 'org' },
    { noun: 'armed forces', tag: 'org' },
    { noun: 'forces', tag: 'org' },
    { noun: 'troops', tag: 'none' },
    { noun: 'soldiers', tag: 'none' },
  ],
}

/** The fixture as a `Reference`, built like `loadReference` builds one. */
export function fixtureReference(entities: readonly RefEntity[] = FIXTURE_ENTITIES): Reference {
  const byAlias = new Map<string, RefEntity[]>()
  for (const e of entities) {
    for (const k of new Set([e.name, ...e.aliases].map(normaliseAlias)))
      byAlias.set(k, [...(byAlias.get(k) ?? []), e])
  }
  return {
    dataDir: '(fixture)',
    entities,
    byId: new Map(entities.map((e) => [e.id, e])),
    byAlias,
    lexicons: FIXTURE_LEXICONS,
    placeAliases: [{ alias: 'Gomel', geonames: "Homyel'", country: 'BY', kind: 'city' }],
  }
}

const reference = fixtureReference()

export interface Found {
  readonly text: string
  readonly type: string
  readonly canonical: string
  readonly ref: string | null
  readonly role?: string
}

/** Runs the entity stage (segmentation included) on a hand-written text with the fixture data. */
export function mentionsOf(text: string, ref: Reference = reference): Found[] {
  const { sentences, tokens } = segmentText(text, [{ start: 0, end: text.length }])
  return extractMentions({ text, sentences, tokens }, { reference: ref }).map((m: Mention) => {
    const f: Found = { text: text.slice(m.start, m.end), type: m.type, canonical: m.canonical, ref: m.ref }
    return m.role ? { ...f, role: m.role } : f
  })
}

/** `[surface, type]` pairs of the mentions of a text. */
export const typed = (text: string): [string, string][] => mentionsOf(text).map((m) => [m.text, m.type])
