import type { Mention } from '../model/annotations.js'
import { isWsCode } from '../pipeline/clean/text.js'
import { type GazetteerEntry, type Lexicon, lookupExact } from '../pipeline/extract/entities/lexicon.js'
import type { Candidate } from '../pipeline/extract/entities/types.js'
import { normaliseAlias } from '../reference/normalise.js'
import { nameKey } from './translit.js'

/**
 * In-document resolution: gives every mention the canonical name of the entity it denotes in
 * this document. Conservative: a short form is linked only when exactly one entity of the
 * document fits it; otherwise it stays its own entity (a wrong link is worse than none).
 *
 * - A reference-data match keeps the entry's name (variants already carry their family's).
 * - A person's full name not in the reference data is looked up by its romanisation key
 *   (`nameKey`: "Oleg Zhdanov" finds the entry "Oleh Zhdanov").
 * - A one-word person ("Bell", "Zhdanov") takes the canonical of the one full name of the
 *   document whose last word has the same key.
 * - A name that is the tail of exactly one longer name of the same type ("Ministry of Defence"
 *   after "UK Ministry of Defence") takes that name's canonical.
 * - Remaining mentions of one type with the same key share one canonical: the reference name
 *   when one of them has it, else the longest surface.
 */
export function resolveInDocument(
  text: string,
  candidates: readonly Candidate[],
  lexicon: Lexicon,
): Mention[] {
  const surface = (c: Candidate) => text.slice(c.start, c.end)
  const out: Candidate[] = candidates.map((c) => {
    if (c.canonical !== null || c.type !== 'PERSON') return c
    const words = surface(c).split(/\s+/)
    if (words.length < 2) return c
    const entry = unique(lexicon.byNameKey.get(nameKey(surface(c)))?.filter((e) => e.type === 'PERSON'))
    return entry ? { ...c, ref: entry.id, canonical: entry.name } : c
  })

  // one-word people → the full name with the same last word
  const fullByLast = new Map<string, Candidate[]>()
  for (const f of out) {
    if (f.type !== 'PERSON') continue
    const words = surface(f).split(/\s+/)
    if (words.length < 2) continue
    const key = nameKey(words[words.length - 1]!)
    const list = fullByLast.get(key)
    if (list) list.push(f)
    else fullByLast.set(key, [f])
  }
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!
    if (c.type !== 'PERSON' || c.canonical !== null || /\s/.test(surface(c))) continue
    const owners = distinct(fullByLast.get(nameKey(surface(c))) ?? [], (f) => f.canonical ?? surface(f))
    if (owners.length === 1)
      out[i] = { ...c, ref: owners[0]!.ref, canonical: owners[0]!.canonical ?? surface(owners[0]!) }
  }

  // a state body named after its state, as a possessive or a nationality: "Ukraine's General
  // Staff", "Lithuania's State Border Guard Service" → the reference entry that names the body with
  // its state ("Ukrainian General Staff", "State Border Guard Service of Lithuania"); the state
  // named beats a reading of the bare name ("Defence Intelligence" alone is the British one)
  const bodies = new Map<string, Set<string>>()
  const bodyEntries = new Map<string, GazetteerEntry>()
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!
    if (c.type !== 'ORG' && c.type !== 'UNIT') continue
    const entry = stateBody(text, c, lexicon)
    if (entry) {
      out[i] = { ...c, ref: entry.ref, canonical: entry.canonical }
      const key = `${c.type}\u0000${normaliseAlias(surface(c))}`
      bodies.set(key, (bodies.get(key) ?? new Set()).add(entry.ref))
      bodyEntries.set(entry.ref, entry)
    }
  }
  // the same body named again without its state ("The General Staff said …"), when the document
  // names only one state's body by that name and the name alone is unknown or ambiguous
  for (let i = 0; i < out.length && bodies.size; i++) {
    const c = out[i]!
    if (c.type !== 'ORG' && c.type !== 'UNIT') continue
    const refs = bodies.get(`${c.type}\u0000${normaliseAlias(surface(c))}`)
    if (refs?.size !== 1 || c.ref === [...refs][0]) continue
    if (c.canonical !== null && !lookupExact(lexicon, surface(c)).every((e) => e.ambiguous)) continue
    const entry = bodyEntries.get([...refs][0]!)!
    out[i] = { ...c, ref: entry.ref, canonical: entry.canonical }
  }
  // a ministry named without its state, with the state just before it: "Japan's Ministry of
  // Finance", "the Japanese Foreign Ministry" → "Ministry of Finance of Japan" (the convention of
  // the reference data, "Ministry of Defence of Belarus")
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!
    if (c.canonical !== null || c.type !== 'ORG') continue
    const canonical = ministryOfState(text, c, lexicon)
    if (canonical) out[i] = { ...c, canonical }
  }
  // the same ministry named again without its state ("The Ministry of Finance said …")
  const ministries = new Map<string, Set<string>>()
  for (const c of out)
    if (c.type === 'ORG' && c.canonical?.startsWith('Ministry of ') && c.ref === null) {
      const key = ministryKey(c.canonical)
      ministries.set(key, (ministries.get(key) ?? new Set()).add(c.canonical))
    }
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!
    if (c.canonical !== null || c.type !== 'ORG') continue
    const m = MINISTRY.exec(surface(c))
    const field = m ? (m[1] ?? m[2]!) : ''
    const owners = m
      ? ministries.get(`ministry of ${MINISTRY_FIELDS[field] ?? field}`.toLowerCase())
      : undefined
    if (owners?.size === 1) out[i] = { ...c, canonical: [...owners][0]! }
  }

  // tails of longer names of the same type: every mention by type and each tail of its
  // normalised name that follows a space (" ministry of defence" ends " uk ministry of defence")
  const norms = out.map((o) => ` ${normaliseAlias(surface(o))}`)
  const byTail = new Map<string, number[]>()
  norms.forEach((n, j) => {
    for (let p = n.indexOf(' '); p >= 0; p = n.indexOf(' ', p + 1)) {
      const key = `${out[j]!.type}\u0000${n.slice(p + 1)}`
      const list = byTail.get(key)
      if (list) list.push(j)
      else byTail.set(key, [j])
    }
  })
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!
    if (c.canonical !== null || c.type === 'PERSON') continue
    const longer = (byTail.get(`${c.type}\u0000${norms[i]!.slice(1)}`) ?? [])
      .map((j) => out[j]!)
      .filter((o) => o.end - o.start > c.end - c.start)
    const owners = distinct(longer, (o) => o.canonical ?? surface(o))
    if (owners.length === 1)
      out[i] = { ...c, ref: owners[0]!.ref, canonical: owners[0]!.canonical ?? surface(owners[0]!) }
  }

  // the rest: one canonical per (type, key), the reference name or the longest surface
  const groups = new Map<string, Candidate[]>()
  for (const c of out) {
    if (c.canonical !== null) continue
    const k = `${c.type}\u0000${nameKey(surface(c))}`
    const g = groups.get(k) ?? []
    g.push(c)
    groups.set(k, g)
  }
  const chosen = new Map<string, string>()
  for (const [k, g] of groups) {
    chosen.set(k, g.map(surface).sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!)
  }
  return out.map((c) => {
    const canonical = c.canonical ?? chosen.get(`${c.type}\u0000${nameKey(surface(c))}`) ?? surface(c)
    const m: Mention = { start: c.start, end: c.end, type: c.type, canonical, ref: c.ref, rule: c.rule }
    return c.role ? { ...m, role: c.role } : m
  })
}

