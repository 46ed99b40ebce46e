import { describe, expect, it } from 'vitest'
import { parseTimes } from './parse.js'

/** The fixed reference date of these tables: Thursday 20 October 2022. No test reads the clock. */
const REF = new Date('2022-10-20T00:00:00Z')

/** One expected time: its text (its span is the first occurrence in the input), date, end and precision. */
type Expected = readonly [text: string, date: string | null, end: string | null, precision: string]
type Row = readonly [input: string, expected: readonly Expected[]]

function check([input, expected]: Row, referenceDate: Date | null = REF): void {
  const found = parseTimes(input, { referenceDate })
  expect(found.map((t) => [t.text, t.date, t.end ?? null, t.precision])).toEqual(expected)
  for (const t of found) {
    const start = input.indexOf(t.text)
    expect(t.span).toEqual({ start, end: start + t.text.length })
  }
}

const table = (rows: readonly Row[], referenceDate: Date | null = REF) => {
  for (const row of rows) it(row[0], () => check(row, referenceDate))
}

describe('dates, with a bias to the past', () => {
  table([
    // chrono picks the nearer 2023-02-24; a news text means the last one
    ['Troops crossed the border on Feb. 24.', [['Feb. 24', '2022-02-24', null, 'day']]],
    ['The talks were held on March 3 in Minsk.', [['March 3', '2022-03-03', null, 'day']]],
    ['The column left on 12 November.', [['12 November', '2021-11-12', null, 'day']]],
    ['It happened on October 20.', [['October 20', '2022-10-20', null, 'day']]],
    ['A stated year stays: 24 February 2022.', [['24 February 2022', '2022-02-24', null, 'day']]],
    ['In the night of September 21, 2022, it began.', [['September 21, 2022', '2022-09-21', null, 'day']]],
    ['Published 2021-03-05.', [['2021-03-05', '2021-03-05', null, 'day']]],
    // a future cue in the sentence turns the bias around
    ['The leaders will meet on Feb. 10.', [['Feb. 10', '2023-02-10', null, 'day']]],
    ['The drills are scheduled for March.', [['March', '2023-03', null, 'month']]],
    ['Shipments arrived in May.', [['May', '2022-05', null, 'month']]],
    ['Shipments arrived in December.', [['December', '2021-12', null, 'month']]],
    ['It was signed in March 2021.', [['March 2021', '2021-03', null, 'month']]],
    // "until" and "by" look either way: the nearest year
    ['The drills run until November 5.', [['until November 5', '2022-11-05', null, 'day']]],
    ['Units stayed until June 5.', [['until June 5', '2022-06-05', null, 'day']]],
    // relative to the reference
    ['They agreed three months ago.', [['three months ago', '2022-07', null, 'month']]],
    ['The plant was bombed yesterday.', [['yesterday', '2022-10-19', null, 'day']]],
    ['It grew last year.', [['last year', '2021', null, 'year']]],
    ['It grew this year.', [['this year', '2022', null, 'year']]],
  ])
})

describe('a count after a comma is no year or day', () => {
  table([
    ['In May, 40 tanks were shipped.', [['May', '2022-05', null, 'month']]],
    ['In March, 12 trains left.', [['March', '2022-03', null, 'month']]],
    ['In May, 1,200 wagons left.', [['May', '2022-05', null, 'month']]],
    ['On 5 May, 30 wagons left.', [['5 May', '2022-05-05', null, 'day']]],
    ['On May 5, 40 tanks left.', [['May 5', '2022-05-05', null, 'day']]],
    // four digits that end the number are a year
    ['On May 5, 2021, 40 tanks left.', [['May 5, 2021', '2021-05-05', null, 'day']]],
    ['It began in June, 2021.', [['June, 2021', '2021-06', null, 'month']]],
  ])
})

describe('weekdays', () => {
  table([
    // the reference is a Thursday: the Monday before it
    ['On Monday the ministry said so.', [['Monday', '2022-10-17', null, 'day']]],
    ['The summit opened on Thursday.', [['Thursday', '2022-10-20', null, 'day']]],
    ['Talks will resume on Monday.', [['Monday', '2022-10-24', null, 'day']]],
    ['They met last Friday.', [['last Friday', '2022-10-14', null, 'day']]],
  ])
})

