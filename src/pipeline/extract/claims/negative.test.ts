import { describe, expect, it } from 'vitest'
import { COMMON, claimsOf, type HandMention } from './test-support.js'

const M: readonly HandMention[] = [...COMMON, ['MZKT', 'ORG', 'Minsk Wheeled Tractor Plant']]

// What must NOT become a claim. [why, text]
const NEGATIVE: Array<[string, string]> = [
  ['a forecast', 'Analysts predict that Belarus will send troops to Ukraine next year.'],
  ['a forecast with "expect"', 'Experts expect Russia to deploy more troops to Belarus in spring.'],
  [
    'a recommendation (should become a subject of sanctions)',
    'Belarusian defence should become a subject of international sanctions.',
  ],
  ['a recommendation (should be sanctioned)', 'MZKT should be sanctioned for its deliveries to Russia.'],
  ['a call for sanctions', 'Activists called for sanctions against MZKT.'],
  ['a question headline', 'Will Belarus send its troops to Ukraine?'],
  ['a background phrase', 'Since the beginning of the invasion, the border has been quiet.'],
  ['a background mobilisation', 'Since the start of the mobilisation, prices in Minsk have risen.'],
  ['a condition', 'If Lukashenko sends troops to Ukraine, his own population will turn against him.'],
  [
    'a condition after the main clause',
    'Belarusian troops will not enter Ukraine unless Belarus is attacked.',
  ],
  ['a condition with "only if"', 'Lukashenko says his troops will fight only if NATO attacks Belarus first.'],
  ['a gerund with no finite verb', 'Sending weapons east is cheaper for Minsk than sending soldiers.'],
  ['a generic event', 'Every new deployment narrows the space Lukashenko has left.'],
  ['an evaluation', 'It is not profitable for Lukashenko to get involved in the war.'],
  ['an attempt by someone else', 'Putin has been trying to force Lukashenko to send his troops to Ukraine.'],
  ['a noun modifying a noun', 'Large enterprises with a full production cycle were never built there.'],
  ['an adjectival participle', 'Newly mobilised reservists complained about the food.'],
  ['a claim without any actor', 'Something was delivered.'],
  ['a call-up with no state named or placed', 'About 2,000 men were called up.'],
  ['"make up" is no production', 'Belarusian firms make up most of the parts suppliers of MZKT.'],
  ['"make sure" is no production', 'MZKT made sure the chassis were painted before winter.'],
  ['a name that only modifies the object of "hand"', "Lukashenko handed Moscow's envoy a letter."],
  ['"hand" with one object and no receiver', 'The general handed the reporters a statement.'],
  ['a request', 'Lukashenko has never been asked by Putin to send tanks to Russia.'],
  ['a request to another', 'Putin asked Lukashenko to transfer more shells to Russia.'],
  [
    'a generic subject inside a quotation',
    '"Every launch from Minsk sends thousands of people into shelters."',
  ],
  ['a party to a treaty, not to a war', 'Belarus is a party to the treaty on open skies.'],
  ['an event named only to be judged', 'Lukashenko said the exercise was purely defensive.'],
  ['an event judged with a quotation', 'Minsk insists the deployment is "entirely defensive".'],
  ['an event named only to be called something', 'Kyiv called the drills a provocation.'],
]

describe('not claims', () => {
  it.each(NEGATIVE)('%s', (_why, text) => {
    expect(claimsOf(text, M)).toEqual([])
  })
})

describe('generic subjects', () => {
  it('"every take-off sends people into shelters" tells of no event', () => {
    expect(claimsOf('Every take-off from the airfield sends thousands of people into shelters.', [])).toEqual(
      [],
    )
  })
})

describe('words of a name', () => {
  it('"Repair" in a plant’s name is no trigger', () => {
    const M2: readonly HandMention[] = [...M, ['Gomel Tank Repair Plant', 'ORG', 'Gomel Tank Repair Plant']]
    expect(claimsOf('The Gomel Tank Repair Plant lies east of the city.', M2)).toEqual([])
  })
})

describe('a trigger word naming a rule or a register', () => {
  it.each([
    'The firm was charged with breaking U.S. export controls.',
    'Both men were charged with plotting to violate U.S. export controls and with fraud.',
  ])('%s', (text) => {
    expect(claimsOf(text, [...M, ['U.S.', 'GPE', 'United States']])).toEqual([])
  })
})
