/**
 * Scores predictions against gold annotations with exactly the rules and figures of the
 * reference scorer `../shared/eval/score.mjs` (ported, not shelled out to, so Dossier does not
 * need that folder). Every rule, tie-break, iteration order and floating-point operation order
 * follows the reference; `score.test.ts` checks agreement on the development corpus.
 *
 * Matching, per document, then summed:
 * - entities: distinct normalised surfaces with the same type;
 * - resolution: over gold surfaces also predicted, B-cubed and pairwise links of the canonical
 *   groupings, within each document and across all documents;
 * - claims: same relation, predicted evidence covering at least half of the gold sentence and
 *   no longer than 1.5× it + 40, and an agent that denotes the gold agent;
 * - attributions: quote covering at least half of the gold quote, and a speaker that denotes
 *   the gold speaker;
 * - boilerplate: gold fragments every occurrence of which is ≥ 80% covered, and gold evidence
 *   and quotes that stay (almost) uncovered.
 */
import type { Prediction } from './contract.js'
import type { Gold } from './gold.js'

// ---------- report shape ----------

export interface Prf {
  p: number
  r: number
  f: number
  tp: number
  np: number
  ng: number
}

export interface BCubed {
  p: number
  r: number
  f: number
  n: number
}

export interface DocumentScore {
  id: string
  entities: Prf
  resolution: BCubed
  claims: Prf
  attributions: Prf
}

/** The reference scorer's `out` object (its `--json` output), plus `misses` when verbose. */
export interface ScoreReport {
  documents: number
  entities: Prf
  entitiesUntyped: Prf
  byType: Record<string, Prf>
  resolutionWithinDoc: BCubed
  resolutionAcrossDocs: BCubed
  resolutionLinks: Prf
  claims: Prf
  claimsRelationAndSentence: Prf
  claimQuantityAccuracy: number | null
  claimRecipientAccuracy: number | null
  claimHedgeAccuracy: number | null
  attributions: Prf
  attributionQuotesOnly: Prf
  boilerplateRemoved: number | null
  articleTextKept: number | null
  perDocument: DocumentScore[]
  /** Lines explaining misses and spurious items, in the reference order; only when verbose. */
  misses?: string[]
}

export interface ScoreItem {
  readonly id: string
  /** The raw text of `<id>.txt`; null when it is missing (nothing can then be located in it). */
  readonly text: string | null
  readonly gold: Gold
  readonly pred: Prediction
}

export interface ScoreOptions {
  verbose?: boolean
}

// ---------- text helpers (as in score.mjs) ----------

export type Range = [number, number]

/** Property of a value of unknown shape, as `x.name` would read it in JavaScript (null-safe). */
const prop = (x: unknown, name: string): unknown =>
  x == null ? undefined : (x as Record<string, unknown>)[name]

export const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
export const key = (s: unknown): string => norm(s).toLowerCase()
const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'by', 'at', 's'])
export const words = (s: unknown): string[] =>
  key(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
export const jaccard = (a: unknown, b: unknown): number => {
  const A = new Set(words(a))
  const B = new Set(words(b))
  if (!A.size || !B.size) return 0
  let n = 0
  for (const w of A) if (B.has(w)) n++
  return n / (A.size + B.size - n)
}
/** Surface of an argument: the string itself, or its `text`. */
export const textOf = (x: unknown): unknown =>
  x == null ? null : typeof x === 'string' ? x : (prop(x, 'text') ?? null)
/** Name of an argument: the string itself, or its `canonical`, else its `text`. */
export const canonOf = (x: unknown): unknown =>
  x == null ? null : typeof x === 'string' ? x : (prop(x, 'canonical') ?? prop(x, 'text') ?? null)

/** All occurrences of needle in hay, as [start, end) ranges; whitespace-insensitive fallback. */
export function locate(hay: string, needle: string | null | undefined): Range[] {
  if (!needle) return []
  const out: Range[] = []
  let i = hay.indexOf(needle)
  while (i >= 0) {
    out.push([i, i + needle.length])
    i = hay.indexOf(needle, i + 1)
  }
  if (out.length) return out
  const esc = needle
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
  if (!esc) return []
  const re = new RegExp(esc, 'g')
  for (let m = re.exec(hay); m; m = re.exec(hay)) out.push([m.index, m.index + m[0].length])
  return out
}

/** Lines of hay that consist of exactly `line` (surrounding whitespace aside), as ranges. */
export function lineLocs(hay: string, line: string): Range[] {
  const out: Range[] = []
  let pos = 0
  for (const l of hay.split('\n')) {
    if (l.trim() === line) out.push([pos + l.indexOf(line), pos + l.indexOf(line) + line.length])
    pos += l.length + 1
  }
  return out
}

/** Characters two ranges share. */
export const overlap = (a: Range, b: Range): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]))
const spanOf = (x: unknown): Range | null => {
  if (!x) return null
  const start = prop(x, 'start')
  const end = prop(x, 'end')
  return Number.isInteger(start) && Number.isInteger(end) && (end as number) > (start as number)
    ? [start as number, end as number]
    : null
}

