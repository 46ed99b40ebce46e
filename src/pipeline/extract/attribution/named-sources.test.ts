import { describe, expect, it } from 'vitest'
import { attribute, mention } from './test-support.js'

type M = [surface: string, type: 'PERSON' | 'ORG' | 'GPE', canonical?: string]

const run = (text: string, ms: M[] = []) =>
  attribute(
    text,
    ms.map(([s, t, c]) => mention(text, s, t, c)),
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
