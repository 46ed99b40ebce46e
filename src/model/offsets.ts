import type { Span } from './span.js'

/**
 * Maps offsets of a derived text (the cleaned text) back to the text it was made from.
 *
 * The derived text is a sequence of pieces: runs copied from the source, and inserted
 * characters (a space repaired between "Ukraine.In"). A copied run maps one to one; an inserted
 * character maps to the source position where it was inserted, so a span that starts or ends
 * on it still lands between the right source characters.
 *
 * ```ts
 * const b = new OffsetMapBuilder('Ukraine.In his')
 * b.copy(0, 8); b.insert(' '); b.copy(8, 14)
 * const { text, map } = b.build() // text 'Ukraine. In his'
 * map.toSource({ start: 9, end: 11 }) // { start: 8, end: 10 } — "In"
 * ```
 */
export class OffsetMap {
  /** Flat triples [derivedStart, sourceStart, length] of copied runs, sorted by derivedStart. */
  readonly runs: readonly number[]
  readonly derivedLength: number
  readonly sourceLength: number

  constructor(runs: readonly number[], derivedLength: number, sourceLength: number) {
    this.runs = runs
    this.derivedLength = derivedLength
    this.sourceLength = sourceLength
  }

  static identity(length: number): OffsetMap {
    return new OffsetMap(length ? [0, 0, length] : [], length, length)
  }

  /** Source offset of a derived offset (0…derivedLength inclusive). */
  toSourceOffset(offset: number, bias: 'start' | 'end' = 'start'): number {
    const r = this.runs
    const n = r.length / 3
    if (n === 0) return 0
    // last run whose derivedStart <= offset (for 'end', a run must start before offset)
    let lo = 0
    let hi = n - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const ds = r[mid * 3]!
      if (bias === 'end' ? ds < offset : ds <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (found < 0) return r[1]!
    const ds = r[found * 3]!
    const ss = r[found * 3 + 1]!
    const len = r[found * 3 + 2]!
    if (offset - ds <= len) return ss + (offset - ds)
    // inside an insertion after this run: map to the next run's start, or the run's end
    const next = found + 1 < n ? r[(found + 1) * 3 + 1]! : ss + len
    return bias === 'end' ? ss + len : next
  }

  toSource(s: Span): Span {
    const start = this.toSourceOffset(s.start, 'start')
    const end = Math.max(start, this.toSourceOffset(s.end, 'end'))
    return { start, end }
  }

  /** Derived offset of a source offset; a source position inside a removed part maps to where it was cut. */
  toDerivedOffset(offset: number): number {
    const r = this.runs
    const n = r.length / 3
    let lo = 0
    let hi = n - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (r[mid * 3 + 1]! <= offset) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (found < 0) return 0
    const ds = r[found * 3]!
    const ss = r[found * 3 + 1]!
    const len = r[found * 3 + 2]!
    return ds + Math.min(offset - ss, len)
  }

  toJSON(): { runs: readonly number[]; derivedLength: number; sourceLength: number } {
    return { runs: this.runs, derivedLength: this.derivedLength, sourceLength: this.sourceLength }
  }

  static fromJSON(j: { runs: readonly number[]; derivedLength: number; sourceLength: number }): OffsetMap {
    return new OffsetMap(j.runs, j.derivedLength, j.sourceLength)
  }
}

/** Builds a derived text and its offset map by copying source ranges and inserting characters. */
export class OffsetMapBuilder {
  private readonly parts: string[] = []
  private readonly runs: number[] = []
  private length = 0

  constructor(private readonly source: string) {}

  copy(start: number, end: number): this {
    if (end <= start) return this
    const r = this.runs
    const n = r.length
    // extend the previous run when contiguous in both texts
    if (n && r[n - 3]! + r[n - 1]! === this.length && r[n - 2]! + r[n - 1]! === start)
      r[n - 1]! += end - start
    else r.push(this.length, start, end - start)
    this.parts.push(this.source.slice(start, end))
    this.length += end - start
    return this
  }

  insert(text: string): this {
    this.parts.push(text)
    this.length += text.length
    return this
  }

  get derivedLength(): number {
    return this.length
  }

  /** The last character written so far, or '' at the start. */
  lastChar(): string {
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i]!
      if (p.length) return p[p.length - 1]!
    }
    return ''
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap([...this.runs], this.length, this.source.length) }
  }
}