const prf = (tp: number, np: number, ng: number): Prf => {
  const p = np ? tp / np : 0
  const r = ng ? tp / ng : 0
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, np, ng }
}
const f2 = (x: number): string => x.toFixed(2)

/** B-cubed over items, given two labelings (item -> cluster label). */
export function bcubed(
  items: readonly string[],
  gold: Map<string, string>,
  pred: Map<string, string>,
): BCubed {
  let P = 0
  let R = 0
  for (const i of items) {
    const sameG = items.filter((j) => gold.get(j) === gold.get(i))
    const sameP = items.filter((j) => pred.get(j) === pred.get(i))
    const both = sameP.filter((j) => gold.get(j) === gold.get(i)).length
    P += both / sameP.length
    R += both / sameG.length
  }
  const n = items.length
  const p = n ? P / n : 0
  const r = n ? R / n : 0
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, n }
}

/** Pairwise links: pairs of items in one cluster; F1 of predicted against gold pairs (singletons give no links). */
export function pairLinks(
  items: readonly string[],
  gold: Map<string, string>,
  pred: Map<string, string>,
): Prf {
  let tp = 0
  let np = 0
  let ng = 0
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const g = gold.get(items[a]!) === gold.get(items[b]!)
      const p = pred.get(items[a]!) === pred.get(items[b]!)
      if (g) ng++
      if (p) np++
      if (g && p) tp++
    }
  }
  return prf(tp, np, ng)
}

const asArray = (x: unknown): unknown[] => (Array.isArray(x) ? x : [])

// ---------- scoring ----------

interface GoldEntityLike {
  text: unknown
  type: unknown
  canonical: unknown
}
interface PredEntityEntry {
  type: unknown
  canonical: unknown
}
type Counts3 = [number, number, number]
type Counts2 = [number, number]

/**
 * Scores each item's prediction against its gold annotation and sums over items, in the order
 * given (the reference scorer takes documents in sorted id order, as `loadGold` returns them).
 * Predictions are read as leniently as the reference reads prediction files.
 */
