import { addDays, weekdayOf } from '../calendar.js'
import { hasFutureCue } from '../context.js'
import type { TimeRefiner } from '../types.js'

/**
 * "on Monday" in a news text is the last such weekday on or before the publication day (the
 * publication day itself when it is a Monday), or the next one when the sentence speaks of the
 * future ("will meet on Monday").
 */
export const resolveWeekday: TimeRefiner = (ctx, cands) =>
  cands.map((c) => {
    if (c.weekday === undefined) return c
    const ref = ctx.working
    const future = hasFutureCue(ctx, c.start)
    const diff = future ? (c.weekday - weekdayOf(ref) + 7) % 7 : -((weekdayOf(ref) - c.weekday + 7) % 7)
    return { ...c, from: addDays(ref, diff), precision: 'day', relative: true, rule: `${c.rule}+weekday` }
  })
