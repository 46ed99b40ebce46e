#!/usr/bin/env node
/**
 * Synthetic corpus generator for benchmarks.
 *
 *   node bench/generate.mjs N OUTDIR [--seed S] [--examples DIR]
 *
 * Writes N plain-text articles to OUTDIR/0000/gen-000000.txt, OUTDIR/0000/gen-000001.txt, …
 * (1000 files per subfolder) and prints a one-line summary. The articles are recombined from the
 * bundled plain-text examples (`examples/txt/*.txt`): paragraphs are dropped, reordered and borrowed
 * from other articles, sentences are swapped between articles, figures are scaled, the fictional
 * people and outlets are renamed and a few spellings are varied (Lukashenko/Lukashenka, tonnes/tons),
 * so that near-duplicate detection does not see them all as copies of one another. Site furniture
 * lines (captions, "Read more", trailers) are carried along, as in real scraped pages.
 *
 * The output is deterministic: article i depends only on the seed, i and the example files, not on
 * N. Generated text is for measuring speed and memory only. Its figures and attributions are
 * scrambled on purpose and are not facts; never use it for evaluation or show it as evidence.
 *
 * In-process use (the file is ESM and has no dependencies):
 *
 *   import { generate } from './generate.mjs'
 *   for (const { name, text } of generate({ n: 100, seed: 7 })) { … }   // name: '0000/gen-000042.txt'
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
export const defaultExamplesDir = resolve(here, '..', 'examples')
const FILES_PER_FOLDER = 1000

/** mulberry32: a small, fast 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a over a string, used to derive one independent PRNG seed per article. */
function hash32(s) {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)]
const chance = (rng, p) => rng() < p
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1))

