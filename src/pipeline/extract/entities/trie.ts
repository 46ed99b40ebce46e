/**
 * A character trie over normalised aliases, walked from word starts of the text. Normalisation is
 * one character for one character (lower case, one apostrophe, one hyphen, one space), so a match
 * in the folded text is a match at the same offsets in the original; runs of spaces in the text
 * match one space of an alias.
 */

export interface TrieNode<V> {
  /**
   * Children by folded UTF-16 code unit. Most nodes have one child, kept in `key`/`only` without
   * a map (a map lookup at every step of every walk is the walk's main cost); a second child moves
   * both into `next`.
   */
  key: number
  only: TrieNode<V> | null
  next: Map<number, TrieNode<V>> | null
  values: V[] | null
}

const newNode = <V>(): TrieNode<V> => ({ key: -1, only: null, next: null, values: null })

function childOf<V>(node: TrieNode<V>, code: number): TrieNode<V> | undefined {
  if (node.only !== null) return node.key === code ? node.only : undefined
  return node.next === null ? undefined : node.next.get(code)
}

function addChild<V>(node: TrieNode<V>, code: number): TrieNode<V> {
  const child = newNode<V>()
  if (node.only === null && node.next === null) {
    node.key = code
    node.only = child
  } else {
    if (node.only !== null) {
      node.next = new Map([[node.key, node.only]])
      node.key = -1
      node.only = null
    }
    node.next!.set(code, child)
  }
  return child
}

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

const ASCII = /^[\x00-\x7f]*$/

/** Plain ASCII, which no Unicode normalisation changes. */
export const isAscii = (s: string): boolean => ASCII.test(s)

/** Folds a whole alias the same way, collapsing whitespace. */
export function foldAlias(alias: string): string {
  let out = ''
  for (const c of (isAscii(alias) ? alias : alias.normalize('NFKC')).trim()) {
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
let lastFolded: Uint16Array = new Uint16Array(0)

const SPACE_CODE = 32
const S_CODE = 115

/**
 * The code units of `text` folded by `foldChar` (same length, same offsets), kept for the last
 * text seen: the trie is walked from every word start of one document in turn, so each character
 * is folded once per document rather than once per walk that reaches it.
 */
function foldedCodes(text: string): Uint16Array {
  if (text !== lastText) {
    const out = new Uint16Array(text.length)
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      // ASCII letters, digits and punctuation other than the apostrophes and dashes fold to themselves
      if (code >= 65 && code <= 90) out[i] = code + 32
      else if (code > 32 && code < 128 && code !== 39 && code !== 45 && code !== 96) out[i] = code
      else out[i] = foldChar(text[i]!).charCodeAt(0)
    }
    lastFolded = out
    lastText = text
  }
  return lastFolded
}

/** Whether a UTF-16 unit is a letter or digit (what `isWordChar` says of it as a string). */
function isWordCode(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true
  return code > 127 && WORD_CHAR.test(String.fromCharCode(code))
}

export class AliasTrie<V> {
  private readonly root: TrieNode<V> = newNode()
  size = 0

  add(alias: string, value: V): void {
    const key = foldAlias(alias)
    if (!key) return
    let node = this.root
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i)
      node = childOf(node, c) ?? addChild(node, c)
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
    if (start >= text.length) return NONE
    const folded = foldedCodes(text)
    const first = childOf(this.root, folded[start]!)
    if (!first) return NONE
    let node: TrieNode<V> = first
    let out: { end: number; values: V[]; plural: boolean }[] = NONE
    let i = start + 1
    let prevSpace = folded[start] === SPACE_CODE
    for (;;) {
      if (node.values && !prevSpace) {
        const boundary =
          i >= text.length || !isWordCode(text.charCodeAt(i)) || !isWordCode(text.charCodeAt(i - 1))
        if (boundary) {
          if (out === NONE) out = []
          out.push({ end: i, values: node.values, plural: false })
        } else if (
          text.charCodeAt(i) === S_CODE &&
          (i + 1 >= text.length || !isWordCode(text.charCodeAt(i + 1)))
        ) {
          if (out === NONE) out = []
          out.push({ end: i + 1, values: node.values, plural: true })
        }
      }
      if (i >= text.length) break
      const c = folded[i]!
      if (c === SPACE_CODE && prevSpace) {
        i++
        continue
      }
      const child: TrieNode<V> | undefined = childOf(node, c)
      if (!child) break
      node = child
      prevSpace = c === SPACE_CODE
      i++
    }
    return out
  }
}
