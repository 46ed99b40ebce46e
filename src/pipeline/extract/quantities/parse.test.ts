import { describe, expect, it } from 'vitest'
import { parseQuantities } from './parse.js'

/** What a row expects of the one quantity found in its input; numbers left out must be null. */
interface Expected {
  readonly text: string
  readonly value?: number
  readonly low?: number
  readonly high?: number
  readonly unit?: string | null
}
type Row = readonly [input: string, expected: Expected]

/** One quantity: its text, its span (first occurrence of the text), its numbers and unit. */
function check([input, e]: Row): void {
  const found = parseQuantities(input)
  expect(found.map((q) => q.text)).toEqual([e.text])
  const q = found[0]!
  const start = input.indexOf(e.text)
  expect(q.span).toEqual({ start, end: start + e.text.length })
  expect({ value: q.value, low: q.low, high: q.high }).toEqual({
    value: e.value ?? null,
    low: e.low ?? null,
    high: e.high ?? null,
  })
  if (e.unit !== undefined) expect(q.unit).toBe(e.unit)
}

describe('numbers', () => {
  const rows: Row[] = [
    ['The army called up 300,000 reservists.', { text: '300,000 reservists', value: 300000, unit: 'troops' }],
    ['Plants make 1,600 kinds of parts.', { text: '1,600 kinds', value: 1600, unit: 'types' }],
    ['It costs 2.5 million dollars.', { text: '2.5 million dollars', value: 2500000, unit: 'USD' }],
    ['Minsk will send four thousand shells.', { text: 'four thousand shells', value: 4000, unit: 'items' }],
    ['They moved 65 thousand tons by rail.', { text: '65 thousand tons', value: 65000, unit: 'tons' }],
    ['A dozen drones crossed the border.', { text: 'A dozen drones', value: 12, unit: 'items' }],
    ['Two dozen trucks were seen.', { text: 'Two dozen trucks', value: 24, unit: 'items' }],
    ['The two leaders met.', { text: 'two', value: 2, unit: null }],
    ['There were twenty-five wagons.', { text: 'twenty-five wagons', value: 25, unit: 'items' }],
    [
      'He counted three hundred and fifty tanks.',
      { text: 'three hundred and fifty tanks', value: 350, unit: 'items' },
    ],
    ['Half a million shells are stored.', { text: 'Half a million shells', value: 500000, unit: 'items' }],
    [
      'One and a half million rounds left.',
      { text: 'One and a half million rounds', value: 1500000, unit: 'items' },
    ],
    ['The budget is 1.5 billion rubles.', { text: '1.5 billion rubles', value: 1500000000, unit: 'RUB' }],
    ['Hundreds of wagons arrived.', { text: 'Hundreds of wagons', low: 200, unit: 'items' }],
    ['Dozens of trucks left the depot.', { text: 'Dozens of trucks', low: 24, unit: 'items' }],
    ['Thousands of soldiers trained there.', { text: 'Thousands of soldiers', low: 2000, unit: 'troops' }],
    [
      'Tens of thousands of troops massed.',
      { text: 'Tens of thousands of troops', low: 20000, unit: 'troops' },
    ],
    [
      'Hundreds of thousands of people fled.',
      { text: 'Hundreds of thousands of people', low: 200000, unit: 'persons' },
    ],
    [
      'Several thousand conscripts were drafted.',
      { text: 'Several thousand conscripts', low: 3000, unit: 'troops' },
    ],
    ['Several hundred vehicles moved.', { text: 'Several hundred vehicles', low: 300, unit: 'items' }],
    ['A few thousand fighters remain.', { text: 'A few thousand fighters', low: 2000, unit: 'troops' }],
    ['Several dozen helicopters flew in.', { text: 'Several dozen helicopters', low: 36, unit: 'items' }],
    ['About a hundred tanks were repaired.', { text: 'About a hundred tanks', value: 100, unit: 'items' }],
  ]
  for (const row of rows) it(row[0], () => check(row))
})

