import { describe, expect, it } from 'vitest'
import { loadReference } from '../../../reference/load.js'
import { HEDGE_CUES } from '../claims/test-support.js'
import { findHedgeCues, hedgeOfClaim, likelihoodOf } from './index.js'

const cues = { cues: HEDGE_CUES }

// [text before the trigger, its verb group, text after, expected hedge]
const TABLE: Array<[string, string, string, string]> = [
  ['The Kremlin will likely ', 'will likely', '', 'likely'],
  ['Open source images suggest that those rifles ', 'have been', '', 'likely'],
  ['Belarus ', 'is ready to', '', 'possible'],
  ['The Kremlin ', 'may', '', 'possible'],
  ['Lukashenko expressed ', 'willingness to help Russia', '', 'possible'],
  ['So far the Belarusian military ', 'has not got directly', '', 'denied'],
  ['Officials said they have seen no evidence that Belarusian troops ', 'have', '', 'denied'],
  ['According to reports, the plant ', '', '', 'reported'],
  ['Reportedly, the plant ', '', '', 'reported'],
  [
    'The General Staff, citing its own sources, has reported that the servicemen ',
    'do not want to',
    '',
    'reported',
  ],
  ['Belarus ', '', ', media reported.', 'reported'],
  ['Belarus ', 'has', '', 'asserted'],
  // a negation outside the verb group leaves the claim asserted
  ['Belarus does not have many tanks, but they ', '', '', 'asserted'],
  // a temporal clause shields the trigger from the frame before it
  ['Reports suggest the crisis worsened after Putin ', '', '', 'asserted'],
]

describe('hedgeOfClaim', () => {
  it.each(TABLE)('%s[%s]… → %s', (before, group, after, hedge) => {
    expect(hedgeOfClaim({ before, group, after }, cues).hedge).toBe(hedge)
  })
})

describe('hedgeOfClaim with the packaged cues', () => {
  const packaged = { cues: loadReference().lexicons.hedges }
  // "never … so" compares with the past; "never" alone denies
  it.each([
    ['Belarusian plants ', 'had never', ' so hard for Russian customers.', 'asserted'],
    ['Belarus ', 'has never', ' as many shells to Russia.', 'asserted'],
    ['Belarus ', 'has never', ' tanks to Russia.', 'denied'],
    // belief, report and plan frames around the verb
    ['Belarus ', 'is believed to have', ' shells to Russia.', 'likely'],
    ['MZKT is reported to ', 'have', ' chassis to Russia.', 'reported'],
    ['Peleng ', 'plans to', ' thermal sights.', 'possible'],
    ['Lukashenko ', 'offered to', ' Russian helicopters.', 'possible'],
  ])('%s[%s]%s → %s', (before, group, after, hedge) => {
    expect(hedgeOfClaim({ before, group, after }, packaged).hedge).toBe(hedge)
  })
})

describe('likelihoodOf (ICD 203)', () => {
  it.each([
    ['The Kremlin will most likely absorb the plant', 'very likely'],
    ['Russia will likely deploy troops', 'likely'],
    ['Belarus is unlikely to join the war', 'unlikely'],
    ['Minsk almost certainly supplies shells', 'almost certain'],
    ['Belarus supplies shells', null],
  ])('%s → %s', (text, term) => {
    expect(likelihoodOf(text, cues)).toBe(term)
  })
})

describe('findHedgeCues', () => {
  it('takes the longest cue at a position and matches whole words only', () => {
    expect(
      findHedgeCues('They have seen no evidence; nothing maybe.', cues).map((m) => m.expression),
    ).toEqual(['seen no evidence'])
  })
  it('accepts typographic apostrophes and any spacing', () => {
    expect(findHedgeCues('Russia  will\nlikely send', cues).map((m) => m.expression)).toEqual(['will likely'])
  })
})