export function score(items: readonly ScoreItem[], options: ScoreOptions = {}): ScoreReport {
  const verbose = options.verbose === true
  const tot = {
    ent: [0, 0, 0] as Counts3,
    entUntyped: [0, 0, 0] as Counts3,
    claim: [0, 0, 0] as Counts3,
    claimLoose: [0, 0, 0] as Counts3,
    attr: [0, 0, 0] as Counts3,
    attrQuote: [0, 0, 0] as Counts3,
    qty: [0, 0] as Counts2,
    recip: [0, 0] as Counts2,
    hedge: [0, 0] as Counts2,
    bpCovered: [0, 0] as Counts2,
    kept: [0, 0] as Counts2,
    byType: {} as Record<string, Counts3>,
  }
  const corpusItems: string[] = []
  const corpusGold = new Map<string, string>()
  const corpusPred = new Map<string, string>()
  const docRows: DocumentScore[] = []
  const misses: string[] = []

  for (const { id, text, gold: goldIn, pred: predIn } of items) {
    const gold = goldIn as unknown
    const pred = predIn as unknown
    const pEnts = asArray(prop(pred, 'entities'))
    const pClaims = asArray(prop(pred, 'claims'))
    const pAttrs = asArray(prop(pred, 'attributions'))
    const pBp = asArray(prop(pred, 'boilerplate'))

    // ---- entities: distinct (surface, type) per document ----
    const G = new Map<string, GoldEntityLike>()
    for (const e of (prop(gold, 'entities') ?? []) as GoldEntityLike[]) G.set(key(e.text), e)
    const P = new Map<string, PredEntityEntry>()
    for (const e of pEnts) {
      const t = textOf(e)
      if (!t) continue
      if (!P.has(key(t))) P.set(key(t), { type: prop(e, 'type'), canonical: prop(e, 'canonical') ?? t })
    }
    let tp = 0
    let tpU = 0
    for (const [k, e] of P) {
      const g = G.get(k)
      if (g) tpU++
      if (g && g.type === e.type) tp++
      const typeKey = String(e.type)
      tot.byType[typeKey] ??= [0, 0, 0]
      const bt = tot.byType[typeKey]
      bt[1]++
      if (g && g.type === e.type) bt[0]++
    }
    for (const g of G.values()) {
      const typeKey = String(g.type)
      tot.byType[typeKey] ??= [0, 0, 0]
      tot.byType[typeKey][2]++
    }
    tot.ent[0] += tp
    tot.ent[1] += P.size
    tot.ent[2] += G.size
    tot.entUntyped[0] += tpU
    tot.entUntyped[1] += P.size
    tot.entUntyped[2] += G.size
    if (verbose) {
      for (const [k, g] of G) {
        const pe = P.get(k)
        if (!pe || pe.type !== g.type)
          misses.push(
            `${id} entity missed: ${g.text} [${g.type}]${P.has(k) ? ` (predicted ${pe?.type})` : ''}`,
          )
      }
      for (const [k, e] of P) if (!G.has(k)) misses.push(`${id} entity spurious: ${k} [${e.type}]`)
    }

    // ---- resolution: B-cubed over gold surfaces that were predicted ----
    const docItems = [...G.keys()].filter((k) => P.has(k))
    const gl = new Map(docItems.map((k) => [k, key(G.get(k)!.canonical)]))
    const pl = new Map(docItems.map((k) => [k, key(P.get(k)!.canonical)]))
    const res = bcubed(docItems, gl, pl)
    for (const k of docItems) {
      const ck = `${id}\u0000${k}`
      corpusItems.push(ck)
      corpusGold.set(ck, gl.get(k)!)
      corpusPred.set(ck, pl.get(k)!)
    }

    // Map a predicted argument to gold canonical names it may denote.
    const predCanonToGold = new Map<string, Set<string>>() // key(pred canonical) -> Set(key(gold canonical))
    for (const k of docItems) {
      const s = predCanonToGold.get(pl.get(k)!) ?? new Set<string>()
      s.add(gl.get(k)!)
      predCanonToGold.set(pl.get(k)!, s)
    }
    const argMatches = (predArg: unknown, goldName: unknown): boolean => {
      if (goldName == null) return predArg == null || (!textOf(predArg) && !canonOf(predArg))
      if (predArg == null) return false
      const gk = key(goldName)
      const t = textOf(predArg)
      const c = canonOf(predArg)
      for (const x of [t, c]) {
        if (!x) continue
        if (key(x) === gk) return true
        const ge = G.get(key(x))
        if (ge && key(ge.canonical) === gk) return true
        if (predCanonToGold.get(key(x))?.has(gk)) return true
      }
      // descriptive labels that are not gold entities: lenient word overlap
      const isEntity = [...G.values()].some((e) => key(e.canonical) === gk)
      if (!isEntity) return [t, c].some((x) => x && jaccard(x, goldName) >= 0.5)
      return false
    }

    // ---- claims ----
    const goldClaims = ((prop(gold, 'claims') ?? []) as Record<string, unknown>[]).map((c) => ({
      c,
      locs: text ? locate(text, c.evidence as string) : [],
    }))
    const usedG = new Set<number>()
    let ctp = 0
    let ctpLoose = 0
    const usedLoose = new Set<number>()
    const evidenceOk = (pc: unknown, g: { locs: Range[] }): boolean => {
      const ps = spanOf(prop(pc, 'evidence'))
      if (!ps) return false
      return g.locs.some((gs) => {
        const glen = gs[1] - gs[0]
        return overlap(ps, gs) >= 0.5 * glen && ps[1] - ps[0] <= 1.5 * glen + 40
      })
    }
    for (const pc of pClaims) {
      const relation = prop(pc, 'relation')
      // loose: relation + evidence
      const li = goldClaims.findIndex(
        (g, i) => !usedLoose.has(i) && g.c.relation === relation && evidenceOk(pc, g),
      )
      if (li >= 0) {
        usedLoose.add(li)
        ctpLoose++
      }
      const gi = goldClaims.findIndex(
        (g, i) =>
          !usedG.has(i) &&
          g.c.relation === relation &&
          evidenceOk(pc, g) &&
          argMatches(prop(pc, 'agent'), g.c.agent),
      )
      if (gi < 0) {
        if (verbose)
          misses.push(
            `${id} claim spurious: ${relation} ${canonOf(prop(pc, 'agent'))} -> ${canonOf(prop(pc, 'recipient'))} | ${textOf(prop(pc, 'item')) ?? ''}`,
          )
        continue
      }
      usedG.add(gi)
      ctp++
      const g = goldClaims[gi]!.c
      tot.recip[1]++
      if (argMatches(prop(pc, 'recipient'), g.recipient)) tot.recip[0]++
      tot.hedge[1]++
      if ((prop(pc, 'hedge') ?? 'asserted') === g.hedge) tot.hedge[0]++
      const gq = g.quantity as Record<string, unknown> | null | undefined
      if (gq && [gq.value, gq.low, gq.high].some((v) => typeof v === 'number')) {
        tot.qty[1]++
        const pq = prop(pc, 'quantity')
        const near = (a: unknown, b: unknown): boolean =>
          typeof a === 'number' &&
          typeof b === 'number' &&
          Math.abs(a - b) <= Math.max(1e-9, 0.01 * Math.abs(b))
        const ok =
          pq &&
          ['value', 'low', 'high'].every((f) =>
            typeof gq[f] === 'number' ? near(prop(pq, f), gq[f]) : true,
          ) &&
          ['value', 'low', 'high'].some((f) => typeof gq[f] === 'number')
        if (ok) tot.qty[0]++
        else if (verbose)
          misses.push(`${id} quantity wrong: gold ${JSON.stringify(gq)} pred ${JSON.stringify(pq ?? null)}`)
      }
    }
    if (verbose)
      goldClaims.forEach((g, i) => {
        if (!usedG.has(i))
          misses.push(`${id} claim missed: ${g.c.relation} ${g.c.agent} -> ${g.c.recipient} | ${g.c.item}`)
      })
    tot.claim[0] += ctp
    tot.claim[1] += pClaims.length
    tot.claim[2] += goldClaims.length
    tot.claimLoose[0] += ctpLoose
    tot.claimLoose[1] += pClaims.length
    tot.claimLoose[2] += goldClaims.length

    // ---- attributions ----
    const goldAttrs = ((prop(gold, 'attributions') ?? []) as Record<string, unknown>[]).map((a) => ({
      a,
      locs: text ? locate(text, a.quote as string) : [],
    }))
    const usedA = new Set<number>()
    const usedQ = new Set<number>()
    let atp = 0
    let qtp = 0
    const quoteOk = (pa: unknown, g: { locs: Range[] }): boolean => {
      const ps = spanOf(prop(pa, 'quote'))
      if (!ps) return false
      return g.locs.some((gs) => overlap(ps, gs) >= 0.5 * (gs[1] - gs[0]))
    }
    for (const pa of pAttrs) {
      const qi = goldAttrs.findIndex((g, i) => !usedQ.has(i) && quoteOk(pa, g))
      if (qi >= 0) {
        usedQ.add(qi)
        qtp++
      }
      const ai = goldAttrs.findIndex(
        (g, i) => !usedA.has(i) && quoteOk(pa, g) && argMatches(prop(pa, 'speaker'), g.a.speaker),
      )
      if (ai >= 0) {
        usedA.add(ai)
        atp++
      } else if (verbose) {
        const q = prop(pa, 'quote') as { start: number; end: number }
        misses.push(
          `${id} attribution spurious: ${canonOf(prop(pa, 'speaker'))} | ${text && spanOf(q) ? text.slice(q.start, Math.min(q.end, q.start + 60)) : ''}`,
        )
      }
    }
    if (verbose)
      goldAttrs.forEach((g, i) => {
        if (!usedA.has(i))
          misses.push(`${id} attribution missed: ${g.a.speaker} | ${(g.a.quote as string).slice(0, 60)}`)
      })
    tot.attr[0] += atp
    tot.attr[1] += pAttrs.length
    tot.attr[2] += goldAttrs.length
    tot.attrQuote[0] += qtp
    tot.attrQuote[1] += pAttrs.length
    tot.attrQuote[2] += goldAttrs.length

    // ---- boilerplate ----
    if (text) {
      const spans = pBp.map(spanOf).filter((s): s is Range => s !== null)
      const covered = (r: Range): number => spans.reduce((s, p) => s + overlap(p, r), 0)
      for (const b of (prop(gold, 'boilerplate') ?? []) as string[]) {
        // a short fragment ("-") names a whole line of furniture, not every hyphen in the text
        const locs = b.trim().length <= 3 ? lineLocs(text, b.trim()) : locate(text, b)
        if (!locs.length) continue
        tot.bpCovered[1]++
        if (locs.every((r) => covered(r) >= 0.8 * (r[1] - r[0]))) tot.bpCovered[0]++
        else if (verbose) misses.push(`${id} boilerplate kept: ${b.slice(0, 60)}`)
      }
      for (const g of [...goldClaims, ...goldAttrs]) {
        for (const r of g.locs.slice(0, 1)) {
          tot.kept[1]++
          if (covered(r) < 0.2 * (r[1] - r[0])) tot.kept[0]++
        }
      }
    }

    docRows.push({
      id,
      entities: prf(tp, P.size, G.size),
      resolution: res,
      claims: prf(ctp, pClaims.length, goldClaims.length),
      attributions: prf(atp, pAttrs.length, goldAttrs.length),
    })
  }

  const ratio = (x: Counts2): number | null => (x[1] ? x[0] / x[1] : null)
  const out: ScoreReport = {
    documents: items.length,
    entities: prf(...tot.ent),
    entitiesUntyped: prf(...tot.entUntyped),
    byType: Object.fromEntries(Object.entries(tot.byType).map(([t, v]) => [t, prf(...v)])),
    resolutionWithinDoc: (() => {
      const ws = docRows.reduce((s, d) => s + d.resolution.n, 0)
      const avg = (f: 'p' | 'r' | 'f'): number =>
        ws ? docRows.reduce((s, d) => s + d.resolution[f] * d.resolution.n, 0) / ws : 0
      return { p: avg('p'), r: avg('r'), f: avg('f'), n: ws }
    })(),
    resolutionAcrossDocs: bcubed(corpusItems, corpusGold, corpusPred),
    resolutionLinks: pairLinks(corpusItems, corpusGold, corpusPred),
    claims: prf(...tot.claim),
    claimsRelationAndSentence: prf(...tot.claimLoose),
    claimQuantityAccuracy: ratio(tot.qty),
    claimRecipientAccuracy: ratio(tot.recip),
    claimHedgeAccuracy: ratio(tot.hedge),
    attributions: prf(...tot.attr),
    attributionQuotesOnly: prf(...tot.attrQuote),
    boilerplateRemoved: ratio(tot.bpCovered),
    articleTextKept: ratio(tot.kept),
    perDocument: docRows,
  }
  if (verbose) out.misses = misses
  return out
}

