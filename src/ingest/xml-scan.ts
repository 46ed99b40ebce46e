/**
 * A small XML well-formedness check for feeds. linkedom parses XML leniently and never reports
 * an error, so a truncated or broken feed would silently lose items; this scan finds the first
 * structural fault (unclosed or mismatched tags, text outside the root, an unescaped `<`) with
 * its line and column. It also returns where each top-level `item`/`entry` element starts and
 * ends, so every feed item keeps its exact source text as `raw`.
 *
 * Not a validating parser: entities and namespaces are not checked.
 */

export interface XmlElementSpan {
  /** Local name, lowercased: `item` or `entry`. */
  readonly name: string
  readonly start: number
  readonly end: number
}

export type XmlScan =
  | { readonly ok: true; readonly root: string; readonly items: readonly XmlElementSpan[] }
  | { readonly ok: false; readonly reason: string; readonly line: number; readonly column: number }

const ITEM_NAMES = new Set(['item', 'entry'])
const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/
const NAME = /[^\s/>="'<]+/y

/** Checks that `xml` is well formed and collects the spans of its feed items. */
export function scanXml(xml: string): XmlScan {
  const stack: Array<{ name: string; start: number; item: boolean }> = []
  const items: XmlElementSpan[] = []
  let root: string | null = null
  let rootClosed = false
  let inItem = false
  let i = 0
  const fail = (at: number, reason: string): XmlScan => {
    const before = xml.slice(0, at)
    const line = before.split('\n').length
    const column = at - before.lastIndexOf('\n')
    return { ok: false, reason, line, column }
  }
  const lineOf = (at: number): number => xml.slice(0, at).split('\n').length

  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    const textEnd = lt < 0 ? xml.length : lt
    if (stack.length === 0) {
      const text = xml.slice(i, textEnd).replace(/^\uFEFF/, '')
      const nonSpace = text.search(/\S/)
      if (nonSpace >= 0) {
        return fail(
          i + nonSpace,
          root ? 'text after the end of the root element' : 'text before the root element',
        )
      }
    }
    if (lt < 0) break
    i = lt
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2)
      if (end < 0) return fail(i, 'a processing instruction "<?" is never closed with "?>"')
      i = end + 2
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4)
      if (end < 0) return fail(i, 'a comment "<!--" is never closed with "-->"')
      i = end + 3
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) return fail(i, 'a CDATA section outside the root element')
      const end = xml.indexOf(']]>', i + 9)
      if (end < 0) return fail(i, 'a CDATA section "<![CDATA[" is never closed with "]]>"')
      i = end + 3
    } else if (/^<!DOCTYPE/i.test(xml.slice(i, i + 9))) {
      if (root) return fail(i, 'a DOCTYPE after the root element')
      const end = doctypeEnd(xml, i + 9)
      if (end < 0) return fail(i, 'a DOCTYPE is never closed')
      i = end
    } else if (xml.startsWith('</', i)) {
      NAME.lastIndex = i + 2
      const m = NAME.exec(xml)
      if (!m) return fail(i, 'a closing tag without a name')
      const name = m[0]
      const close = /\s*>/y
      close.lastIndex = i + 2 + name.length
      if (!close.exec(xml)) return fail(i, `the closing tag </${name}> is not closed with ">"`)
      const open = stack.pop()
      if (!open) return fail(i, `the closing tag </${name}> has no opening tag`)
      if (open.name !== name) {
        return fail(i, `</${name}> closes <${open.name}>, opened at line ${lineOf(open.start)}`)
      }
      i = close.lastIndex
      if (open.item) {
        items.push({ name: localName(name), start: open.start, end: i })
        inItem = false
      }
      if (stack.length === 0) rootClosed = true
    } else if (NAME_START.test(xml[i + 1] ?? '')) {
      NAME.lastIndex = i + 1
      const name = NAME.exec(xml)![0]
      const end = tagEnd(xml, i + 1 + name.length)
      if (typeof end === 'string') return fail(i, `the tag <${name}> ${end}`)
      if (rootClosed) return fail(i, `a second root element <${name}>`)
      root ??= name
      const selfClosing = xml[end.at - 2] === '/'
      const item = !inItem && stack.length > 0 && ITEM_NAMES.has(localName(name))
      if (selfClosing) {
        if (item) items.push({ name: localName(name), start: i, end: end.at })
        if (stack.length === 0) rootClosed = true
      } else {
        stack.push({ name, start: i, item })
        if (item) inItem = true
      }
      i = end.at
    } else {
      return fail(i, 'a "<" that does not start a tag (write it as &lt;)')
    }
  }
  const open = stack[stack.length - 1]
  if (open) return fail(xml.length, `<${open.name}>, opened at line ${lineOf(open.start)}, is never closed`)
  if (!root) return fail(0, 'there is no root element')
  return { ok: true, root, items }
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase()

/** Where a start tag's attributes end (after `>`), or what is wrong with them. */
function tagEnd(xml: string, from: number): { at: number } | string {
  let i = from
  while (i < xml.length) {
    const c = xml[i]!
    if (c === '>') return { at: i + 1 }
    if (c === '/' && xml[i + 1] === '>') return { at: i + 2 }
    if (c === '"' || c === "'") {
      const close = xml.indexOf(c, i + 1)
      if (close < 0) return 'has an attribute value whose quote is never closed'
      i = close + 1
    } else if (c === '<') return 'is not closed with ">"'
    else i++
  }
  return 'is not closed with ">"'
}

function doctypeEnd(xml: string, from: number): number {
  let depth = 0
  for (let i = from; i < xml.length; i++) {
    const c = xml[i]
    if (c === '[') depth++
    else if (c === ']') depth--
    else if (c === '>' && depth <= 0) return i + 1
  }
  return -1
}
