import { describe, expect, it } from 'vitest'
import { attribute, mention } from './test-support.js'

type M = [surface: string, type: 'PERSON' | 'ORG' | 'GPE', canonical?: string, from?: number]

const run = (text: string, ms: M[] = []) =>
  attribute(
    text,
    ms.map(([s, t, c, from]) => mention(text, s, t, c ?? s, from ?? 0)),
  ).map((a) => [a.speaker, a.quote])

// Groups and people that the text names in passing: a place at the end of a name, an appositive
// descriptor, a clause that names the speaker, a given name alone.
describe('attribution: sources named in passing', () => {
  it.each<[string, string, M[], [string, string][]]>([
    [
      "a place that ends a group's name is not the speaker",
      'Harbour Watch Latvia, a network of dock workers, said that four barges left Ventspils.',
      [
        ['Latvia', 'GPE'],
        ['Ventspils', 'GPE'],
      ],
      [['Harbour Watch Latvia', 'four barges left Ventspils']],
    ],
    [
      '"the network" later is the group named with that descriptor',
      'Harbour Watch Latvia, a network of dock workers, said that four barges left.\nThe network said the barges carried shells.',
      [['Latvia', 'GPE']],
      [
        ['Harbour Watch Latvia', 'four barges left'],
        ['Harbour Watch Latvia', 'the barges carried shells'],
      ],
    ],
    [
      'a clause that names the speaker: "who gave his name only as X"',
      'One of the welders, who gave his name only as Sergei, told the Harbour Gazette that the yard was closed.',
      [['Sergei', 'PERSON']],
      [['Sergei', 'the yard was closed']],
    ],
    [
      '"told X by phone" ends the tag',
      '“The yard is empty,” one of the welders, who gave his name only as Sergei, told the Harbour Gazette by phone.',
      [['Sergei', 'PERSON']],
      [['Sergei', 'The yard is empty']],
    ],
    [
      'a group named after it spoke: "the group, which calls itself X"',
      'A group of port pilots who watch the river said that six tugs sailed north.\nThe group, which calls itself River Eye and posts its counts online, said the tugs towed two barges.',
      [],
      [
        ['River Eye', 'six tugs sailed north'],
        ['River Eye', 'the tugs towed two barges'],
      ],
    ],
    [
      'a state\'s body by its name and its kind: "Latvia\'s Coastal Intelligence agency"',
      "Latvia's Coastal Intelligence agency said that the tugs were armed.",
      [['Latvia', 'GPE']],
      [['Coastal Intelligence of Latvia', 'the tugs were armed']],
    ],
    // negative rows
    [
      'a body with a name of its own keeps it after "known as"',
      'The Coastal Defence Agency, known as CDA, said that the tugs left.',
      [['CDA', 'ORG', 'Coastal Defence Agency']],
      [['Coastal Defence Agency', 'the tugs left']],
    ],
    [
      'a place alone is the speaker',
      'Latvia said that the tugs left.',
      [['Latvia', 'GPE']],
      [['Latvia', 'the tugs left']],
    ],
    [
      'a title before a place does not make a name',
      'The Prime Minister of Latvia said that the tugs left.',
      [['Latvia', 'GPE']],
      [['Prime Minister of Latvia', 'the tugs left']],
    ],
    [
      'a described group that is never named keeps its label',
      'A group of port pilots said that six tugs sailed north.\nThe group said the tugs towed two barges.',
      [],
      [
        ['port pilots', 'six tugs sailed north'],
        ['port pilots', 'the tugs towed two barges'],
      ],
    ],
  ])('%s', (_name, text, ms, expected) => {
    expect(run(text, ms)).toEqual(expected)
  })
})

