import { DOMParser } from 'linkedom'
import type { DocumentMeta } from '../../model/document.js'
import type { Message } from '../../model/message.js'
import { emptyInput, IngestError, IngestErrorCode } from '../errors.js'
import { htmlFragmentText } from '../html-text.js'
import { detectLanguage, normalizeLanguage } from '../language.js'
import { inferMeta } from '../metadata.js'
import { hostOf, knownOutletForHost, outletFromName } from '../outlets.js'
import { documentResult, errorResult, type ReaderResult, sourceDocument } from '../source.js'
import { scanXml } from '../xml-scan.js'

/** The part of a linkedom XML element this reader uses. */
interface XmlElement {
  readonly tagName: string
  readonly children: ArrayLike<XmlElement>
  readonly textContent: string | null
  readonly innerHTML: string
  getAttribute(name: string): string | null
  toString(): string
}

type FeedKind = 'rss' | 'atom'

/**
 * An RSS 2.0 (or RSS 1.0) or Atom feed as documents, one per item or entry, with origin
 * `path#n` (n from 1). The item's content:encoded, content or description (summary for Atom)
 * is read as HTML and its text becomes `text`; `raw` is the item's XML exactly as in the file.
 * Title, link and pubDate/published/updated come from the item; the outlet from the item's
 * <source>, the link's domain when it is a known outlet, else the feed's title. Malformed XML is
 * one DOSSIER_E_FEED error naming line and column; an item without text is an error naming it.
 *
 * @example readFeed(xml, 'news.rss') // [{ kind: 'document', doc: { origin: 'news.rss#1', … } }, …]
 */
export function readFeed(xml: string, origin: string, messages: readonly Message[] = []): ReaderResult[] {
  const scan = scanXml(xml)
  if (!scan.ok) {
    return [
      errorResult(
        new IngestError(
          IngestErrorCode.FEED,
          origin,
          `the feed is not well-formed XML: ${scan.reason} (line ${scan.line}, column ${scan.column})`,
        ),
      ),
    ]
  }
  const rootName = localName(scan.root)
  const kind: FeedKind | null =
    rootName === 'rss' || rootName === 'rdf' ? 'rss' : rootName === 'feed' ? 'atom' : null
  if (!kind) {
    return [
      errorResult(
        new IngestError(
          IngestErrorCode.FEED,
          origin,
          `not an RSS or Atom feed (the root element is <${scan.root}>)`,
        ),
      ),
    ]
  }
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlElement }
  const root = doc.documentElement
  const channel = kind === 'rss' ? (child(root, ['channel']) ?? root) : root
  const entries =
    kind === 'rss'
      ? [...children(channel, 'item'), ...(channel === root ? [] : children(root, 'item'))]
      : children(root, 'entry')
  if (entries.length === 0) return [errorResult(emptyInput(origin, 'the feed has no items'))]

  const feedTitle = text(child(channel, ['title']))
  const feedLink = kind === 'rss' ? text(child(channel, ['link'])) : atomLink(root)
  const feedLanguage = text(child(channel, ['language', 'dc:language'])) ?? root.getAttribute('xml:lang')
  const feedOutlet =
    (feedLink && knownOutletForHost(hostOf(feedLink) ?? '')) ??
    (feedTitle && outletFromName(feedTitleName(feedTitle)))
  const spans = scan.items.length === entries.length ? scan.items : null

  return entries.map((entry, k) => {
    const itemOrigin = `${origin}#${k + 1}`
    const item = kind === 'rss' ? rssItem(entry) : atomEntry(entry)
    if (!item.text) {
      const fields = kind === 'rss' ? 'content:encoded or description' : 'content or summary'
      return errorResult(
        new IngestError(IngestErrorCode.FEED, itemOrigin, `the feed item has no text (no ${fields})`),
      )
    }
    const linkOutlet = item.url ? knownOutletForHost(hostOf(item.url) ?? '') : null
    const given: Partial<DocumentMeta> = {
      title: item.title,
      url: item.url,
      published: item.published,
      outlet: (item.source && outletFromName(item.source)) ?? linkOutlet ?? feedOutlet ?? null,
      language: detectLanguage(item.text) ?? normalizeLanguage(item.language ?? feedLanguage),
    }
    const inferred = inferMeta(item.text, given)
    const span = spans?.[k]
    return documentResult(
      sourceDocument({
        raw: span ? xml.slice(span.start, span.end) : entry.toString(),
        text: item.text,
        format: kind,
        origin: itemOrigin,
        meta: inferred.meta,
        messages: [...messages, ...inferred.messages],
      }),
    )
  })
}

