import { lookupExact } from './lexicon.js'
import { runEndingAt, runStartingAt } from './organisations.js'
import type { Candidate, ExtractContext, Extractor } from './types.js'

/**
 * Companies marked by a legal form, which stays outside the span: "AGAT-Control Systems, OJSC" and
 * "Peleng OJSC" → the name before it; "OJSC Peleng", "JSC «Peleng»" → the name after it.
 * Also a quoted name followed by a company noun: the "Zenit-BelOMO" enterprise → Zenit-BelOMO.
 */
export const legalForms: Extractor = {
  name: 'legal-forms',
  extract(ctx) {
    const out: Candidate[] = []
    const ws = ctx.words
    const forms = ctx.lexicon.legalForms
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!
      if (!forms.has(w.text)) continue
      // name, FORM
      const before = ws[i - 1]
      if (before && /^,?[ \t\u00A0]$/.test(ctx.text.slice(before.end, w.start)) && !forms.has(before.text)) {
        const run = runEndingAt(ctx, i - 1)
        if (run) {
          let first = run.first
          while (first < run.last && !nameStart(ctx, first)) first++
          out.push(org(ctx, ws[first]!.start, before.end, 'legal-forms.after'))
          continue
        }
      }
      // FORM name / FORM "name"
      const rest = ctx.text.slice(w.end, w.end + 80)
      const quoted = /^[ \t\u00A0]*["“«„']([^"”»“'\n]{2,60})["”»“']/u.exec(rest)
      if (quoted) {
        const start = w.end + quoted[0].indexOf(quoted[1]!)
        out.push(org(ctx, start, start + quoted[1]!.length, 'legal-forms.before'))
        continue
      }
      const next = ws[i + 1]
      if (next && /^[ \t\u00A0]$/.test(ctx.text.slice(w.end, next.start))) {
        const run = runStartingAt(ctx, i + 1)
        if (run) out.push(org(ctx, next.start, ws[run.last]!.end, 'legal-forms.before'))
      }
    }
    // the "Zenit-BelOMO" enterprise
    for (const m of ctx.text.matchAll(/["“«„]([\p{Lu}\d][^"”»“\n]{1,60}?)["”»][ \t\u00A0]+(\p{Ll}+)/gu)) {
      if (!COMPANY_NOUNS.has(m[2]!)) continue
      const start = m.index + 1
      out.push(org(ctx, start, start + m[1]!.length, 'legal-forms.quoted'))
    }
    return out
  },
}

/** Nouns that make a quoted name before them a company: the "X" enterprise / plant / holding. */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set(
  'enterprise plant factory company holding concern corporation group bureau firm association manufacturer works'.split(
    ' ',
  ),
)

function nameStart(ctx: ExtractContext, i: number): boolean {
  const w = ctx.words[i]!
  const pos = ctx.posAt(w.start)
  return !(w.initial && pos !== 'PROPN' && pos !== 'NUM')
}

function org(ctx: ExtractContext, start: number, end: number, rule: string): Candidate {
  const known = lookupExact(ctx.lexicon, ctx.text.slice(start, end)).find((e) => e.type === 'ORG')
  return { start, end, type: 'ORG', rule, ref: known?.ref ?? null, canonical: known?.canonical ?? null }
}
