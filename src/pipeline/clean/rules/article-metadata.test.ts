import { describe, expect, it } from 'vitest'
import type { BoilerplateRule } from '../found.js'
import { isDateSegment, metaLineKinds } from '../meta.js'
import { texts } from '../test-support.js'
import { breadcrumb } from './breadcrumb.js'
import { byline } from './byline.js'
import { counterLine } from './counter-line.js'
import { masthead } from './masthead.js'
import { timestampLine } from './timestamp-line.js'
import { wireDateline } from './wire-dateline.js'

/** Rows: an input and what the rule must find in it ([] for a negative case). */
const table = (rule: BoilerplateRule, rows: [string, string[]][]): void => {
  describe(rule.id, () => {
    it.each(rows)('%j', (input, expected) => {
      expect(texts(input, rule.find(input))).toEqual(expected)
    })
  })
}

describe('date segments', () => {
  it.each([
    'November 4, 2022 10:17 AM GMT+2 Updated 2 hours ago',
    '21.11.2023, 10:42',
    'Published: 14 November 2022',
    'Updated yesterday',
    'Last updated on Mon, 6 Nov 2023 at 09:00 UTC',
    '2023-10-06T09:15:00Z',
    'Updated 3 hours ago',
  ])('%j is a date', (s) => expect(isDateSegment(s)).toBe(true))
  it.each(['May', '2022', 'Updated figures', 'On 4 November troops crossed', 'at 4', 'Published'])(
    '%j is not a date',
    (s) => expect(isDateSegment(s)).toBe(false),
  )
})

describe('metadata lines', () => {
  it('names the kinds of every segment', () => {
    expect([...metaLineKinds('Posted by Jane Doe · 14 November 2022 · 6 min read')!].sort()).toEqual([
      'byline',
      'counter',
      'date',
    ])
  })
  it('needs every segment to be metadata', () => {
    expect(metaLineKinds('14 November 2022 · Minsk sends more tanks')).toBeUndefined()
  })
})

table(byline, [
  ['Headline\nBy Jane Doe\nBody.', ['By Jane Doe']],
  ['Headline\nBy Jane Doe and John Roe\nBody.', ['By Jane Doe and John Roe']],
  [
    'Headline\nBy Piet van der Berg, with additional reporting by Anna Kowal in Riga\nBody.',
    ['By Piet van der Berg, with additional reporting by Anna Kowal in Riga'],
  ],
  ['Headline\nText: Jane Doe\nBody.', ['Text: Jane Doe']],
  [
    'Headline\nBy Jane Doe, John Roe, and the Gazette Baltic Team\nBody.',
    ['By Jane Doe, John Roe, and the Gazette Baltic Team'],
  ],
  ['Headline\nCompiled by the Harbour Gazette desk\nBody.', ['Compiled by the Harbour Gazette desk']],
  ['Headline\nText: the treaty says nothing about ferries.\nBody.', []],
  ['Headline\nBY JANE DOE, Reuters\nBody.', ['BY JANE DOE, Reuters']],
  [
    'Headline\nBy Anna-Maria O’Neill, Jonas K. Petraitis & Ieva van der Berg\nBody.',
    ['By Anna-Maria O’Neill, Jonas K. Petraitis & Ieva van der Berg'],
  ],
  ['Headline\nBy Reuters\nBody.', ['By Reuters']],
  ['Headline\nInterview by Ona Vaitkute\nBody.', ['Interview by Ona Vaitkute']],
  ['Headline\nJane Doe, Reporter\nBody.', ['Jane Doe, Reporter']],
  ['Headline\nJane Doe, Senior Defence Correspondent\nBody.', ['Jane Doe, Senior Defence Correspondent']],
  [
    'Headline\nPosted by Jane Doe · 14 November 2022 · 6 min read\nBody.',
    ['Posted by Jane Doe · 14 November 2022 · 6 min read'],
  ],
  ['Headline\nBy Jane Doe | Reuters\nBody.', ['By Jane Doe | Reuters']],
  ['Headline\nBy Jane Doe on 4 Nov 2022\nBody.', ['By Jane Doe on 4 Nov 2022']],
  ['Headline\nPosted on 4 November 2022 by Jane Doe\nBody.', ['Posted on 4 November 2022 by Jane Doe']],
  // an authors' line right under a report title
  [
    'Belarus and the war\nIeva Bērziņa and Jonas Petraitis\n\nBody text.',
    ['Ieva Bērziņa and Jonas Petraitis'],
  ],
  [
    'Belarus and the war\nIeva Bērziņa, Jonas Petraitis and Anna Kowalska\nBody.',
    ['Ieva Bērziņa, Jonas Petraitis and Anna Kowalska'],
  ],
  // a single name only next to another metadata line
  ['Belarus and the war\nJane Doe\n14 May 2023\nBody.', ['Jane Doe']],
  [
    'NORTHERN FRONT REVIEW\nHome / Research\nUpdate No. 7 | 6 October 2023\nBelarus and the war\nSubtitle of it\nIeva Bērziņa and Jonas Petraitis\nBody.',
    ['Ieva Bērziņa and Jonas Petraitis'],
  ],
  // negative cases
  ['Headline\nBy the end of the year, the plant will be busy.', []],
  ['Headline\nBy Monday, Russia had moved the battalion.', []],
  ['Headline\nBy Land and Sea', []],
  ['Headline\nBy This Time Next Year', []],
  ['Headline\nExpert Opinion\nBody.', []],
  ['Headline\nJane Doe\nBody.', []],
  ['Headline\nNorth Korea and South Korea\nBody.', []],
  ['Headline\nPutin and Lukashenko\nBody.', []],
  ['Headline\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nIeva Bērziņa and Jonas Petraitis', []],
  ['Headline\nJane Doe, who reported from Minsk, said so.', []],
  ['Headline\nReuters\nBody.', []],
  ['Headline\nBy Jane Doe on the border, the troops waited.', []],
])

