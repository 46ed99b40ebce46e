import type { Span } from '../../model/span.js'
import type { Found } from './found.js'
import { isWsCode } from './text.js'

/** A span of raw text the cleaner removes, with the finds it was merged from. */
export interface Removal extends Span {
  /** Rule of the find covering the most characters (ties: the earlier rule in `boilerplateRules`). */
  readonly rule: string
  readonly reason: string
  /** Every rule that contributed, in order of first appearance. */
  readonly rules: readonly string[]
  readonly join: 'paragraph' | 'none'
}

/**
 * The overlap policy, in full:
 * 1. Finds are trimmed of surrounding whitespace; empty finds are dropped.
 * 2. Finds that overlap, touch, or are separated only by spaces or tabs on the same line are merged
 *    into one removal covering all of them (a caption run into a link block is one removal).
 *    Finds on different lines stay separate removals.
 * 3. A removal is named after the find that covers the most characters; ties go to the rule
 *    listed first. Its reason lists every contributing rule.
 * 4. A removal joins the text around it with a paragraph break if any of its finds does.
 *
 * `order` gives each rule id's rank for tie-breaking.
 */
export function mergeFinds(text: string, finds: readonly Found[], order: readonly string[] = []): Removal[] {
  const ranks = new Map(order.map((r, i) => [r, i]))
  const rank = (rule: string): number => ranks.get(rule) ?? order.length
  const trimmed: Found[] = []
  for (const f of finds) {
    let s = f.start
    let e = f.end
    while (s < e && isWsCode(text.charCodeAt(s))) s++
    while (e > s && isWsCode(text.charCodeAt(e - 1))) e--
    if (e > s) trimmed.push(s === f.start && e === f.end ? f : { ...f, start: s, end: e })
  }
  trimmed.sort((a, b) => a.start - b.start || b.end - a.end || rank(a.rule) - rank(b.rule))
  const out: Removal[] = []
  let group: Found[] = []
  let gEnd = -1
  const flush = (): void => {
    if (!group.length) return
    let best = group[0]!
    for (const f of group) {
      const len = f.end - f.start
      const bestLen = best.end - best.start
      if (len > bestLen || (len === bestLen && rank(f.rule) < rank(best.rule))) best = f
    }
    const rules = [...new Set(group.map((f) => f.rule))]
    const reasons = [...new Set(group.map((f) => f.reason))]
    out.push({
      start: group[0]!.start,
      end: gEnd,
      rule: best.rule,
      reason: reasons.join('; '),
      rules,
      join: group.some((f) => f.join === 'paragraph') ? 'paragraph' : 'none',
    })
    group = []
  }
  for (const f of trimmed) {
    if (group.length && (f.start <= gEnd || onlySpacesBetween(text, gEnd, f.start))) {
      group.push(f)
      gEnd = Math.max(gEnd, f.end)
    } else {
      flush()
      group = [f]
      gEnd = f.end
    }
  }
  flush()
  return out
}

function onlySpacesBetween(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 0xa0) return false
  }
  return true
}
