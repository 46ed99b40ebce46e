/**
 * Coded ingest errors. Every error names its input (a path, `path:line` for a JSONL line, or
 * `path#n` for a feed item) at the start of its message, so a list of them reads on its own:
 *
 *   notes/empty.txt: the file is empty (0 bytes) [DOSSIER_E_EMPTY]
 */
export const IngestErrorCode = Object.freeze({
  EMPTY: 'DOSSIER_E_EMPTY',
  BINARY: 'DOSSIER_E_BINARY',
  ENCODING: 'DOSSIER_E_ENCODING',
  TOO_LARGE: 'DOSSIER_E_TOO_LARGE',
  UNREADABLE: 'DOSSIER_E_UNREADABLE',
  JSONL_LINE: 'DOSSIER_E_JSONL_LINE',
  FEED: 'DOSSIER_E_FEED',
  HTML: 'DOSSIER_E_HTML',
} as const)

export type IngestErrorCode = (typeof IngestErrorCode)[keyof typeof IngestErrorCode]

export class IngestError extends Error {
  override readonly name = 'IngestError'
  readonly code: IngestErrorCode
  /** The input this error is about: a path, `path:line` or `path#item`. */
  readonly input: string
  /** The explanation without the input prefix, e.g. `the file is empty (0 bytes)`. */
  readonly detail: string

  constructor(code: IngestErrorCode, input: string, detail: string, options?: { cause?: unknown }) {
    super(`${input}: ${detail}`, options)
    this.code = code
    this.input = input
    this.detail = detail
  }

  toJSON(): { code: IngestErrorCode; input: string; message: string } {
    return { code: this.code, input: this.input, message: this.message }
  }
}

const MB = 1024 * 1024

/** `52428800` → `50 MB`, `1536` → `1.5 KB`: sizes as people read them in an error message. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${trimZeros((bytes / MB).toFixed(1))} MB`
  if (bytes >= 1024) return `${trimZeros((bytes / 1024).toFixed(1))} KB`
  return `${bytes} bytes`
}

/** `2000` → `2 KB (2000 bytes)`, `311` → `311 bytes`. */
const exactBytes = (bytes: number): string =>
  bytes < 1024 ? `${bytes} bytes` : `${formatBytes(bytes)} (${bytes} bytes)`

const trimZeros = (s: string): string => s.replace(/\.0$/, '')

export const emptyInput = (input: string, detail = 'the file is empty (0 bytes)'): IngestError =>
  new IngestError(IngestErrorCode.EMPTY, input, detail)

export const tooLarge = (input: string, size: number, limit: number, what = 'the file'): IngestError =>
  new IngestError(
    IngestErrorCode.TOO_LARGE,
    input,
    `${what} is ${exactBytes(size)}, above the limit of ${exactBytes(limit)}; ` +
      'it was not read. Raise the limit with --max-bytes if this input is meant to be ingested',
  )

/** Maps a Node file-system error (ENOENT, EACCES, EISDIR…) to a message a person can act on. */
export function unreadable(input: string, cause: unknown): IngestError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code
  const detail =
    code === 'ENOENT'
      ? 'no such file or directory'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory where a file was expected'
          : code === 'ENOTDIR'
            ? 'a part of the path is not a directory'
            : code === 'ELOOP'
              ? 'too many symbolic links (a link cycle?)'
              : `cannot be read (${code ?? (cause instanceof Error ? cause.message : String(cause))})`
  return new IngestError(IngestErrorCode.UNREADABLE, input, detail, { cause })
}
