import { describe, expect, it } from 'vitest'
import { parseTimes } from './parse.js'

const REF = new Date('2022-10-20T00:00:00Z')

/** Sentences with numbers, month-like words and war phrases that are not times. */
const NONE: readonly string[] = [
  // designators and numbered names
  'It supplies the T-72 and Su-25.',
  'S-400 and Mi-8/Mi-17 were moved.',
  'The Zapad-2021 exercise was large.',
  'Staff are sought at the 558 Aircraft Repair Plant.',
  // counts
  'It sent 300,000 troops.',
  'It sent up to 2000 troops.',
  'There were between 2000 and 2050 troops.',
  'Kyiv is 90 km away.',
  // words that look like months or weekdays
  'Troops march to the border.',
  'Belarus may supply tanks.',
  'The Sun reported it first.',
  'Troops spring into action.',
  'After the fall of Kabul, things changed.',
  'Second, the tanks are old.',
  // times of day and slash pairs say nothing about the day of a claim
  'The alarm sounded at 5 pm.',
  'The ratio was 5/6.',
  // narrated relative times count from an event we do not know
  'A day later, Putin arrived.',
  'Two days later they left.',
  'A year earlier, output was lower.',
  // a rate, not a duration
  'The plant will make 50 vehicles a year.',
  // compound modifiers and ages
  'A three-day exercise began.',
  'A 65-year-old man was held.',
  'He is 65 years old.',
  // other wars, and the end of this one
  'Since the beginning of the war in Afghanistan, it has changed.',
  'After the war, he said, all will be different.',
  // references
  'NATO invoked Article 5.',
]

describe('negative cases: no time', () => {
  for (const text of NONE) {
    it(text, () => expect(parseTimes(text, { referenceDate: REF }).map((t) => t.text)).toEqual([]))
  }
})
