import { describe, expect, it } from 'vitest'
import { scanXml } from './xml-scan.js'

describe('scanXml', () => {
  it('accepts a feed with a declaration, DOCTYPE, comments, CDATA and self-closing tags, and finds its items', () => {
    const xml =
      '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x "y">]>\n<!-- c -->\n<rss a="1 > 0"><channel><item><title><![CDATA[<b>A</b> </item>]]></title></item>' +
      '<item/><atom:link href="x"/></channel></rss>\n'
    const scan = scanXml(xml)
    expect(scan.ok).toBe(true)
    if (!scan.ok) return
    expect(scan.root).toBe('rss')
    expect(scan.items.map((s) => xml.slice(s.start, s.end))).toEqual([
      '<item><title><![CDATA[<b>A</b> </item>]]></title></item>',
      '<item/>',
    ])
  })

  it('does not collect items nested inside items', () => {
    const scan = scanXml('<feed><entry><x><entry/></x></entry></feed>')
    expect(scan.ok && scan.items.length).toBe(1)
  })

  it.each([
    ['<rss><channel></rss>', '</rss> closes <channel>, opened at line 1', 1, 15],
    ['<rss>\n<item>', '<item>, opened at line 2, is never closed', 2, 7],
    ['<rss></rss><rss></rss>', 'a second root element <rss>', 1, 12],
    ['x<rss/>', 'text before the root element', 1, 1],
    ['<rss><a b="1></a></rss>', 'the tag <a> has an attribute value whose quote is never closed', 1, 6],
    ['<rss><!-- x </rss>', 'a comment "<!--" is never closed with "-->"', 1, 6],
    ['<rss>1 < 2</rss>', 'a "<" that does not start a tag (write it as &lt;)', 1, 8],
    ['<rss></item></rss>', '</item> closes <rss>, opened at line 1', 1, 6],
    ['', 'there is no root element', 1, 1],
  ])('%j: %s', (xml, reason, line, column) => {
    expect(scanXml(xml)).toEqual({ ok: false, reason, line, column })
  })
})