describe('bounds', () => {
  const rows: Row[] = [
    ['It sent over 40 wagons.', { text: 'over 40 wagons', low: 40, unit: 'items' }],
    ['It sent more than 40 wagons.', { text: 'more than 40 wagons', low: 40, unit: 'items' }],
    ['At least 12 aircraft landed.', { text: 'At least 12 aircraft', low: 12, unit: 'items' }],
    ['In excess of 500 shells went.', { text: 'In excess of 500 shells', low: 500, unit: 'items' }],
    ['Up to 9 battalions stand there.', { text: 'Up to 9 battalions', high: 9, unit: 'battalions' }],
    ['Nearly 800 km of road.', { text: 'Nearly 800 km', high: 800, unit: 'km' }],
    ['Almost 20 percent of output.', { text: 'Almost 20 percent', high: 20, unit: 'percent' }],
    ['Less than 10% of plants.', { text: 'Less than 10%', high: 10, unit: 'percent' }],
    ['Fewer than 50 instructors came.', { text: 'Fewer than 50 instructors', high: 50, unit: 'troops' }],
    ['Under 300 vehicles remain.', { text: 'Under 300 vehicles', high: 300, unit: 'items' }],
    ['About 4,500 items were bought.', { text: 'About 4,500 items', value: 4500, unit: 'items' }],
    ['Around 70 firms take part.', { text: 'Around 70 firms', value: 70, unit: 'entities' }],
    ['Some 15,000 servicemen took part.', { text: 'Some 15,000 servicemen', value: 15000, unit: 'troops' }],
    ['Approximately 3 tonnes were lost.', { text: 'Approximately 3 tonnes', value: 3, unit: 'tons' }],
    [
      'An estimated 8,000 mercenaries fight.',
      { text: 'An estimated 8,000 mercenaries', value: 8000, unit: 'troops' },
    ],
    ['It holds 2,000 or more missiles.', { text: '2,000 or more missiles', low: 2000, unit: 'items' }],
    ['It holds 2,000 missiles or more.', { text: '2,000 missiles or more', low: 2000, unit: 'items' }],
    ['A 500+ truck convoy.', { text: '500+ truck', low: 500, unit: 'items' }],
    ['More than a dozen jets flew.', { text: 'More than a dozen jets', low: 12, unit: 'items' }],
  ]
  for (const row of rows) it(row[0], () => check(row))
})

describe('ranges', () => {
  const rows: Row[] = [
    ['Output grew to 60-70% of capacity.', { text: '60-70%', low: 60, high: 70, unit: 'percent' }],
    ['Output grew to 60–70 percent.', { text: '60–70 percent', low: 60, high: 70, unit: 'percent' }],
    ['Output was 60%-70% lower.', { text: '60%-70%', low: 60, high: 70, unit: 'percent' }],
    [
      'There were between 20 and 30 launchers.',
      { text: 'between 20 and 30 launchers', low: 20, high: 30, unit: 'items' },
    ],
    ['It sent from 5 to 8 trains.', { text: 'from 5 to 8 trains', low: 5, high: 8, unit: 'items' }],
    [
      'It sent 20 to 30 thousand troops.',
      { text: '20 to 30 thousand troops', low: 20000, high: 30000, unit: 'troops' },
    ],
    [
      'They need two to three thousand shells.',
      { text: 'two to three thousand shells', low: 2000, high: 3000 },
    ],
    [
      'Two or three battalions left.',
      { text: 'Two or three battalions', low: 2, high: 3, unit: 'battalions' },
    ],
    ['A deal worth $20-30 million.', { text: '$20-30 million', low: 20000000, high: 30000000, unit: 'USD' }],
  ]
  for (const row of rows) it(row[0], () => check(row))
})

describe('units', () => {
  const rows: Row[] = [
    ['It shares 1,084 kilometres of border.', { text: '1,084 kilometres', value: 1084, unit: 'km' }],
    ['It lies 60 miles away.', { text: '60 miles', value: 60, unit: 'miles' }],
    ['The loan is $1.5bn.', { text: '$1.5bn', value: 1500000000, unit: 'USD' }],
    ['The loan is US$300 million.', { text: 'US$300 million', value: 300000000, unit: 'USD' }],
    ['The loan is USD 300 million.', { text: 'USD 300 million', value: 300000000, unit: 'USD' }],
    ['The loan is €20m.', { text: '€20m', value: 20000000, unit: 'EUR' }],
    ['The fund is 40 million euros.', { text: '40 million euros', value: 40000000, unit: 'EUR' }],
    ['Wages of 2,000 Belarusian rubles.', { text: '2,000 Belarusian rubles', value: 2000, unit: 'BYN' }],
    ['Trade of 5 billion roubles.', { text: '5 billion roubles', value: 5000000000, unit: 'RUB' }],
    ['Output is 20 tons per month.', { text: '20 tons per month', value: 20, unit: 'tons' }],
    ['They fire 20,000 shells a day.', { text: '20,000 shells a day', value: 20000, unit: 'items' }],
    ['It is 5 per cent of output.', { text: '5 per cent', value: 5, unit: 'percent' }],
    ['12 Russian Su-25s landed.', { text: '12 Russian Su-25s', value: 12, unit: 'items' }],
    ['It sent 30 BMPs.', { text: '30 BMPs', value: 30, unit: 'items' }],
    ['It sent 40 pieces of equipment.', { text: '40 pieces', value: 40, unit: 'items' }],
    ['It sent 40 units of equipment.', { text: '40 units', value: 40, unit: 'items' }],
    ['It sent 6 fighter jets.', { text: '6 fighter jets', value: 6, unit: 'items' }],
    ['It hired 500 new workers.', { text: '500 new workers', value: 500, unit: 'persons' }],
    ['It sanctioned 25 individuals.', { text: '25 individuals', value: 25, unit: 'persons' }],
    [
      'It sanctioned 16 Belarusian companies.',
      { text: '16 Belarusian companies', value: 16, unit: 'entities' },
    ],
    ['Three NATO member states border it.', { text: 'Three NATO member states', value: 3, unit: 'entities' }],
    [
      'Seven battalion tactical groups.',
      { text: 'Seven battalion tactical groups', value: 7, unit: 'battalions' },
    ],
    ['A 9,000-strong grouping formed.', { text: '9,000-strong', value: 9000, unit: 'troops' }],
    ['It sent 200 more.', { text: '200', value: 200, unit: null }],
    // converted into the normalised unit with the lexicon's factor
    ['A drone with 500 kg of explosives.', { text: '500 kg', value: 0.5, unit: 'tons' }],
    ['A bomb of 2 kilotons.', { text: '2 kilotons', value: 2000, unit: 'tons' }],
    ['The column was 800 metres long.', { text: '800 metres', value: 0.8, unit: 'km' }],
    ['Поставлено 300 тонн.', { text: '300 тонн', value: 300, unit: 'tons' }],
    ['It sent 40 military trucks.', { text: '40 military trucks', value: 40, unit: 'items' }],
  ]
  for (const row of rows) it(row[0], () => check(row))

  it('converts distances to kilometres beside the unit as written', () => {
    const [q] = parseQuantities('it shares nearly 700 miles of border')
    expect(q?.unit).toBe('miles')
    expect(q?.km).toEqual({ value: null, low: null, high: 1126.54 })
  })

  it('keeps the period of a rate and the counted noun phrase', () => {
    const text = 'some 300 newly built armoured vehicles per year'
    const [q] = parseQuantities(text)
    expect(q?.per).toBe('year')
    expect(text.slice(q!.counted!.start, q!.counted!.end)).toBe('newly built armoured vehicles')
  })
})

