import { describe, expect, it } from 'vitest'
import type { BoilerplateRule } from '../found.js'
import { texts } from '../test-support.js'
import { copyrightLine } from './copyright-line.js'
import { linkList } from './link-list.js'
import { noticeLine } from './notice-line.js'
import { referenceSection } from './reference-section.js'
import { sourceList } from './source-list.js'
import { wireCredit } from './wire-credit.js'

/** Rows: an input and what the rule must find in it ([] for a negative case). */
const table = (rule: BoilerplateRule, rows: [string, string[]][]): void => {
  describe(rule.id, () => {
    it.each(rows)('%j', (input, expected) => {
      expect(texts(input, rule.find(input))).toEqual(expected)
    })
  })
}

table(referenceSection, [
  [
    'Body.\nNotes\n[1] Reuters, 4 November 2022.\n[2] https://example.org/report',
    ['Notes', '[1] Reuters, 4 November 2022.', '[2] https://example.org/report'],
  ],
  [
    'Body.\n\nReferences:\n\n1. Doe, J. Tanks east. 2023.\n2. Roe, J. Depots. 2022.\n',
    ['References:', '1. Doe, J. Tanks east. 2023.', '2. Roe, J. Depots. 2022.'],
  ],
  [
    'Body.\nFootnotes\n(1) The ministry’s figure.\n^ Ibid.',
    ['Footnotes', '(1) The ministry’s figure.', '^ Ibid.'],
  ],
  ['Body.\nSources', ['Sources']],
  [
    'Body.\nSources:\nReuters, 4 November 2022\nhttps://example.org/isw\n© 2023 Review',
    ['Sources:', 'Reuters, 4 November 2022', 'https://example.org/isw'],
  ],
  // bracketed notes ending the text need no heading; a copyright line may follow them
  [
    'Body [1].\n[1] Reuters, 4 November 2022.\n\n[2] BelTA, 5 November 2022.\n© 2023 Review',
    ['[1] Reuters, 4 November 2022.', '[2] BelTA, 5 November 2022.'],
  ],
  // negative cases
  ['Headline\nThe plan has three steps:\n1. Build the depot.\n2. Move the tanks.\n3. Train the crews.', []],
  ['Headline\nThe plan:\n1. Build the depot.\n2. Move the tanks.\nOfficials said more was coming.', []],
  ['Headline\nSources\nThe ministry said the trains left on Monday.', []],
  ['Headline\nNotes found in the depot listed 40 tanks.', []],
  ['Headline\nSources\nIn 2022 the plant built 40 tanks.\nThe body goes on here.', []],
  ['Headline\n[1] An early note.\nThe body goes on here.', []],
])

table(sourceList, [
  [
    'Body.\nSources: Reuters, ISW, General Staff of the Armed Forces of Ukraine.',
    ['Sources: Reuters, ISW, General Staff of the Armed Forces of Ukraine.'],
  ],
  [
    'Body.\nSource: Ministry of Defence; BelTA (4 November)',
    ['Source: Ministry of Defence; BelTA (4 November)'],
  ],
  ['Body.\nBased on: Oryx, Hajun project', ['Based on: Oryx, Hajun project']],
  // negative cases
  ['Headline\nSource: a colleague in the ministry. That is all I can say.', []],
  ['Headline\n“Sources say the depot is empty,” he said.', []],
  [
    'Headline\nSources: the ministry, which declined to give details about the trains it sent east on Monday',
    [],
  ],
  ['Headline\nSources in the ministry said the trains left.', []],
])

table(wireCredit, [
  [
    'The trains left on Monday.\n(Reporting by Jane Doe in Vilnius; Editing by John Roe)',
    ['(Reporting by Jane Doe in Vilnius; Editing by John Roe)'],
  ],
  ['Body. (Additional reporting by Ann Lee) More.', ['(Additional reporting by Ann Lee)']],
  ['Body.\nReporting by Jane Doe; Editing by John Roe', ['Reporting by Jane Doe; Editing by John Roe']],
  [
    'Body.\nReporting by Jane Doe in Riga and John Roe in Tartu',
    ['Reporting by Jane Doe in Riga and John Roe in Tartu'],
  ],
  ['Reporting by Jane Doe shows that the ferry left.', []],
  [
    'Body.\nReporting by Ann Lee; additional reporting by Bo Kim in Riga; editing by Cy Dunn',
    ['Reporting by Ann Lee; additional reporting by Bo Kim in Riga; editing by Cy Dunn'],
  ],
  // negative cases
  ['Headline\nReporting by state media suggested the plant had stopped.', []],
  ['Headline\nThe news (reporting by state media was sparse) came late.', []],
  ['Headline\nReporting by Reuters suggested the plant had stopped.', []],
])

