#!/usr/bin/env node
// Checks the held-out gold files (schema: ../shared/corpus/README.md). No dependencies.
//
//   node test/heldout/check.mjs [DIR]     (DIR defaults to the folder of this script)
//
// For every DIR/<id>.json it verifies: the top-level fields, that `id` is the file stem, that
// DIR/<id>.txt exists and its SHA-256 equals `sha256`, the enums (entity type, relation, hedge,
// quantity unit), the shape of quantities, and that every string that must be verbatim is an exact
// substring of the .txt: title, entity text (also on token boundaries), evidence, quote,
// speaker_text, role, cue, boilerplate; that claim `time` and quantity `text` lie in the evidence;
// that quotes have at most 15 whitespace-delimited tokens; that short boilerplate entries (<= 3
// characters) form whole lines; and that no evidence or quote lies inside a boilerplate fragment.
// Prints one line per document and exits 1 on any error.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url))

const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'FACILITY', 'EQUIPMENT', 'UNIT', 'EVENT']
const RELATIONS = [
  'SUPPLY',
  'TRANSFER',
  'PRODUCE',
  'REPAIR',
  'DEPLOY',
  'MEET',
  'AGREE',
  'SANCTION',
  'ATTACK',
  'EXERCISE',
  'MOBILIZE',
  'OTHER',
]
const HEDGES = ['asserted', 'likely', 'possible', 'denied', 'reported']
const UNITS = [
  'items',
  'troops',
  'persons',
  'entities',
  'tons',
  'percent',
  'miles',
  'km',
  'types',
  'battalions',
  'share',
]
const isCurrency = (u) => /^[A-Z]{3}$/.test(u)
const TOP = [
  'id',
  'seed_file',
  'title',
  'outlet',
  'published',
  'sha256',
  'entities',
  'claims',
  'attributions',
  'boilerplate',
]
const CLAIM_KEYS = [
  'relation',
  'agent',
  'recipient',
  'item',
  'quantity',
  'time',
  'place',
  'source',
  'hedge',
  'evidence',
]
const ATTR_KEYS = ['speaker', 'speaker_text', 'role', 'cue', 'outlet', 'quote']
const ENT_KEYS = ['text', 'type', 'canonical']
const Q_KEYS = ['value', 'low', 'high', 'unit', 'text']

const isStr = (x) => typeof x === 'string' && x.length > 0
const isStrOrNull = (x) => x === null || isStr(x)
const isNumOrNull = (x) => x === null || (typeof x === 'number' && Number.isFinite(x))

// All [start, end) ranges of needle in hay.
function occurrences(hay, needle) {
  const out = []
  if (!needle) return out
  let i = hay.indexOf(needle)
  while (i >= 0) {
    out.push([i, i + needle.length])
    i = hay.indexOf(needle, i + 1)
  }
  return out
}
// Occurrences not glued to a letter or digit on either side ("Russia" is not inside "Russian").
const WORDCH = /[\p{L}\p{N}]/u
const onTokenBoundary = (hay, [s, e]) =>
  !(s > 0 && WORDCH.test(hay[s - 1])) && !(e < hay.length && WORDCH.test(hay[e]))
// Whole-line occurrences of a short fragment.
function lineOccurrences(hay, line) {
  const out = []
  let pos = 0
  for (const l of hay.split('\n')) {
    if (l.trim() === line) out.push([pos + l.indexOf(line), pos + l.indexOf(line) + line.length])
    pos += l.length + 1
  }
  return out
}
const inside = (r, spans) => spans.some(([s, e]) => r[0] >= s && r[1] <= e)

let errors = 0
const totals = { entities: 0, claims: 0, attributions: 0, boilerplate: 0 }

