/** Rendering helpers shared by the commands: readable tables by default, JSON for scripts. */

export type OutputFormat = 'table' | 'json'

export function parseFormat(
  value: string | undefined,
  allowed: readonly string[] = ['table', 'json'],
): string {
  const v = value ?? allowed[0]!
  if (!allowed.includes(v)) throw new UsageError(`unknown format "${v}" (expected ${allowed.join(', ')})`)
  return v
}

/** A usage mistake: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  readonly code = 'DOSSIER_E_USAGE'
}

/** Pads columns to their widest cell; cells are cut at `maxWidth` with an ellipsis. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly unknown[])[],
  maxWidth = 60,
): string {
  const cell = (v: unknown): string => {
    const s = v == null ? '' : String(v).replace(/\s+/g, ' ')
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s
  }
  const body = rows.map((r) => r.map(cell))
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)))
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

export const json = (v: unknown): string => JSON.stringify(v, null, 2)
