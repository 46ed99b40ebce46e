/**
 * A span into a text: UTF-16 code-unit offsets, end exclusive — the unit JavaScript strings use,
 * so `text.slice(span.start, span.end)` is the covered text.
 */
export interface Span {
  readonly start: number
  readonly end: number
}

export function span(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`)
  }
  return { start, end }
}

export const spanText = (text: string, s: Span): string => text.slice(s.start, s.end)

export const spanLength = (s: Span): number => s.end - s.start

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end

export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end

/**
 * Index of the first item of `sorted` (in ascending order of `at`) whose offset is ≥ `offset`, by
 * binary search; `sorted.length` when there is none.
 *
 * @example firstAtOrAfter([{ start: 0 }, { start: 5 }], 3, (s) => s.start) // 1
 */
export function firstAtOrAfter<T>(sorted: readonly T[], offset: number, at: (item: T) => number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (at(sorted[mid]!) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Sorts spans by start, then by longer first. Returns a new array. */
export const sortSpans = <T extends Span>(spans: readonly T[]): T[] =>
  [...spans].sort((a, b) => a.start - b.start || b.end - a.end)

/** Merges overlapping or touching spans into a sorted, disjoint list. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = []
  for (const s of sortSpans(spans)) {
    const last = out[out.length - 1]
    if (last && s.start <= last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) }
    else out.push({ start: s.start, end: s.end })
  }
  return out
}

/**
 * Items with a span, indexed for the question "which of them overlap this span?" in time
 * logarithmic in their number plus the answers, instead of a scan of all of them: on a long
 * document, a scan per sentence or per quotation makes the whole pass quadratic. The answers come
 * in the order the items were given, so `find` on them picks what `find` on the list would.
 *
 * @example new SpanIndex([{ start: 0, end: 4 }, { start: 10, end: 12 }], (s) => s).overlapping(3, 11)
 * // both items
 */
export class SpanIndex<T> {
  /** Positions in `items`, by start. */
  private readonly order: number[]
  private readonly starts: number[]
  /** The greatest end among the first k spans by start. */
  private readonly maxEnd: number[]

  constructor(
    private readonly items: readonly T[],
    private readonly spanOf: (item: T) => Span,
  ) {
    const spans = items.map(spanOf)
    this.order = items.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b)
    this.starts = this.order.map((i) => spans[i]!.start)
    this.maxEnd = []
    let max = Number.NEGATIVE_INFINITY
    for (const i of this.order) {
      max = Math.max(max, spans[i]!.end)
      this.maxEnd.push(max)
    }
  }

  /**
   * The items whose span overlaps `[start, end)` (as `overlaps` says: an empty span overlaps
   * only what strictly contains its position), in the order given.
   */
  overlapping(start: number, end: number): T[] {
    // spans that start before `end` and end after `start`
    return this.scan(end, start + 1, (s) => s.start < end && start < s.end)
  }

  /** The items whose span contains `[start, end)`, in the order given. */
  containing(start: number, end: number): T[] {
    // spans that start at or before `start` and end at or after `end`
    return this.scan(start + 1, end, (s) => s.start <= start && end <= s.end)
  }

  /** The items whose span starts at `from` or after and before `to`, in the order given. */
  startingIn(from: number, to: number): T[] {
    const hits: number[] = []
    for (
      let k = firstAtOrAfter(this.starts, from, (s) => s);
      k < this.starts.length && this.starts[k]! < to;
      k++
    )
      hits.push(this.order[k]!)
    return hits.sort((a, b) => a - b).map((i) => this.items[i]!)
  }

  /** The items whose span lies within `[start, end]`, in the order given. */
  within(start: number, end: number): T[] {
    return this.startingIn(start, end + 1).filter((x) => this.spanOf(x).end <= end)
  }

  /** The items starting before `before`, among which those ending at or after `reach`, that pass `test`. */
  private scan(before: number, reach: number, test: (s: Span) => boolean): T[] {
    const hits: number[] = []
    for (let k = firstAtOrAfter(this.starts, before, (s) => s) - 1; k >= 0 && this.maxEnd[k]! >= reach; k--) {
      const i = this.order[k]!
      if (test(this.spanOf(this.items[i]!))) hits.push(i)
    }
    return hits.sort((a, b) => a - b).map((i) => this.items[i]!)
  }
}
