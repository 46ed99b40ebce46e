import { describe, expect, it } from 'vitest'
import { rejectNumber } from './negatives.js'
import { scanNumbers } from './numbers.js'
import { parseQuantities } from './parse.js'
import { tokenize } from './tokens.js'

/** Numbers that are not quantities: the sentence yields no quantity at all. */
const NONE: readonly string[] = [
  // years and decades
  'The country became independent in 1991.',
  'Back in 2022, the plant was busy.',
  'The 2020 election was rigged.',
  'Since 2014 ties have grown closer.',
  'Between 2014 and 2022 trade doubled.',
  'In 2022 Belarus let Russia use its airfields.',
  'That was in the 1990s.',
  // dates
  'They invaded on February 24.',
  'They invaded on Feb. 24.',
  'They invaded on 24 February 2022.',
  'The summit is on June 30 and July 1.',
  'Drills ran on 10-16 March.',
  'Published 2022-10-17.',
  'Published 17.10.2022.',
  'Published 17/10/2022.',
  // ordinals and numbered names
  'The 1st Guards Tank Army moved north.',
  'It is the 24th day of the war.',
  'Staff are sought at the 558 Aircraft Repair Plant.',
  'The 140 Repair Plant in Borisov works on tanks.',
  // designators
  'It supplies the T-72 and T-90 tanks.',
  'Pilots flew Su-25 and MiG-29 jets.',
  'S-400 and Iskander-M systems were moved.',
  'Mi-8/Mi-17 helicopters are repaired there.',
  'The Zapad-2021 exercise was large.',
  'The 2S19 Msta howitzer is made in Russia.',
  'A Kh-101 missile flew over Belarus.',
  'The G7 met in June.',
  // times of day
  'The alarm sounded at 5 pm.',
  'The alarm sounded at 17:00.',
  'The alarm sounded at 10 a.m. local time.',
  // references
  'See page 12 of the report.',
  'NATO invoked Article 5.',
  'It is listed under Resolution No. 3.',
  'Military unit 3214 is based there.',
  '1. Belarus keeps supplying Russia.',
  'The claim was sourced [3] poorly.',
  // calibres and compound modifiers
  'It makes 152mm shells.',
  'It makes 122-mm rockets.',
  'A 70-tonne tank crossed.',
  'A three-day exercise began.',
  'A 65-year-old man was held.',
  // durations and multipliers are not counts
  'The war has dragged out for some eight months.',
  'It ended three months ago.',
  'Output rose three times.',
  // "one" as a pronoun, and shares that are periods
  'It is one of the key allies.',
  'One can earn a decent salary there.',
  'Output grew in the first half of 2022.',
  'Later, in the second quarter of the year, it fell.',
  // words that are not numbers
  'Several times the troops were put on alert.',
  'A few officials spoke.',
]

describe('negative cases: no quantity', () => {
  for (const text of NONE) {
    it(text, () => expect(parseQuantities(text).map((q) => q.text)).toEqual([]))
  }
})

/** Which rule rejects the number: [sentence, the number as written, rule]. */
const RULES: readonly (readonly [string, string, string])[] = [
  ['The T-72 tank', '72', 'designator'],
  ['the Mi-8/Mi-17 fleet', '17', 'designator'],
  ['Model 2S19', '2', 'designator'],
  ['on Feb. 24 they came', '24', 'date'],
  ['on 24 February they came', '24', 'date'],
  ['the 24th day', '24', 'ordinal'],
  ['in the 1990s', '1990', 'decade'],
  ['at 17:30', '17', 'time-of-day'],
  ['at 5 pm', '5', 'time-of-day'],
  ['see page 12', '12', 'reference'],
  ['under Resolution No. 3', '3', 'reference'],
  ['the 558 Aircraft Repair Plant', '558', 'numbered-name'],
  ['152mm shells', '152', 'calibre'],
  ['a 70-tonne tank', '70', 'compound'],
  ['24/7 support', '24', 'slash'],
]

describe('negative cases: the rule that rejects', () => {
  for (const [text, num, rule] of RULES) {
    it(`${text} → ${rule}`, () => {
      const toks = tokenize(text)
      const n = scanNumbers(toks).find((x) => toks[x.from]!.text === num)
      expect(n).toBeDefined()
      expect(rejectNumber(toks, n!, text)).toBe(rule)
    })
  }
})
