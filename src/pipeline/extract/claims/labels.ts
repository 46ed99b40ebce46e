import type { Country, Lexicon } from '../entities/lexicon.js'

/**
 * Descriptive labels for actors that are no named entity (corpus README, "Descriptive labels"):
 * a nationality adjective and a head noun. "Belarusian plants", "the Belarusian defense industry"
 * → `Belarusian military-industrial complex`; "Russian troops", "occupying forces" → the armed
 * forces; "Belarus' aerospace industry" → `Belarusian aerospace industry`.
 */

/** Head nouns that name a country's armed forces when they follow its nationality adjective. */
const FORCE_HEADS =
  /^(troops|soldiers|servicemen|forces|military|army|armed forces|battalions?|brigades?|units?|contingent|personnel|reservists|conscripts|paratroopers|servicemembers|marines|sailors|airmen|pilots|instructors|soldier|serviceman|servicewoman|servicemember|paratrooper|marine|conscript|reservist|regiments?|divisions?|squadrons?|crews|grouping|echelon)$/

/** Head nouns that name a country's defence industry. */
const INDUSTRY_HEADS =
  /^(military-industrial complex|defen[cs]e industry|defen[cs]e industrial base|plants?|factories|factory|enterprises?|design bureaus?|industry|defen[cs]e sector|manufacturers?|producers?|(defen[cs]e|arms|military) (firms|companies|contractors|makers)|arms(makers| makers))$/

/** Forces named by what they do, with no nationality: in this domain, the invading army. */
const OCCUPIERS = /^(occupying forces|occupiers|invading forces|invaders)$/

export interface Label {
  readonly text: string
  readonly canonical: string
}

/** A country's first nationality adjective in the reference data ("Belarus" → "Belarusian"), else its name. */
export const adjectiveOf = (country: Country, lexicon: Lexicon): string =>
  lexicon.nationalities.get(country.name.toLowerCase())?.[0] ?? country.name

export const armedForcesOf = (country: Country): string =>
  country.forces?.name ?? `Armed Forces of ${country.name}`

/**
 * The label a noun phrase denotes, or null: `phrase` is the phrase as written ("the Belarusian
 * defense industry", "120 Belarusian plants and design bureaus").
 *
 * @example labelOf('more than 30,000 Russian troops', lexicon) // { canonical: 'Russian Armed Forces', … }
 */
export function labelOf(phrase: string, lexicon: Lexicon, fallback: Country | null = null): Label | null {
  // the same phrases are asked about again and again (subjects, pronoun antecedents): remember
  // the answers per reference data set, a bounded number of them
  let byFallback = labelMemo.get(lexicon)
  if (!byFallback) {
    byFallback = new Map()
    labelMemo.set(lexicon, byFallback)
  }
  const fallbackName = fallback?.name ?? ''
  let memo = byFallback.get(fallbackName)
  if (!memo) {
    memo = new Map()
    byFallback.set(fallbackName, memo)
  }
  const known = memo.get(phrase)
  if (known !== undefined) return known
  const label = computeLabel(phrase, lexicon, fallback)
  if (memo.size >= MEMO_SIZE) memo.clear()
  memo.set(phrase, label)
  return label
}

const MEMO_SIZE = 10_000
/** Answers by reference data set, then by fallback country (its name, '' for none), then by phrase. */
const labelMemo = new WeakMap<Lexicon, Map<string, Map<string, Label | null>>>()