describe('shares', () => {
  const rows: Row[] = [
    ['A significant part of the stock went east.', { text: 'A significant part', unit: 'share' }],
    ['The vast majority of the tanks are old.', { text: 'The vast majority', unit: 'share' }],
    ['The bulk of the shells went east.', { text: 'The bulk', unit: 'share' }],
    ['Half of the plants work for Russia.', { text: 'Half', value: 50, unit: 'percent' }],
    ['Two-thirds of the output goes east.', { text: 'Two-thirds', value: 66.67, unit: 'percent' }],
  ]
  for (const row of rows) it(row[0], () => check(row))
})

// The quantity table of the corpus README, one row per line of it, in sentences of our own.
describe('corpus normalisation table', () => {
  const rows: Row[] = [
    // exact number → value
    ['Minsk handed over 48 howitzers.', { text: '48 howitzers', value: 48, unit: 'items' }],
    // "about N" → value N
    ['About 5,000 wagons were sent.', { text: 'About 5,000 wagons', value: 5000, unit: 'items' }],
    // "over N", "more than N" → low N
    ['Over 12 thousand tons of fuel moved.', { text: 'Over 12 thousand tons', low: 12000, unit: 'tons' }],
    [
      'More than 25,000 soldiers exercised.',
      { text: 'More than 25,000 soldiers', low: 25000, unit: 'troops' },
    ],
    // "up to N" → high N
    [
      'Up to five thousand personnel deployed.',
      { text: 'Up to five thousand personnel', high: 5000, unit: 'troops' },
    ],
    // "nearly N" → high N
    ['The border runs nearly 1,000 km.', { text: 'nearly 1,000 km', high: 1000, unit: 'km' }],
    // "hundreds of" → low 200
    [
      'Hundreds of Belarusian volunteers joined.',
      { text: 'Hundreds of Belarusian volunteers', low: 200, unit: 'persons' },
    ],
    // "several thousand" → low 3000
    [
      'Several thousand mobilised men arrived.',
      { text: 'Several thousand mobilised', low: 3000, unit: 'troops' },
    ],
    // percentages → value, unit percent
    ['Some 45% of exports are arms.', { text: 'Some 45%', value: 45, unit: 'percent' }],
    // a non-numeric share → all null, unit share
    ['A large fraction of the stock is gone.', { text: 'A large fraction', unit: 'share' }],
  ]
  for (const row of rows) it(row[0], () => check(row))
})

describe('parseQuantities', () => {
  it('shifts spans by the offset of the text in the document', () => {
    const [q] = parseQuantities('up to 7 battalions', 100)
    expect(q?.span).toEqual({ start: 100, end: 118 })
    expect(q?.text).toBe('up to 7 battalions')
  })

  it('reads several quantities in one sentence, left to right', () => {
    const found = parseQuantities('Over 9,000 tons of shells, dozens of tanks and 60% of the trucks')
    expect(found.map((q) => [q.text, q.low ?? q.value, q.unit])).toEqual([
      ['Over 9,000 tons', 9000, 'tons'],
      ['dozens of tanks', 24, 'items'],
      ['60%', 60, 'percent'],
    ])
  })
})