// ---------- printing ----------

/** The last line the reference scorer prints. */
export function summaryLine(report: ScoreReport): string {
  return `summary: entities F1 ${f2(report.entities.f)} · resolution links F1 ${f2(report.resolutionLinks.f)} · claims F1 ${f2(report.claims.f)} · attributions F1 ${f2(report.attributions.f)} · boilerplate ${report.boilerplateRemoved == null ? 'n/a' : f2(report.boilerplateRemoved)}`
}

/** The report without `misses`: exactly the reference scorer's `out` object. */
export function reportJson(report: ScoreReport): Omit<ScoreReport, 'misses'> {
  const { misses: _misses, ...out } = report
  return out
}

export interface FormatOptions {
  /** Append the `misses` lines (present when the report was scored verbose). */
  verbose?: boolean
  /** Print the JSON report instead of the table (the reference's `--json`). */
  json?: boolean
}

/**
 * What the reference scorer prints to stdout for this report, without the final newline:
 * the table (or, with `json`, the JSON report), then the summary line. Print it with a
 * trailing newline (`console.log(formatReport(r))`) to get byte-identical output.
 */
export function formatReport(report: ScoreReport, options: FormatOptions = {}): string {
  return formatReportLines(report, options).join('\n')
}

/**
 * The same output as {@link formatReport}, one string per `console.log` of the reference
 * (the JSON form is one multi-line string); the last is the summary line.
 */
