import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IngestErrorCode } from './errors.js'
import { DEFAULT_MAX_BYTES, listInputs, type ReadItem, type ReadOptions, readInputs } from './read.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-ingest-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function collect(paths: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = []
  for await (const item of readInputs(paths, options)) items.push(item)
  return items
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name)
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, content)
  return path
}

const errorsOf = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'error' ? [i.error] : []))
const docsOf = (items: ReadItem[]) => items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []))

/** Encodes Russian text as windows-1251 bytes (the legacy Cyrillic code page). */
function windows1251(s: string): Uint8Array {
  return Uint8Array.from(
    [...s].map((c) => {
      const cp = c.codePointAt(0)!
      if (cp < 0x80) return cp
      if (cp >= 0x410 && cp <= 0x44f) return 0xc0 + (cp - 0x410)
      throw new Error(`no windows-1251 byte for ${c}`)
    }),
  )
}

describe('bad inputs: each is an error with its code and a message naming the input', () => {
  it('an empty file', async () => {
    const path = await file('empty.txt', '')
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.EMPTY)
    expect(error?.input).toBe(path)
    expect(error?.message).toBe(`${path}: the file is empty (0 bytes)`)
  })

  it('a file of only whitespace', async () => {
    const path = await file('blank.txt', ' \n\r\n\t\n')
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.EMPTY)
    expect(error?.message).toMatch(new RegExp(`^${path}: the file contains only whitespace`))
  })

  it('a binary file (NUL bytes)', async () => {
    const path = await file(
      'photo.txt',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    )
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.BINARY)
    expect(error?.message).toBe(`${path}: the file looks binary, not text (a NUL byte at offset 8)`)
  })

  it('a binary file without NUL bytes (many control characters)', async () => {
    const bytes = Uint8Array.from({ length: 200 }, (_, k) => (k % 3 === 0 ? 0x01 + (k % 7) : 0x41))
    const path = await file('controls.txt', bytes)
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.BINARY)
    expect(error?.message).toMatch(/control characters/)
  })

  it('invalid UTF-8 that looks like windows-1251 says so', async () => {
    const path = await file('cp1251.txt', windows1251('Минский завод колесных тягачей увеличил выпуск шасси'))
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.ENCODING)
    expect(error?.message).toMatch(
      new RegExp(`^${path}: the text is not valid UTF-8 \\(first invalid byte 0xCC at offset 0\\)`),
    )
    expect(error?.message).toMatch(/windows-1251 \(Cyrillic\)/)
    expect(error?.message).toMatch(/iconv -f windows-1251 -t UTF-8/)
  })

  it('invalid UTF-8 with isolated high bytes points to a Western code page', async () => {
    const path = await file(
      'latin1.txt',
      Uint8Array.from([...Buffer.from('The caf'), 0xe9, ...Buffer.from(' opened in Minsk.')]),
    )
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.ENCODING)
    expect(error?.message).toMatch(/offset 7/)
    expect(error?.message).toMatch(/windows-1252/)
  })

  it('UTF-16 text is an encoding error, not "binary"', async () => {
    const path = await file('utf16.txt', Uint8Array.from([0xff, 0xfe, 0x41, 0, 0x42, 0]))
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.ENCODING)
    expect(error?.message).toMatch(/UTF-16/)
  })

  it('a file above maxBytes is refused before reading, with size, limit and how to raise it', async () => {
    const path = await file('long.txt', 'Word '.repeat(400))
    const [error] = errorsOf(await collect([path], { maxBytes: 1000 }))
    expect(error?.code).toBe(IngestErrorCode.TOO_LARGE)
    expect(error?.message).toBe(
      `${path}: the file is 2 KB (2000 bytes), above the limit of 1000 bytes; it was not read. ` +
        'Raise the limit with --max-bytes if this input is meant to be ingested',
    )
  })

  it('a 200 MB file is refused with the default limit without being read', async () => {
    const path = join(dir, 'huge.txt')
    await writeFile(path, '')
    await truncate(path, 200 * 1024 * 1024) // sparse: all NUL bytes, so reading it would say "binary"
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.TOO_LARGE)
    expect(error?.message).toMatch(/is 200 MB .* above the limit of 50 MB/)
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024)
    await rm(path)
  })

  it('a missing path', async () => {
    const path = join(dir, 'no-such-article.txt')
    const items = await collect([path])
    expect(items).toHaveLength(1)
    const [error] = errorsOf(items)
    expect(error?.code).toBe(IngestErrorCode.UNREADABLE)
    expect(error?.message).toBe(`${path}: no such file or directory`)
  })

  it.skipIf(process.getuid?.() === 0)('an unreadable file (permission denied; skipped as root)', async () => {
    const path = await file('secret.txt', 'Headline\n\nBody text.')
    await chmod(path, 0o000)
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.UNREADABLE)
    expect(error?.message).toBe(`${path}: permission denied`)
    await chmod(path, 0o644)
  })

  it('a JSONL file with a broken line: the good lines are read, the bad ones reported with their numbers', async () => {
    const path = await file(
      'batch.jsonl',
      [
        JSON.stringify({ text: 'Belarus moves troops north\n\nUnits moved towards the border on Monday.' }),
        '{"text": "a line cut off in the midd',
        '',
        JSON.stringify({ title: 'Only a title' }),
        '[1, 2, 3]',
        JSON.stringify({
          html: '<p>Minsk announced new exercises near Brest on Friday, the ministry said.</p>',
        }),
      ].join('\r\n'),
    )
    const items = await collect([path])
    expect(docsOf(items).map((d) => d.origin)).toEqual([`${path}:1`, `${path}:6`])
    const errors = errorsOf(items)
    expect(errors.map((e) => [e.code, e.input])).toEqual([
      [IngestErrorCode.JSONL_LINE, `${path}:2`],
      [IngestErrorCode.JSONL_LINE, `${path}:4`],
      [IngestErrorCode.JSONL_LINE, `${path}:5`],
    ])
    expect(errors[0]?.message).toMatch(new RegExp(`^${path}:2: the line is not valid JSON \\(`))
    expect(errors[1]?.message).toBe(
      `${path}:4: the line is not a valid article: the article needs a non-empty "text" or "html" field`,
    )
    expect(errors[2]?.message).toBe(
      `${path}:5: the line is an array, not an article object with "text" or "html"`,
    )
  })

  it('a JSONL line that is not UTF-8 or too long fails alone', async () => {
    const good = Buffer.from(`${JSON.stringify({ text: 'Short article text about Minsk.' })}\n`)
    const bad = Buffer.concat([Buffer.from('{"text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n')])
    const long = Buffer.from(`${JSON.stringify({ text: 'x'.repeat(300) })}\n`)
    const path = await file('mixed.ndjson', Buffer.concat([good, bad, long, good]))
    const items = await collect([path], { maxBytes: 200 })
    expect(docsOf(items).map((d) => d.origin)).toEqual([`${path}:1`, `${path}:4`])
    expect(errorsOf(items).map((e) => [e.code, e.input])).toEqual([
      [IngestErrorCode.ENCODING, `${path}:2`],
      [IngestErrorCode.TOO_LARGE, `${path}:3`],
    ])
    expect(errorsOf(items)[1]?.message).toMatch(
      /:3: the line is 311 bytes, above the limit of 200 bytes; .*--max-bytes/,
    )
  })

  it('an empty JSONL file and a binary one are one error each', async () => {
    const empty = await file('empty.jsonl', '')
    const blank = await file('blank.jsonl', '\n\n')
    const binary = await file('archive.jsonl', Uint8Array.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0x0a, 0x0a]))
    const errors = errorsOf(await collect([empty, blank, binary]))
    expect(errors.map((e) => [e.code, e.input])).toEqual([
      [IngestErrorCode.EMPTY, empty],
      [IngestErrorCode.EMPTY, blank],
      [IngestErrorCode.BINARY, binary],
    ])
  })

  it('a malformed feed names the file, line and column', async () => {
    const path = await file(
      'broken.rss',
      '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>One</title>\n</channel></rss>\n',
    )
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.FEED)
    expect(error?.message).toBe(
      `${path}: the feed is not well-formed XML: </channel> closes <item>, opened at line 3 (line 4, column 1)`,
    )
  })

  it('an HTML page without article text', async () => {
    const path = await file(
      'menu.html',
      '<html><body><nav><a href="/">Home</a></nav><script>go()</script></body></html>',
    )
    const [error] = errorsOf(await collect([path]))
    expect(error?.code).toBe(IngestErrorCode.HTML)
    expect(error?.message).toBe(
      `${path}: no article text found in the HTML (the page has no readable paragraphs)`,
    )
  })
})

