/**
 * Quote marks and what each occurrence is: an opening mark, a closing mark, or an apostrophe
 * inside or after a word ("don't", "Russia’s", "Belarus’ industry") that is no quote mark at all.
 * Orientation comes from the neighbouring characters, not from the glyph alone, because scraped
 * texts keep wrongly oriented marks (’We … as an opening mark).
 */

/** `double`: “ ” „ " « »; `single`: ‘ ’ ‚ ' ‹ ›. Marks pair only within a family. */
export type QuoteFamily = 'double' | 'single'
export type MarkRole = 'open' | 'close' | 'either'

export interface QuoteMark {
  readonly offset: number
  readonly char: string
  readonly family: QuoteFamily
  readonly role: MarkRole
  /**
   * A closing mark after a plural -s and before a lowercase word ("Belarus’ defense", "the
   * logistics’ among"): an apostrophe unless a single quote is open, decided when pairing.
   */
  readonly maybeApostrophe?: boolean
}

const DOUBLE = new Set(['“', '”', '„', '"', '«', '»'])
const SINGLE = new Set(['‘', '’', '‚', "'", '‹', '›'])

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c)
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c)
/** Characters a closing mark may be followed by. */
const isAfterClose = (c: string | undefined): boolean => c === undefined || /[\s.,;:!?)\]…—–-]/.test(c)
/** Characters an opening mark may follow. */
const isBeforeOpen = (c: string | undefined): boolean => c === undefined || /[\s([{—–-]/.test(c)

/**
 * Every quote mark of `text` with its role; apostrophes are left out.
 *
 * @example findMarks('He said: ‘Russia’s tanks’.').map((m) => m.role) // ['open', 'close']
 */
export function findMarks(text: string): QuoteMark[] {
  const out: QuoteMark[] = []
  for (let i = 0; i < text.length; i++) {
    // every mark but the straight ones lies above ASCII
    const code = text.charCodeAt(i)
    if (code < 128 && code !== 34 && code !== 39) continue
    const c = text[i]!
    const family: QuoteFamily | null = DOUBLE.has(c) ? 'double' : SINGLE.has(c) ? 'single' : null
    if (!family) continue
    const before = i > 0 ? text[i - 1] : undefined
    const after = text[i + 1]
    if (family === 'single' && isApostrophe(text, i)) continue
    if (family === 'single' && isPluralPossessive(text, i)) {
      out.push({ offset: i, char: c, family, role: 'close', maybeApostrophe: true })
      continue
    }
    let role: MarkRole
    if (
      (c === '“' || c === '‘') &&
      before !== undefined &&
      /[.,!?;…]/.test(before) &&
      (isSpace(after) || /[.,;:!?)\]…—–-]/.test(after ?? ''))
    ) {
      role = 'close' // “The pier is shut,“ she said (a closing mark with the opening glyph)
    } else if (c === '“' || c === '„' || c === '«' || c === '‘' || c === '‚' || c === '‹') {
      // an opening glyph glued to the word before it ("word“") is still read as opening
      role = 'open'
    } else if (c === '»' || c === '›') {
      role = 'close'
    } else if (isBeforeOpen(before) && !isSpace(after)) {
      role = 'open' // ’We (wrongly oriented), "Additional
    } else if (!isSpace(before) && isAfterClose(after)) {
      role = 'close'
    } else {
      role = 'either' // " Additional — a straight mark with space on both sides or none
    }
    out.push({ offset: i, char: c, family, role })
  }
  return out
}

/** An apostrophe for certain: between letters ("don't", "Russia’s", "d'état") or before a decade ("’90s"). */
export function isApostrophe(text: string, i: number): boolean {
  const c = text[i]!
  if (c !== '’' && c !== "'" && c !== '‘') return false
  const before = i > 0 ? text[i - 1] : undefined
  const after = text[i + 1]
  if (isLetter(before) && isLetter(after)) return true
  if (isSpace(before) && /^\d0s\b/.test(text.slice(i + 1, i + 5))) return true
  return false
}

/** "Belarus’ defense", "presidents' agreements": a mark after -s, before a lowercase word. */
export function isPluralPossessive(text: string, i: number): boolean {
  const c = text[i]!
  if (c !== '’' && c !== "'") return false
  const before = i > 0 ? text[i - 1] : undefined
  return (before === 's' || before === 'S') && /^ [a-z]/.test(text.slice(i + 1, i + 3))
}
