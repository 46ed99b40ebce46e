/** One data row of a TSV file: its cells by header name and its 1-based line number. */
export interface TsvRow {
  readonly line: number
  readonly cells: Readonly<Record<string, string>>
}

/**
 * Parses a tab-separated file whose first non-comment line is the header. Blank lines and lines
 * starting with `#` are skipped; missing trailing cells are empty strings. Throws when the header
 * differs from `columns` or a row has more cells than the header.
 *
 * @example parseTsv('cue\tkind\nsaid\tsay\n', ['cue', 'kind']) // [{ line: 2, cells: { cue: 'said', kind: 'say' } }]
 */
export function parseTsv(text: string, columns: readonly string[]): TsvRow[] {
  const rows: TsvRow[] = []
  let header: string[] | null = null
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '' || raw.startsWith('#')) return
    const cells = raw.split('\t')
    if (header === null) {
      header = cells.map((c) => c.trim())
      if (header.join('\t') !== columns.join('\t')) {
        throw new Error(`line ${line}: header is "${header.join(' | ')}", expected "${columns.join(' | ')}"`)
      }
      return
    }
    if (cells.length > columns.length) {
      throw new Error(`line ${line}: ${cells.length} cells, the header has ${columns.length}`)
    }
    const record: Record<string, string> = {}
    columns.forEach((name, i) => {
      record[name] = (cells[i] ?? '').trim()
    })
    rows.push({ line, cells: record })
  })
  if (header === null) throw new Error('no header line')
  return rows
}