function computeLabel(phrase: string, lexicon: Lexicon, fallback: Country | null): Label | null {
  const words = phrase
    .replace(/[“”"«»]/g, '')
    .replace(/\s*-\s*/g, '-')
    .split(/\s+/)
    .filter(Boolean)
  let country: Country | null = null
  let at = -1
  let width = 1
  const lookup = (w: string) => {
    const bare = w.toLowerCase().replace(/['’]s?$/, '')
    return lexicon.demonyms.get(bare) ?? lexicon.countryByName.get(bare)
  }
  for (const [i, w] of words.entries()) {
    if (!/^[A-Z]/.test(w)) continue
    // "North Korean factories": a demonym or a country name of two words
    const next = words[i + 1]
    const two = next && /^[A-Z]/.test(next) ? lookup(`${w} ${next}`) : undefined
    const c = two ?? lookup(w)
    if (c) {
      country = c
      at = two ? i + 1 : i
      width = two ? 2 : 1
      break
    }
  }
  const lower = words.map((w) => w.toLowerCase())
  const text = phrase.trim()
  if (!country) {
    if (OCCUPIERS.test(lower.slice(-2).join(' ')) || OCCUPIERS.test(lower[lower.length - 1] ?? '')) {
      return { text, canonical: 'Russian Armed Forces' }
    }
    // "the plants", "so-called auxiliary plants": the industry named before in the document
    if (!fallback) return null
    country = fallback
  }
  const all = lower
    .slice(at + 1)
    .filter(
      (w) =>
        !/^(and|the|of|military|state-run|newly|mobilised|mobilized|own|["“”]|so-called|there|here|now|also)$/.test(
          w,
        ),
    )
  // "the Russians": a plural demonym alone stands for the country
  if (at >= 0 && !all.length && /s$/.test(lower[at] ?? '')) return { text, canonical: country.name }
  // the head ends where a modifier phrase starts ("Russian forces coming from Belarus")
  const cut = all.findIndex((w) =>
    /^(coming|from|in|on|at|who|which|that|with|near|based|stationed|deployed|for|to)$/.test(w),
  )
  const rest = cut > 0 ? all.slice(0, cut) : all
  // the adjective as written ("Ukrainian") names the country's sector; a country name does not
  const demonym = at >= 0 ? words.slice(at + 1 - width, at + 1).join(' ') : ''
  const written =
    at >= 0 && lexicon.demonyms.has(demonym.toLowerCase()) ? demonym.replace(/['’]s?$/, '') : null
  const adjective = written ?? adjectiveOf(country, lexicon)
  // "the Belarusian military": the modifier word is the head when nothing follows it
  const head1 =
    rest[rest.length - 1] ??
    (lower[lower.length - 1] === 'military' && at === lower.length - 2 ? 'military' : '')
  const head2 = rest.slice(-2).join(' ')
  const head3 = rest.slice(-3).join(' ')
  if (at < 0 && !/^(plants|factories|enterprises|industry|military-industrial complex)$/.test(head1))
    return null
  if (rest.includes('aerospace') && /^industry$/.test(head1)) {
    return { text, canonical: `${adjective} aerospace industry` }
  }
  if (
    lower.includes('military-industrial') ||
    INDUSTRY_HEADS.test(head3) ||
    INDUSTRY_HEADS.test(head2) ||
    INDUSTRY_HEADS.test(head1)
  ) {
    return { text, canonical: `${adjective} military-industrial complex` }
  }
  if (FORCE_HEADS.test(head2) || FORCE_HEADS.test(head1)) return { text, canonical: armedForcesOf(country) }
  if (/^(special services|intelligence|security services)$/.test(head2) || head1 === 'services') {
    return { text, canonical: `${adjective} special services` }
  }
  if (/^(government|authorities|regime|officials|delegation|delegations)$/.test(head1)) {
    return { text, canonical: `Government of ${country.name}` }
  }
  // "Russian arsenals sent missiles to …": a state's own stocks give what the state gives
  if (
    /^(market|side|state|federation|republic|leadership|economy|depots|arsenals|stockpiles|stocks|warehouses)$/.test(
      head1,
    ) ||
    /^(storage|reserve) (bases|sites)$/.test(head2)
  )
    return { text, canonical: country.name }
  return null
}

/** The country a nationality adjective or country name in the phrase points to ("Russian missiles" → Russia). */
export function countryIn(phrase: string, lexicon: Lexicon): Country | null {
  for (const w of phrase.split(/[\s-]+/)) {
    const key = w.toLowerCase().replace(/['’]s?$/, '')
    const c = lexicon.demonyms.get(key) ?? lexicon.countryByName.get(key)
    if (c && /^[A-Z]/.test(w)) return c
  }
  return null
}
