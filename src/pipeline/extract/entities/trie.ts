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

const folded = new Map<string, string>()

/** Folds one character: lower case (when that stays one unit), apostrophes, dashes, spaces. */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0)
  // ASCII letters and digits, the common case, without a lookup
  if (code >= 97 && code <= 122) return c
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32)
  if (code >= 48 && code <= 57) return c
  let f = folded.get(c)
  if (f === undefined) {
    if (SPACE.test(c)) f = ' '
    else if (APOSTROPHES.test(c)) f = "'"
    else if (DASHES.test(c)) f = '-'
    else {
      const l = c.toLowerCase()
      f = l.length === 1 ? l : c
    }
    folded.set(c, f)
  }
  return f
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

const WORD_CHAR = /[\p{L}\p{N}]/u

export const isWordChar = (c: string | undefined): boolean => {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true
  return code > 127 && WORD_CHAR.test(c)
}

const NONE: never[] = []

let lastText: string | null = null
let lastFolded = ''

/**
 * `text` with every UTF-16 unit folded by `foldChar` (same length, same offsets), kept for the
 * last text seen: the trie is walked from every word start of one document in turn, so each
 * character is folded once per document rather than once per walk that reaches it.
 */
function foldedText(text: string): string {
  if (text !== lastText) {
    const parts: string[] = new Array(text.length)
    for (let i = 0; i < text.length; i++) parts[i] = foldChar(text[i]!)
    lastFolded = parts.join('')
    lastText = text
  }
  return lastFolded
}

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
    if (!this.root.next.has(foldChar(text[start] ?? ''))) return NONE
    const folded = foldedText(text)
    let out: { end: number; values: V[]; plural: boolean }[] = NONE
    let node = this.root
    let i = start
    let prevSpace = false
    while (i < text.length) {
      const c = folded[i]!
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
        if (boundary) {
          if (out === NONE) out = []
          out.push({ end: i, values: node.values, plural: false })
        } else if (text[i] === 's' && !isWordChar(text[i + 1])) {
          if (out === NONE) out = []
          out.push({ end: i + 1, values: node.values, plural: true })
        }
      }
    }
    return out
  }
}