function shuffle(rng, xs) {
  const out = xs.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

// Sentence boundaries: ". The", "?” He", and the scraped "Belarus.The" with no space at all.
const SENTENCE_END = /(?<=[.!?][’”"»)]?)\s+(?=[A-Z‘“"«(А-ЯІЇЄҐ])|(?<=[a-z][.!?][’”"]?)(?=[A-Z][a-z])/u

export function splitSentences(paragraph) {
  return paragraph
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean)
}

const words = (s) => s.split(/\s+/).filter(Boolean).length

/**
 * A line is prose when it reads like running text: enough words and sentence punctuation, or a long
 * run-together block (tabloid pages glue captions and link blocks into the text; they stay in).
 * Short lines that are not prose (headlines, bylines, captions, link lines, trailers) are furniture.
 */
function isProse(line) {
  const n = words(line)
  return (n >= 12 && /[.!?’”"»]$/.test(line)) || n >= 40
}

// Headline candidates: furniture lines of 6–20 words that are not bylines, list items, notes or link lines.
const NOT_A_TITLE =
  /[:|·@#/]|^[-–•[©(\d]|^(By|Source|Follow|Share|Tags|Previous|Next|Posted|Subscribe|Related|Download|Cite)\b/
const isTitle = (l) =>
  words(l) >= 6 && words(l) <= 20 && !NOT_A_TITLE.test(l) && /[\p{L}\p{N}’”'"?]$/u.test(l)

/** Reads `DIR/txt/*.txt` (or `DIR/*.txt`) into titles, prose paragraphs and furniture lines. */
export function loadExamples(examplesDir = defaultExamplesDir) {
  const dir = existsSync(join(examplesDir, 'txt')) ? join(examplesDir, 'txt') : examplesDir
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  if (files.length === 0) throw new Error(`no .txt examples in ${dir}`)
  const articles = files.map((file) => {
    const lines = readFileSync(join(dir, file), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
    const prose = lines.filter(isProse)
    const furniture = lines.filter((l) => !isProse(l) && words(l) <= 30)
    const titles = furniture.filter(isTitle)
    return { file, titles, paragraphs: prose.map(splitSentences), furniture }
  })
  const sentences = articles.flatMap((a) => a.paragraphs.flat()).filter((s) => words(s) >= 6)
  const furniture = articles.flatMap((a) => a.furniture)
  const titles = articles.flatMap((a) => a.titles)
  return { articles, sentences, furniture, titles }
}

// The fictional people and outlets of the examples, renamed per article. Real people, places and
// organisations are left alone, except for the spelling variants below.
const FICTIONAL_PEOPLE = [
  ['Ieva', 'Gaile'],
  ['Jonas', 'Petraitis'],
  ['Tom', 'Ashcroft'],
  ['Dmytro', 'Savchuk'],
  ['Helena', 'Brandt'],
  ['Piotr', 'Zawadzki'],
  ['Tomas', 'Vaitkus'],
  ['Oksana', 'Melnyk'],
  ['Mark', 'Hollis'],
]
const FIRST_NAMES = (
  'Anna Marta Olena Laura Inga Sofia Ewa Kristina Maria Ruta ' +
  'Andrius Pavel Mykola Lukas Erik Viktor Janis Roman Daniel Karol'
).split(' ')
const LAST_NAMES = (
  'Ozols Kaminska Bondarenko Lehtonen Novak Berzins Shevchuk Kowalski ' +
  'Rimkus Lindgren Tkachenko Horvath Mazur Kalnins Dvorak Sorensen'
).split(' ')
const FICTIONAL_OUTLETS = [
  'Clarion',
  'Baltic Wire',
  'Eastern Europe Today',
  'Siver News',
  'Eastern Flank Institute',
  'Eastgate Compliance Brief',
  'Central Europe Daily',
  'Northern Border Watch',
]
const OUTLET_POOL = (
  'Daily Beacon|Nordic Wire|Border Review|Polesie Post|Amber Coast Times|' +
  'Dnipro Herald|Riga Security Notes|Eastern Ledger|Vilnius Monitor|Frontier Digest'
).split('|')

// [pattern, alternatives]: spelling and wording variants seen across outlets.
const VARIANTS = [
  [/\bLukashenko\b/g, ['Lukashenko', 'Lukashenka']],
  [/\bLukashenka\b/g, ['Lukashenka', 'Lukashenko']],
  [/\btonnes\b/g, ['tonnes', 'tons', 'metric tons']],
  [/\bdefence\b/g, ['defence', 'defense']],
  [/\bBelarusian\b/g, ['Belarusian', 'Belarusian', 'Belarussian']],
  [/\bGomel\b/g, ['Gomel', 'Homel', 'Homyel']],
  [/\bmore than(?= \d)/g, ['more than', 'over', 'upwards of']],
  [/\babout(?= \d)/g, ['about', 'around', 'some']],
  [/\breportedly\b/g, ['reportedly', 'allegedly', 'apparently']],
  [/\bsaid\b/g, ['said', 'said', 'stated']],
]

const NUMBER = /(?<![\w.,/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w/-]|[.,]\d)/g
const KEEP_NUMBER = /^(?:19\d\d|20\d\d|558)$/

/** Scales a figure by 0.6–1.6 and rounds it to two significant digits; keeps years and small numbers. */
function varyNumber(rng, raw) {
  const value = Number(raw.replace(/,/g, ''))
  if (KEEP_NUMBER.test(raw) || value < 40) return raw
  const scaled = value * (0.6 + rng())
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(scaled)) - 1)
  const rounded = Math.max(magnitude, Math.round(scaled / magnitude) * magnitude)
  return raw.includes(',') ? rounded.toLocaleString('en-US') : String(rounded)
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Builds the per-article text rewriter: renamed people and outlets, varied figures and spellings. */
function makeRewriter(rng) {
  const replacements = []
  for (const [first, last] of FICTIONAL_PEOPLE) {
    const nf = pick(rng, FIRST_NAMES)
    const nl = pick(rng, LAST_NAMES)
    replacements.push([new RegExp(`\\b${first} ${last}\\b`, 'g'), `${nf} ${nl}`])
    replacements.push([new RegExp(`\\b${last}\\b`, 'g'), nl])
  }
  for (const outlet of FICTIONAL_OUTLETS) {
    replacements.push([new RegExp(`\\b${escapeRegExp(outlet)}\\b`, 'g'), pick(rng, OUTLET_POOL)])
  }
  const variantChoice = VARIANTS.map(([re, alts]) => [re, alts, chance(rng, 0.5) ? pick(rng, alts) : null])
  const numberRate = 0.3 + rng() * 0.6
  return (text) => {
    let out = text
    for (const [re, to] of replacements) out = out.replace(re, to)
    for (const [re, alts, fixed] of variantChoice) {
      out = out.replace(re, (m) => fixed ?? (chance(rng, 0.3) ? pick(rng, alts) : m))
    }
    return out.replace(NUMBER, (m) => (chance(rng, numberRate) ? varyNumber(rng, m) : m))
  }
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
)

function dateline(rng) {
  const y = int(rng, 2022, 2024)
  const m = int(rng, 0, 11)
  const d = int(rng, 1, 28)
  const dd = String(d).padStart(2, '0')
  const mm = String(m + 1).padStart(2, '0')
  return pick(rng, [
    `${d} ${MONTHS[m]} ${y}`,
    `${MONTHS[m]} ${d}, ${y} ${int(rng, 1, 12)}:${String(int(rng, 0, 59)).padStart(2, '0')} AM`,
    `${dd}.${mm}.${y}, ${int(rng, 7, 22)}:${String(int(rng, 0, 59)).padStart(2, '0')}`,
    `Posted on ${d} ${MONTHS[m]} ${y}`,
  ])
}

/** Builds one article from the examples with its own PRNG. */
function buildArticle(rng, corpus) {
  const { articles, sentences, furniture, titles } = corpus
  const base = pick(rng, articles)
  const rewrite = makeRewriter(rng)

  // Body: most of the base article's paragraphs, partly reordered, plus paragraphs borrowed from others.
  let paragraphs = base.paragraphs.filter(() => chance(rng, 0.6))
  const lead = paragraphs.length > 0 && chance(rng, 0.7) ? paragraphs.shift() : null
  paragraphs = shuffle(rng, paragraphs)
  const borrowed = int(rng, 2, 6)
  for (let i = 0; i < borrowed; i++) {
    const other = pick(rng, articles)
    if (other.paragraphs.length === 0) continue
    paragraphs.splice(int(rng, 0, paragraphs.length), 0, pick(rng, other.paragraphs))
  }
  if (lead) paragraphs.unshift(lead)

  // Sentences: swap some for sentences from anywhere in the corpus, shuffle a few paragraphs inside.
  paragraphs = paragraphs.map((p) => {
    let s = p.slice()
    const swaps = s.length >= 2 && chance(rng, 0.5) ? Math.ceil(s.length / 4) : 0
    for (let k = 0; k < swaps; k++) s[int(rng, 1, s.length - 1)] = pick(rng, sentences)
    if (s.length >= 3 && chance(rng, 0.15)) s = [s[0], ...shuffle(rng, s.slice(1))]
    if (chance(rng, 0.25)) s.push(pick(rng, sentences))
    // Scraped pages lose the space between sentences now and then ("Belarus.The").
    return s.reduce((acc, x) => (acc === '' ? x : acc + (chance(rng, 0.04) ? '' : ' ') + x), '')
  })

  // Keep to a plausible length: 250–1100 words.
  const target = int(rng, 250, 1100)
  const body = []
  let count = 0
  for (const p of paragraphs) {
    if (count >= target) break
    body.push(p)
    count += words(p)
  }
  while (count < 250 && sentences.length > 0) {
    const p = Array.from({ length: int(rng, 2, 4) }, () => pick(rng, sentences)).join(' ')
    body.push(p)
    count += words(p)
  }

  // Furniture: a title, sometimes a dateline, a few site lines in the body, sometimes a trailer.
  const title = base.titles.length > 0 && chance(rng, 0.6) ? pick(rng, base.titles) : pick(rng, titles)
  const lines = []
  const titleAtEnd = chance(rng, 0.1)
  if (!titleAtEnd) lines.push(title)
  if (chance(rng, 0.6)) lines.push(dateline(rng))
  const inserts = furniture.length > 0 ? int(rng, 0, 3) : 0
  for (let i = 0; i < inserts; i++) body.splice(int(rng, 1, body.length), 0, pick(rng, furniture))
  lines.push(...body)
  if (titleAtEnd) lines.push(title)
  if (chance(rng, 0.4) && furniture.length > 0) lines.push(pick(rng, furniture))

  const separator = chance(rng, 0.7) ? '\n\n' : '\n'
  return rewrite(lines.join(separator)) + '\n'
}

/**
 * Yields `n` generated articles as `{ name, text }`, where `name` is the path relative to the output
 * folder ('0000/gen-000000.txt'). Article i is the same for a given seed whatever `n` is.
 *
 * @example
 *   const docs = [...generate({ n: 10, seed: 1 })]
 */
export function* generate({ n = 1000, seed = 1, examplesDir = defaultExamplesDir } = {}) {
  const corpus = loadExamples(examplesDir)
  for (let i = 0; i < n; i++) {
    const rng = mulberry32(hash32(`${seed}:${i}`))
    const folder = String(Math.floor(i / FILES_PER_FOLDER)).padStart(4, '0')
    yield { name: `${folder}/gen-${String(i).padStart(6, '0')}.txt`, text: buildArticle(rng, corpus) }
  }
}

function usage(message) {
  if (message) process.stderr.write(`generate: ${message}\n`)
  process.stderr.write('usage: node bench/generate.mjs N OUTDIR [--seed S] [--examples DIR]\n')
  process.exit(2)
}

function main(argv) {
  const positional = []
  let seed = 1
  let examplesDir = defaultExamplesDir
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--seed') seed = Number(argv[++i])
    else if (arg.startsWith('--seed=')) seed = Number(arg.slice(7))
    else if (arg === '--examples') examplesDir = resolve(argv[++i] ?? '')
    else if (arg === '-h' || arg === '--help') usage()
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`)
    else positional.push(arg)
  }
  if (positional.length !== 2) usage()
  const n = Number(positional[0])
  if (!Number.isInteger(n) || n < 0) usage(`N must be a non-negative integer, got ${positional[0]}`)
  if (!Number.isInteger(seed)) usage('--seed must be an integer')
  const outDir = resolve(positional[1])

  let totalWords = 0
  let totalBytes = 0
  const made = new Set()
  for (const { name, text } of generate({ n, seed, examplesDir })) {
    const path = join(outDir, name)
    const folder = dirname(path)
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    writeFileSync(path, text)
    totalWords += words(text)
    totalBytes += Buffer.byteLength(text)
  }
  const mb = (totalBytes / 1048576).toFixed(1)
  process.stdout.write(
    `generated ${n} articles, ${totalWords} words, ${totalBytes} bytes (${mb} MB) in ${outDir} (seed ${seed})\n`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2))
}
