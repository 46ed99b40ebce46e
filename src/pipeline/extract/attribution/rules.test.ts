import { describe, expect, it } from 'vitest'
import { attribute, mention } from './test-support.js'

// Hand-written sentences, one construction per row: [name, text, speaker canonical, cue, quote start]
describe('attribution: cue families', () => {
  it.each([
    [
      'X said that …',
      'The governor said that the trains carried fuel.',
      'governor',
      'said',
      'the trains carried fuel',
    ],
    [
      'X said … (no "that")',
      'The governor said the trains carried fuel.',
      'governor',
      'said',
      'the trains carried fuel',
    ],
    [
      '…, X said.',
      'The trains carried fuel to the front, the governor said.',
      'governor',
      'said',
      'The trains carried fuel',
    ],
    [
      '…, X recalls.',
      'The plant was built in 1975, the local paper recalls.',
      'local paper',
      'recalls',
      'The plant was built',
    ],
    [
      'X believes',
      'The economist believes the plant will close.',
      'economist',
      'believes',
      'the plant will close',
    ],
    [
      'X claims',
      'The channel claims that a convoy crossed at night.',
      'channel',
      'claims',
      'a convoy crossed',
    ],
    [
      'X has repeatedly reported',
      'The border service has repeatedly reported that the road is closed.',
      'border service',
      'has repeatedly reported',
      'the road is closed',
    ],
    [
      'X warned',
      'The commander warned that the bridge may fall.',
      'commander',
      'warned',
      'the bridge may fall',
    ],
    [
      'belief with a chain',
      'Most observers are inclined to believe that it is a bluff.',
      'unnamed observers',
      'are inclined to believe',
      'it is a bluff',
    ],
    [
      'X are convinced',
      'Most officials are convinced that the drills will end soon.',
      'unnamed officials',
      'are convinced',
      'the drills will end soon',
    ],
    [
      'reports have suggested',
      'Intelligence reports have suggested the depot was emptied.',
      'unspecified intelligence reports',
      'have suggested',
      'the depot was emptied',
    ],
    [
      'X insists',
      'The governor insists the barracks are empty.',
      'governor',
      'insists',
      'the barracks are empty',
    ],
    [
      'X deny',
      'Local officials deny any link to the shipments.',
      'unnamed local officials',
      'deny',
      'any link to the shipments',
    ],
    [
      'X repeated that',
      'The envoy repeated that no deal had been signed.',
      'envoy',
      'repeated',
      'no deal had been signed',
    ],
    [
      'X have found no evidence that',
      'Inspectors have found no evidence that the parts were military.',
      'inspectors',
      'have found no evidence',
      'the parts were military',
    ],
    [
      'X has seen no sign that',
      'The agency has seen no sign that the camp is growing.',
      'agency',
      'has seen no sign',
      'the camp is growing',
    ],
    [
      'X dismissed the claim as …',
      'The mayor dismissed the claim as a rumour.',
      'mayor',
      'dismissed',
      'the claim',
    ],
    [
      'X rejected the statements',
      'The embassy rejected the Latvian statements.',
      'embassy',
      'rejected',
      'the Latvian statements',
    ],
    [
      'X put the number at',
      'The union put the number at about 300 lorries.',
      'union',
      'put',
      'the number at about 300 lorries',
    ],
    [
      'X have put the real figure closer to',
      'The monitors have put the real figure closer to 5,000.',
      'monitors',
      'have put',
      'the real figure closer to 5,000',
    ],
    [
      'X expect Y to …',
      'Economists expect freight rates to fall next year.',
      'economists',
      'expect',
      'freight rates to fall',
    ],
    [
      'X counted N …',
      'The monitors counted at least forty lorries at the border.',
      'monitors',
      'counted',
      'at least forty lorries',
    ],
    [
      'X recorded between N and M …',
      'The volunteers recorded between 30 and 40 wagons in May.',
      'volunteers',
      'recorded',
      'between 30 and 40 wagons',
    ],
    [
      'X argues that',
      'The analyst argues that the sanctions work.',
      'analyst',
      'argues',
      'the sanctions work',
    ],
    [
      'X did not rule out that',
      'The agency did not rule out that more trains would come.',
      'agency',
      'did not rule out',
      'more trains would come',
    ],
    [
      'As X put it, …',
      'As the skipper put it, the harbour is a trap.',
      'skipper',
      'put it',
      'the harbour is a trap',
    ],
    [
      'X stressed, however, that',
      'The mayor stressed, however, that the ferry would run.',
      'mayor',
      'stressed',
      'the ferry would run',
    ],
    [
      'X was quoted as saying that',
      'The skipper was quoted as saying that the channel was blocked.',
      'skipper',
      'was quoted',
      'the channel was blocked',
    ],
    [
      'X told reporters … (no "that")',
      'The governor told reporters the shelter was ready.',
      'governor',
      'told',
      'the shelter was ready',
    ],
    [
      'X told state television that',
      'The governor told state television that the shelter was ready.',
      'governor',
      'told',
      'the shelter was ready',
    ],
    [
      'X write that',
      'The authors write that the depot was emptied in May.',
      'authors',
      'write',
      'the depot was emptied',
    ],
    [
      'X concluded that',
      'The inspectors concluded that the depot was empty.',
      'inspectors',
      'concluded',
      'the depot was empty',
    ],
    ['X hopes that', 'The mayor hopes that the ferry will run.', 'mayor', 'hopes', 'the ferry will run'],
    [
      'X tweeted that',
      'The minister tweeted that the border was open.',
      'minister',
      'tweeted',
      'the border was open',
    ],
    [
      'X told Y that',
      'The mayor told reporters that the shelter was ready.',
      'mayor',
      'told',
      'the shelter was ready',
    ],
    [
      'according to X,',
      'According to the railway union, forty wagons left the yard.',
      'railway union',
      'According to',
      'forty wagons left',
    ],
    [
      '…, according to X, …',
      'In March, according to the monitors, forty wagons left the yard.',
      'monitors',
      'according to',
      'forty wagons left',
    ],
    [
      'according to reports',
      'According to reports, the yard was closed for a week.',
      'unspecified reports',
      'According to',
      'the yard was closed',
    ],
    [
      'according to information published in',
      'According to information published in local media, the yard was closed.',
      'local media',
      'According to information published in',
      'the yard was closed',
    ],
    [
      'according to photographs posted by X',
      'The dam was breached in May, according to photographs posted by a fishing club.',
      'unnamed fishing club',
      'according to photographs posted by',
      'The dam was breached in May',
    ],
    [
      'according to a Y run by X: the Y, described',
      'According to a channel run by former dock workers, the cranes were sold.',
      'unnamed channel',
      'According to',
      'the cranes were sold',
    ],
    [
      '…, according to X, a remark without a verb',
      'Some 300 boats use the canal each year, according to the lock keepers, down from 500 in 2019.',
      'lock keepers',
      'according to',
      'Some 300 boats use the canal each year',
    ],
    [
      'a statement by X about',
      'The move followed a statement by the governor about his plan to resign.',
      'governor',
      'a statement by',
      'his plan to resign',
    ],
    [
      'reports that',
      'There were reports that the bridge had been mined.',
      'unspecified reports',
      'reports',
      'the bridge had been mined',
    ],
    [
      'passive: is explained by',
      'Why the plant stopped is explained in the material by the weekly.',
      'weekly',
      'is explained in the material by',
      'Why the plant stopped',
    ],
    [
      'X expressed willingness',
      'The factory expressed willingness to repair the trucks.',
      'factory',
      'expressed willingness',
      'to repair the trucks',
    ],
  ])('%s', (_name, text, speaker, cue, quoteStart) => {
    const got = attribute(text)
    expect(got).toHaveLength(1)
    expect(got[0]!.speaker?.toLowerCase()).toBe(speaker)
    expect(got[0]!.cue).toBe(cue)
    expect(got[0]!.quote.startsWith(quoteStart)).toBe(true)
  })
})