export function formatReportLines(report: ScoreReport, options: FormatOptions = {}): string[] {
  const lines: string[] = []
  if (options.json) {
    lines.push(JSON.stringify(reportJson(report), null, 2))
  } else {
    const row = (name: string, x: Partial<Prf> & { p: number; r: number; f: number }) =>
      lines.push(
        `${name.padEnd(34)} P ${f2(x.p)}  R ${f2(x.r)}  F1 ${f2(x.f)}${x.ng != null ? `   (${x.tp}/${x.np} predicted, ${x.ng} gold)` : ''}`,
      )
    const pct = (x: number | null): string => (x == null ? 'n/a' : f2(x))
    lines.push(`documents: ${report.documents}`)
    row('entities (surface+type)', report.entities)
    row('entities (surface only)', report.entitiesUntyped)
    // the reference sorts [type, figures] pairs with the default comparator, i.e. as strings
    const byType = Object.entries(report.byType).sort((a, b) => compareAsStrings(String(a), String(b)))
    for (const [t, v] of byType) row(`  ${t}`, v)
    row('resolution B3, within document', report.resolutionWithinDoc)
    row('resolution B3, across documents', report.resolutionAcrossDocs)
    row('resolution links (pairwise)', report.resolutionLinks)
    row('claims (relation+sentence+agent)', report.claims)
    row('claims (relation+sentence)', report.claimsRelationAndSentence)
    lines.push(
      `${'  of matched claims: quantity'.padEnd(34)} ${pct(report.claimQuantityAccuracy)}   recipient ${pct(report.claimRecipientAccuracy)}   hedge ${pct(report.claimHedgeAccuracy)}`,
    )
    row('attributions (quote+speaker)', report.attributions)
    row('attributions (quote only)', report.attributionQuotesOnly)
    lines.push(
      `${'boilerplate removed'.padEnd(34)} ${pct(report.boilerplateRemoved)}   article text kept ${pct(report.articleTextKept)}`,
    )
    if (options.verbose) lines.push(...(report.misses ?? []))
  }
  lines.push(summaryLine(report))
  return lines
}

