export { parseTimes, TIME_PARSERS, TIME_REFINERS, type TimeOptions } from './parse.js'
export { ANCHOR_EVENTS, type AnchorEvent } from './parsers/anchor-events.js'
export { times } from './stage.js'
export type { ParsedTime, PeriodPart, TimeRelation } from './types.js'
