import { describe, expect, it } from 'vitest'
import { attribute, mention } from './test-support.js'

type M = [surface: string, type: 'PERSON' | 'ORG' | 'GPE', canonical: string]

// Hand-written sentences, one construction per row: [name, text, mentions, speaker, cue, quote start].
// The speaker is the canonical name or label of the last attribution of the text.
describe('attribution: constructions beyond the development articles', () => {
  it.each<[string, string, M[], string, string, string]>([
    [
      'adverb in the cue chain: "later said"',
      'The border agency later said that the crossing had reopened.',
      [],
      'border agency',
      'later said',
      'the crossing had reopened',
    ],
    [
      'adverb in the cue chain: "has since said"',
      'The navy has since said the frigate was repaired.',
      [],
      'navy',
      'has since said',
      'the frigate was repaired',
    ],
    [
      'adverb in the cue chain: "have long argued"',
      'Farmers have long argued that the dam floods their fields.',
      [],
      'farmers',
      'have long argued',
      'the dam floods their fields',
    ],
    [
      '"…," as X likes to say',
      '“A tank on a train is a tank that is not at the front,” as the old colonel likes to say.',
      [],
      'old colonel',
      'likes to say',
      'A tank on a train',
    ],
    [
      'according to X, which … (a relative clause describes the source)',
      'The barges left the port in May, according to the river authority, which counts every hull.',
      [],
      'river authority',
      'according to',
      'The barges left the port in May',
    ],
    [
      'according to a carrier "by" X',
      'The mill doubled its output, according to recent calculations by independent economists.',
      [],
      'independent economists',
      'according to recent calculations by',
      'The mill doubled its output',
    ],
    [
      'a tag between commas: "…, X said, after …"',
      'Two bridges over the canal were closed to traffic, the city council said, after engineers found cracks.',
      [],
      'city council',
      'said',
      'Two bridges over the canal',
    ],
    [
      'a tag with an adverbial between commas: "…, X reported on Tuesday, two days after …"',
      'The ferry resumed service, the port operator reported on Tuesday, two days after the storm.',
      [],
      'port operator',
      'reported',
      'The ferry resumed service',
    ],
    [
      '"the ministry" refers back to the ministry described before',
      'The Moldovan transport ministry published a timetable. The ministry said the line would open in June.',
      [],
      'moldovan transport ministry',
      'said',
      'the line would open',
    ],
    [
      '"the project" refers back to the named project',
      'The data come from the volunteer project Railwatch. The project said that four trains passed.',
      [['Railwatch', 'ORG', 'Railwatch']],
      'railwatch',
      'said',
      'four trains passed',
    ],
    [
      '"the Russian president" is the role holder named before',
      'Vladimir Putin flew to Minsk on Friday. The Russian president said the talks went well.',
      [['Vladimir Putin', 'PERSON', 'Vladimir Putin']],
      'vladimir putin',
      'said',
      'the talks went well',
    ],
    [
      '"he" goes to the person who opened the sentence before, not the earlier speaker',
      'Anna Berg said the port was calm. Ivan Petrov stayed silent for a week. Visiting the docks, he said that the cranes were idle.',
      [
        ['Anna Berg', 'PERSON', 'Anna Berg'],
        ['Ivan Petrov', 'PERSON', 'Ivan Petrov'],
      ],
      'ivan petrov',
      'said',
      'the cranes were idle',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const got = attribute(
      text,
      ms.map(([s, t, c]) => mention(text, s, t, c)),
    )
    const last = got[got.length - 1]!
    expect(last.speaker?.toLowerCase()).toBe(speaker)
    expect(last.cue).toBe(cue)
    expect(last.quote.startsWith(quoteStart)).toBe(true)
  })
})

describe('attribution: constructions that are not speech', () => {
  it.each([
    ['a passive without "that"', 'Convoys were reported near the lake in June.'],
    ['a participle with its agent (caption)', 'Approximate routes reported by volunteers.'],
    ['"observed and reported by"', 'The tally rests on shipments observed and reported by residents.'],
  ])('%s', (_name, text) => {
    expect(attribute(text)).toEqual([])
  })

  it('a clause after a lead-in comma is no mid-sentence tag', () => {
    const got = attribute('In March, the council said the bridges would reopen, and the mayor agreed.')
    expect(got).toHaveLength(1)
    expect(got[0]!.speaker).toBe('council')
    expect(got[0]!.quote.startsWith('the bridges would reopen')).toBe(true)
  })

  it('"the ministry" does not refer back to a name that merely follows the word', () => {
    const text =
      'The ministry released a video showing Northwind instructors. The ministry said drills would end.'
    const got = attribute(text, [mention(text, 'Northwind', 'ORG', 'Northwind Group')])
    expect(got[got.length - 1]!.speaker).not.toBe('Northwind Group')
  })
})
