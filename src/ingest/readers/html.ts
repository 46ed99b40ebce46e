import { Readability } from '@mozilla/readability'
import type { DocumentMeta, InputFormat } from '../../model/document.js'
import type { Message } from '../../model/message.js'
import { normalizePublished } from '../dates.js'
import { IngestError, IngestErrorCode } from '../errors.js'
import { blockText, parseHtmlDocument, type TextNodeLike } from '../html-text.js'
import { detectLanguage, normalizeLanguage } from '../language.js'
import { inferMeta } from '../metadata.js'
import { hostOf, outletFromDomain, outletFromName } from '../outlets.js'
import { documentResult, errorResult, type ReaderResult, sourceDocument } from '../source.js'

export interface HtmlReadOptions {
  /** The format recorded on the document: `html` for pages, `jsonl` for a JSONL `html` field. */
  readonly format?: InputFormat
  /** Metadata given beside the HTML (JSONL fields); it wins over the page's own. */
  readonly given?: Partial<DocumentMeta>
  /** Messages to put first on the document (from decoding). */
  readonly messages?: readonly Message[]
}

/**
 * Page furniture removed before Readability looks for the article: on short pages it would
 * otherwise keep menus and footers. A <header> inside an <article> holds the headline and stays.
 */
const CHROME =
  'nav, aside, footer, form, script, style, noscript, template, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [aria-hidden="true"]'

function stripChrome(page: Document): void {
  for (const el of Array.from(page.querySelectorAll(CHROME))) el.remove()
  for (const el of Array.from(page.querySelectorAll('header'))) if (!el.closest('article')) el.remove()
}

/**
 * An HTML page as a document. The article is found by Readability (on linkedom); `text` is its
 * text with paragraphs separated by blank lines and `raw` is the HTML as given. Metadata comes
 * from the page — title from og:title, <title> or <h1>; outlet from og:site_name, JSON-LD
 * publisher or the canonical URL's host; published from article:published_time, JSON-LD
 * datePublished or <time datetime>; url from the canonical link or og:url — then from the text.
 * A page without article text is a DOSSIER_E_HTML error.
 *
 * @example readHtml('<html>…<article><h1>…</h1><p>…</p></article>…</html>', 'page.html')
 */
export function readHtml(html: string, origin: string, options: HtmlReadOptions = {}): ReaderResult {
  const page = parseHtmlDocument(html)
  const markup = metaFromMarkup(page)
  const text = articleText(page) ?? fallbackText(html)
  if (!text) {
    return errorResult(
      new IngestError(
        IngestErrorCode.HTML,
        origin,
        'no article text found in the HTML (the page has no readable paragraphs)',
      ),
    )
  }
  const given = mergeGiven(markup.meta, options.given ?? {})
  const language = normalizeLanguage(options.given?.language) ?? detectLanguage(text) ?? markup.lang
  const inferred = inferMeta(text, { ...given, language })
  return documentResult(
    sourceDocument({
      raw: html,
      text,
      format: options.format ?? 'html',
      origin,
      meta: inferred.meta,
      messages: [...(options.messages ?? []), ...inferred.messages],
    }),
  )
}

/** Fields of `over` that are set replace those of `base`. */
export function mergeGiven(base: Partial<DocumentMeta>, over: Partial<DocumentMeta>): Partial<DocumentMeta> {
  const out: Record<string, string | null | undefined> = { ...base }
  for (const [k, v] of Object.entries(over)) if (typeof v === 'string' && v.trim() !== '') out[k] = v
  return out as Partial<DocumentMeta>
}

function articleText(page: Document): string | null {
  // Readability and stripChrome change the tree; metadata has been read from it already.
  stripChrome(page)
  const reader = new Readability<Node>(page, { serializer: (node) => node })
  const article = reader.parse()
  if (!article?.content) return null
  const text = blockText(article.content as unknown as TextNodeLike)
  return text === '' ? null : text
}

