import type { Dirent } from 'node:fs'
import { type FileHandle, open, readdir, realpath, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { SourceDocument } from '../model/document.js'
import { binaryReason, decodeText } from './decode.js'
import { emptyInput, IngestError, IngestErrorCode, tooLarge, unreadable } from './errors.js'
import { readFeed } from './readers/feed.js'
import { readHtml } from './readers/html.js'
import { readJsonlLine } from './readers/jsonl.js'
import { sourceFromText } from './readers/txt.js'
import type { ReaderResult } from './source.js'
import { scanXml } from './xml-scan.js'

/** Which reader a file goes to, by its extension. */
export type InputKind = 'txt' | 'html' | 'jsonl' | 'feed'

export interface InputFile {
  readonly path: string
  readonly kind: InputKind
  /** True when the file was found by walking a folder rather than named by the caller. */
  readonly fromFolder: boolean
}

/**
 * What reading inputs yields, in input order: each document, each error (naming its input),
 * each path skipped (hidden, unsupported extension, listed twice) with the reason, and a
 * `file-done` after every file from {@link listInputs} — one progress step.
 */
export type ReadItem =
  | { readonly kind: 'document'; readonly doc: SourceDocument }
  | { readonly kind: 'error'; readonly error: IngestError }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  | { readonly kind: 'file-done'; readonly path: string }

export interface ReadOptions {
  /**
   * Files larger than this are refused before they are read (DOSSIER_E_TOO_LARGE). A JSONL file
   * is read line by line, so for it the limit applies to each line (one article), not the file.
   */
  readonly maxBytes?: number
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

const EXTENSIONS: ReadonlyMap<string, InputKind> = new Map([
  ['.txt', 'txt'],
  ['.text', 'txt'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xhtml', 'html'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.rss', 'feed'],
  ['.atom', 'feed'],
  ['.xml', 'feed'],
])

const SUPPORTED = [...EXTENSIONS.keys()].join(', ')

/** The reader for a path by its extension (case-insensitive), or null. */
export const kindOf = (path: string): InputKind | null => EXTENSIONS.get(extname(path).toLowerCase()) ?? null

type WalkItem =
  | { readonly kind: 'file'; readonly file: InputFile }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  | { readonly kind: 'error'; readonly error: IngestError }

/**
 * The files that {@link readInputs} will read, in the same order: named files first as given,
 * folders walked recursively in sorted order, hidden entries and unsupported extensions left out.
 * For a progress bar: `(await listInputs(paths)).length` steps, one `file-done` each.
 */
export async function listInputs(paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = []
  for await (const item of walk(paths)) if (item.kind === 'file') files.push(item.file)
  return files
}

/**
 * Reads files, folders (recursively, sorted), JSONL and feeds, yielding documents and errors as
 * it goes; a failing input never stops the others.
 *
 * @example for await (const item of readInputs(['examples/'])) if (item.kind === 'document') …
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  for await (const item of walk(paths)) {
    if (item.kind === 'file') yield* readInput(item.file, options)
    else yield item
  }
}

/** Reads one listed file; ends with its `file-done`. */
export async function* readInput(file: InputFile, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (file.kind === 'jsonl') yield* readJsonlFile(file.path, maxBytes)
  else {
    const loaded = await loadFile(file.path, maxBytes)
    if (loaded instanceof IngestError) yield { kind: 'error', error: loaded }
    else yield* readLoaded(file, loaded)
  }
  yield { kind: 'file-done', path: file.path }
}

function* readLoaded(file: InputFile, bytes: Uint8Array): Generator<ReadItem> {
  const decoded = decodeText(bytes, file.path, `ingest.${file.kind}`, { markup: file.kind !== 'txt' })
  if (!decoded.ok) {
    yield { kind: 'error', error: decoded.error }
    return
  }
  const { text, messages } = decoded
  if (file.kind === 'txt') {
    yield { kind: 'document', doc: sourceFromText(text, file.path, messages) }
    return
  }
  if (file.kind === 'html') {
    yield guarded(file.path, IngestErrorCode.HTML, () => readHtml(text, file.path, { messages }))
    return
  }
  // A folder may hold XML that is not a feed (a sitemap); only a named file is an error then.
  if (file.fromFolder && extname(file.path).toLowerCase() === '.xml') {
    const scan = scanXml(text)
    if (scan.ok && !/^(?:rss|feed|(?:\w+:)?rdf)$/i.test(scan.root)) {
      yield {
        kind: 'skipped',
        path: file.path,
        reason: `XML that is not an RSS or Atom feed (root <${scan.root}>)`,
      }
      return
    }
  }
  let results: ReaderResult[]
  try {
    results = readFeed(text, file.path, messages)
  } catch (e) {
    results = [{ kind: 'error', error: readerFailed(file.path, IngestErrorCode.FEED, e) }]
  }
  for (const result of results) yield fromReader(result)
}

const fromReader = (r: ReaderResult): ReadItem => r

/** A reader that throws (a page that trips up Readability) fails its input only, not the run. */
function guarded(input: string, code: IngestErrorCode, read: () => ReaderResult): ReadItem {
  try {
    return read()
  } catch (e) {
    return { kind: 'error', error: readerFailed(input, code, e) }
  }
}

const readerFailed = (input: string, code: IngestErrorCode, e: unknown): IngestError =>
  new IngestError(code, input, `the reader failed: ${e instanceof Error ? e.message : String(e)}`, {
    cause: e,
  })

/** The whole file, refused before reading when larger than `maxBytes`. */
async function loadFile(path: string, maxBytes: number): Promise<Uint8Array | IngestError> {
  let handle: FileHandle | undefined
  try {
    handle = await open(path, 'r')
    const { size } = await handle.stat()
    if (size > maxBytes) return tooLarge(path, size, maxBytes)
    return await handle.readFile()
  } catch (e) {
    return unreadable(path, e)
  } finally {
    await handle?.close()
  }
}

/**
 * A JSONL file, streamed line by line: each line is decoded and read on its own, so a bad line
 * (not JSON, not UTF-8, too long) is an error naming `path:line` and the other lines are read.
 */
async function* readJsonlFile(path: string, maxBytes: number): AsyncGenerator<ReadItem> {
  let handle: FileHandle | undefined
  try {
    handle = await open(path, 'r')
    const { size } = await handle.stat()
    if (size === 0) {
      yield { kind: 'error', error: emptyInput(path) }
      return
    }
    let articles = 0
    let first = true
    for await (const line of byteLines(handle, maxBytes)) {
      if (first) {
        first = false
        // A binary file (gzip, an image) renamed .jsonl is one error, not one per "line".
        const binary = line.start[0] === 0xff || line.start[0] === 0xfe ? null : binaryReason(line.start)
        if (binary) {
          yield { kind: 'error', error: new IngestError(IngestErrorCode.BINARY, path, binary) }
          return
        }
      }
      const origin = `${path}:${line.number}`
      if (!line.bytes) {
        yield { kind: 'error', error: tooLarge(origin, line.length, maxBytes, 'the line') }
        continue
      }
      if (isBlank(line.bytes)) continue
      articles++
      const decoded = decodeText(line.bytes, origin, 'ingest.jsonl')
      const result = decoded.ok ? readJsonlLine(decoded.text, origin, decoded.messages) : null
      if (!decoded.ok) yield { kind: 'error', error: decoded.error }
      else if (result) yield fromReader(result)
    }
    if (articles === 0) {
      yield {
        kind: 'error',
        error: emptyInput(path, `the file has no JSON lines (${size} bytes of blank lines)`),
      }
    }
  } catch (e) {
    yield { kind: 'error', error: unreadable(path, e) }
  } finally {
    await handle?.close()
  }
}

interface ByteLine {
  /** 1-based line number. */
  readonly number: number
  /** The line without its "\n", or null when it is longer than the limit. */
  readonly bytes: Buffer | null
  readonly length: number
  /** The first bytes of the file (with the first line only), for sniffing binary content. */
  readonly start: Buffer
}

/** Splits a file into lines of bytes; a line over `maxBytes` is counted but not kept. */
async function* byteLines(handle: FileHandle, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = []
  let length = 0
  let number = 0
  let start: Buffer | null = null
  const append = (bytes: Buffer): void => {
    length += bytes.length
    if (length <= maxBytes) parts.push(bytes)
    else parts = []
  }
  const take = (): ByteLine => {
    const line = {
      number: ++number,
      bytes: length > maxBytes ? null : Buffer.concat(parts, length),
      length,
      start: start ?? Buffer.alloc(0),
    }
    parts = []
    length = 0
    return line
  }
  for await (const chunk of handle.createReadStream({ highWaterMark: 64 * 1024, autoClose: false })) {
    const buf = chunk as Buffer
    start ??= buf
    let from = 0
    for (let nl = buf.indexOf(0x0a, from); nl >= 0; nl = buf.indexOf(0x0a, from)) {
      append(buf.subarray(from, nl))
      yield take()
      from = nl + 1
    }
    append(buf.subarray(from))
  }
  if (length > 0) yield take()
}

const isBlank = (bytes: Uint8Array): boolean =>
  bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a)

/** Every input path in order, folders expanded; each file once. */
async function* walk(paths: readonly string[]): AsyncGenerator<WalkItem> {
  const seenFiles = new Set<string>()
  const seenDirs = new Set<string>()

  async function* file(path: string, fromFolder: boolean): AsyncGenerator<WalkItem> {
    const kind = kindOf(path)
    if (!kind) {
      const ext = extname(path)
      yield {
        kind: 'skipped',
        path,
        reason: `${ext ? `unsupported file type ${ext}` : 'no file extension'} (Dossier reads ${SUPPORTED})`,
      }
      return
    }
    const real = await realpath(path).catch(() => path)
    if (seenFiles.has(real)) {
      yield { kind: 'skipped', path, reason: 'already listed' }
      return
    }
    seenFiles.add(real)
    yield { kind: 'file', file: { path, kind, fromFolder } }
  }

  async function* folder(dir: string): AsyncGenerator<WalkItem> {
    const real = await realpath(dir).catch(() => dir)
    if (seenDirs.has(real)) {
      yield { kind: 'skipped', path: dir, reason: 'folder already walked (a link cycle?)' }
      return
    }
    seenDirs.add(real)
    let entries: Dirent[]
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (e) {
      yield { kind: 'error', error: unreadable(dir, e) }
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.name.startsWith('.')) {
        yield { kind: 'skipped', path, reason: entry.isDirectory() ? 'hidden folder' : 'hidden file' }
        continue
      }
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        try {
          const s = await stat(path)
          isDir = s.isDirectory()
          isFile = s.isFile()
        } catch (e) {
          yield { kind: 'error', error: unreadable(path, e) }
          continue
        }
      }
      if (isDir) yield* folder(path)
      else if (isFile) yield* file(path, true)
      else yield { kind: 'skipped', path, reason: 'not a regular file' }
    }
  }

  for (const path of paths) {
    let s: Awaited<ReturnType<typeof stat>>
    try {
      s = await stat(path)
    } catch (e) {
      yield { kind: 'error', error: unreadable(path, e) }
      continue
    }
    if (s.isDirectory()) yield* folder(path)
    else if (s.isFile()) yield* file(path, false)
    else yield { kind: 'skipped', path, reason: 'not a regular file' }
  }
}
