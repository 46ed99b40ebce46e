import { type BoilerplateRule, type Found, found } from '../found.js'
import { metaKindsByLine } from '../meta.js'
import { lines } from '../text.js'

const ID = 'boilerplate.counter-line'

/**
 * View and read counters and share bars: "Views: 4 812", "5 min read", "Share: Telegram · X ·
 * Facebook", "Share this article", "Download PDF (412 KB) | Share this: Telegram, X",
 * "Facebook · Telegram · Email". "Share of exports fell …" is prose: "of" is no platform.
 */
export function findCounterLines(text: string): Found[] {
  const kinds = metaKindsByLine(text)
  const out: Found[] = []
  lines(text).forEach((l, i) => {
    const k = kinds[i]
    if (k && (k.has('counter') || k.has('share') || k.has('platform'))) {
      out.push(found(l.contentStart, l.contentEnd, ID, 'view counter or share bar'))
    }
  })
  return out
}

export const counterLine: BoilerplateRule = { id: ID, find: findCounterLines }