describe('attribution: quotations', () => {
  it('“…,” X believes (with role)', () => {
    const text = '“The border is calm today,” defence analyst Ivan Petrenko believes.'
    const got = attribute(text, [mention(text, 'Ivan Petrenko', 'PERSON')])
    expect(got).toMatchObject([
      {
        speaker: 'Ivan Petrenko',
        cue: 'believes',
        role: 'defence analyst',
        quote: 'The border is calm today',
      },
    ])
  })

  it('“…,” said X, role (inverted, appositive role)', () => {
    const text = '“No units have moved,” said Olena Kovalenko, spokeswoman for the border guard.'
    const got = attribute(text, [mention(text, 'Olena Kovalenko', 'PERSON')])
    expect(got).toMatchObject([
      { speaker: 'Olena Kovalenko', cue: 'said', role: 'spokeswoman for the border guard' },
    ])
  })

  it('X, role, believes after a quotation', () => {
    const text = '"The drills are a cover," Ivan Petrenko, member of the defence committee, believes.'
    const got = attribute(text, [mention(text, 'Ivan Petrenko', 'PERSON')])
    expect(got).toMatchObject([
      { speaker: 'Ivan Petrenko', role: 'member of the defence committee', quote: 'The drills are a cover' },
    ])
  })

  it('colon intro with a medium: Speaking on X, Mr Y explained: ‘…’', () => {
    const text =
      'Speaking on Channel Four, Mr Grant explained: ‘The convoy has turned back. ‘It will not return.’'
    const got = attribute(text, [mention(text, 'Grant', 'PERSON', 'Tom Grant')])
    expect(got).toMatchObject([
      { speaker: 'Tom Grant', text: 'Grant', cue: 'explained', outlet: 'Channel Four', role: null },
    ])
    expect(got[0]!.quote.startsWith('The convoy has turned back.')).toBe(true)
  })

  it('the report continued: ‘…’ goes to the body that issued the report', () => {
    const text =
      'The ministry reported: ‘Four trains arrived.’ The report continued: ‘Two more are expected tomorrow.’'
    const got = attribute(text, [mention(text, 'ministry', 'ORG', 'Ministry of Transport')])
    expect(got.map((a) => [a.speaker, a.cue])).toEqual([
      ['Ministry of Transport', 'reported'],
      ['Ministry of Transport', 'continued'],
    ])
  })

  it('a cue-less quotation and a lost opening mark take the speaker before them', () => {
    const text =
      'Mr Grant noted: ‘The plant is busy.’ It works in three shifts and hires more staff every month.’ He added: ‘The orders keep coming.’'
    const got = attribute(text, [mention(text, 'Grant', 'PERSON', 'Tom Grant')])
    expect(got.map((a) => [a.speaker, a.cue, a.quote])).toEqual([
      ['Tom Grant', 'noted', 'The plant is busy.'],
      ['Tom Grant', null, 'It works in three shifts and hires more staff every month.'],
      ['Tom Grant', 'added', 'The orders keep coming.'],
    ])
  })

  it('a speaker quoted inside another speech gets its own entry with a parent', () => {
    const text =
      'President of Ruritania Karl Weiss met the envoy. "I would add that, as the President of Ruritania said at the end of the talks, the loans will be paid," the spokeswoman said.'
    const got = attribute(text, [mention(text, 'Karl Weiss', 'PERSON')])
    const inner = got.find((a) => a.nested)
    expect(inner).toMatchObject({ speaker: 'Karl Weiss', cue: 'said', quote: 'the loans will be paid' })
  })

  it('nested reported speech inside a quotation: "90 percent of the army have said"', () => {
    const text =
      'Ivan Petrenko noted: ‘It is clear that 80 percent of the Ruritanian army have said they will not fight.’'
    const got = attribute(text, [
      mention(text, 'Ivan Petrenko', 'PERSON'),
      mention(text, 'Ruritanian army', 'ORG', 'Armed Forces of Ruritania'),
    ])
    expect(got.find((a) => a.nested)).toMatchObject({
      speaker: 'Armed Forces of Ruritania',
      cue: 'have said',
      quote: 'they will not fight',
    })
  })

  it('expert box: "Name, role:" and the next paragraph', () => {
    const text =
      'Expert view\nIvan Petrenko, military historian:\n– The border has never been this quiet. Nobody expects an attack.'
    const got = attribute(text, [mention(text, 'Ivan Petrenko', 'PERSON')])
    expect(got).toMatchObject([{ speaker: 'Ivan Petrenko', cue: ':', role: 'military historian' }])
    expect(got[0]!.quote.startsWith('The border has never')).toBe(true)
  })
})

