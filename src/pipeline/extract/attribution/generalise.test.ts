import { describe, expect, it } from 'vitest'
import { attribute, mention } from './test-support.js'

type M = [surface: string, type: 'PERSON' | 'ORG' | 'GPE', canonical: string]

// Hand-written sentences, one construction per row: [name, text, mentions, speaker, cue, quote start].
// The speaker is the canonical name or label of the last attribution of the text.
describe('attribution: constructions beyond the development articles', () => {
  it.each<[string, string, M[], string, string, string]>([
    [
      'an appositive role opening with "acting"',
      'Ruth Kane, acting director of the harbour police, told reporters that the quay had been sealed.',
      [['Ruth Kane', 'PERSON', 'Ruth Kane']],
      'ruth kane',
      'told',
      'the quay had been sealed',
    ],
    [
      'an appositive role of a state: "X, Ukraine’s envoy in Rome, said …" (no inverted tag after it)',
      'Ivan Kovac, Ukraine’s envoy in Rome, said drones had been found in the wreckage.',
      [['Ivan Kovac', 'PERSON', 'Ivan Kovac']],
      'ivan kovac',
      'said',
      'drones had been found',
    ],
    [
      'a cue after "and" shares the subject of the verb before it',
      'Ivan Kovac, Ukraine’s envoy in Rome, welcomed the package and said drones had been found.',
      [['Ivan Kovac', 'PERSON', 'Ivan Kovac']],
      'ivan kovac',
      'said',
      'drones had been found',
    ],
    [
      'a quotation told to a medium described before its name',
      '“We have sold no tanks,” ministry spokesman Ivan Petrov told the state news agency BelTA.',
      [['Ivan Petrov', 'PERSON', 'Ivan Petrov']],
      'ivan petrov',
      'told',
      'We have sold no tanks',
    ],
    [
      'a quotation told to a medium, then a participle ("…, calling the measures …")',
      '“We have sold no tanks,” spokesman Ivan Petrov told the agency BelTA, calling the report “a fantasy”.',
      [['Ivan Petrov', 'PERSON', 'Ivan Petrov']],
      'ivan petrov',
      'told',
      'We have sold no tanks',
    ],
    [
      'a cue after "but" shares the subject past a participle opening the sentence',
      'Exiled union leader Olga Brant welcomed the ruling but argued that the port should also pay damages.',
      [['Olga Brant', 'PERSON', 'Olga Brant']],
      'olga brant',
      'argued',
      'the port should also pay damages',
    ],
    [
      'a tag whose role names its body before the name: "…, a spokesman for the command, X, told reporters."',
      'The shells were old, a spokesman for the command, Jan Nowak, told reporters in Warsaw.',
      [['Jan Nowak', 'PERSON', 'Jan Nowak']],
      'jan nowak',
      'told',
      'The shells were old',
    ],
    [
      '"It" after a body spoke, with a clause of its own and no "that"',
      'The ministry said the reservists would stay. It insisted the drills were purely defensive.',
      [],
      'ministry',
      'insisted',
      'the drills were purely defensive',
    ],
    [
      'an unnamed worker of a named firm is no voice of the firm',
      'A former employee of the Harbour Shipyard said the hulls were Russian.',
      [['Harbour Shipyard', 'ORG', 'Harbour Shipyard']],
      'unnamed former employee of the harbour shipyard',
      'said',
      'the hulls were Russian',
    ],
    [
      'an unnamed worker of "the plant" named in the sentence before',
      'The Harbour Shipyard builds hulls. A former employee, a clerk who left the yard in 2023, said the hulls were Russian.',
      [['Harbour Shipyard', 'ORG', 'Harbour Shipyard']],
      'unnamed former employee of harbour shipyard',
      'said',
      'the hulls were Russian',
    ],
    [
      '"the head of state" is the president named before, by the title written before the name',
      'The President of Moldova Ana Cretu met the governor. The head of state noted that the port reopened.',
      [['Ana Cretu', 'PERSON', 'Ana Cretu']],
      'ana cretu',
      'noted',
      'the port reopened',
    ],
    [
      '"the President" with no mention: the name written after the title, not the words after it',
      'The President of Moldova Ana Cretu met the governor. The President noted that the port reopened.',
      [],
      'ana cretu',
      'noted',
      'the port reopened',
    ],
    [
      '"prosecutors" are the prosecuting office the text names',
      "Federal prosecutors said the firm sent chips to Minsk. The case is led by the Attorney General's Office of Moldova.",
      [["Attorney General's Office of Moldova", 'ORG', "Attorney General's Office of Moldova"]],
      "attorney general's office of moldova",
      'said',
      'the firm sent chips to Minsk',
    ],
    [
      '"according to the indictment": the body that spoke before, through its document',
      "The Attorney General's Office of Moldova announced charges. According to the indictment, the firm sent chips to Minsk.",
      [["Attorney General's Office of Moldova", 'ORG', "Attorney General's Office of Moldova"]],
      "attorney general's office of moldova",
      'According to',
      'the firm sent chips to Minsk',
    ],
    [
      '"according to" a source whose name holds an abbreviation ("U.S.")',
      "The firm sent chips to Minsk, according to a statement by the U.S. Attorney's Office.",
      [["U.S. Attorney's Office", 'ORG', "U.S. Attorney's Office"]],
      "u.s. attorney's office",
      'according to a statement by',
      'The firm sent chips to Minsk',
    ],
    [
      '"the outlet" is the named body that spoke before, not a plural description of others',
      'We sum up what other outlets reported. The Harbour Gazette reported that the quay closed. Citing two dockers, the outlet wrote that the cranes were idle.',
      [['Harbour Gazette', 'ORG', 'Harbour Gazette']],
      'harbour gazette',
      'wrote',
      'the cranes were idle',
    ],
    [
      'a quotation told to a medium that is not named',
      '“We have sold no tanks,” Ivan Petrov told the newspaper on Monday.',
      [['Ivan Petrov', 'PERSON', 'Ivan Petrov']],
      'ivan petrov',
      'told',
      'We have sold no tanks',
    ],
    [
      'a modal and an adverb in the cue chain: "would only say"',
      'The mayor would only say that the bridge was under review.',
      [],
      'mayor',
      'would only say',
      'the bridge was under review',
    ],
    [
      'a second cue of the subject after "but" with no comma',
      'The mayor said she backed the budget but warned that the bridge would close.',
      [],
      'mayor',
      'warned',
      'the bridge would close',
    ],
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
    [
      '"…," X, a role, told <medium>: the teller speaks, not the medium',
      '“The barges still sail at night,” Ivan Petrov, a harbour pilot, told the Baltic Herald.',
      [['Ivan Petrov', 'PERSON', 'Ivan Petrov']],
      'ivan petrov',
      'told',
      'The barges still sail',
    ],
    [
      '"the group estimates": the organisation that spoke last',
      'The River Watch project says it counted 40 barges. The group estimates that half carried grain.',
      [['River Watch', 'ORG', 'River Watch']],
      'river watch',
      'estimates',
      'half carried grain',
    ],
    [
      '"according to the project\'s monthly summary": the owner of the output',
      'The River Watch project counts barges. According to the project’s monthly summary, 38 barges left.',
      [['River Watch', 'ORG', 'River Watch']],
      'river watch',
      'According to',
      '38 barges left',
    ],
    [
      'a time between the cue and "that": "said earlier on Tuesday that"',
      'The harbour office said earlier on Tuesday that the locks were closed.',
      [],
      'harbour office',
      'said',
      'the locks were closed',
    ],
    [
      '"<demonym> officials": that state\'s government',
      'Belarusian officials say the harvest doubled.',
      [],
      'government of belarus',
      'say',
      'the harvest doubled',
    ],
    [
      'an interview answer: "Name: …" opening a paragraph',
      'How busy are the docks?\n\nPetrov: “Busier than ever. We load forty barges a week.”',
      [['Petrov', 'PERSON', 'Ivan Petrov']],
      'ivan petrov',
      ':',
      'Busier than ever.',
    ],
    [
      '"…, according to X, although …": the content is before the frame',
      'The barges carry 300 tons, according to the port, although the river is low in summer.',
      [],
      'port',
      'according to',
      'The barges carry 300 tons',
    ],
    [
      '"its spokesperson": the officer of the organisation that spoke before',
      'The Harbour Authority said the locks were shut. “Nothing moves tonight,” its spokesperson said.',
      [['Harbour Authority', 'ORG', 'Harbour Authority']],
      'spokesperson of harbour authority',
      'said',
      'Nothing moves tonight',
    ],
    [
      '"the company announced": the organisation last named',
      'Peleng builds sights for tanks. The company announced in May that it was hiring welders.',
      [['Peleng', 'ORG', 'Peleng']],
      'peleng',
      'announced',
      'it was hiring welders',
    ],
    [
      '"the HUR military intelligence agency says": the body the description follows',
      'About 600 paratroopers have arrived at the range, the HUR military intelligence agency says.',
      [['HUR', 'ORG', 'Main Directorate of Intelligence of Ukraine']],
      'main directorate of intelligence of ukraine',
      'says',
      'About 600 paratroopers',
    ],
    [
      'a speaker whose name has a comma in it',
      'On Friday the Office of Trade, Ports and Rivers said it had closed the locks.',
      [['Office of Trade, Ports and Rivers', 'ORG', 'Office of Trade, Ports and Rivers']],
      'office of trade, ports and rivers',
      'said',
      'it had closed the locks',
    ],
    [
      '"a former engineer at the plant who left": someone described, and "the engineer" later',
      'The yard repaired forty barges, according to a former engineer at the yard who left last year. “They come in rusted,” the engineer said.',
      [],
      'unnamed former engineer at the yard',
      'said',
      'They come in rusted',
    ],
    [
      'officials in a capital: the government that sits there',
      'Officials in Vilnius said the new rules would not change anything.',
      [['Vilnius', 'GPE', 'Vilnius']],
      'government of lithuania',
      'said',
      'the new rules would not change',
    ],
    [
      "a state's body by a common noun: the body the reference data names with the nationality",
      "Poland's border guards said the new rules would not change anything.",
      [['Poland', 'GPE', 'Poland']],
      'polish border guard',
      'said',
      'the new rules would not change',
    ],
    [
      'officials in a town that is no capital: a group described by its place',
      'Officials in Gomel said the new rules would not change anything.',
      [['Gomel', 'GPE', 'Gomel']],
      'officials in gomel',
      'said',
      'the new rules would not change',
    ],
    [
      'a source cited between the cue and "that"',
      'The wire service reported, citing two customs officers, that the trucks had turned back.',
      [],
      'wire service',
      'reported',
      'the trucks had turned back',
    ],
    [
      '"as noted by X," before the content',
      'As noted by the port authority, the ferries left empty.',
      [],
      'port authority',
      'As noted by',
      'the ferries left empty',
    ],
    [
      '"the statement said": the organisation that issued it',
      'The Harbour Board issued a statement on Monday. The statement said the pier would stay shut.',
      [['Harbour Board', 'ORG', 'Harbour Board']],
      'harbour board',
      'said',
      'the pier would stay shut',
    ],
    [
      '"it reads:" with a quotation',
      'The Harbour Board issued a statement. It reads: "The pier stays shut until May."',
      [['Harbour Board', 'ORG', 'Harbour Board']],
      'harbour board',
      'reads',
      'The pier stays shut',
    ],
    [
      'a role, then the name set off by commas, then "said … that"',
      'The bank’s chief economist, Edda Lind, said in May that rates would stay high.',
      [['Edda Lind', 'PERSON', 'Edda Lind']],
      'edda lind',
      'said',
      'rates would stay high',
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
  it('a "Label:" paragraph that names no person is no interview answer', () => {
    expect(attribute('Note: the barges were counted twice and the figures were checked.')).toEqual([])
  })

  it('a clause after an inverted cue is what is said, not who says it', () => {
    const got = attribute('The chief economist, Edda Lind, said that rates would stay high.')
    expect(got.map((a) => a.speaker)).not.toContain('rates would stay high')
  })

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

type Row = [name: string, text: string, mentions: M[], speaker: string, cue: string, quoteStart: string]

/** The attribution whose cue is `cue` (the last one when several share it). */
function byCue(text: string, ms: M[], cue: string, publisher: string | null = null) {
  const got = attribute(
    text,
    ms.map(([s, t, c]) => mention(text, s, t, c)),
    publisher,
  )
  return got.filter((a) => a.cue === cue).at(-1)
}

describe('attribution: speech participles after the main clause', () => {
  it.each<Row>([
    [
      '", adding that …" takes the subject of the main clause',
      'Karl Weiss told the council that the ferry would run again, adding that the fares would stay the same.',
      [['Karl Weiss', 'PERSON', 'Karl Weiss']],
      'karl weiss',
      'adding',
      'the fares would stay',
    ],
    [
      '", saying …" without "that"',
      'The admiral first offered the frigates in April, saying the crews were already trained.',
      [],
      'admiral',
      'saying',
      'the crews were already trained',
    ],
    [
      '", explaining that …" after a leading time phrase',
      'At the end of May the port authority raised its fees, explaining that dredging had grown costly.',
      [],
      'port authority',
      'explaining',
      'dredging had grown costly',
    ],
    [
      '"by announcing that …"',
      'Estonia replied by announcing that two more patrol boats would be sent to the lake.',
      [['Estonia', 'GPE', 'Estonia']],
      'estonia',
      'announcing',
      'two more patrol boats',
    ],
    [
      'a leading participial phrase is not the subject ("Visiting X, he said …, adding …")',
      'Visiting the shipyard on Monday, Anna Berg said that the hulls were ready, adding that the engines would follow.',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'adding',
      'the engines would follow',
    ],
    [
      'after an inverted tag: "…, said X, adding that …"',
      'The tolls will rise next year, said Ivan Petrov, adding that the bridge needs repairs.',
      [['Ivan Petrov', 'PERSON', 'Ivan Petrov']],
      'ivan petrov',
      'adding',
      'the bridge needs repairs',
    ],
    [
      'after a reported-speech tag: "…, X says, adding that …"',
      'Forty lorries crossed the bridge last week, the ledger says, adding that most carried grain.',
      [],
      'ledger',
      'adding',
      'most carried grain',
    ],
    [
      'after a tag with a time: "…, X said on Monday, rejecting reports that …"',
      'The ferry will keep running, the port authority said on Monday, rejecting reports that it would close.',
      [],
      'port authority',
      'rejecting',
      'reports that it would close',
    ],
    [
      '", dismissing the claims …": the speech answered',
      'The admiral toured the docks, dismissing the earlier claims of sabotage.',
      [],
      'admiral',
      'dismissing',
      'the earlier claims of sabotage',
    ],
    [
      'after a quotation tag: "“…,” X said, adding that …"',
      '“The ferry is full every day,” the harbour master said, adding that a second boat was on order.',
      [],
      'harbour master',
      'adding',
      'a second boat was on order',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker?.toLowerCase()).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })

  it('the main cue stops where the participle starts', () => {
    const text = 'The mayor said the bridge would reopen, adding that the tolls would rise.'
    const said = byCue(text, [], 'said')
    expect(said?.quote).toBe('the bridge would reopen')
  })

  it('the quotation before ", X said, adding …" keeps its tag', () => {
    const text = '“We are ready,” the colonel said, adding that the crews had trained for weeks.'
    const got = attribute(text)
    expect(got.map((a) => [a.cue, a.quote])).toEqual([
      ['said', 'We are ready'],
      ['adding', 'the crews had trained for weeks'],
    ])
  })

  it.each([
    [
      'a participle before a noun phrase is no speech',
      'The plant closed in May, adding pressure on the town.',
    ],
    ['"saying" with no clause after it', 'The guards waved, saying goodbye to the crew.'],
    ['"warning" without "that"', 'Sirens sounded across the city, warning of an air raid.'],
    ['"by announcing" with no content clause', 'The firm surprised investors by announcing record profits.'],
  ])('%s', (_name, text) => {
    expect(attribute(text)).toEqual([])
  })
})

describe('attribution: a name set off by commas after its role', () => {
  it.each<[string, string, M[], string, string]>([
    [
      '"Its spokesman, Name, said"',
      'The coast guard counted the boats. Its spokesman, Marko Lind, said that nine had left the harbour.',
      [['Marko Lind', 'PERSON', 'Marko Lind']],
      'Marko Lind',
      'Its spokesman',
    ],
    [
      '"Country\'s top commander, Name, warned in … that"',
      "Finland's top general, Aino Virtanen, warned in a radio interview that the lakes might freeze early.",
      [['Aino Virtanen', 'PERSON', 'Aino Virtanen']],
      'Aino Virtanen',
      "Finland's top general",
    ],
    [
      'without a mention: the capitalised name',
      'The union chairman, Piet de Vries, said the strike would go on.',
      [],
      'Piet de Vries',
      'union chairman',
    ],
  ])('%s', (_name, text, ms, speaker, role) => {
    const got = attribute(
      text,
      ms.map(([s, t, c]) => mention(text, s, t, c)),
    )
    expect(got.at(-1)).toMatchObject({ speaker, role })
  })

  it('a list of places between commas is no role and name', () => {
    const got = attribute('Ferries from Tallinn, Riga, Helsinki said nothing about delays.')
    expect(got.every((a) => a.speaker !== 'Helsinki' || a.role === null)).toBe(true)
  })
})

describe('attribution: subjects after a leading time phrase, and placed groups', () => {
  it.each<Row>([
    [
      'a leading year is not a count: "In 2021 X said"',
      'In 2021 Norway said it had closed two of its northern ports.',
      [['Norway', 'GPE', 'Norway']],
      'norway',
      'said',
      'it had closed',
    ],
    [
      'a leading month: "In August X\'s ministry urged Y to …"',
      "In August Latvia's transport ministry urged Riga to close two crossings.",
      [],
      "latvia's transport ministry",
      'urged',
      'Riga to close',
    ],
    [
      'a leading date: "On 3 March the agency said"',
      'On 3 March the weather agency said the storm would pass by night.',
      [],
      'weather agency',
      'said',
      'the storm would pass',
    ],
    [
      '"Last year X said"',
      'Last year Denmark said that its frigates would patrol the strait.',
      [['Denmark', 'GPE', 'Denmark']],
      'denmark',
      'said',
      'its frigates would patrol',
    ],
    [
      '"officials in <city>" is a group, not the city',
      'Officials in Tartu said the bridge would open in the spring.',
      [['Tartu', 'GPE', 'Tartu']],
      'officials in tartu',
      'said',
      'the bridge would open',
    ],
    [
      'an age between commas: "X, 71, has insisted"',
      'Karl Weiss, 71, has repeatedly insisted that the army will stay home.',
      [['Karl Weiss', 'PERSON', 'Karl Weiss']],
      'karl weiss',
      'has repeatedly insisted',
      'the army will stay home',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker?.toLowerCase()).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })
})

describe('attribution: accusations, requests, doubt, assessments and estimates', () => {
  it.each<Row>([
    [
      '"has accused X of …": the object and what it is accused of',
      'Vilnius has accused the shipping firm of hiding cargo from inspectors.',
      [['Vilnius', 'GPE', 'Vilnius']],
      'vilnius',
      'has accused',
      'the shipping firm of hiding cargo',
    ],
    [
      '"urged X to …"',
      'The union urged the board to reopen the northern mine.',
      [],
      'union',
      'urged',
      'the board to reopen',
    ],
    [
      '"were sceptical that"',
      'Economists in Riga were sceptical that the new port fees would raise much.',
      [['Riga', 'GPE', 'Riga']],
      'economists in riga',
      'were sceptical',
      'the new port fees',
    ],
    [
      '"warned of X": what is warned of',
      'The coast guard warned of a build-up of tankers off Klaipeda.',
      [],
      'coast guard',
      'warned',
      'a build-up of tankers',
    ],
    [
      '"called X a Y" without quotation marks: what is named and what it is called',
      'Vilnius called the closure a breach of the treaty.',
      [['Vilnius', 'GPE', 'Vilnius']],
      'vilnius',
      'called',
      'the closure a breach',
    ],
    [
      '"Officials estimate that …": unnamed officials',
      'Officials estimate that 40 barges crossed the lake in May.',
      [],
      'unnamed officials',
      'estimate',
      '40 barges crossed',
    ],
    [
      '"an estimate by X that …" (noun cue)',
      'The figure rests on an estimate by the monitoring group Railwatch that 40 trains passed in May.',
      [['Railwatch', 'ORG', 'Railwatch']],
      'railwatch',
      'an estimate by',
      '40 trains passed',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker?.toLowerCase()).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })

  it('"we assess" in the narrator\'s voice is the publisher', () => {
    const a = byCue(
      'We assess that the canal will likely stay closed all winter.',
      [],
      'assess',
      'Harbour Watch',
    )
    expect(a).toMatchObject({
      speaker: 'Harbour Watch',
      quote: 'the canal will likely stay closed all winter',
    })
  })

  it('"we" inside a quotation is whoever is quoted, and without a publisher "we" names no one', () => {
    const text = '“We assess that the canal is safe,” the pilot said.'
    expect(attribute(text, [], 'Harbour Watch').map((a) => a.speaker)).toEqual(['pilot', 'pilot'])
    expect(attribute('We assess that the canal will stay closed.')).toEqual([])
  })

  it.each([
    ['"the accused" is an adjective', 'The accused officer was released on Friday.'],
    ['a passive accusation names no speaker', 'Two sailors were accused of smuggling fuel.'],
    ['"urged" with a plain object', 'The senator urged new sanctions.'],
    ['"called on X to" is a request, "called up" a draft', 'The mayor called up two reserve crews.'],
    ['a passive "is called a"', 'The ferry is called a lifeline by islanders.'],
    ['"warnings of" is a noun', 'Warnings of a storm were ignored by the crews.'],
    ['"sceptical of" a thing', 'Analysts were sceptical of the plan.'],
    ['"to assess" a thing', 'Inspectors came to assess the damage.'],
  ])('%s', (_name, text) => {
    expect(attribute(text)).toEqual([])
  })
})

describe('attribution: constructions checked beyond the development articles', () => {
  it.each<Row>([
    [
      '"X wrote on Telegram that"',
      'Anna Berg wrote on Telegram that the ferry had been cancelled.',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'wrote',
      'the ferry had been cancelled',
    ],
    [
      '"X said in a statement that"',
      'The port authority said in a statement that the cranes were repaired.',
      [],
      'port authority',
      'said',
      'the cranes were repaired',
    ],
    [
      '"In a statement, X said"',
      'In a statement, the port authority said the cranes were repaired.',
      [],
      'port authority',
      'said',
      'the cranes were repaired',
    ],
    [
      '"X\'s statement said": the owner speaks',
      "The Harbour Board's statement said the cranes were repaired on Friday.",
      [['Harbour Board', 'ORG', 'Harbour Board']],
      'harbour board',
      'said',
      'the cranes were repaired',
    ],
    [
      '"X\'s press service said"',
      "The Kremlin's press service said the talks had gone well.",
      [['Kremlin', 'ORG', 'Kremlin']],
      'kremlin',
      'said',
      'the talks had gone well',
    ],
    [
      '"a spokesman for X said"',
      'A spokesman for Frontex said the crossing was closed.',
      [['Frontex', 'ORG', 'Frontex']],
      'spokesman for frontex',
      'said',
      'the crossing was closed',
    ],
    [
      '"the think tank said" refers back to the think tank named before',
      'The Nordic Policy Institute, a think tank in Oslo, published a paper. The think tank said the fleet was too small.',
      [['Nordic Policy Institute', 'ORG', 'Nordic Policy Institute']],
      'nordic policy institute',
      'said',
      'the fleet was too small',
    ],
    [
      'a tag closed by where it was said: "…,” X said on local radio.',
      '“The ferry will not sail before spring,” the harbour master said on local radio.',
      [],
      'harbour master',
      'said',
      'The ferry will not sail',
    ],
    [
      'a tag closed by a medium and a time: "…, X said in a statement last week."',
      'The cranes have been idle since June, the port authority said in a statement last week.',
      [],
      'port authority',
      'said',
      'The cranes have been idle',
    ],
    [
      'a tag closed by a month: "…, X said in August."',
      'Nine barges - the fleet the company runs on the river, the shipping agency said in August.',
      [],
      'shipping agency',
      'said',
      'Nine barges',
    ],
    [
      'an addressee and a time: "…,” X told reporters after the meeting.',
      '“Nothing was agreed,” Anna Berg told reporters after the meeting.',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'told',
      'Nothing was agreed',
    ],
    [
      '"…, it said": the organisation that spoke before',
      'The port authority said the cranes were idle. Two ships had left the harbour empty, it said.',
      [['port authority', 'ORG', 'Harbour Port Authority']],
      'harbour port authority',
      'said',
      'Two ships had left',
    ],
    [
      '"It assessed that …": the organisation that spoke before',
      'The coast guard reported a tanker adrift. It assessed that the crew had left the ship.',
      [['coast guard', 'ORG', 'Northern Coast Guard']],
      'northern coast guard',
      'assessed',
      'the crew had left',
    ],
    [
      '"which it said had …": a pronoun subject before a verb in a relative clause',
      'The league said it had fined the Harbour Club, which it said had broken the rules twice.',
      [
        ['league', 'ORG', 'Northern Football League'],
        ['Harbour Club', 'ORG', 'Harbour Club'],
      ],
      'northern football league',
      'said',
      'had broken the rules',
    ],
    [
      '"photos that it says show …": a cue before a verb with a pronoun subject',
      'The union said the gates were broken. It published photos that it says show the broken gates.',
      [['union', 'ORG', 'Dockers Union']],
      'dockers union',
      'says',
      'show the broken gates',
    ],
    [
      '"it was reported that": unspecified reports',
      'The ministry said the road was open. In June it was reported that two lorries had been stopped.',
      [['ministry', 'ORG', 'Ministry of Roads']],
      'unspecified reports',
      'was reported',
      'two lorries had been stopped',
    ],
    [
      '"its analysts say": the organisation named at the start of a sentence before',
      'The bank said rates would hold. Lakeside Watch counts barges. If traffic grows, its analysts say, the locks will close.',
      [
        ['bank', 'ORG', 'Central Bank'],
        ['Lakeside Watch', 'ORG', 'Lakeside Watch'],
      ],
      'lakeside watch',
      'say',
      'If traffic grows',
    ],
    [
      '"X\'s institute": the institute named before',
      'Olga Petrenko heads the Institute for Canal Studies. According to Petrenko’s institute, traffic fell by half.',
      [
        ['Olga Petrenko', 'PERSON', 'Olga Petrenko'],
        ['Petrenko', 'PERSON', 'Olga Petrenko'],
        ['Institute for Canal Studies', 'ORG', 'Institute for Canal Studies'],
      ],
      'institute for canal studies',
      'According to',
      'traffic fell by half',
    ],
    [
      '"a group of X says": the members, not the group',
      'A group of harbour pilots says the channel is too shallow.',
      [],
      'harbour pilots',
      'says',
      'the channel is too shallow',
    ],
    [
      '"a former employee claims": of the organisation the sentence names',
      'Ten ships a month - the vessels that dock at the Northern Shipyard, a former employee claims.',
      [['Northern Shipyard', 'ORG', 'Northern Shipyard']],
      'unnamed former employee of northern shipyard',
      'claims',
      'Ten ships a month',
    ],
    [
      'a naming quotation: "what X called “…”"',
      'Alongside the repairs, the yard hired welders for what the port authority called “routine upkeep”.',
      [],
      'port authority',
      'called',
      'routine upkeep',
    ],
    [
      'a naming quotation with its object: "X called the plan “…”"',
      'Harbour pilots called the dredging plan “reckless” on Tuesday.',
      [],
      'harbour pilots',
      'called',
      'the dredging plan “reckless',
    ],
    [
      '"X said the figures showed that … and urged …": the outer subject urges',
      'The port authority said the figures showed that traffic was falling and urged the city to cut fees.',
      [],
      'port authority',
      'urged',
      'the city to cut fees',
    ],
    [
      '"By X\'s count, …"',
      'By the dock union’s count, forty lorries crossed the bridge.',
      [],
      'dock union',
      'count',
      'forty lorries crossed',
    ],
    [
      '"…, by X\'s own estimate."',
      'Forty lorries crossed the bridge, by Harbour Watch’s own estimate.',
      [['Harbour Watch', 'ORG', 'Harbour Watch']],
      'harbour watch',
      'estimate',
      'Forty lorries crossed',
    ],
    [
      '"By its count, …": the organisation before',
      'Harbour Watch said the port was busy. By its count, forty lorries crossed the bridge.',
      [['Harbour Watch', 'ORG', 'Harbour Watch']],
      'harbour watch',
      'count',
      'forty lorries crossed',
    ],
    [
      'colon quotation after an addressee: "X told the Y: “…”"',
      'Anna Berg told the Harbour Gazette: “The ferry will not run this winter.”',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'told the Harbour Gazette',
      'The ferry will not run',
    ],
    [
      'colon quotation in the next paragraph: "X said:⏎“…”"',
      'Anna Berg said:\n“The ferry will not run this winter.”',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'said',
      'The ferry will not run',
    ],
    [
      '"he put it very simply: “…”" after a person described in the sentence',
      'When we met a harbour pilot at the dock, he put it very simply: “The channel is too shallow.”',
      [],
      'unnamed harbour pilot',
      'put it very simply',
      'The channel is too shallow',
    ],
    [
      '"“…,” according to X."',
      '“The pier is a lifeline for the island,” according to Anna Berg.',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'according to',
      'The pier is a lifeline',
    ],
    [
      'a tag with an appositive: "…, X, the Y of Z, told reporters."',
      'The ferry will not run this winter, Anna Berg, the head of the port authority, told reporters.',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'told',
      'The ferry will not run',
    ],
    [
      'a participial appositive: "X, published on Monday, says …"',
      'The audit, published on Monday, says the pier needs new piles.',
      [],
      'audit',
      'says',
      'the pier needs new piles',
    ],
    [
      'a tag inside its clause: "The pier, X said, will …"',
      'The old pier, the harbour master said, will close in June.',
      [],
      'harbour master',
      'said',
      'The old pier, the harbour master said, will close',
    ],
    [
      'a group capitalised only by the sentence start: "Military analysts say"',
      'The bridge is safe. Military analysts say the convoy crossed it at night.',
      [],
      'unnamed military analysts',
      'say',
      'the convoy crossed',
    ],
    [
      'an acronym before a group noun stays a name: "ISW analysts say"',
      'The bridge is safe. ISW analysts say the convoy crossed it at night.',
      [],
      'isw',
      'say',
      'the convoy crossed',
    ],
    [
      '"a source in the ministry": someone described',
      'A source in the ministry said the depot was empty.',
      [],
      'unnamed source in the ministry',
      'said',
      'the depot was empty',
    ],
    [
      '"the think tank" is the organisation that spoke before',
      'The Baltic Institute said the depot was empty. The think tank added that trains had stopped.',
      [['Baltic Institute', 'ORG', 'Baltic Institute']],
      'baltic institute',
      'added',
      'trains had stopped',
    ],
    [
      '"which X describes as …": the content follows "as"',
      'The trucks left from the depot at Lesna, which the port authority describes as the busiest in the region.',
      [],
      'port authority',
      'describes',
      'the busiest in the region',
    ],
    [
      '"in what X describe as …", ending at the sentence',
      'The navy held drills near the coast, in what local officials describe as a routine check.',
      [],
      'local officials',
      'describe',
      'a routine check',
    ],
    [
      '"whom X described as “…”": the content starts inside the quote marks',
      'The council named a new harbour master, whom the mayor described as "a safe pair of hands".',
      [],
      'mayor',
      'described',
      'a safe pair of hands',
    ],
    [
      '"which X describe as …" ends at the comma',
      'The ferry, which locals describe as slow, left at noon.',
      [],
      'locals',
      'describe',
      'slow',
    ],
    [
      '"added" as a tag after the content',
      'The ferry will run again in May, the harbour office added.',
      [],
      'harbour office',
      'added',
      'The ferry will run again in May',
    ],
    [
      'a tag before a scraped sentence boundary with no space ("said.The")',
      'The pier is closed, the port authority said.The ferry will not run either.',
      [],
      'port authority',
      'said',
      'The pier is closed',
    ],
    [
      'a closing mark with the opening glyph ("…,“ X said")',
      '“The ferry will not run,“ Anna Berg said.',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'said',
      'The ferry will not run',
    ],
    [
      '"In the opinion of X, …"',
      'In the opinion of the harbour master, the ferry will not run.',
      [],
      'harbour master',
      'In the opinion of',
      'the ferry will not run',
    ],
    [
      '"In X\'s view, …"',
      'In the harbour master’s view, the ferry will not run.',
      [],
      'harbour master',
      'view',
      'the ferry will not run',
    ],
    [
      '"In her opinion, …" after the person is named',
      'Anna Berg runs the port. In her opinion, the ferry will not run.',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'opinion',
      'the ferry will not run',
    ],
    [
      'a dash between a quotation and its tag: "“…,” – X said."',
      '“The pier will stay shut,” – the harbour master said.',
      [],
      'harbour master',
      'said',
      'The pier will stay shut',
    ],
    [
      'a dash before an inverted tag: "“…,” - said X."',
      '“The pier will stay shut,” - said Anna Berg.',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'said',
      'The pier will stay shut',
    ],
    [
      '"X said this during …": the sentence before',
      'The pier will stay shut until May. Anna Berg said this during a meeting with dockers.',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'said',
      'The pier will stay shut until May',
    ],
    [
      'colon quotation: "X said: “…”"',
      'Anna Berg said: “The ferry will not run until the ice melts.”',
      [['Anna Berg', 'PERSON', 'Anna Berg']],
      'anna berg',
      'said',
      'The ferry will not run',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker?.toLowerCase()).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })

  it('a quotation over two paragraphs: the second has no cue and the same speaker', () => {
    const text = 'The harbour master said: “The first pier is closed.\n“The second pier will close in June.”'
    expect(attribute(text).map((a) => [a.speaker, a.cue, a.quote])).toEqual([
      ['harbour master', 'said', 'The first pier is closed.'],
      ['harbour master', null, 'The second pier will close in June.'],
    ])
  })

  it.each([
    ['before the tag', '“The pier is old. I think the ferry will run again,” the captain said.'],
    ['after a colon intro', 'The captain said: “The pier is old. I think the ferry will run again.”'],
    [
      'in a second sentence, "we"',
      'The captain said: “The pier is old. Last week we counted twelve ferries.”',
    ],
  ])('first person inside a quotation is whoever is quoted (%s)', (_name, text) => {
    const got = attribute(text)
    const inner = got.find((a) => a.cue === 'think' || a.cue === 'counted')
    expect(inner?.speaker).toBe('captain')
  })

  it('"X told the Y: “…”": Y is the outlet', () => {
    const text = 'Anna Berg told the Harbour Gazette: “The ferry will not run this winter.”'
    const got = attribute(text, [mention(text, 'Anna Berg', 'PERSON')])
    expect(got).toMatchObject([{ speaker: 'Anna Berg', outlet: 'Harbour Gazette' }])
  })

  it('a quotation with no cue after a sentence that names a person is theirs', () => {
    const text =
      'The port authority said the pier was shut.\nAnna Berg has watched the harbour for a decade.\n“Nothing moves here without the governor knowing about it.”'
    const got = attribute(text, [mention(text, 'Anna Berg', 'PERSON')])
    expect(got.map((a) => [a.speaker, a.cue])).toEqual([
      ['port authority', 'said'],
      ['Anna Berg', null],
    ])
  })

  it('a person named inside quoted speech does not take the next quotation', () => {
    const text =
      'Anna Berg said: “The governor signed the order. Ivan Petrov knew about it.”\n“Nothing moves here without the governor knowing about it.”'
    const got = attribute(text, [
      mention(text, 'Anna Berg', 'PERSON'),
      mention(text, 'Ivan Petrov', 'PERSON'),
    ])
    expect(got.map((a) => a.speaker)).toEqual(['Anna Berg', 'Anna Berg'])
  })

  it('a quotation split by its tag: the tag is the cue of both parts', () => {
    const text = '“The ferry will not run,” Anna Berg said, “and the pier will close in May.”'
    const got = attribute(text, [mention(text, 'Anna Berg', 'PERSON')])
    expect(got.map((a) => [a.speaker, a.cue, a.quote])).toEqual([
      ['Anna Berg', 'said', 'The ferry will not run'],
      ['Anna Berg', 'said', 'and the pier will close in May.'],
    ])
  })

  it('a colon after a tag introduces the next quotation, not a tag of the one before', () => {
    const text = 'The agency reported: ‘The pier is closed.’The report continued: ‘The ferry will not run.’'
    const got = attribute(text)
    expect(got.map((a) => [a.cue, a.quote])).toEqual([
      ['reported', 'The pier is closed.'],
      ['continued', 'The ferry will not run.'],
    ])
  })

  it('"X, quoted by Y, said": Y is the outlet', () => {
    const text = 'Anna Berg, quoted by Nordic Radio, said the ferry was cancelled.'
    const got = attribute(text, [mention(text, 'Anna Berg', 'PERSON')])
    expect(got).toMatchObject([{ speaker: 'Anna Berg', cue: 'said', outlet: 'Nordic Radio' }])
  })

  it('"…, said X, a Y at Z": the appositive is the role', () => {
    const text = 'The tolls will rise, said Piotr Nowak, a researcher at the Centre for Border Studies.'
    const got = attribute(text, [mention(text, 'Piotr Nowak', 'PERSON')])
    expect(got).toMatchObject([
      {
        speaker: 'Piotr Nowak',
        role: 'researcher at the Centre for Border Studies',
        quote: 'The tolls will rise',
      },
    ])
  })

  it('"a diplomat in Riga" is one person described by the place, whom "she" refers back to', () => {
    const text =
      'According to a diplomat in Riga, the ferry will not run. The port is closed for repairs, she said.'
    expect(attribute(text, [mention(text, 'Riga', 'GPE')]).map((a) => a.speaker)).toEqual([
      'unnamed diplomat in Riga',
      'unnamed diplomat in Riga',
    ])
  })

  it('"officials in Minsk said" names the officials, with or without a mention', () => {
    const text = 'Officials in Narva said the bridge would reopen.'
    expect(attribute(text).map((a) => a.speaker)).toEqual(['Officials in Narva'])
    expect(attribute(text, [mention(text, 'Narva', 'GPE')]).map((a) => a.speaker)).toEqual([
      'Officials in Narva',
    ])
  })
})

describe('attribution: bodies of a state and their titles', () => {
  it.each<[string, string, [string, string][], string, string]>([
    [
      '"Ukraine\'s Defence Intelligence": the body, of the state that owns it',
      "Latvia's Coast Guard said the ferry had turned back.",
      [['Latvia', 'GPE']],
      'Coast Guard of Latvia',
      'Coast Guard',
    ],
    [
      '"General" stays in "the General Staff" (no person is named)',
      'The ferry had turned back, the General Staff said.',
      [],
      'General Staff',
      'General Staff',
    ],
    [
      '"Staff" read as a person titled "General" is still the body',
      "The ferry had turned back, Latvia's General Staff said.",
      [
        ['Latvia', 'GPE'],
        ['Staff', 'PERSON'],
      ],
      'General Staff of Latvia',
      'General Staff',
    ],
  ])('%s', (_name, text, ms, speaker, surface) => {
    const got = attribute(
      text,
      ms.map(([m, type]) => mention(text, m, type as 'GPE' | 'PERSON')),
    )
    expect(got.map((a) => [a.speaker, a.text])).toEqual([[speaker, surface]])
  })

  it('a person marked with a title in front ("Harbour Minister Anna Berg"): the title is a role', () => {
    const text =
      '"The pier will reopen," Deputy Harbour Minister Anna Berg said. "The ferry will not run before the spring."'
    const m = { ...mention(text, 'Harbour Minister Anna Berg', 'PERSON'), role: 'Deputy' }
    expect(attribute(text, [m]).map((a) => [a.speaker, a.text, a.role])).toEqual([
      ['Anna Berg', 'Anna Berg', 'Deputy Harbour Minister'],
      ['Anna Berg', 'Anna Berg', null],
    ])
  })

  it('a name with no role noun before it stays whole', () => {
    const text = 'Harbour Lane Anna Berg said the pier would reopen.'
    const got = attribute(text, [mention(text, 'Harbour Lane Anna Berg', 'PERSON')])
    expect(got.map((a) => a.speaker)).toEqual(['Harbour Lane Anna Berg'])
  })

  it('"…, X said in its update, though it noted “…”": the tag before the last comma', () => {
    const text =
      'The ferry had turned back, the harbour office said in a noon bulletin, though it mentioned "a risk of ice".'
    const got = attribute(text)
    expect(got[0]).toMatchObject({
      speaker: 'harbour office',
      cue: 'said',
      quote: 'The ferry had turned back',
    })
  })
})

describe('attribution: a second verb of the same subject, and a quotation as an object', () => {
  it('"X said that …, but warned that …": the second cue is X\'s too', () => {
    const text =
      'The harbour office said on Monday that it had seen no ice, but warned that the ferry could be late.'
    expect(attribute(text).map((a) => [a.speaker, a.cue, a.quote])).toEqual([
      ['harbour office', 'said', 'it had seen no ice, but warned that the ferry could be late'],
      ['harbour office', 'warned', 'the ferry could be late'],
    ])
  })

  it('"X noted “…”." with no colon: the quotation closing the sentence is X\'s', () => {
    const text = 'The harbour office noted "a risk of ice on the river".'
    expect(attribute(text).map((a) => [a.speaker, a.cue, a.quote])).toEqual([
      ['harbour office', 'noted', 'a risk of ice on the river'],
    ])
  })

  it.each([
    [
      'a quoted phrase inside a longer clause',
      'The office said the port had seen "a modest rise" in traffic.',
    ],
    ['a passive before the quotation', 'The rise was noted "with some concern by the crews".'],
  ])('no quotation of its own: %s', (_name, text) => {
    expect(attribute(text).filter((a) => a.cue !== 'said')).toEqual([])
  })
})

describe('attribution: "according to" in the middle of a sentence', () => {
  it.each<[string, string, string]>([
    [
      'a clause before the frame is the content, a remark after it is not',
      'Two barges reached the port on Monday, according to the harbour office, in a convoy of tugs.',
      'Two barges reached the port on Monday',
    ],
    [
      'a time phrase before the frame is no clause: the content follows',
      'Last week, according to the harbour office, two barges reached the port.',
      'two barges reached the port',
    ],
  ])('%s', (_name, text, quote) => {
    expect(attribute(text).map((a) => [a.speaker, a.quote])).toEqual([['harbour office', quote]])
  })

  it('"according to ship spotters and the Harbour Watch group": two sources', () => {
    const text = 'The barges sailed at night, according to ship spotters and the Harbour Watch group.'
    const got = attribute(text, [mention(text, 'Harbour Watch', 'ORG')])
    expect(got.map((a) => [a.speaker, a.quote])).toEqual([
      ['ship spotters', 'The barges sailed at night'],
      ['Harbour Watch', 'The barges sailed at night'],
    ])
  })

  it('"“…,” X said, according to Y": Y relayed the quotation, and is its medium', () => {
    const text = '“The pier will reopen in May,” the mayor said, according to the Harbour Gazette.'
    const got = attribute(text, [mention(text, 'Harbour Gazette', 'ORG')])
    expect(got.map((a) => [a.speaker, a.cue, a.outlet, a.quote])).toEqual([
      ['mayor', 'said', 'Harbour Gazette', 'The pier will reopen in May'],
      ['Harbour Gazette', 'according to', null, 'The pier will reopen in May'],
    ])
  })

  it('a group and a capitalised phrase that names no entity stay one speaker', () => {
    const text = 'The barges sailed at night, according to ship spotters and Harbour Watch.'
    expect(attribute(text)).toHaveLength(1)
  })
})

describe('attribution: the medium after the cue', () => {
  it.each<[string, string, string | null]>([
    [
      '"wrote on Telegram that": Telegram',
      'Anna Berg wrote on Telegram that the ferry had been cancelled.',
      'Telegram',
    ],
    [
      '"said on its Facebook page that"',
      'The port said on its Facebook page that the cranes were idle.',
      'Facebook',
    ],
    [
      '"said on Friday that" is a date, no medium',
      'Anna Berg said on Friday that the ferry had been cancelled.',
      null,
    ],
    ['"said on 3 May that" is a date, no medium', 'The port said on 3 May that the cranes were idle.', null],
  ])('%s', (_name, text, outlet) => {
    const got = attribute(text, [])
    expect(got).toHaveLength(1)
    expect(got[0]!.outlet).toBe(outlet)
  })
})

describe('attribution: people known by what they know, reports of claims, and no one at all', () => {
  it.each<Row>([
    [
      '"people familiar with X told": the people, unnamed, with what they know',
      'Two people familiar with the port accounts told the Harbour Gazette that the barges left empty.',
      [],
      'unnamed people familiar with the port accounts',
      'told',
      'the barges left empty',
    ],
    [
      '"Sources close to X said"',
      'Sources close to the harbour board said the fees would rise.',
      [],
      'unnamed sources close to the harbour board',
      'said',
      'the fees would rise',
    ],
    [
      '"checking claims that …": claims by no one named are reports',
      'The monitors were checking claims that the ferry had sailed at night.',
      [],
      'unspecified reports',
      'claims',
      'the ferry had sailed',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker?.toLowerCase()).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })
  it.each([
    [
      'a passive "is believed to" hedges its subject, no one speaks',
      'The yard is believed to build two ferries a year.',
    ],
    ['"Nobody" says nothing', 'Nobody here will tell you anything about the barges.'],
    ['a month is no speaker', 'The fees rose, according to figures the board presented in July.'],
  ])('none: %s', (_why, text) => {
    expect(attribute(text).filter((a) => a.speaker && /^(?:yard|nobody|july)$/i.test(a.speaker))).toEqual([])
  })
})

describe('attribution: sources behind a role, an issued document, and the speaker’s own body', () => {
  it.each<Row>([
    [
      '"According to his spokesman, X, …": the name after the role speaks',
      'According to his spokesman, Ivo Marek, the mayor "regretted the delay".',
      [['Ivo Marek', 'PERSON', 'Ivo Marek']],
      'Ivo Marek',
      'According to',
      'the mayor',
    ],
    [
      '"numbers the firm gave": the issuer speaks',
      'Halden Yards builds barges. Output rose by a third, according to numbers the firm gave its owners.',
      [['Halden Yards', 'ORG', 'Halden Yards']],
      'Halden Yards',
      'according to',
      'Output rose by a third',
    ],
    [
      '"X\'s readout": the owner speaks',
      "According to the Harbour Board's readout, the two mayors signed a lease.",
      [['Harbour Board', 'ORG', 'Harbour Board']],
      'Harbour Board',
      'According to',
      'the two mayors signed a lease',
    ],
    [
      '"his agency" after a person whose role named it',
      'Ola Brun, the head of the Coastal Survey Agency, said the dunes moved. His agency estimates that the beach lost a metre.',
      [
        ['Ola Brun', 'PERSON', 'Ola Brun'],
        ['Coastal Survey Agency', 'ORG', 'Coastal Survey Agency'],
      ],
      'Coastal Survey Agency',
      'estimates',
      'the beach lost a metre',
    ],
    [
      '"…," its chief engineer, X, said at a fair in June: the name, not the month',
      '“We can build any hull,” its chief engineer, Ivo Marek, said at a fair in Turku in June.',
      [['Ivo Marek', 'PERSON', 'Ivo Marek']],
      'Ivo Marek',
      'said',
      'We can build any hull',
    ],
    [
      '"X said firmly when we asked him about …": the occasion closes the tag',
      'The ferry will run all winter, Mr Marek said firmly when we asked him about the ice.',
      [['Marek', 'PERSON', 'Ivo Marek']],
      'Ivo Marek',
      'said',
      'The ferry will run all winter',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })
  it('"his ministry" with no organisation named in a role stays as written', () => {
    const a = byCue(
      'Ivo Marek said the ferry was late. His ministry said it was not.',
      [['Ivo Marek', 'PERSON', 'Ivo Marek']],
      'said',
    )
    expect(a?.speaker).not.toBe('Ivo Marek')
  })
})

describe('attribution: a name before what it issued, and a possessive before a cue', () => {
  it.each<Row>([
    [
      '"according to a Harbour Board readout": the name issued it',
      'The mayors met on Monday, according to a Harbour Board readout.',
      [['Harbour Board', 'ORG', 'Harbour Board']],
      'Harbour Board',
      'according to',
      'The mayors met on Monday',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })
  it('"A Monday statement said": a date issues nothing', () => {
    expect(attribute('A Monday statement said the ferry was late.').map((a) => a.speaker)).not.toContain(
      'Monday',
    )
  })
  it('"cannot verify the group’s report": a report owned is a noun, not a verb of saying', () => {
    const got = attribute(
      'The group reported that a ferry sailed. Analysts cannot verify the group’s report.',
    )
    expect(got.filter((a) => a.cue === 'report')).toEqual([])
  })
})

describe('attribution: a state’s own body after its name, and testimony', () => {
  it.each<Row>([
    [
      '"…, its defence ministry said": the body of the state named before, by its reference name',
      'Poland moved two brigades east, its defence ministry said.',
      [['Poland', 'GPE', 'Poland']],
      'Ministry of National Defence of Poland',
      'said',
      'Poland moved two brigades east',
    ],
    [
      '"X testified that …"',
      'Ola Brun, an official at the harbour board, testified that the ferries were late.',
      [['Ola Brun', 'PERSON', 'Ola Brun']],
      'Ola Brun',
      'testified',
      'the ferries were late',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })
  it('"…, its ministry said." with nothing named before keeps the sentence as the content', () => {
    const a = byCue('The ferries were late. The port will stay closed, its ministry said.', [], 'said')
    expect(a!.quote.startsWith('The port will stay closed')).toBe(true)
  })
})

describe('attribution: a tag or a frame inside a clause opened by ", and"', () => {
  it.each<Row>([
    [
      '"…, and at night, residents say, the barges leave": the words after the tag are said',
      'The quay has been closed since May, and at night, residents say, the barges leave without lights.',
      [],
      'residents',
      'say',
      'the barges leave without lights',
    ],
    [
      '"…, and since then, according to X, they have …": the words after the frame are X’s',
      'Dredgers came in the spring, and since then, according to the harbour board, they have deepened the channel.',
      [],
      'harbour board',
      'according to',
      'they have deepened the channel',
    ],
    [
      'a list joined by a bare "and" is no clause: the words before the tag are said',
      'Ten barges, four tugs and two dozen cranes were moved between 3 and 9 May, the board says, adding that more would follow.',
      [],
      'board',
      'says',
      'Ten barges, four tugs and two dozen cranes were moved',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker?.toLowerCase()).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })
})

describe('attribution: an organisation’s unnamed voice, a reported hedge, a clause after the tag', () => {
  it.each<Row>([
    [
      '"A Harbour Board spokeswoman said": the board speaks',
      'A Harbour Board spokeswoman said the ferries were late.',
      [['Harbour Board', 'ORG', 'Harbour Board']],
      'Harbour Board',
      'said',
      'the ferries were late',
    ],
    [
      '"…," X said at a fair in July, where …: the clause on the place closes the tag',
      '“We can build any hull,” its chief engineer, Ivo Marek, said at a fair in Turku in July, where the yard signed a deal.',
      [['Ivo Marek', 'PERSON', 'Ivo Marek']],
      'Ivo Marek',
      'said',
      'We can build any hull',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })
  it('"X is reported to be building …" hedges what X does: no one speaks', () => {
    expect(attribute('The Halden yard is reported to be building two ferries.')).toEqual([])
  })
})

describe('attribution: a lawmaker’s party tag, a state’s mission', () => {
  it.each<Row>([
    [
      '"The chair, Rep. X (R-Ohio), said": the name between the title and the party tag',
      'The chair, Rep. Ola Brun (R-Ohio), said the ferries were late.',
      [['Ola Brun', 'PERSON', 'Ola Brun']],
      'Ola Brun',
      'said',
      'the ferries were late',
    ],
    [
      '"The Embassy of X in Y stated": the mission, not its host city',
      'The Embassy of Belarus in Washington stated that the ferries were late.',
      [
        ['Belarus', 'GPE', 'Belarus'],
        ['Washington', 'GPE', 'Washington, D.C.'],
      ],
      'Embassy of Belarus in Washington',
      'stated',
      'the ferries were late',
    ],
  ])('%s', (_name, text, ms, speaker, cue, quoteStart) => {
    const a = byCue(text, ms, cue)
    expect(a?.speaker).toBe(speaker)
    expect(a!.quote.startsWith(quoteStart)).toBe(true)
  })
})

describe('attribution: a person’s words by a pronoun', () => {
  it('"according to her written testimony" is the person who spoke last', () => {
    const a = byCue(
      'Ola Brun, an official at the harbour board, testified that the ferries were late. According to her written testimony, the board has opened two inquiries.',
      [['Ola Brun', 'PERSON', 'Ola Brun']],
      'According to',
    )
    expect(a?.speaker).toBe('Ola Brun')
    expect(a!.quote.startsWith('the board has opened two inquiries')).toBe(true)
  })
})

describe('attribution: a document by an author, seen by an outlet', () => {
  it('"…, an assessment by X (ACR) seen by the paper says": X speaks', () => {
    const a = byCue(
      'The yard has doubled its output, an assessment by the Harbour Board (HB) seen by the Gazette says.',
      [['Harbour Board', 'ORG', 'Harbour Board']],
      'says',
    )
    expect(a?.speaker).toBe('Harbour Board')
    expect(a!.quote.startsWith('The yard has doubled its output')).toBe(true)
  })
})

describe('attribution: counted workers of a named firm', () => {
  it('"two employees said" of the works the sentence names are its employees', () => {
    const a = byCue(
      'The largest employer, the Halden Motor Works, has been overhauling lorries since autumn, two employees said.',
      [['Halden Motor Works', 'ORG', 'Halden Motor Works']],
      'said',
    )
    expect(a?.speaker).toBe('unnamed employees of Halden Motor Works')
  })
  it('counted analysts belong to no firm', () => {
    expect(
      byCue(
        'Two analysts said the Halden Motor Works was busy.',
        [['Halden Motor Works', 'ORG', 'Halden Motor Works']],
        'said',
      )?.speaker,
    ).toBe('unnamed analysts')
  })
})

describe('attribution: the workplace of counted workers', () => {
  it('the works the sentence names, not a maker of the goods named after it', () => {
    const a = byCue(
      'The Halden Motor Works has been overhauling Volvo lorries since autumn, two employees said.',
      [
        ['Halden Motor Works', 'ORG', 'Halden Motor Works'],
        ['Volvo', 'ORG', 'Volvo'],
      ],
      'said',
    )
    expect(a?.speaker).toBe('unnamed employees of Halden Motor Works')
  })
})

describe('attribution: "the group" after a group spoke', () => {
  it('is the group that spoke last, not a group named in what it reported', () => {
    const text =
      'The monitoring group Harbour Watch reported that Wagner fighters were back. The group added that nobody had seen them.'
    const got = attribute(text, [
      mention(text, 'Harbour Watch', 'ORG', 'Harbour Watch'),
      mention(text, 'Wagner', 'ORG', 'Wagner Group'),
    ])
    expect(got.find((a) => a.cue === 'added')?.speaker).toBe('Harbour Watch')
  })
})