table(timestampLine, [
  [
    'Headline\nNovember 4, 2022 10:17 AM GMT+2 Updated 2 hours ago\nBody.',
    ['November 4, 2022 10:17 AM GMT+2 Updated 2 hours ago'],
  ],
  ['Headline\n21.11.2023, 10:42\nBody.', ['21.11.2023, 10:42']],
  [
    'Headline\nPublished: 14 November 2022\nUpdated 3 hours ago\nBody.',
    ['Published: 14 November 2022', 'Updated 3 hours ago'],
  ],
  ['Headline\nMon, 6 Nov 2023 · 09:00\nBody.', ['Mon, 6 Nov 2023 · 09:00']],
  ['Headline\n14 November 2022 | 6 min read\nBody.', ['14 November 2022 | 6 min read']],
  ['Headline\nNov 4, 2022, 10:17 AM ET\nBody.', ['Nov 4, 2022, 10:17 AM ET']],
  ['Headline\nUpdated 1h ago\nBody.', ['Updated 1h ago']],
  [
    'Headline\nPublished: Northern Front Review, 6 October 2023\nBody.',
    ['Published: Northern Front Review, 6 October 2023'],
  ],
  ['Headline\nUpdated: November 5, 2022 at 3:45 p.m.\nBody.', ['Updated: November 5, 2022 at 3:45 p.m.']],
  // negative cases
  ['Headline\nUpdated figures show that exports fell by a third.', []],
  ['Headline\nOn 4 November 2022 the trains left Minsk.', []],
  ['Headline\nMay\nBody.', []],
  ['Headline\n2022\nBody.', []],
  ['Headline\nPublished by the ministry on 4 November, the list named 40 plants.', []],
  ['Headline\nUpdated: The ministry said so. It gave no figures.', []],
])

table(wireDateline, [
  ['Headline\nVILNIUS, Nov 4 (Reuters) - Lithuania said on Friday …', ['VILNIUS, Nov 4 (Reuters) -']],
  ['Headline\nKYIV (AP) — Russia fired missiles at the city.', ['KYIV (AP) —']],
  ['Headline\nMINSK, Belarus, Nov. 4 (AFP) – Trains left.', ['MINSK, Belarus, Nov. 4 (AFP) –']],
  ['Headline\nKYIV, Ukraine — Russia fired missiles.', ['KYIV, Ukraine —']],
  ['Headline\nNEW YORK, 4 November 2022 (Reuters) - Stocks fell.', ['NEW YORK, 4 November 2022 (Reuters) -']],
  ['Headline\n(Reuters) - Lithuania said on Friday …', ['(Reuters) -']],
  ['Headline\nKyiv, November 4 (Ukrinform) – Russia fired missiles.', ['Kyiv, November 4 (Ukrinform) –']],
  ['Headline\nMOSCOW, November 4. /TASS/. The ministry said so.', ['MOSCOW, November 4. /TASS/.']],
  ['Headline\nMinsk (Reuters) - Trains left.', ['Minsk (Reuters) -']],
  // negative cases
  ['Headline\nNATO — The alliance said it watched the drills.', []],
  ['Headline\nKYIV — Russia fired missiles.', []],
  ['Headline\nThe UN (OCHA) - said nothing.', []],
  ['Headline\nThe Kremlin (Reuters reported) - Trains left.', []],
  ['Headline\nRussia (AP) – and others …', []],
  ['Headline\nVILNIUS, Nov 4 (Reuters) -', []],
])

