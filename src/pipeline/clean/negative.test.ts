import { describe, expect, it } from 'vitest'
import { cleanText } from './index.js'

/**
 * What must NOT be removed: article prose that merely looks like furniture. Each row is a small
 * article; nothing in it is boilerplate.
 */
const rows: [string, string][] = [
  [
    'a sentence that mentions reading more',
    'Analysts urged readers to read more about it in the report. Read more about it later, they said.',
  ],
  [
    '"Read more" without a colon in prose',
    'Read more carefully, the memo says that the tanks were never returned.',
  ],
  [
    'a quote that contains "Source:"',
    'He wrote: “Source: a colleague in the ministry. That is all I can say.” The post was deleted.',
  ],
  [
    'prose that starts with "Next,"',
    'Headline\nNext, the ministry listed the plants involved.\nPrevious reports had said nothing of it.',
  ],
  ['"Next post-war" prose', 'Headline\nNext post-war plans were discussed on Monday.'],
  [
    'a dash that opens a line of prose',
    'Expert box\n– From a military point of view, the move is a huge risk for Minsk.',
  ],
  ['a subheading', 'Headline\nBody one.\nMinsk lends a hand\nBody two.'],
  ['a two-word line that is a subheading, once', 'Headline\nBody one.\nExpert Opinion\nBody two.'],
  ['a headline repeated at the foot of the page', 'Tanks roll into Minsk\nBody one.\nTanks roll into Minsk'],
  ['a repeated sentence', 'Headline\nThe plant is busy.\nBody.\nThe plant is busy.'],
  [
    'prose about photos',
    'Headline\nPhotos published by the ministry showed 40 tanks on flatcars near Brest.',
  ],
  [
    'a parenthesis that is not a credit',
    'The plant (MZKT) builds chassis (see the photo above) for missiles.',
  ],
  ['follow in prose', 'Analysts follow the story on Telegram, where the channel Hajun posts daily.'],
  ['a line that says "Source" in prose', 'Headline\nSource of the leak remains unknown, the ministry said.'],
  ['an email form-like word in prose', 'Headline\nHe sent an email to the ministry. Website traffic rose.'],
  ['html-like text that is not a tag', 'If x < y and y > z, then the rule holds.'],
  ['"Related" as an ordinary word', 'Related talks took place in Minsk. Related to this, Kyiv said nothing.'],
  ['copyright in prose', 'Headline\nCopyright claims over the leaked documents were dismissed.'],
  ['signing up in prose', 'Headline\nThousands of men did not sign up for the army, the report said.'],
  ['an image mentioned in prose', 'Headline\nImage analysis by the project showed trucks near Gomel.'],
  ['a colon after Watch in prose', 'Headline\nWatchers said the drills were routine.'],
  [
    'a sentence that starts "By the end of"',
    'Headline\nBy the end of the year, the plant will have built 40 chassis.',
  ],
  ['"By" and a day in prose', 'Headline\nBy Monday, Russia had moved the battalion to Brest.'],
  [
    'a quote that mentions "Sources say"',
    'Headline\n“Sources say the depot is empty,” he said. Sources: none were named.',
  ],
  ['a paragraph beginning "Share of"', 'Headline\nShare of exports to Russia rose to 60 percent in 2022.'],
  [
    'a numbered list inside the body',
    'Headline\nThe plan has three steps:\n1. Build the depot.\n2. Move the tanks.\n3. Train the crews.\nOfficials said more was coming.',
  ],
  [
    'a numbered list ending the body',
    'Headline\nThe plan has two steps:\n1. Build the depot.\n2. Move the tanks.',
  ],
  ['"Updated" in prose', 'Headline\nUpdated figures show that exports fell by a third.'],
  [
    'a date in prose',
    'Headline\nOn 4 November 2022 the trains left Minsk.\nPublished by the ministry, the list named 40 plants.',
  ],
  ['a subheading of two places', 'Headline\nNorth Korea and South Korea\nBody.'],
  [
    'a short headline in capitals over the body',
    'TANKS ROLL EAST\nMinsk sent forty tanks on Monday, officials said.',
  ],
  ['an acronym and a dash in prose', 'Headline\nNATO — The alliance said it watched the drills.'],
  [
    'slashes in prose',
    'Headline\nRussia / Belarus relations and the and/or clause of 21/11/2023 were discussed.',
  ],
  [
    '"Reporting by" in prose',
    'Headline\nReporting by state media suggested the plant had stopped (reporting by others was sparse).',
  ],
  ['"Corrections" in prose', 'Headline\nCorrections to the budget were approved on Monday.'],
  ['"Views" in prose', 'Headline\nViews differ on whether Minsk will send troops.'],
  [
    '"Notes" in prose',
    'Headline\nNotes found in the depot listed 40 tanks.\nSources\nThe ministry said the trains left.',
  ],
  ['a footnote marker in the body', 'Headline\nThe depot holds 40 tanks.[1] Trains left on Monday.'],
]

describe('negative cases: nothing is removed', () => {
  it.each(rows)('%s', (_name, input) => {
    const r = cleanText(input)
    expect(r.removals.map((x) => input.slice(x.start, x.end))).toEqual([])
  })
})
