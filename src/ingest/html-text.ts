import { DOMParser } from 'linkedom'

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'canvas',
  'head',
  'button',
])
/** Elements that start and end a block of text (a paragraph in the output). */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
])

/** The part of a DOM node this module reads (linkedom's and the browser's nodes both fit). */
export interface TextNodeLike {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<TextNodeLike>
}

/**
 * The text of a DOM subtree as paragraphs separated by blank lines: each block element (p, h1–h6,
 * li, blockquote, figcaption, div…) is one paragraph, whitespace inside a paragraph collapses to
 * single spaces, `<br>` becomes a line break, and `<pre>` keeps its lines.
 *
 * @example blockText(parse('<p>One <b>two</b></p><p>Three</p>')) // 'One two\n\nThree'
 */
export function blockText(root: TextNodeLike): string {
  const blocks: string[] = []
  let current = ''
  const flush = (): void => {
    const t = current
      .split('\n')
      .map((l) => l.trim())
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim()
    if (t) blocks.push(t)
    current = ''
  }
  const walk = (node: TextNodeLike, pre: boolean): void => {
    if (node.nodeType === 3) {
      const t = node.textContent ?? ''
      current += pre ? t : t.replace(/\s+/g, ' ')
      return
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return
    const name = node.nodeName.toLowerCase()
    if (SKIP.has(name)) return
    if (name === 'br') {
      current += '\n'
      return
    }
    if (name === 'td' || name === 'th') current += ' '
    const block = BLOCK.has(name)
    if (block) flush()
    const children = node.childNodes
    for (let k = 0; k < children.length; k++) walk(children[k]!, pre || name === 'pre')
    if (block) flush()
  }
  walk(root, false)
  flush()
  return blocks.join('\n\n')
}

/** Wraps an HTML fragment ("<p>…</p>") in a document so linkedom builds a proper tree. */
export function parseHtmlDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`
  return new DOMParser().parseFromString(whole, 'text/html') as unknown as Document
}

/** The text of an HTML fragment, as {@link blockText}: feed item content, a JSONL `html` snippet. */
export function htmlFragmentText(html: string): string {
  const doc = parseHtmlDocument(html)
  return blockText((doc.body ?? doc.documentElement) as unknown as TextNodeLike)
}