describe('parts of months and years', () => {
  table([
    ['Mobilised men arrived since mid-October.', [['since mid-October', '2022-10', null, 'month']]],
    ['Exercises ended in late February.', [['late February', '2022-02', null, 'month']]],
    ['Early March saw new trains.', [['Early March', '2022-03', null, 'month']]],
    ['Drills began at the beginning of June.', [['the beginning of June', '2022-06', null, 'month']]],
    ['It was done by the end of May 2021.', [['by the end of May 2021', '2021-05', null, 'month']]],
    ['Deliveries resume in early 2023.', [['early 2023', '2023', null, 'year']]],
    ['The plant was built in mid-2021.', [['mid-2021', '2021', null, 'year']]],
    ['Output fell in the first half of 2022.', [['the first half of 2022', '2022-01', '2022-06', 'range']]],
    ['Plans for the end of the year.', [['the end of the year', '2022', null, 'year']]],
    [
      'Sales rose in the third quarter of 2023.',
      [['the third quarter of 2023', '2023-07', '2023-09', 'range']],
    ],
    ['Sales rose in Q1 2023.', [['Q1 2023', '2023-01', '2023-03', 'range']]],
  ])

  it('records the part and the relation', () => {
    const [t] = parseTimes('since mid-October', { referenceDate: REF })
    expect([t?.part, t?.relation]).toEqual(['mid', 'since'])
  })
})

describe('seasons', () => {
  table([
    ['Over the winter, troops gathered.', [['Over the winter', '2021-12', '2022-02', 'season']]],
    ['It was planned in the spring of 2022.', [['the spring of 2022', '2022-03', '2022-05', 'season']]],
    ['Trains ran in summer 2021.', [['summer 2021', '2021-06', '2021-08', 'season']]],
    ['Supplies peaked in winter 2022.', [['winter 2022', '2021-12', '2022-02', 'season']]],
    ['The offensive of winter 2022-23.', [['winter 2022-23', '2022-12', '2023-02', 'season']]],
    ['Drills held last summer.', [['last summer', '2022-06', '2022-08', 'season']]],
    ['Drills expected next spring.', [['next spring', '2023-03', '2023-05', 'season']]],
    ['Plants slowed during the autumn.', [['during the autumn', '2022-09', '2022-11', 'season']]],
    ['Drills happened in the fall.', [['the fall', '2022-09', '2022-11', 'season']]],
  ])
})

describe('years', () => {
  table([
    ['It became independent in 1991.', [['1991', '1991', null, 'year']]],
    ['He plans to run in 2025.', [['2025', '2025', null, 'year']]],
    ['Back in 2022, it began.', [['2022', '2022', null, 'year']]],
    ['Ties have grown since 2014.', [['since 2014', '2014', null, 'year']]],
    ['The 2020 election was disputed.', [['2020', '2020', null, 'year']]],
    ['Trade grew from 2014 to 2021.', [['from 2014 to 2021', '2014', '2021', 'range']]],
    ['Trade grew between 2015 and 2020.', [['between 2015 and 2020', '2015', '2020', 'range']]],
    ['Plans for 2023-2025 were set.', [['2023-2025', '2023', '2025', 'range']]],
    ['Rifles made in the 1990s.', [['1990s', '1990', '1999', 'range']]],
  ])
})

describe('ranges', () => {
  table([
    // consecutive days joined by "and"
    [
      'The forum was held on June 30 and July 1.',
      [['June 30 and July 1', '2022-06-30', '2022-07-01', 'range']],
    ],
    ['Talks took place on May 9 and 10.', [['May 9 and 10', '2022-05-09', '2022-05-10', 'range']]],
    [
      'Drills took place on 24 and 25 September.',
      [['24 and 25 September', '2022-09-24', '2022-09-25', 'range']],
    ],
    ['Drills ran on 10-16 March.', [['10-16 March', '2022-03-10', '2022-03-16', 'range']]],
    ['Trains ran between May and July.', [['between May and July', '2022-05', '2022-07', 'range']]],
    ['Trains ran in May-June.', [['May-June', '2022-05', '2022-06', 'range']]],
    // a second month before the first crosses the new year
    ['Trains ran in November-February.', [['November-February', '2021-11', '2022-02', 'range']]],
    // not consecutive, no "between": two times
    [
      'They met on February 17 and on May 5.',
      [
        ['February 17', '2022-02-17', null, 'day'],
        ['May 5', '2022-05-05', null, 'day'],
      ],
    ],
  ])
})