table(counterLine, [
  ['Headline\nViews: 4 812\nBody.', ['Views: 4 812']],
  ['Headline\n5 min read\nBody.', ['5 min read']],
  ['Headline\n4,812 views · 12 comments\nBody.', ['4,812 views · 12 comments']],
  ['Body.\nShare: Telegram · X · Facebook', ['Share: Telegram · X · Facebook']],
  ['Body.\nShare this article\nMore.', ['Share this article']],
  [
    'Body.\nDownload PDF (412 KB) | Share this: Telegram, X',
    ['Download PDF (412 KB) | Share this: Telegram, X'],
  ],
  ['Body.\nFacebook · Telegram · Email', ['Facebook · Telegram · Email']],
  ['Body.\nReading time: 6 minutes', ['Reading time: 6 minutes']],
  ['Body.\nComments (12)', ['Comments (12)']],
  ['Body.\nShare on Facebook Share on Twitter', ['Share on Facebook Share on Twitter']],
  ['Body.\nShare this brief\nMore.', ['Share this brief']],
  ['Headline\nShare | Comments (87) | Follow live\nBody.', ['Share | Comments (87) | Follow live']],
  ['Headline\nKey events\nShow key events only\nBody.', ['Key events', 'Show key events only']],
  ['Headline\nListen to this article (6 min)\nBody.', ['Listen to this article (6 min)']],
  ['Body.\nDownload the full report (PDF, 22 pages)', ['Download the full report (PDF, 22 pages)']],
  // negative cases
  ['Headline\nKey events of the week were the drills near Brest.', []],
  ['Headline\nListen to this, the minister told the hall.', []],
  ['Headline\nShare of exports fell to 12 percent.', []],
  ['Headline\nViews differ on whether Minsk will send troops.', []],
  ['Headline\nTelegram\nBody.', []],
  ['Headline\nReuters · AP\nBody.', []],
  ['Headline\nShare this with your friends, he said.', []],
])

table(breadcrumb, [
  ['Home / Research / Belarus\nHeadline', ['Home / Research / Belarus']],
  ['Home > News > World\nHeadline', ['Home > News > World']],
  ['Home › Analysis\nHeadline', ['Home › Analysis']],
  ['News » Europe » Belarus\nHeadline', ['News » Europe » Belarus']],
  // negative cases
  ['Headline\nRussia / Belarus relations were discussed at length.', []],
  ['Headline\nThe and/or clause of 21/11/2023 was dropped, and x > y held.', []],
  ['Headline\nHome / away games were cancelled / postponed.', []],
  ['Headline\nThe plan: build / move / train.', []],
])

table(masthead, [
  ['NORTHERN FRONT REVIEW\nMinsk ships more tanks east\nBody.', ['NORTHERN FRONT REVIEW']],
  ['ANALYSIS & OPINION\nMinsk ships more tanks east\nBody.', ['ANALYSIS & OPINION']],
  [
    'Northern Front Review | Update No. 7 | 6 October 2023\nHeadline\nBody.',
    ['Northern Front Review | Update No. 7 | 6 October 2023'],
  ],
  [
    'Headline\nInstitute for War Studies | 6 October 2023\nBody.',
    ['Institute for War Studies | 6 October 2023'],
  ],
  // negative cases
  ['RUSSIA SENDS MORE TANKS TO THE BELARUS BORDER\nBody.', []],
  ['TANKS ROLL EAST\nMinsk sent forty tanks on Monday, officials said.', []],
  ['NORTHERN FRONT REVIEW', []],
  ['Headline\nBody one.\nBody two.\nBody three.\nBody four.\nBody five.\nInstitute | 6 October 2023', []],
  ['Headline\nThe poll | 6 October 2023 | said that most, agreed.', []],
])