table(noticeLine, [
  [
    'Body.\nPhoto caption: Sailors at the harbour in May.\n',
    ['Photo caption: Sailors at the harbour in May.'],
  ],
  [
    'Body.\nThis interview has been edited for length and clarity.\n',
    ['This interview has been edited for length and clarity.'],
  ],
  [
    'Body.\nCite as: Doe, J. (2023) Tanks east. Northern Front Review.',
    ['Cite as: Doe, J. (2023) Tanks east. Northern Front Review.'],
  ],
  ['Body.\nOur Standards: The Trust Principles.', ['Our Standards: The Trust Principles.']],
  ['Body.\nAcquire Licensing Rights', ['Acquire Licensing Rights']],
  [
    'Body.\nCorrection: An earlier version of this article misstated the number of tanks.',
    ['Correction: An earlier version of this article misstated the number of tanks.'],
  ],
  [
    'Body.\nCorrections (4 November): The plant is in Barysaw.',
    ['Corrections (4 November): The plant is in Barysaw.'],
  ],
  [
    'Body.\nSend us a tip\nSubscribe to Northern Front Review',
    ['Send us a tip', 'Subscribe to Northern Front Review'],
  ],
  ['Body.\nGot a tip? → Contact our newsroom', ['Got a tip? → Contact our newsroom']],
  [
    'Body.\nThis conversation has been condensed and edited.',
    ['This conversation has been condensed and edited.'],
  ],
  [
    'Body.\nSubscribe to the Harbour Gazette for daily dispatches from the coast.',
    ['Subscribe to the Harbour Gazette for daily dispatches from the coast.'],
  ],
  ['Body.\nThe opinions expressed are the writer’s own.', ['The opinions expressed are the writer’s own.']],
  [
    'Body.\nViews expressed in this column are those of the author and do not reflect the paper.',
    ['Views expressed in this column are those of the author and do not reflect the paper.'],
  ],
  [
    'Headline\nPhoto: Two trucks on a ramp near a depot, May 2024. Credit: Harbour Gazette\nBody.',
    ['Photo: Two trucks on a ramp near a depot, May 2024. Credit: Harbour Gazette'],
  ],
  ['Headline\nImage: A radar mast at dusk (archive)\nBody.', ['Image: A radar mast at dusk (archive)']],
  [
    'Body.\nNote: The Gazette updates this page when new sources appear.\nAd: Customs training for brokers – book now',
    [
      'Note: The Gazette updates this page when new sources appear.',
      'Ad: Customs training for brokers – book now',
    ],
  ],
  [
    'Headline\nTranslated from Latvian by Anna Berg\nBody.\nSupport independent Baltic journalism – donate to the Gazette today.',
    [
      'Translated from Latvian by Anna Berg',
      'Support independent Baltic journalism – donate to the Gazette today.',
    ],
  ],
  [
    'Body.\nThis report was prepared with the support of the Harbour Fund.\nThis article was updated on May 3 to correct the number of barges.',
    [
      'This report was prepared with the support of the Harbour Fund.',
      'This article was updated on May 3 to correct the number of barges.',
    ],
  ],
  [
    'Body.\nThe report was updated in May to include new figures from the port.\nSupport for the ferry line grew in spring, officials said.',
    [],
  ],
  // negative cases
  ['Headline\nThe views expressed by the minister angered Kyiv, the paper said.', []],
  ['Headline\nPhotos published by the ministry: forty tanks on flatcars.', []],
  ['Headline\nSubscribers to the channel for weekly updates grew to 9,000.', []],
  ['Headline\nCorrections to the budget were approved on Monday.', []],
  ['Headline\nSubscribe to this view and you must accept that Minsk lied.', []],
  ['Headline\nOur standards of living fell, she said.', []],
  [
    'Headline\nSend us a tip, the ministry wrote, and we will check every report you give us about the trains.',
    [],
  ],
])

table(linkList, [
  [
    'Body.\n\nRelated publications\nBelarus opens a new depot near Brest\nRussia moves S-400 to Gomel\n\nFooter.',
    ['Belarus opens a new depot near Brest', 'Russia moves S-400 to Gomel'],
  ],
  [
    'Body.\nMore from Northern Front Review\n\n- Minsk and the drills\n14 November 2022\n• Trains to Gomel',
    ['- Minsk and the drills', '14 November 2022', '• Trains to Gomel'],
  ],
  // negative cases: the list ends at prose, and without a heading nothing is taken
  ['Body.\nFurther reading\nThe ministry did not comment on the trains.', []],
  ['Headline\nBody one.\nMinsk lends a hand\nBody two.', []],
])

table(copyrightLine, [
  [
    'Body.\n© 2023 Northern Front Review. All rights reserved. Privacy policy',
    ['© 2023 Northern Front Review. All rights reserved. Privacy policy'],
  ],
  ['Body.\nNorthern Front Review © 2023', ['Northern Front Review © 2023']],
  ['Body.\nCopyright 2023 Northern Front Review', ['Copyright 2023 Northern Front Review']],
  ['Body.\nPrivacy policy | Terms of use | Cookies', ['Privacy policy | Terms of use | Cookies']],
  // negative cases
  ['Headline\nCopyright claims over the leaked documents were dismissed.', []],
  ['Headline\nPrivacy of the soldiers’ letters was not respected.', []],
])
