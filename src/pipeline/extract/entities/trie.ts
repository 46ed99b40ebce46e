/**
 * A character trie over normalised aliases, walked from word starts of the text. Normalisation is
 * one character for one character (lower case, one apostrophe, one hyphen, one space), so a match
 * in the folded text is a match at the same offsets in the original; runs of spaces in the text
 * match one space of an alias.
 */

export interface TrieNode<V> {
  readonly next: Map<string, TrieNode<V>>
  values: V[] | null
}

const newNode = <V>(): TrieNode<V> => ({ next: new Map(), values: null })

const APOSTROPHES = /['\u2018\u2019\u201B\u2032\u02BC\u02B9`\u00B4]/
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D-]/
const SPACE = /\s/

/** Folds one character: lower case (when that stays one unit), apostrophes, dashes, spaces. */
export function foldChar(c: string): string {
  if (SPACE.test(c)) return ' '
  if (APOSTROPHES.test(c)) return "'"
  if (DASHES.test(c)) return '-'
  const l = c.toLowerCase()
  return l.length === 1 ? l : c
}

/** Folds a whole alias the same way, collapsing whitespace. */
export function foldAlias(alias: string): string {
  let out = ''
  for (const c of alias.normalize('NFKC').trim()) {
    const f = foldChar(c)
    if (f === ' ' && out.endsWith(' ')) continue
    out += f
  }
  return out
}

export const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)

export class AliasTrie<V> {
  private readonly root: TrieNode<V> = newNode()
  size = 0

  add(alias: string, value: V): void {
    const key = foldAlias(alias)
    if (!key) return
    let node = this.root
    for (const c of key) {
      let child = node.next.get(c)
      if (!child) {
        child = newNode()
        node.next.set(c, child)
      }
      node = child
    }
    node.values ??= []
    node.values.push(value)
    this.size++
  }

  /**
   * Every alias that matches `text` from `start` and ends on a word boundary, as [end, values].
   * `plural` lists ends one `s` further when the alias is directly followed by "s" and a boundary
   * (`Su-25s`, `AKMs`); the caller decides which values may take it.
   */
  matchAt(text: string, start: number): { end: number; values: V[]; plural: boolean }[] {
    const out: { end: number; values: V[]; plural: boolean }[] = []
    let node = this.root
    let i = start
    let prevSpace = false
    while (i < text.length) {
      const c = foldChar(text[i]!)
      if (c === ' ' && prevSpace) {
        i++
        continue
      }
      const child = node.next.get(c)
      if (!child) break
      node = child
      prevSpace = c === ' '
      i++
      if (node.values && !prevSpace) {
        const last = text[i - 1]
        const boundary = !isWordChar(text[i]) || !isWordChar(last)
        if (boundary) out.push({ end: i, values: node.values, plural: false })
        else if (text[i] === 's' && !isWordChar(text[i + 1]))
          out.push({ end: i + 1, values: node.values, plural: true })
      }
    }
    return out
  }
}
