import { metaLineKinds } from '../meta.js'
import { wholeLineRule } from './whole-line.js'

/**
 * View and read counters and share bars: "Views: 4 812", "5 min read", "Share: Telegram · X ·
 * Facebook", "Share this article", "Download PDF (412 KB) | Share this: Telegram, X",
 * "Facebook · Telegram · Email". "Share of exports fell …" is prose: "of" is no platform.
 */
export const counterLine = wholeLineRule('boilerplate.counter-line', 'view counter or share bar', (c) => {
  const kinds = metaLineKinds(c)
  return Boolean(kinds && (kinds.has('counter') || kinds.has('share') || kinds.has('platform')))
})