describe('durations', () => {
  table([
    ['The war has dragged out for some eight months.', [['for some eight months', null, null, 'duration']]],
    ['It took nearly two years.', [['nearly two years', null, null, 'duration']]],
    ['It lasted 18 days.', [['18 days', null, null, 'duration']]],
    [
      'Within the first seven months of the full-scale war, it sent shells.',
      [['Within the first seven months of the full-scale war', '2022-02-24', '2022-09-24', 'duration']],
    ],
    [
      'In the first three weeks of the invasion, it sent fuel.',
      [['the first three weeks of the invasion', '2022-02-24', '2022-03-17', 'duration']],
    ],
    [
      'Eight months into the war, plants work for Russia.',
      [['Eight months into the war', '2022-10', null, 'month']],
    ],
    [
      'Over the past two years, trade doubled.',
      [['Over the past two years', '2020-10-20', '2022-10-20', 'duration']],
    ],
    ['It continued for several months.', [['for several months', null, null, 'duration']]],
    ['It took more than a year.', [['more than a year', null, null, 'duration']]],
  ])

  it('gives the ISO 8601 amount', () => {
    const found = parseTimes('for some eight months, then two and a half years, then for a decade', {
      referenceDate: REF,
    })
    expect(found.map((t) => t.duration)).toEqual(['P8M', 'P2.5Y', 'P10Y'])
  })
})

describe('anchor events', () => {
  table([
    [
      'Since the beginning of the war, Minsk has helped.',
      [['Since the beginning of the war', '2022-02-24', null, 'day']],
    ],
    [
      'At the start of the full-scale invasion, jets flew.',
      [['the start of the full-scale invasion', '2022-02-24', null, 'day']],
    ],
    ['Since the war began, Minsk has helped.', [['Since the war began', '2022-02-24', null, 'day']]],
    [
      'Since Russia invaded Ukraine, trade grew.',
      [['Since Russia invaded Ukraine', '2022-02-24', null, 'day']],
    ],
    ['Before the invasion, troops massed.', [['Before the invasion', '2022-02-24', null, 'day']]],
    [
      'Since the annexation of Crimea, ties grew.',
      [['Since the annexation of Crimea', '2014-03-18', null, 'day']],
    ],
    [
      'After the partial mobilisation, men fled.',
      [['After the partial mobilisation', '2022-09-21', null, 'day']],
    ],
  ])
})

describe('the present and "then"', () => {
  table([
    ['Currently, 50 plants work for Russia.', [['Currently', '2022-10-20', null, 'day']]],
    ['So far, Minsk has not joined.', [['So far', '2022-10-20', null, 'day']]],
    [
      'It became independent in 1991. Since then, it has kept ties.',
      [
        ['1991', '1991', null, 'year'],
        ['Since then', '1991', null, 'year'],
      ],
    ],
    ['Since then, nothing changed.', [['Since then', null, null, 'unresolved']]],
  ])
})

// With no reference date the surface is kept; a date only when the text states it fully.
describe('without a reference date', () => {
  table(
    [
      ['Troops crossed the border on Feb. 24.', [['Feb. 24', null, null, 'unresolved']]],
      ['Troops crossed on February 24, 2022.', [['February 24, 2022', '2022-02-24', null, 'day']]],
      ['On Monday the ministry said so.', [['Monday', null, null, 'unresolved']]],
      ['Mobilised men arrived since mid-October.', [['since mid-October', null, null, 'unresolved']]],
      ['Over the winter, troops gathered.', [['Over the winter', null, null, 'unresolved']]],
      ['They agreed three months ago.', [['three months ago', null, null, 'unresolved']]],
      ['Currently, 50 plants work for Russia.', [['Currently', null, null, 'unresolved']]],
      ['It became independent in 1991.', [['1991', '1991', null, 'year']]],
      ['Deliveries resume in early 2023.', [['early 2023', '2023', null, 'year']]],
      ['It was planned in the spring of 2022.', [['the spring of 2022', '2022-03', '2022-05', 'season']]],
      ['The war has dragged out for some eight months.', [['for some eight months', null, null, 'duration']]],
      [
        'Since the beginning of the war, Minsk has helped.',
        [['Since the beginning of the war', '2022-02-24', null, 'day']],
      ],
      [
        'Within the first seven months of the war, it sent shells.',
        [['Within the first seven months of the war', '2022-02-24', '2022-09-24', 'duration']],
      ],
    ],
    null,
  )
})

describe('parseTimes', () => {
  it('shifts spans by the offset of the text in the document', () => {
    const [t] = parseTimes('on Feb. 24', { referenceDate: REF }, 1000)
    expect(t?.span).toEqual({ start: 1003, end: 1010 })
  })

  it('does not depend on the time zone of the machine', () => {
    // a reference late in the UTC day is still that calendar day
    const [t] = parseTimes('on Monday', { referenceDate: new Date('2022-10-20T23:30:00Z') })
    expect(t?.date).toBe('2022-10-17')
  })
})
