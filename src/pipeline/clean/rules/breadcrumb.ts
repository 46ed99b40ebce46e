import { wholeLineRule } from './whole-line.js'

/** Breadcrumb separators, between spaces for "/" and ">", alone for the arrows. */
const SEPARATOR = /\s+[/>\\]\s+|\s*[›»→]\s*/u
const HOME = /^(?:home|main|homepage|start|news)$/i
export const MAX_CRUMB_WORDS = 6

/**
 * A breadcrumb trail: "Home / Research / Belarus", "Home > News > World", "News › Europe":
 * three or more short segments (two when the first is "Home"), none ending like a sentence, all
 * split by the same separator. "and/or", "21/11/2023" and "x > y" in prose are not trails.
 */
export const breadcrumb = wholeLineRule('boilerplate.breadcrumb', 'breadcrumb trail', (c) => {
  if (c.length > 200) return false
  const parts = c.split(SEPARATOR)
  if (parts.length < 2 || (parts.length === 2 && !HOME.test(parts[0]!))) return false
  const seps = new Set(c.match(new RegExp(SEPARATOR.source, 'gu'))!.map((s) => s.trim()))
  if (seps.size !== 1) return false
  return parts.every(
    (p) => /\p{L}/u.test(p) && !/[.!?:;,]$/.test(p) && p.split(/\s+/).length <= MAX_CRUMB_WORDS,
  )
})
