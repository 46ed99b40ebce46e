import { type Message, message } from '../model/message.js'
import { emptyInput, IngestError, IngestErrorCode } from './errors.js'

/** The bytes looked at to decide whether an input is binary. */
const SNIFF_BYTES = 64 * 1024
/** Above this share of control characters (other than tab, newline, CR, form feed) an input is binary. */
const CONTROL_SHARE = 0.1

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly messages: readonly Message[] }
  | { readonly ok: false; readonly error: IngestError }

/**
 * Turns the bytes of a text input into a string, or says clearly why not: empty, binary (NUL
 * bytes or many control characters), UTF-16, or not valid UTF-8 (with the likely legacy encoding
 * when the bytes look like one). A UTF-8 byte-order mark is removed and noted as a message;
 * line endings are kept as they are.
 *
 * @example decodeText(await readFile(p), p, 'ingest.txt')
 */
export function decodeText(
  bytes: Uint8Array,
  input: string,
  source: string,
  options: { readonly markup?: boolean } = {},
): Decoded {
  if (bytes.length === 0) return { ok: false, error: emptyInput(input) }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian'
    return {
      ok: false,
      error: new IngestError(
        IngestErrorCode.ENCODING,
        input,
        `the text is UTF-16 (${order} byte-order mark), not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8`,
      ),
    }
  }
  const binary = binaryReason(bytes)
  if (binary) return { ok: false, error: new IngestError(IngestErrorCode.BINARY, input, binary) }

  let text: string
  try {
    // ignoreBOM keeps a BOM in the string so it can be reported rather than silently dropped.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    const declared = options.markup ? declaredCharset(bytes) : null
    if (!declared) return { ok: false, error: encodingError(bytes, input) }
    return {
      ok: true,
      text: declared.decoder.decode(bytes),
      messages: [
        message(
          'info',
          source,
          'encoding.declared',
          `the text is not UTF-8; it was decoded as ${declared.name}, the encoding the document declares`,
        ),
      ],
    }
  }
  const messages: Message[] = []
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1)
    messages.push(
      message('info', source, 'encoding.bom', 'a UTF-8 byte-order mark at the start of the file was removed'),
    )
  }
  if (text.trim() === '') {
    return {
      ok: false,
      error: emptyInput(input, `the file contains only whitespace (${bytes.length} bytes)`),
    }
  }
  return { ok: true, text, messages }
}

/**
 * The legacy encoding an HTML or XML document declares in its first kilobyte (`<meta
 * charset="windows-1251">`, `<?xml version="1.0" encoding="KOI8-R"?>`), when the runtime can
 * decode it. Only used once the bytes have failed as UTF-8: a page re-saved as UTF-8 often keeps
 * its old declaration, and then the bytes, not the declaration, are right.
 */
function declaredCharset(bytes: Uint8Array): { name: string; decoder: TextDecoder } | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  const m =
    /<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)
  const name = m?.[1]?.toLowerCase()
  if (!name || name === 'utf-8' || name === 'utf8') return null
  try {
    return { name, decoder: new TextDecoder(name) }
  } catch {
    return null // an encoding this runtime does not know
  }
}

/** Why the bytes look binary, or null when they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0)
  if (nul >= 0) return `the file looks binary, not text (a NUL byte at offset ${nul})`
  const sample = bytes.subarray(0, SNIFF_BYTES)
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++
  }
  if (sample.length > 0 && control / sample.length > CONTROL_SHARE) {
    const share = Math.round((100 * control) / sample.length)
    return `the file looks binary, not text (${share}% control characters)`
  }
  return null
}

function encodingError(bytes: Uint8Array, input: string): IngestError {
  const at = firstInvalidUtf8(bytes)
  const where =
    at >= 0
      ? ` (first invalid byte 0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')} at offset ${at})`
      : ''
  const guess = guessLegacyEncoding(bytes)
  const hint = guess
    ? `; the bytes look like ${guess.label}: convert the file to UTF-8 first, e.g. iconv -f ${guess.name} -t UTF-8`
    : '; convert the file to UTF-8 first'
  return new IngestError(IngestErrorCode.ENCODING, input, `the text is not valid UTF-8${where}${hint}`)
}

/**
 * A guess at the single-byte encoding of bytes that are not UTF-8. Cyrillic text in windows-1251
 * or KOI8-R puts its letters in 0xC0–0xFF, in runs (words); the two differ in where lowercase
 * letters, the most frequent, fall (windows-1251: 0xE0–0xFF, KOI8-R: 0xC0–0xDF). Anything else
 * with high bytes is most likely a Western code page.
 */
export function guessLegacyEncoding(bytes: Uint8Array): { name: string; label: string } | null {
  let high = 0
  let letters = 0
  let upperHalf = 0
  let runs = 0
  let inRun = false
  const sample = bytes.subarray(0, SNIFF_BYTES)
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!
    if (b >= 0x80) {
      high++
      if (b >= 0xc0) {
        letters++
        if (b >= 0xe0) upperHalf++
      }
      if (!inRun) runs++
      inRun = true
    } else inRun = false
  }
  if (high === 0) return null
  const averageRun = high / runs
  if (letters / high >= 0.7 && averageRun >= 2) {
    return upperHalf >= letters / 2
      ? { name: 'windows-1251', label: 'windows-1251 (Cyrillic)' }
      : { name: 'KOI8-R', label: 'KOI8-R (Cyrillic)' }
  }
  return { name: 'windows-1252', label: 'windows-1252 or ISO-8859-1 (Western European)' }
}

/** Byte offset of the first byte that breaks UTF-8, or -1 when the bytes are valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    let need: number
    let min: number
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, k) => bytes[k] === b)