describe('text handling', () => {
  it('strips a UTF-8 BOM with a message and keeps CRLF in raw and text', async () => {
    const path = await file(
      'bom.txt',
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('Headline here for Minsk\r\n\r\nBody.\r\n'),
      ]),
    )
    const [doc] = docsOf(await collect([path]))
    expect(doc?.text).toBe('Headline here for Minsk\r\n\r\nBody.\r\n')
    expect(doc?.raw).toBe(doc?.text)
    expect(doc?.messages.map((m) => m.rule)).toContain('encoding.bom')
    expect(doc?.meta.title).toBe('Headline here for Minsk')
  })
})

describe('folders', () => {
  it('walks a directory of mixed files recursively in sorted order, skipping hidden and unknown files', async () => {
    const root = join(dir, 'mixed')
    await file('mixed/b-story.txt', 'Tanks moved by rail to Brest\n\nA train carried tanks west on Monday.')
    await file(
      'mixed/a-page.html',
      '<html><head><title>Minsk page</title></head><body><article><p>Minsk hosted talks on Friday, the ministry said.</p></article></body></html>',
    )
    await file(
      'mixed/sub/c-lines.jsonl',
      `${JSON.stringify({ text: 'One article from a JSONL file.' })}\n${JSON.stringify({ text: 'Another article from the same JSONL file.' })}\n`,
    )
    await file(
      'mixed/sub/d-feed.rss',
      '<rss><channel><title>Feed</title><item><title>One</title><description>Feed item text here.</description></item></channel></rss>',
    )
    await file('mixed/.hidden.txt', 'Hidden article.')
    await file('mixed/.git/config.txt', 'not an article')
    await file('mixed/notes.md', '# notes')
    await file('mixed/sub/empty.txt', '')
    await file('mixed/sub/sitemap.xml', '<urlset><url><loc>https://example.org/</loc></url></urlset>')

    const listed = await listInputs([root])
    expect(listed.map((f) => f.path.slice(root.length + 1))).toEqual([
      'a-page.html',
      'b-story.txt',
      'sub/c-lines.jsonl',
      'sub/d-feed.rss',
      'sub/empty.txt',
      'sub/sitemap.xml',
    ])
    const items = await collect([root])
    const rel = (p: string) => p.slice(root.length + 1)
    expect(
      items.map((i) =>
        i.kind === 'document'
          ? `doc ${rel(i.doc.origin)}`
          : i.kind === 'error'
            ? `error ${rel(i.error.input)} ${i.error.code}`
            : `${i.kind} ${rel(i.path)}`,
      ),
    ).toEqual([
      'skipped .git',
      'skipped .hidden.txt',
      'doc a-page.html',
      'file-done a-page.html',
      'doc b-story.txt',
      'file-done b-story.txt',
      'skipped notes.md',
      'doc sub/c-lines.jsonl:1',
      'doc sub/c-lines.jsonl:2',
      'file-done sub/c-lines.jsonl',
      'doc sub/d-feed.rss#1',
      'file-done sub/d-feed.rss',
      'error sub/empty.txt DOSSIER_E_EMPTY',
      'file-done sub/empty.txt',
      'skipped sub/sitemap.xml',
      'file-done sub/sitemap.xml',
    ])
    const skipped = items.flatMap((i) => (i.kind === 'skipped' ? [i.reason] : []))
    expect(skipped).toEqual([
      'hidden folder',
      'hidden file',
      expect.stringMatching(/^unsupported file type \.md \(Dossier reads \.txt, /),
      'XML that is not an RSS or Atom feed (root <urlset>)',
    ])
    expect(items.filter((i) => i.kind === 'file-done')).toHaveLength(listed.length)
  })

  it('reads each file once when it is named twice', async () => {
    const path = await file('twice.txt', 'Twice named\n\nThe same file.')
    const items = await collect([path, path])
    expect(docsOf(items)).toHaveLength(1)
    expect(items.find((i) => i.kind === 'skipped')).toEqual({
      kind: 'skipped',
      path,
      reason: 'already listed',
    })
  })
})