/** Default `Array.prototype.sort` order: UTF-16 code units. */
const compareAsStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

// ---------- minimums ----------

/** Lower bounds, as the reference's `--min-entities` … `--min-boilerplate`. */
export interface Minimums {
  entities?: number
  resolution?: number
  claims?: number
  attributions?: number
  boilerplate?: number
}

export interface UnmetMinimum {
  name: keyof Minimums
  value: number
  min: number
}

/** The figures each minimum bounds: F1s of entities, resolution links, claims and attributions, and boilerplate removed (n/a counts as 0). */
export function minimumFigures(report: ScoreReport): Required<Minimums> {
  return {
    entities: report.entities.f,
    resolution: report.resolutionLinks.f,
    claims: report.claims.f,
    attributions: report.attributions.f,
    boilerplate: report.boilerplateRemoved ?? 0,
  }
}

/** The minimums the report falls short of (a figure below its bound), in the reference's order. */
export function unmetMinimums(report: ScoreReport, mins: Minimums): UnmetMinimum[] {
  const figures = minimumFigures(report)
  const out: UnmetMinimum[] = []
  for (const name of ['entities', 'resolution', 'claims', 'attributions', 'boilerplate'] as const) {
    const min = mins[name]
    if (min != null && figures[name] < Number(min)) out.push({ name, value: figures[name], min })
  }
  return out
}

/** True when no figure is below its bound: the reference scorer would exit 0. */
export function meetsMinimums(report: ScoreReport, mins: Minimums): boolean {
  return unmetMinimums(report, mins).length === 0
}