/** The body without navigation, headers, footers, asides and forms: for pages Readability gives up on. */
function fallbackText(html: string): string | null {
  const page = parseHtmlDocument(html)
  const body = page.body
  if (!body) return null
  stripChrome(page)
  const text = blockText(body as unknown as TextNodeLike)
  return text === '' ? null : text
}

interface MarkupMeta {
  readonly meta: Partial<DocumentMeta>
  readonly lang: string | null
}

function metaFromMarkup(page: Document): MarkupMeta {
  const meta = (key: string): string | null => {
    const el =
      page.querySelector(`meta[property="${key}"]`) ??
      page.querySelector(`meta[name="${key}"]`) ??
      page.querySelector(`meta[itemprop="${key}"]`)
    return nonEmpty(el?.getAttribute('content'))
  }
  const ld = jsonLdArticle(page)
  const siteName = meta('og:site_name') ?? nonEmpty(ldName(ld?.publisher))
  const url =
    absoluteUrl(page.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    absoluteUrl(meta('og:url'))
  const siteSuffix = siteName ?? (url ? hostOf(url) : null)
  const h1 = nonEmpty(page.querySelector('h1')?.textContent)
  const title =
    meta('og:title') ??
    meta('twitter:title') ??
    nonEmpty(typeof ld?.headline === 'string' ? ld.headline : null) ??
    titleWithoutSite(nonEmpty(page.querySelector('title')?.textContent), siteSuffix) ??
    h1
  const outlet = (siteName && outletFromName(siteName)) ?? (url && outletFromDomain(url)) ?? null
  const timeEl =
    page.querySelector('article time[datetime]') ??
    page.querySelector('time[itemprop="datePublished"]') ??
    page.querySelector('time[datetime]')
  const publishedRaw =
    meta('article:published_time') ??
    meta('datePublished') ??
    nonEmpty(typeof ld?.datePublished === 'string' ? ld.datePublished : null) ??
    nonEmpty(timeEl?.getAttribute('datetime'))
  const published = publishedRaw ? (normalizePublished(publishedRaw) ?? publishedRaw) : null
  const lang = normalizeLanguage(page.documentElement?.getAttribute('lang'))
  return { meta: { title: squash(title), outlet, url, published }, lang }
}

const nonEmpty = (s: string | null | undefined): string | null => {
  const t = s?.trim()
  return t ? t : null
}

const squash = (s: string | null): string | null => (s ? s.replace(/\s+/g, ' ').trim() : null)

function absoluteUrl(s: string | null | undefined): string | null {
  const t = s?.trim()
  return t && /^https?:\/\/\S+$/i.test(t) ? t : null
}

/** "Belarus sends tanks | Express.co.uk" → "Belarus sends tanks", when the suffix names the site. */
function titleWithoutSite(title: string | null, site: string | null): string | null {
  if (!title) return null
  const m = /^(.{12,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(title)
  if (!m) return title
  const suffix = m[2]!.trim().toLowerCase()
  const s = site?.toLowerCase() ?? ''
  const siteWord = s.replace(/\.[a-z.]+$/, '')
  return s && (suffix === s || suffix.includes(siteWord) || s.includes(suffix)) ? m[1]! : title
}

type JsonLd = Record<string, unknown>

/** The first JSON-LD object that describes an article (NewsArticle, Article, BlogPosting, Report…). */
function jsonLdArticle(page: Document): JsonLd | null {
  const found: JsonLd[] = []
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v && typeof v === 'object') {
      const o = v as JsonLd
      found.push(o)
      if (o['@graph']) visit(o['@graph'])
    }
  }
  for (const script of Array.from(page.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''))
    } catch {
      // A broken JSON-LD block is common and says nothing about the article: ignore it.
    }
  }
  const isArticle = (o: JsonLd): boolean =>
    [o['@type']].flat().some((t) => typeof t === 'string' && /Article|BlogPosting|Report/.test(t))
  return found.find(isArticle) ?? found.find((o) => 'datePublished' in o) ?? null
}

function ldName(v: unknown): string | null {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return ldName(v[0])
  if (v && typeof v === 'object' && typeof (v as JsonLd).name === 'string')
    return (v as JsonLd).name as string
  return null
}
