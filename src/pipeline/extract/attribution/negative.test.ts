import { describe, expect, it } from 'vitest'
import { attribute, mention } from './test-support.js'

/**
 * What must not become an attribution.
 *
 * Scare-quote policy: a quoted phrase inside a sentence (`to ‘plug gaps’`, `such “trainings”`) or
 * a quotation of fewer than five words with no cue is the writer's own wording, not someone's
 * speech, so it gets no attribution. A quoted phrase inside reported speech stays part of that
 * speech's content rather than a second entry.
 */
describe('attribution: negative cases', () => {
  it.each([
    ['a question', 'Will the army say anything about the tanks?'],
    ['a headline with scare quotes around one word', 'Army forced to ‘rebalance’ as supplies run low'],
    ['a headline with two scare-quoted words', 'Minsk sends “volunteers” east'],
    ['"said" as an adjective', 'Workers at the said plant repaired trucks.'],
    ['"reported" as an adjective', 'The reported attack did not happen.'],
    ['apostrophes only', "Russia’s trains don't stop at the soldiers’ camp, and Belarus’ plants work."],
    ['a noun "reports" followed by a verb', 'Reports of the convoy appeared in March.'],
    ['a counted object before "states"', 'The country borders three member states that were once allies.'],
    ['a participial source frame', 'Citing its own sources, a column of trucks was seen.'],
    ['evidence that cannot speak', 'Satellite images suggest that the base was expanded.'],
    ['"they say" as a parenthetical', 'It is, they say, a picture for the public.'],
    [
      'a modal before a verb that is no saying',
      'The council would consider further measures if the port closed.',
    ],
    ['"repeated" with an object', 'The brigade repeated the crossing exercise in May.'],
    ['"reiterated" with an object', 'The council reiterated its support for the port.'],
    ['"rejecting" a thing, not speech', 'The council met on Friday, rejecting the budget for the harbour.'],
    ['a participle naming a place', 'The convoy stopped at a village called “Green Hill” on the way.'],
    ['a passive naming', 'The drill was called “Shield” by its planners.'],
    [
      '"published in" before another cue\'s "that"',
      'Adverts the yard published in May suggest that it needs welders.',
    ],
    ['a month is no speaker', 'Figures released in March suggest that the yard is busy.'],
    ['a question left open: "did not say how"', 'The mayor did not say how many ferries would run.'],
    [
      'a question left open: "would not say whether"',
      'The harbour master would not say whether the pier had reopened.',
    ],
    ['"counted" with no count', 'The council counted on money from the capital.'],
    ['"I" outside a quotation, with no author known', 'I think the ferry will run again.'],
    ['"ruled out" a thing', 'The minister ruled out a deal with the union.'],
    ['"told" an order, no clause', 'The captain told the crew to stay on board.'],
    ['"was quoted" a price', 'The ferry was quoted at twice the usual fare.'],
    ['"concluded" talks', 'The ministers concluded the talks on Friday.'],
    ['"complained of" a thing', 'Residents complained of noise from the yard.'],
    ['"hoped for" a thing', 'The farmers hoped for rain in May.'],
    ['"put" with no figure', 'The garrison put its reservists on alert.'],
    ['"put" in a passive tag', 'After the storm, the harbour crews were put on high alert twice.'],
    ['"dismissed" a person', 'The ministry dismissed the commander of the depot.'],
    ['"added" things to a list', 'The council added four shipyards to its export blacklist.'],
    ['"has added" a production line', 'The bakery has reportedly added a night shift at its plant.'],
    ['"adds" a stop', 'The ferry company adds a second stop in June.'],
    ['"described" an object', 'The captain described the storm in detail.'],
    ['"described as" a participle', 'The bridge, described as the longest in the region, reopened.'],
    ['"was described as" a passive', 'What was described as a routine drill lasted a month.'],
    ['"describes" an object as something', 'The guide describes the castle as a ruin.'],
    [
      'a passive after a comma',
      'The barges reached the port in May, although that delivery has not been confirmed.',
    ],
  ])('%s', (_name, text) => {
    expect(attribute(text)).toEqual([])
  })

  it('keeps a quoted phrase inside reported speech as part of it', () => {
    const text = 'According to the ministry, the troops “will train in changing conditions.”'
    const got = attribute(text, [mention(text, 'ministry', 'ORG', 'Ministry of Defence')])
    expect(got).toHaveLength(1)
    expect(got[0]!.cue).toBe('According to')
  })

  it('does not take a narrator sentence ending in a stray mark as a quotation', () => {
    const text =
      'In a new report, the analyst reported some units were moving north.’ We have seen the trains near the border ourselves.’'
    const got = attribute(text, [mention(text, 'analyst', 'PERSON', 'Ivan Petrenko')])
    expect(got.map((a) => a.cue)).toEqual(['reported', null])
    expect(got[1]!.quote.startsWith('We have seen')).toBe(true)
  })
})

describe('attribution: negative cases with mentions', () => {
  it('a counted object with a named modifier is no speaker (regression)', () => {
    const text = 'The country borders three NATO member states that were once allies.'
    expect(attribute(text, [mention(text, 'NATO', 'ORG')])).toEqual([])
  })
})

describe('attribution: a speaker hedging their own words', () => {
  it('"I would say" in an interview answer reports nothing more', () => {
    const text = [
      'The analyst Ruth Kane joins us to talk about the yard.',
      'Ozola: Where do the hulls go?',
      'Kane: Mostly abroad. The yard builds most of the hulls for the navy, I would say over half.',
    ].join('\n\n')
    const got = attribute(text, [
      mention(text, 'Ruth Kane', 'PERSON'),
      mention(text, 'Kane', 'PERSON', 'Ruth Kane', text.indexOf('Kane:')),
    ])
    expect(got.map((a) => a.cue)).not.toContain('would say')
  })
})

describe('attribution: plural nouns that look like cues', () => {
  it('"states" without "that" is a noun', () => {
    expect(attribute('Baltic states set a date to leave the grid.')).toEqual([])
  })
})

describe('attribution: "it" after an organisation spoke', () => {
  it.each([
    [
      'keeping ties',
      'The republic said it was neutral. Since then, it has maintained close ties with its neighbour.',
    ],
    ['adding a shift', 'The plant said orders were up. It has added a third shift on its assembly line.'],
  ])('"it" %s is no speech', (_name, text) => {
    expect(attribute(text).map((a) => a.cue)).toEqual(['said'])
  })
})

describe('attribution: a comma inside a quotation', () => {
  it('starts no tag of the narrator ("…, whatever the governor says in public,” …)', () => {
    const text =
      '“Cargo keeps moving, whatever the governor says in public,” a docker told the Harbour Gazette.'
    expect(attribute(text).map((a) => a.speaker)).toEqual(['unnamed docker'])
  })
})

describe('attribution: an expectation inside reported speech', () => {
  it('is part of what was said', () => {
    const text = 'The mayor stated that he expects the bridge to close in May.'
    expect(attribute(text).map((a) => a.cue)).toEqual(['stated'])
  })
})

describe('attribution: a headline restated in the body', () => {
  it('is attributed once, on the body sentence', () => {
    const text = 'Dockers say cranes were sold\nA group of dockers says the harbour sold four cranes in May.'
    expect(attribute(text).map((a) => a.quote)).toEqual(['the harbour sold four cranes in May'])
  })

  it('keeps a headline whose speaker does not speak below it', () => {
    const text = 'Mayor says ferry will run all winter\nThe port authority said the pier was closed.'
    expect(attribute(text).map((a) => a.cue)).toEqual(['says', 'said'])
  })
})