/**
 * The reference entry of a body whose state stands right before it ("Ukraine's General Staff",
 * "Ukraine’s Air Force"), looked up under the names that carry the state: "Ukrainian General
 * Staff", "General Staff of Ukraine", "Ukraine General Staff". Null when none is known.
 */
function stateBody(text: string, c: Candidate, lexicon: Lexicon): GazetteerEntry | null {
  // a possessive ends in "s" or an apostrophe, then white space
  let i = c.start - 1
  while (i >= 0 && isWsCode(text.charCodeAt(i))) i--
  const a = text.charCodeAt(i)
  if (i === c.start - 1 || (a !== 115 && a !== 39 && a !== 0x2019)) return null
  const before = /(\p{Lu}[\p{L}-]*)['’]s?\s+$/u.exec(text.slice(Math.max(0, c.start - 40), c.start))
  if (!before) return null
  const country = lexicon.countryByName.get(before[1]!.toLowerCase())
  if (!country?.name) return null
  const body = text.slice(c.start, c.end)
  const forms = [
    ...(lexicon.nationalities.get(country.name.toLowerCase()) ?? []).map((n) => `${n} ${body}`),
    `${body} of ${country.name}`,
    `${country.name} ${body}`,
  ]
  for (const form of forms) {
    const hit = lookupExact(lexicon, form).find((e) => e.type === c.type && !e.ambiguous)
    if (hit) return hit
  }
  return null
}

/** A ministry's name without the state that closes it: "Ministry of Finance of Japan" → "ministry of finance". */
const ministryKey = (canonical: string): string =>
  canonical.slice(0, canonical.lastIndexOf(' of ')).toLowerCase()

/** "Ministry of Finance", "Foreign Ministry", "Ministry of Economy, Trade and Industry": the field, else null. */
const MINISTRY =
  /^(?:Ministry of (\p{Lu}[\p{L}, &-]*(?: of \p{Lu}[\p{L}-]*)?)|(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) Ministry)$/u
/** Fields whose ministry English names in full ("the Foreign Ministry" is the Ministry of Foreign Affairs). */
const MINISTRY_FIELDS: Readonly<Record<string, string>> = { Foreign: 'Foreign Affairs', Defense: 'Defence' }

/**
 * The canonical name of a ministry whose state stands right before it, as a possessive ("Japan's
 * Ministry of Finance") or a nationality ("the Japanese Finance Ministry"), or null.
 */
function ministryOfState(text: string, c: Candidate, lexicon: Lexicon): string | null {
  const surface = text.slice(c.start, c.end)
  // the nationality inside the mention ("Japanese Foreign Ministry") or right before it
  const lead = /^(\p{Lu}[\p{L}-]*)\s+(.+)$/su.exec(surface)
  const inner = lead ? lexicon.demonyms.get(lead[1]!.toLowerCase()) : undefined
  const m = MINISTRY.exec(inner && lead ? lead[2]! : surface)
  if (!m) return null
  let country = inner
  if (!country) {
    const before = /(\p{Lu}[\p{L}-]*)(['’]s?)?\s+$/u.exec(text.slice(Math.max(0, c.start - 40), c.start))
    if (!before) return null
    const word = before[1]!.toLowerCase()
    country = before[2] ? lexicon.countryByName.get(word) : lexicon.demonyms.get(word)
  }
  if (!country?.name) return null
  const field = m[1] ?? m[2]!
  // "Ministry of Justice and Belarus" is two names run together, not a field
  if (
    field
      .split(/[\s,]+/)
      .some((w) => lexicon.countryByName.has(w.toLowerCase()) || lexicon.demonyms.has(w.toLowerCase()))
  )
    return null
  return `Ministry of ${MINISTRY_FIELDS[field] ?? field} of ${country.name}`
}

function unique<T>(list: readonly T[] | undefined): T | null {
  return list && list.length === 1 ? list[0]! : null
}

function distinct<T>(list: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>()
  for (const t of list) if (!seen.has(key(t))) seen.set(key(t), t)
  return [...seen.values()]
}

/** Words before a title that do not change who is meant. "former" is not one: it names someone else. */
const DESCRIPTION_MODIFIERS = new Set([
  'the',
  'self-proclaimed',
  'current',
  'incumbent',
  'sitting',
  'de',
  'facto',
])

/**
 * The person a role description refers to, when the reference data says who holds that role
 * and the document names that person: "the self-proclaimed president of Belarus", "the Russian
 * president", "Belarus's leader". Returns the person's canonical name, or null when the
 * description is not a known role, several people hold it, or the document does not name the
 * holder. Conservative: a wrong link is worse than none.
 *
 * @example resolveDescription('the Russian president', mentions, lexicon) // 'Vladimir Putin' when Putin is mentioned
 */
export function resolveDescription(
  description: string,
  mentions: readonly Mention[],
  lexicon: Lexicon,
): string | null {
  const wanted = parseRole(description, lexicon)
  if (!wanted) return null
  const named = new Map<string, string>()
  for (const m of mentions) if (m.type === 'PERSON' && m.ref) named.set(m.ref, m.canonical)
  const holders = new Set<string>()
  for (const ref of named.keys()) {
    const person = lexicon.byId.get(ref)
    for (const role of person?.roles ?? []) {
      const r = parseRole(role, lexicon)
      if (r && r.head === wanted.head && r.country === wanted.country) holders.add(ref)
    }
  }
  return holders.size === 1 ? named.get([...holders][0]!)! : null
}

/** "President of Belarus" / "Belarusian president" / "Belarus's president" → { head: 'president', country: 'BY' }. */
function parseRole(text: string, lexicon: Lexicon): { head: string; country: string } | null {
  const words = normaliseAlias(text)
    .replace(/['’]s\b|['’]/g, '')
    .split(/\s+/)
    .filter((w) => !DESCRIPTION_MODIFIERS.has(w))
  const countryOf = (w: string) => lexicon.demonyms.get(w)?.code ?? lexicon.countryByName.get(w)?.code ?? null
  // <title> of <country>
  const of = words.indexOf('of')
  if (of > 0 && of === words.length - 2) {
    const country = countryOf(words[of + 1]!)
    if (country) return { head: words.slice(0, of).join(' '), country }
  }
  // <demonym|country> <title>
  if (words.length >= 2) {
    const country = countryOf(words[0]!)
    if (country) return { head: words.slice(1).join(' '), country }
  }
  return null
}