describe('attribution: speakers', () => {
  it('pronouns go to the last named person speaker', () => {
    const text = 'Ivan Petrenko said the depot was empty. Later, he stated that the trains had stopped.'
    const got = attribute(text, [mention(text, 'Ivan Petrenko', 'PERSON')])
    expect(got.map((a) => [a.text, a.speaker])).toEqual([
      ['Ivan Petrenko', 'Ivan Petrenko'],
      ['he', 'Ivan Petrenko'],
    ])
  })

  it('a role noun goes back to the speaker who carried that role', () => {
    const text =
      'The leaders agreed on new loans. This was announced by the press secretary of Weiss, quoted by the agency RTA. "The talks went well," the spokeswoman said.'
    const got = attribute(text, [mention(text, 'Weiss', 'PERSON', 'Karl Weiss')])
    expect(got[0]).toMatchObject({
      speaker: 'Press Secretary of Karl Weiss',
      cue: 'was announced by',
      outlet: 'RTA',
    })
    expect(got[0]!.quote).toBe('The leaders agreed on new loans.')
    expect(got.at(-1)).toMatchObject({ speaker: 'Press Secretary of Karl Weiss', text: 'spokeswoman' })
  })

  it('"the EU and the United States do not consider" gives one entry each', () => {
    const text =
      'Karl Weiss, whom the EU and the United States do not consider legally elected, met the envoy.'
    const got = attribute(text, [
      mention(text, 'EU', 'ORG', 'European Union'),
      mention(text, 'United States', 'GPE'),
      mention(text, 'Karl Weiss', 'PERSON'),
    ])
    expect(got.map((a) => [a.speaker, a.quote])).toEqual([
      ['European Union', 'legally elected'],
      ['United States', 'legally elected'],
    ])
  })

  it('bare "experts" refer back to an organisation\'s analysts', () => {
    const text =
      'Institute analysts claim that the plant is busy. Experts are convinced that output will grow.'
    const got = attribute(text, [mention(text, 'Institute', 'ORG', 'Institute for Peace')])
    expect(got.map((a) => a.speaker)).toEqual(['Institute for Peace', 'Institute for Peace'])
  })

  it('a report cue with nothing after it takes the sentence before', () => {
    const text =
      'The plant will likely be absorbed by its neighbour.\nThe Institute for Peace (IFP) reports in its latest update.'
    const got = attribute(text, [mention(text, 'Institute for Peace', 'ORG')])
    expect(got).toMatchObject([
      {
        speaker: 'Institute for Peace',
        cue: 'reports',
        quote: 'The plant will likely be absorbed by its neighbour.',
      },
    ])
  })
})

describe('attribution: speakers from unseen constructions', () => {
  it('a person with an affiliation after an inverted cue', () => {
    const text =
      '"The launcher changes nothing," said Piotr Nowak of the Centre for Border Studies in Lublin.'
    const got = attribute(text, [mention(text, 'Piotr Nowak', 'PERSON'), mention(text, 'Lublin', 'GPE')])
    expect(got).toMatchObject([
      { speaker: 'Piotr Nowak', role: 'of the Centre for Border Studies in Lublin' },
    ])
  })

  it('the head of a relative clause is the subject: "monitors who watch the railways say"', () => {
    const got = attribute('Now monitors who watch the railways say the depots are empty.')
    expect(got).toMatchObject([{ speaker: 'monitors', cue: 'say', quote: 'the depots are empty' }])
  })
})