interface FeedItem {
  readonly title: string | null
  readonly url: string | null
  readonly published: string | null
  readonly source: string | null
  readonly language: string | null
  readonly text: string
}

function rssItem(item: XmlElement): FeedItem {
  const html = text(child(item, ['content:encoded'])) ?? text(child(item, ['description']))
  const guid = child(item, ['guid'])
  const guidUrl = guid && guid.getAttribute('isPermaLink') !== 'false' ? text(guid) : null
  return {
    title: text(child(item, ['title'])),
    url: httpUrl(text(child(item, ['link']))) ?? httpUrl(guidUrl),
    published: text(child(item, ['pubDate', 'dc:date', 'published'])),
    source: text(child(item, ['source'])),
    language: text(child(item, ['dc:language'])),
    text: html ? htmlFragmentText(html) : '',
  }
}

function atomEntry(entry: XmlElement): FeedItem {
  const content = child(entry, ['content'])
  const body = content && !content.getAttribute('src') ? content : child(entry, ['summary'])
  const source = child(entry, ['source'])
  return {
    title: atomText(child(entry, ['title'])),
    url: atomLink(entry),
    published: text(child(entry, ['published'])) ?? text(child(entry, ['updated'])),
    source: source ? text(child(source, ['title'])) : null,
    language: entry.getAttribute('xml:lang'),
    text: atomText(body) ?? '',
  }
}

/** Atom text constructs: `type="text"` (default) as is, `html` escaped markup, `xhtml` inline markup. */
function atomText(el: XmlElement | null): string | null {
  if (!el) return null
  const type = (el.getAttribute('type') ?? 'text').toLowerCase()
  if (type === 'xhtml') return nonEmpty(htmlFragmentText(el.innerHTML))
  if (type === 'html' || type === 'text/html') return nonEmpty(htmlFragmentText(el.textContent ?? ''))
  return text(el)
}

function atomLink(el: XmlElement): string | null {
  const links = children(el, 'link')
  const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0]
  return httpUrl(link?.getAttribute('href'))
}

// Extension namespaces whose elements share local names with core ones (media:title, dc:title).
const EXTENSIONS = new Set([
  'media',
  'itunes',
  'dc',
  'content',
  'slash',
  'wfw',
  'sy',
  'georss',
  'feedburner',
  'googleplay',
])

/**
 * Child elements named `name` (`item`, `content:encoded`). A core name also matches the same
 * element under a prefix the feed chose for the core namespace (`atom:entry`) when no unprefixed
 * one exists, but never an extension's (`media:title`).
 */
function children(el: XmlElement, name: string): XmlElement[] {
  const all = Array.from(el.children)
  const n = name.toLowerCase()
  const exact = all.filter((c) => c.tagName.toLowerCase() === n)
  if (exact.length > 0 || n.includes(':')) return exact
  return all.filter((c) => {
    const tag = c.tagName.toLowerCase()
    const colon = tag.indexOf(':')
    return colon > 0 && tag.slice(colon + 1) === n && !EXTENSIONS.has(tag.slice(0, colon))
  })
}

/** The first child matching the first name that matches at all: names in order of preference. */
const child = (el: XmlElement, names: readonly string[]): XmlElement | null => {
  for (const name of names) {
    const found = children(el, name)[0]
    if (found) return found
  }
  return null
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase()

function text(el: XmlElement | null | undefined): string | null {
  return nonEmpty(el?.textContent)
}

const nonEmpty = (s: string | null | undefined): string | null => {
  const t = s?.trim()
  return t ? t : null
}

const httpUrl = (s: string | null | undefined): string | null => {
  const t = s?.trim()
  return t && /^https?:\/\/\S+$/i.test(t) ? t : null
}

/** "Express.co.uk - World News" → "Express.co.uk": a feed's title without its section. */
const feedTitleName = (title: string): string => title.split(/\s+(?:[|–—-]|::)\s+/)[0]!.trim()