if (!existsSync(dir)) {
  console.error(`check: no such directory: ${dir}`)
  process.exit(2)
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
if (!files.length) {
  console.error(`check: no .json gold files in ${dir}`)
  process.exit(2)
}

for (const file of files) {
  const id = basename(file, '.json')
  const errs = []
  const err = (m) => errs.push(m)
  let gold
  try {
    gold = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  } catch (e) {
    console.log(`${id}: NOT JSON (${e.message})`)
    errors++
    continue
  }
  const txtPath = join(dir, `${id}.txt`)
  if (!existsSync(txtPath)) {
    console.log(`${id}: missing ${id}.txt`)
    errors++
    continue
  }
  const bytes = readFileSync(txtPath)
  const text = bytes.toString('utf8')

  // ---- top level ----
  for (const k of TOP) if (!(k in gold)) err(`missing top-level field "${k}"`)
  for (const k of Object.keys(gold)) if (!TOP.includes(k)) err(`unknown top-level field "${k}"`)
  if (gold.id !== id) err(`id ${JSON.stringify(gold.id)} is not the file stem ${JSON.stringify(id)}`)
  if (!isStr(gold.seed_file)) err('seed_file must be a non-empty string')
  if (!isStr(gold.title)) err('title must be a non-empty string')
  else if (!text.includes(gold.title)) err(`title not in text: ${JSON.stringify(gold.title)}`)
  if (!isStrOrNull(gold.outlet)) err('outlet must be a string or null')
  if (
    gold.published !== null &&
    !(typeof gold.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(gold.published))
  )
    err(`published must be null or YYYY-MM-DD, got ${JSON.stringify(gold.published)}`)
  const digest = createHash('sha256').update(bytes).digest('hex')
  if (gold.sha256 !== digest) err(`sha256 ${gold.sha256} does not match the .txt (${digest})`)
  for (const k of ['entities', 'claims', 'attributions', 'boilerplate'])
    if (!Array.isArray(gold[k])) err(`${k} must be an array`)
  const entities = Array.isArray(gold.entities) ? gold.entities : []
  const claims = Array.isArray(gold.claims) ? gold.claims : []
  const attributions = Array.isArray(gold.attributions) ? gold.attributions : []
  const boilerplate = Array.isArray(gold.boilerplate) ? gold.boilerplate : []

  // ---- boilerplate (first: other checks use its spans) ----
  const bpSpans = []
  const seenBp = new Set()
  boilerplate.forEach((b, i) => {
    if (!isStr(b)) {
      err(`boilerplate[${i}] must be a non-empty string`)
      return
    }
    if (seenBp.has(b)) err(`boilerplate[${i}] listed twice: ${JSON.stringify(b)}`)
    seenBp.add(b)
    const short = b.trim().length <= 3
    const locs = short ? lineOccurrences(text, b.trim()) : occurrences(text, b)
    if (!locs.length)
      err(
        `boilerplate[${i}] ${short ? 'is not a whole line of' : 'not in'} text: ${JSON.stringify(b.slice(0, 80))}`,
      )
    bpSpans.push(...locs)
  })

  // ---- entities ----
  const seenEnt = new Map()
  entities.forEach((e, i) => {
    const at = `entities[${i}]`
    if (!e || typeof e !== 'object') {
      err(`${at} must be an object`)
      return
    }
    for (const k of ENT_KEYS) if (!(k in e)) err(`${at} missing "${k}"`)
    for (const k of Object.keys(e)) if (!ENT_KEYS.includes(k)) err(`${at} unknown field "${k}"`)
    if (!isStr(e.text)) {
      err(`${at}.text must be a non-empty string`)
      return
    }
    if (!TYPES.includes(e.type)) err(`${at}.type ${JSON.stringify(e.type)} is not one of ${TYPES.join('|')}`)
    if (!isStr(e.canonical)) err(`${at}.canonical must be a non-empty string`)
    const locs = occurrences(text, e.text)
    if (!locs.length) err(`${at}.text not in text: ${JSON.stringify(e.text)}`)
    else {
      const free = locs.filter((r) => onTokenBoundary(text, r))
      if (!free.length) err(`${at}.text ${JSON.stringify(e.text)} occurs only inside longer words`)
      else if (free.every((r) => inside(r, bpSpans)))
        err(`${at}.text ${JSON.stringify(e.text)} occurs only in boilerplate`)
    }
    const k = e.text.toLowerCase()
    if (seenEnt.has(k))
      err(
        `${at}.text ${JSON.stringify(e.text)} duplicates entities[${seenEnt.get(k)}] (surfaces are compared case-insensitively)`,
      )
    else seenEnt.set(k, i)
  })

  // ---- claims ----
  claims.forEach((c, i) => {
    const at = `claims[${i}]`
    if (!c || typeof c !== 'object') {
      err(`${at} must be an object`)
      return
    }
    for (const k of CLAIM_KEYS) if (!(k in c)) err(`${at} missing "${k}"`)
    for (const k of Object.keys(c)) if (!CLAIM_KEYS.includes(k)) err(`${at} unknown field "${k}"`)
    if (!RELATIONS.includes(c.relation))
      err(`${at}.relation ${JSON.stringify(c.relation)} is not one of ${RELATIONS.join('|')}`)
    if (!HEDGES.includes(c.hedge))
      err(`${at}.hedge ${JSON.stringify(c.hedge)} is not one of ${HEDGES.join('|')}`)
    if (!isStr(c.agent)) err(`${at}.agent must be a non-empty string`)
    for (const k of ['recipient', 'item', 'time', 'place', 'source'])
      if (!isStrOrNull(c[k])) err(`${at}.${k} must be a non-empty string or null`)
    if (!isStr(c.evidence)) {
      err(`${at}.evidence must be a non-empty string`)
      return
    }
    const locs = occurrences(text, c.evidence)
    if (!locs.length) err(`${at}.evidence not in text: ${JSON.stringify(c.evidence.slice(0, 80))}`)
    else if (locs.every((r) => inside(r, bpSpans))) err(`${at}.evidence lies inside boilerplate`)
    if (isStr(c.time) && !c.evidence.includes(c.time))
      err(`${at}.time ${JSON.stringify(c.time)} is not in its evidence`)
    const q = c.quantity
    if (q !== null && q !== undefined) {
      if (typeof q !== 'object') err(`${at}.quantity must be an object or null`)
      else {
        for (const k of Q_KEYS) if (!(k in q)) err(`${at}.quantity missing "${k}"`)
        for (const k of Object.keys(q)) if (!Q_KEYS.includes(k)) err(`${at}.quantity unknown field "${k}"`)
        for (const k of ['value', 'low', 'high'])
          if (!isNumOrNull(q[k])) err(`${at}.quantity.${k} must be a number or null`)
        if (!(UNITS.includes(q.unit) || isCurrency(q.unit ?? '')))
          err(
            `${at}.quantity.unit ${JSON.stringify(q.unit)} is not one of ${UNITS.join('|')} or a currency code`,
          )
        const nums = ['value', 'low', 'high'].filter((k) => typeof q[k] === 'number')
        if (q.unit === 'share' ? nums.length : !nums.length)
          err(`${at}.quantity: ${q.unit === 'share' ? 'a share has no numbers' : 'needs value, low or high'}`)
        if (!isStr(q.text)) err(`${at}.quantity.text must be a non-empty string`)
        else if (!c.evidence.includes(q.text))
          err(`${at}.quantity.text ${JSON.stringify(q.text)} is not in its evidence`)
      }
    }
  })

  // ---- attributions ----
  attributions.forEach((a, i) => {
    const at = `attributions[${i}]`
    if (!a || typeof a !== 'object') {
      err(`${at} must be an object`)
      return
    }
    for (const k of ATTR_KEYS) if (!(k in a)) err(`${at} missing "${k}"`)
    for (const k of Object.keys(a)) if (!ATTR_KEYS.includes(k)) err(`${at} unknown field "${k}"`)
    if (!isStr(a.speaker)) err(`${at}.speaker must be a non-empty string`)
    if (!isStrOrNull(a.outlet)) err(`${at}.outlet must be a string or null`)
    for (const k of ['speaker_text', 'role', 'cue']) {
      if (!isStrOrNull(a[k])) err(`${at}.${k} must be a non-empty string or null`)
      else if (a[k] !== null && !text.includes(a[k])) err(`${at}.${k} not in text: ${JSON.stringify(a[k])}`)
    }
    if ((a.cue === null) !== (a.speaker_text === null))
      err(`${at}: cue and speaker_text must both be null (a quotation without a cue) or both set`)
    if (!isStr(a.quote)) {
      err(`${at}.quote must be a non-empty string`)
      return
    }
    const locs = occurrences(text, a.quote)
    if (!locs.length) err(`${at}.quote not in text: ${JSON.stringify(a.quote.slice(0, 80))}`)
    else if (locs.every((r) => inside(r, bpSpans))) err(`${at}.quote lies inside boilerplate`)
    const ntok = a.quote.trim().split(/\s+/).length
    if (ntok > 15) err(`${at}.quote has ${ntok} tokens (at most 15)`)
    if (a.quote !== a.quote.trim()) err(`${at}.quote has leading or trailing whitespace`)
  })

  const n = {
    entities: entities.length,
    claims: claims.length,
    attributions: attributions.length,
    boilerplate: boilerplate.length,
  }
  for (const k of Object.keys(totals)) totals[k] += n[k]
  console.log(
    `${id}: ${errs.length ? `${errs.length} error(s)` : 'ok'} · entities ${n.entities} · claims ${n.claims} · attributions ${n.attributions} · boilerplate ${n.boilerplate}`,
  )
  for (const m of errs) console.log(`  ${id}: ${m}`)
  errors += errs.length
}

console.log(
  `total: entities ${totals.entities} · claims ${totals.claims} · attributions ${totals.attributions} · boilerplate ${totals.boilerplate} · ${errors ? `${errors} error(s)` : 'clean'}`,
)
process.exit(errors ? 1 : 0)