describe('attribution: tags, objects and relative clauses', () => {
  it.each<[string, string, M[], [string, string][]]>([
    [
      '"…," X said in a statement, adding that …: the tag reads past its adverbial',
      '“The pier is shut. Nothing sails,” the council said in a statement, adding that ferry traffic was “small boats under old contracts”.',
      [],
      [
        ['council', 'The pier is shut. Nothing sails'],
        ['council', 'ferry traffic was “small boats under old contracts'],
      ],
    ],
    [
      '"dismissed the sanctions": the measure answered is the content',
      'Riga dismissed the sanctions. The mayor rejected the report on Monday.',
      [['Riga', 'GPE']],
      [
        ['Riga', 'the sanctions'],
        ['mayor', 'the report'],
      ],
    ],
    [
      '"rejected claims that …" keeps its clause',
      'The port rejected claims that the cranes were idle.',
      [],
      [
        ['port', 'claims that the cranes were idle'],
        ['unspecified reports', 'the cranes were idle'],
      ],
    ],
    [
      '"which X said had …": the rest of the relative clause',
      'The list names the Dock Crane Works, which the council said had shipped cranes to the navy, and two banks.',
      [['Dock Crane Works', 'ORG']],
      [['council', 'had shipped cranes to the navy']],
    ],
    [
      'an acronym introduced in brackets is the body before it',
      'The Coastal Intelligence of Latvia (CIL) said that the tugs were armed.\nAccording to CIL, the tugs sailed at night.',
      [
        ['Latvia', 'GPE'],
        ['CIL', 'ORG', 'Latvian Coastal Service'],
        ['CIL', 'ORG', 'Latvian Coastal Service', 60],
      ],
      [
        ['Coastal Intelligence of Latvia', 'the tugs were armed'],
        ['Coastal Intelligence of Latvia', 'the tugs sailed at night'],
      ],
    ],
    [
      '"the Latvian ministry" after another body\'s name is not that body\'s appositive',
      'The Latvian Ministry of Transport said the ferries would run.\nOn Monday, tugs patrolled the coast of the Baltic Union, the Latvian ministry said.',
      [
        ['Latvian Ministry of Transport', 'ORG', 'Ministry of Transport of Latvia'],
        ['Baltic Union', 'ORG'],
      ],
      [
        ['Ministry of Transport of Latvia', 'the ferries would run'],
        ['Ministry of Transport of Latvia', 'On Monday, tugs patrolled the coast of the Baltic Union'],
      ],
    ],
    [
      '"the Latvian ministry" is Latvia\'s, though another state\'s ministry spoke last',
      'The Latvian Ministry of Transport said the ferries would run.\nThe Estonian Ministry of Transport said the port was shut.\nThe barges sank, the Latvian ministry said.',
      [
        ['Latvian Ministry of Transport', 'ORG', 'Ministry of Transport of Latvia'],
        ['Estonian Ministry of Transport', 'ORG', 'Ministry of Transport of Estonia'],
      ],
      [
        ['Ministry of Transport of Latvia', 'the ferries would run'],
        ['Ministry of Transport of Estonia', 'the port was shut'],
        ['Ministry of Transport of Latvia', 'The barges sank'],
      ],
    ],
    [
      "a state's body takes the name the reference data knows it by",
      "Ukraine's General Staff said that two barges sank off the spit at dawn.",
      [['Ukraine', 'GPE']],
      [['General Staff of the Armed Forces of Ukraine', 'two barges sank off the spit at dawn']],
    ],
    // negative rows
    [
      'a verb before an infinitive is no tag',
      'Meanwhile, the ferries at Liepaja have continued to sail twice a week, each time delaying trains because the pier is short.',
      [['Liepaja', 'GPE']],
      [],
    ],
    ['"has never said where" asserts nothing', 'The council has never said where.', [], []],
    [
      'a nationality adjective after a preposition is no speaker',
      'The barges were named in Latvian reports on river traffic. The pier was closed.',
      [],
      [],
    ],
    ['"Others" names no one', 'Analysts disagree. Others argue that the pier will reopen.', [], []],
    [
      '"dismissed" a person is no speech',
      'The ministry dismissed the commander of the depot on Monday.',
      [],
      [],
    ],
  ])('%s', (_name, text, ms, expected) => {
    expect(run(text, ms)).toEqual(expected)
  })
})

