import { type BoilerplateRule, type Found, found } from '../found.js'
import { CLOSERS, LineIndex, lines, sentenceEndAt, trimEnd, wordsAtMost } from '../text.js'

const ID = 'boilerplate.follow-prompt'

/** "Follow Army Recognition on Google News at this link", "Follow us on Telegram". */
const FOLLOW =
  /(?:Follow|FOLLOW)\s+(?:us|Us|US|(?:the\s+)?[\p{Lu}\p{N}][^\n.!?]{0,60}?)\s+on\s+(?:Google News|Twitter|X|Facebook|Telegram|Instagram|LinkedIn|YouTube|Threads|WhatsApp|TikTok|Viber|Bluesky|Mastodon)\b/gu

/** "Subscribe to our Telegram channel", "Sign up for our daily newsletter": a whole short line. */
const SUBSCRIBE =
  /^(?:(?:subscribe to|sign up (?:to|for)|join (?:us|our)|get (?:our|the latest)|download (?:our|the)|click here to (?:subscribe|follow|join))\b.*\b(?:newsletters?|channel|telegram|updates|app|alerts|podcast|youtube|e-?mails?|breaking news|briefings?|digests?|bulletins?|mailing list|round-?ups?)\b.*|click here to (?:subscribe|sign up|follow us|join us)\b.{0,40})$/i

export const MAX_PROMPT_WORDS = 25
/** Words after the platform name that still belong to the prompt ("… at this link"). */
export const MAX_TAIL_WORDS = 12

/**
 * Prompts to follow or subscribe to the outlet: "Follow X on Google News …" (inline or as a line)
 * and "Subscribe to …" lines. The prompt must start a line or a sentence, so "analysts follow the
 * story on Telegram" inside prose is not one.
 */
export function findFollowPrompts(text: string): Found[] {
  const idx = new LineIndex(text)
  const out: Found[] = []
  for (const m of text.matchAll(FOLLOW)) {
    const p = trimEnd(text, m.index)
    const prev = text[p - 1]
    const atStart =
      p === 0 || text.slice(p, m.index).includes('\n') || '.!?…'.includes(prev!) || CLOSERS.includes(prev!)
    if (!atStart) continue
    const line = idx.at(m.index)
    const after = m.index + m[0].length
    let end = after
    if (wordsAtMost(text, after, line.contentEnd, MAX_TAIL_WORDS)) {
      end = line.contentEnd
      for (let k = after; k < line.contentEnd; k++) {
        const e = sentenceEndAt(text, k)
        if (e >= 0) {
          end = e
          break
        }
      }
    }
    out.push(found(m.index, end, ID, 'prompt to follow the outlet'))
  }
  for (const l of lines(text)) {
    if (l.contentEnd === l.contentStart) continue
    if (SUBSCRIBE.test(l.content) && wordsAtMost(l.content, 0, l.content.length, MAX_PROMPT_WORDS)) {
      out.push(found(l.contentStart, l.contentEnd, ID, 'prompt to subscribe'))
    }
  }
  return out
}

export const followPrompt: BoilerplateRule = { id: ID, find: findFollowPrompts }
