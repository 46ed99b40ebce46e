import { wholeLineRule } from './whole-line.js'

/**
 * Section furniture: a lone dash or separator line ("-", "—", "***") or a dash and a section name
 * of up to three capitalised words ("- News", "— World"). A dash that opens a line of prose
 * ("– From a political point of view, …") is not taken.
 */
const DASH = /^(?:[-–—_*•|=~·]+|[-–—]\s*\p{Lu}[\p{L}&'’.]*(?:\s+\p{Lu}[\p{L}&'’.]*){0,2})$/u

export const sectionDash = wholeLineRule('boilerplate.section-dash', 'section dash or separator', (c) =>
  DASH.test(c),
)
