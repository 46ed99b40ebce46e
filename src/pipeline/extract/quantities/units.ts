import { isDash, type Tok, touches } from './tokens.js'

/*
 * What a number counts or measures. The table lives here rather than being read from
 * data/lexicons/units.tsv because a stage must stay pure (no file reads at run time); it follows
 * that lexicon's normalisation (surface → unit × factor) and the scorer's closed list of units
 * (see the corpus README): items, troops, persons, entities, tons, percent, miles, km,
 * USD/EUR/RUB, types, battalions. Outside that list, other formations (brigades, regiments,
 * divisions) and other currencies (BYN, UAH, GBP, CNY) keep their own names.
 */

/**
 * Units that must follow the number directly ("65 thousand tons", "90 percent"), no modifiers
 * between, with the factor into the normalised unit ("500 kg" → 0.5 tons, "800 metres" → 0.8 km).
 */
const MEASURES: readonly (readonly [string, readonly string[], number])[] = [
  ['percent', ['percent', 'per cent', 'pct', '%', 'percentage points', 'percentage point', 'процентов'], 1],
  [
    'tons',
    [
      'tons',
      'tonnes',
      'ton',
      'tonne',
      'metric tons',
      'metric tonnes',
      'metric ton',
      'тонн',
      'тонны',
      'тонна',
    ],
    1,
  ],
  ['tons', ['kiloton', 'kilotons'], 1000],
  ['tons', ['kg', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'], 0.001],
  ['miles', ['miles', 'mile'], 1],
  ['km', ['km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'км'], 1],
  ['km', ['metres', 'meters', 'metre', 'meter'], 0.001],
  ['USD', ['dollars', 'dollar', 'us dollars', 'usd', 'bucks'], 1],
  ['EUR', ['euros', 'euro', 'eur'], 1],
  ['BYN', ['belarusian rubles', 'belarusian roubles', 'belarusian ruble', 'byn'], 1],
  ['RUB', ['rubles', 'roubles', 'ruble', 'rouble', 'russian rubles', 'russian roubles', 'rub', 'рублей'], 1],
  ['UAH', ['hryvnias', 'hryvnia', 'hryvnas', 'uah'], 1],
  ['GBP', ['pounds sterling', 'gbp'], 1],
  ['CNY', ['yuan', 'cny'], 1],
]

/**
 * Counted nouns, singular; plurals are generated. Modifiers may stand between the number and the
 * noun: "300,000 reserve troops", "several thousand newly mobilised reservists".
 */
const COUNTED: readonly (readonly [string, readonly string[]])[] = [
  [
    'troops',
    [
      'troop',
      'soldier',
      'serviceman',
      'servicemember',
      'service member',
      'military personnel',
      'personnel',
      'reservist',
      'fighter',
      'conscript',
      'mercenary',
      'paratrooper',
      'marine',
      'officer',
      'recruit',
      'draftee',
      'mobilisee',
      'mobilised',
      'mobilized',
      'militant',
      'combatant',
      'instructor',
      'sailor',
      'pilot',
      'commando',
      'gunner',
      'sniper',
      'guardsman',
      'military',
      'crew',
      'crew member',
      'contract soldier',
    ],
  ],
  [
    'persons',
    [
      'people',
      'person',
      'civilian',
      'worker',
      'employee',
      'citizen',
      'resident',
      'individual',
      'official',
      'child',
      'refugee',
      'prisoner',
      'political prisoner',
      'detainee',
      'specialist',
      'engineer',
      'staff',
      'student',
      'volunteer',
      'migrant',
      'protester',
      'journalist',
      'deputy',
      'expert',
      'analyst',
      'passenger',
      'victim',
      'orphan',
      'driver',
      'woman',
    ],
  ],
  [
    'entities',
    [
      'company',
      'enterprise',
      'firm',
      'plant',
      'factory',
      'organisation',
      'organization',
      'entity',
      'legal entity',
      'bank',
      'institution',
      'bureau',
      'design bureau',
      'business',
      'manufacturer',
      'producer',
      'supplier',
      'university',
      'agency',
      'ministry',
      'country',
      'state',
      'member state',
      'nation',
      'subsidiary',
      'shipyard',
      'holding',
      'contractor',
    ],
  ],
  ['battalions', ['battalion', 'battalion tactical group', 'btg']],
  ['brigades', ['brigade']],
  ['regiments', ['regiment']],
  ['divisions', ['division']],
  ['types', ['type', 'kind', 'model', 'variety', 'category', 'modification']],
  [
    'items',
    [
      'tank',
      'vehicle',
      'armoured vehicle',
      'armored vehicle',
      'shell',
      'round',
      'munition',
      'missile',
      'rocket',
      'drone',
      'uav',
      'wagon',
      'railcar',
      'flatcar',
      'chassis',
      'rail car',
      'car',
      'carriage',
      'platform',
      'train',
      'echelon',
      'helicopter',
      'aircraft',
      'airplane',
      'aeroplane',
      'plane',
      'jet',
      'truck',
      'lorry',
      'unit',
      'piece',
      'item',
      'gun',
      'howitzer',
      'artillery',
      'launcher',
      'system',
      'rifle',
      'weapon',
      'mortar',
      'grenade',
      'mine',
      'cartridge',
      'bullet',
      'bomb',
      'warhead',
      'boat',
      'ship',
      'vessel',
      'radar',
      'engine',
      'component',
      'part',
      'spare part',
      'kit',
      'set',
      'product',
      'device',
      'container',
      'crate',
      'box',
      'satellite',
      'base',
      'airfield',
      'depot',
      'building',
      'barrel',
      'apc',
      'ifv',
      'bmp',
      'btr',
      'mrap',
      'mlrs',
      'generator',
      'transport',
      'tractor',
      'trailer',
      'bus',
      'ambulance',
      'locomotive',
      'helmet',
      'uniform',
      'vest',
      'pistol',
      'machine gun',
      'complex',
      'installation',
      'battery',
      'projectile',
      'charge',
      'fuze',
      'fuse',
      'tyre',
      'tire',
      'microchip',
      'chip',
      'optic',
      'sight',
    ],
  ],
]

/** Nouns whose plural is the singular. */
const INVARIANT = new Set([
  'aircraft',
  'personnel',
  'artillery',
  'staff',
  'people',
  'military personnel',
  'mlrs',
])

const IRREGULAR: Readonly<Record<string, string>> = {
  child: 'children',
  person: 'persons',
  man: 'men',
  woman: 'women',
}

function plural(s: string): string {
  if (INVARIANT.has(s)) return s
  const irr = IRREGULAR[s]
  if (irr) return irr
  const words = s.split(' ')
  const last = words.pop()!
  let p: string
  if (IRREGULAR[last]) p = IRREGULAR[last]!
  else if (last.endsWith('man')) p = `${last.slice(0, -3)}men`
  else if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`
  else if (/(s|sh|ch|x)$/.test(last)) p = `${last}es`
  else p = `${last}s`
  return [...words, p].join(' ')
}

interface UnitEntry {
  readonly unit: string
  readonly measure: boolean
  /** Multiplies the number into the unit: 0.001 for kilograms into tons. */
  readonly factor: number
}

const LEXICON: ReadonlyMap<string, UnitEntry> = (() => {
  const m = new Map<string, UnitEntry>()
  for (const [unit, forms, factor] of MEASURES)
    for (const f of forms) m.set(f, { unit, measure: true, factor })
  for (const [unit, forms] of COUNTED) {
    for (const f of forms) {
      m.set(f, { unit, measure: false, factor: 1 })
      m.set(plural(f), { unit, measure: false, factor: 1 })
    }
  }
  // the people case: "people" is plural of "person" in use
  m.set('people', { unit: 'persons', measure: false, factor: 1 })
  return m
})()

const MAX_PHRASE = 3

/** Time units make a number a duration ("eight months"), which the times stage reads; "times" a multiplier. */
const TIME_UNITS = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  'fortnight',
  'fortnights',
  'weekend',
  'weekends',
])
const MULTIPLIERS = new Set(['times', 'fold'])

/** Words that end a noun phrase: a counted noun never sits behind one of them. */
const STOP = new Set(
  (
    'the a an of in on at to for from by with and or but as than that which who whom whose is are was were be been ' +
    'being have has had will would shall should can could may might must do does did not no it its this these those ' +
    'they them their he she we you i his her our per each every since until during before after over under into onto ' +
    'about around between among more less fewer also only just still already now then there here so if when while ' +
    'where said says say according out up down off against across through via including such like other another same ' +
    'all both either neither some any many much most few several me us him what how why whether because while ' +
    'yet nor too very almost nearly'
  ).split(' '),
)

/** Determiners allowed after "of": "90 of their main battle tanks", "300 of the 500 tanks". */
const OF_DETERMINERS = new Set([
  'the',
  'their',
  'its',
  'his',
  'her',
  'our',
  'these',
  'those',
  'this',
  'that',
  'your',
])

/** Currency signs written before the number: "$1.5 billion", "€20m". "US$" is "US" touching "$". */
const SIGNS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '₴': 'UAH' }
/** Currency codes written before the number, spaced: "USD 300 million". */
const CODES: Readonly<Record<string, string>> = {
  usd: 'USD',
  eur: 'EUR',
  rub: 'RUB',
  byn: 'BYN',
  uah: 'UAH',
  gbp: 'GBP',
  cny: 'CNY',
}

export interface Prefix {
  readonly at: number
  readonly unit: string
}

/** A currency sign or code right before token `i`. */
export function currencyBefore(toks: readonly Tok[], i: number): Prefix | null {
  const p = toks[i - 1]
  if (!p) return null
  const sign = SIGNS[p.text]
  if (sign && touches(p, toks[i])) {
    const us = toks[i - 2]
    if (sign === 'USD' && us && touches(us, p) && /^US$/i.test(us.text)) return { at: i - 2, unit: 'USD' }
    return { at: i - 1, unit: sign }
  }
  if (p.kind === 'word' && p.text === p.text.toUpperCase() && CODES[p.lower])
    return { at: i - 1, unit: CODES[p.lower]! }
  return null
}

export interface UnitReading {
  /** Normalised unit, null when nothing known follows; `time`/`multiplier` mark a non-quantity. */
  readonly unit: string | null
  /** Token index after the unit phrase (and rate). */
  readonly to: number
  /** Token range of the counted noun phrase, modifiers included: "newly mobilised reservists". */
  readonly counted: { readonly from: number; readonly to: number } | null
  /** "20 tons per month" → `month`. */
  readonly per: string | null
  /** The unit word came directly after the number, with no modifiers between. */
  readonly adjacent: boolean
  /** Multiplies the number into `unit` ("500 kg" → × 0.001 tons); 1 for most units. */
  readonly factor: number
  readonly rule: string
}

/** The longest lexicon phrase starting at token `i`, if any. */
function lookup(toks: readonly Tok[], i: number): { entry: UnitEntry; to: number } | null {
  for (let n = MAX_PHRASE; n >= 1; n--) {
    const ws = toks.slice(i, i + n)
    if (ws.length < n || ws.some((w) => w.kind === 'num')) continue
    const e = LEXICON.get(ws.map((w) => w.lower).join(' '))
    if (e) return { entry: e, to: i + n }
  }
  return null
}

/**
 * A chunk of touching tokens joined by hyphens, slashes, digits or letters: "T-72A", "Mi-8/Mi-17",
 * "newly-mobilised", "Su-25s". Returns its end index.
 */
function chunkEnd(toks: readonly Tok[], i: number): number {
  let j = i + 1
  while (j < toks.length) {
    const t = toks[j]!
    if (!touches(toks[j - 1], t)) break
    // a hyphen or slash joins only when a word or number touches it on both sides
    if (
      t.kind === 'sym' &&
      !((isDash(t) || t.text === '/') && touches(t, toks[j + 1]) && toks[j + 1]!.kind !== 'sym')
    ) {
      break
    }
    j++
  }
  return j
}

/** A designator or acronym used as a plural noun counts items: "20 Su-25s", "BMPs", "AKMs". */
function isEquipmentPlural(toks: readonly Tok[], from: number, to: number): boolean {
  const last = toks[to - 1]!
  if (to - from === 1) return last.kind === 'word' && /^[A-Z]{2,}s$/.test(last.text)
  const prev = toks[to - 2]!
  return last.text === 's' && touches(prev, last) && prev.kind === 'num'
}

const TIME_PER = new Set(['day', 'week', 'month', 'year', 'hour', 'quarter'])
const ADVERB_PER: Readonly<Record<string, string>> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  annually: 'year',
  yearly: 'year',
}

/** "per month", "a month", "each month", "/month", "monthly". */
function readRate(toks: readonly Tok[], j: number): { per: string; to: number } | null {
  const w = toks[j]?.lower
  const n = toks[j + 1]?.lower ?? ''
  if (
    (w === 'per' || w === 'a' || w === 'an' || w === 'each' || w === 'every' || w === '/') &&
    TIME_PER.has(n)
  ) {
    return { per: n, to: j + 2 }
  }
  if (w && ADVERB_PER[w]) return { per: ADVERB_PER[w]!, to: j + 1 }
  return null
}

/**
 * Reads what the number ending before token `j` counts or measures.
 *
 * ```ts
 * unitAfter(tokenize('65 thousand tons of ammunition'), 2) // { unit: 'tons', to: 3, adjacent: true, … }
 * ```
 */
export function unitAfter(toks: readonly Tok[], j: number): UnitReading {
  const none: UnitReading = {
    unit: null,
    to: j,
    counted: null,
    per: null,
    adjacent: false,
    factor: 1,
    rule: 'units.none',
  }
  const first = toks[j]
  if (!first) return none
  // "30,000-strong"
  if (
    isDash(first) &&
    touches(toks[j - 1], first) &&
    toks[j + 1]?.lower === 'strong' &&
    touches(first, toks[j + 1])
  ) {
    return {
      unit: 'troops',
      to: j + 2,
      counted: null,
      per: null,
      adjacent: true,
      factor: 1,
      rule: 'units.strong',
    }
  }
  let direct = lookup(toks, j)
  // the head is the last noun: "mobilised reservists", "fighter jets", "tank crews"
  if (direct && !direct.entry.measure) {
    for (let next = lookup(toks, direct.to); next && !next.entry.measure; next = lookup(toks, direct.to))
      direct = next
  }
  if (TIME_UNITS.has(first.lower)) return { ...none, unit: 'time', rule: 'units.time' }
  if (MULTIPLIERS.has(first.lower)) return { ...none, unit: 'multiplier', rule: 'units.multiplier' }
  if (direct) {
    const rate = readRate(toks, direct.to)
    return {
      unit: direct.entry.unit,
      to: rate?.to ?? direct.to,
      counted: direct.entry.measure ? null : { from: j, to: direct.to },
      per: rate?.per ?? null,
      adjacent: true,
      factor: direct.entry.factor,
      rule: direct.entry.measure ? 'units.measure' : 'units.counted',
    }
  }
  // "90 of their main battle tanks", "hundreds of Belarusian soldiers"
  let i = j
  if (first.lower === 'of') {
    i++
    if (OF_DETERMINERS.has(toks[i]?.lower ?? '')) i++
  }
  const from = i
  for (let chunks = 0; chunks <= 3 && i < toks.length; chunks++) {
    const t = toks[i]!
    if (t.kind !== 'word' && !(t.kind === 'num' && chunkEnd(toks, i) > i + 1)) return none
    const end = chunkEnd(toks, i)
    if (end === i + 1) {
      if (TIME_UNITS.has(t.lower) || MULTIPLIERS.has(t.lower)) {
        return from === j && chunks === 0 ? { ...none, unit: 'time' } : none
      }
      let hit = lookup(toks, i)
      if (hit && !hit.entry.measure) {
        for (let next = lookup(toks, hit.to); next && !next.entry.measure; next = lookup(toks, hit.to))
          hit = next
        const rate = readRate(toks, hit.to)
        return {
          unit: hit.entry.unit,
          to: rate?.to ?? hit.to,
          counted: { from, to: hit.to },
          per: rate?.per ?? null,
          adjacent: i === j,
          factor: 1,
          rule: 'units.counted',
        }
      }
      if (STOP.has(t.lower) || hit) return none
    } else if (isEquipmentPlural(toks, i, end)) {
      return {
        unit: 'items',
        to: end,
        counted: { from, to: end },
        per: null,
        adjacent: i === j,
        factor: 1,
        rule: 'units.designator',
      }
    }
    if (end === i + 1 && isEquipmentPlural(toks, i, end)) {
      return {
        unit: 'items',
        to: end,
        counted: { from, to: end },
        per: null,
        adjacent: i === j,
        factor: 1,
        rule: 'units.acronym',
      }
    }
    i = end
  }
  return none
}

/** Miles converted to kilometres, for comparing distances; the unit stays as written. */
export const TO_KM: Readonly<Record<string, number>> = { miles: 1.609344, km: 1 }
