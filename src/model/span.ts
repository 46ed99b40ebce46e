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