describe('attribution: interviews', () => {
  const text =
    '‘The quays were empty long before the strike’\n' +
    'Anna Berg ran the harbour for ten years. We met her in Tallinn.\n' +
    'When did the barges stop?\n' +
    'Berg: The barges stopped in May. We believe the cranes will be sold to a buyer in Gdansk.\n'
  const ms = [mention(text, 'Anna Berg', 'PERSON'), mention(text, 'Berg', 'PERSON', 'Anna Berg', 80)]

  it('first person inside an answer is the one who answers, not the publisher', () => {
    const got = attribute(text, ms, 'Harbour Review')
    expect(got.filter((a) => a.cue === 'believe').map((a) => [a.speaker, a.quote])).toEqual([
      ['Anna Berg', 'the cranes will be sold to a buyer in Gdansk'],
    ])
  })

  it('a quoted headline over an interview is the interviewee’s', () => {
    const got = attribute(text, ms, 'Harbour Review')
    expect(got[0]).toMatchObject({
      speaker: 'Anna Berg',
      cue: null,
      quote: 'The quays were empty long before the strike',
    })
  })

  it('a quoted headline over a report with no answers has no speaker', () => {
    const plain = '‘The quays were empty long before the strike’\nAnna Berg ran the harbour for ten years.\n'
    expect(attribute(plain, [mention(plain, 'Anna Berg', 'PERSON')])).toEqual([])
  })

  it("the host who asks is no speaker: questions and the host's other lines assert nothing", () => {
    const transcript =
      'Eva Lind: When did the barges stop?\n' +
      'Anna Berg: The barges stopped in May.\n' +
      'Eva Lind: And the cranes?\n' +
      'Anna Berg: They were sold to a buyer in Gdansk.\n' +
      'Eva Lind: Anna Berg, thank you.\n'
    // every label is a person mention, as the entity stage finds them
    const people = [...transcript.matchAll(/^(Eva Lind|Anna Berg):/gm)].map((m) =>
      mention(transcript, m[1]!, 'PERSON', m[1]!, m.index),
    )
    expect(attribute(transcript, people).map((a) => [a.speaker, a.quote])).toEqual([
      ['Anna Berg', 'The barges stopped in May.'],
      ['Anna Berg', 'They were sold to a buyer in Gdansk.'],
    ])
  })

  it('"we" outside an answer stays the publisher', () => {
    const got = attribute(text, ms, 'Harbour Review')
    expect(got.some((a) => a.speaker === 'Harbour Review')).toBe(false)
    const narrator = 'We believe the cranes will be sold.'
    expect(attribute(narrator, [], 'Harbour Review').map((a) => a.speaker)).toEqual(['Harbour Review'])
  })
})

describe('attribution: scenes described, participles and counted people', () => {
  it.each<[string, string, M[], [string, string][]]>([
    [
      '"described a shift …, during which …": the scene is the content',
      'Pavel described a long shift of about ten hours, during which each barge was loaded twice.',
      [['Pavel', 'PERSON']],
      [['Pavel', 'a long shift of about ten hours, during which each barge was loaded twice']],
    ],
    [
      '"described X doing Y", with the agent of a participle before the cue',
      'Two former dockers interviewed by the paper described the yard loading shells at night.',
      [],
      [['unnamed former dockers', 'the yard loading shells at night']],
    ],
    [
      '"described how …"',
      'The mayor described how the pier collapsed in May.',
      [],
      [['mayor', 'the pier collapsed in May']],
    ],
    [
      '"It expects …" after a group spoke',
      'The River Eye group said the barges were late.\nIt expects the traffic to fall once the ice melts.',
      [['River Eye', 'ORG']],
      [
        ['River Eye', 'the barges were late'],
        ['River Eye', 'the traffic to fall once the ice melts'],
      ],
    ],
    [
      'a report published by a body speaks for the body',
      'A report published by the harbour council says the pier is unsafe.',
      [],
      [['harbour council', 'the pier is unsafe']],
    ],
    [
      'people counted',
      'Four officials said that the pier was closed.',
      [],
      [['unnamed officials', 'the pier was closed']],
    ],
    // negative rows
    ['"described" a thing', 'The captain described the storm at the pier in detail.', [], []],
    [
      'records obtained by a paper show, but do not speak',
      'Ledgers obtained by the Harbour Gazette show that the yard shipped 40 cranes.',
      [['Harbour Gazette', 'ORG']],
      [],
    ],
    ['states counted are no speakers', 'Three member states said that the pier was closed.', [], []],
  ])('%s', (_name, text, ms, expected) => {
    expect(run(text, ms)).toEqual(expected)
  })
})
