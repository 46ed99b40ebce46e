import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { inferMeta, isHeadlineLike } from './metadata.js'

const body =
  'Belarusian railway workers reported more military trains moving towards the Ukrainian border this week. ' +
  'The trains carried armoured vehicles and fuel tanks, according to photographs shared by the monitoring group.'

describe('inferMeta: title', () => {
  it.each([
    [
      'the first line when it reads like a headline',
      `Belarus sends more trains to the border\n\n${body}`,
      'Belarus sends more trains to the border',
    ],
    [
      'a headline with a second sentence',
      `Putin's rail link. How Belarus keeps trains moving\n${body}`,
      "Putin's rail link. How Belarus keeps trains moving",
    ],
    ['a question headline', `Will Minsk join the war?\n\n${body}`, 'Will Minsk join the war?'],
    [
      'after a dateline and a byline',
      `Published: 12 October 2022\nBy Anna Kowalska\nPoland watches the border closely\n\n${body}`,
      'Poland watches the border closely',
    ],
    [
      'at the end, before a "Source" trailer',
      `${body} ${body}\nBelarus sends more trains to the border\nSourceexpress.co.uk\nRELATED ARTICLES`,
      'Belarus sends more trains to the border',
    ],
    [
      'under a breadcrumb and a masthead line',
      `Home / Research / Border Monitor\nBORDER MONITOR | Update No. 4 | 2 May 2023\nRail traffic towards the border falls again\n${body}`,
      'Rail traffic towards the border falls again',
    ],
    [
      'under an all-caps masthead',
      `EASTERN RAIL WATCH\nWeekly digest #12 — 1–7 May 2023\nPosted by desk · 8 May 2023\n${body}`,
      'Weekly digest #12 — 1–7 May 2023',
    ],
    [
      'under a "Follow … on Google News" line',
      `Follow Minsk Monitor on Google News\nTrains leave Asipovichy at night\n${body}`,
      'Trains leave Asipovichy at night',
    ],
    [
      'at the end, after the body, under a link-block label',
      `${body}\nBelarus sends more trains to the border\nRELATED ARTICLES`,
      'Belarus sends more trains to the border',
    ],
  ])('%s', (_, text, title) => {
    expect(inferMeta(text).meta.title).toBe(title)
  })

  it.each([
    ['a paragraph first and nothing headline-like after', `${body}\n${body}`],
    ['a single line', 'Belarus sends more trains to the border'],
    [
      'comment-form furniture at the end',
      `${body}\nLeave a Reply\nYour email address will not be published. Required fields are marked *`,
    ],
  ])('none for %s', (_, text) => {
    expect(inferMeta(text).meta.title).toBeNull()
  })

  it.each([
    ['Russian army desperate for supplies as Belarus forced to ‘plug gaps’', true],
    [
      'Kremlin seeks to use Belarus’ military-industrial complex to support protracted war against Ukraine - ISW',
      true,
    ],
    ['RELATED ARTICLES', false],
    ['Read next: Putin unleashes hell', false],
    ['Follow Army Recognition on Google News at this link', false],
    ['Previous post Something happened', false],
    ['Source: express.co.uk', false],
    ['The troops crossed the border on Monday.', false],
    ['October 12, 2022', false],
    ['By Anna Kowalska', false],
    ['the lowercase start of a line', false],
  ])('isHeadlineLike(%j) = %s', (line, expected) => {
    expect(isHeadlineLike(line)).toBe(expected)
  })
})

describe('inferMeta: outlet', () => {
  it.each([
    [
      '"Source: domain" trailer mapped to a name',
      `Headline about the border\n${body}\nSource: express.co.uk`,
      'Express',
    ],
    ['a trailer that lost its separator', `${body}\nSourceexpress.co.uk`, 'Express'],
    ['a trailer with a URL', `${body}\nSource: https://www.rbc.ua/rus/news/some-story.html`, 'RBC-Ukraine'],
    ['a trailer with a name after a dash', `${body}\nSource — Reuters`, 'Reuters'],
    [
      'an unknown domain is kept as the domain',
      `${body}\nSource: www.minsk-monitor.example.org`,
      'minsk-monitor.example.org',
    ],
    [
      '"Follow X on Google News"',
      `Headline about the border\n${body}\nFollow Army Recognition on Google News at this link\n${body}`,
      'Army Recognition',
    ],
    [
      'a site line starting with a known outlet',
      `Headline about the border\n${body}\nArmy Recognition Global Defense and Security news\n${body}`,
      'Army Recognition',
    ],
    [
      '"Subscribe to X on Telegram"',
      `Headline about the border\n${body}\nSubscribe to Minsk Monitor on Telegram`,
      'Minsk Monitor',
    ],
    ['a wire dateline', `Headline about the border\nBREST, Mar 3 (Baltic Wire) - ${body}`, 'Baltic Wire'],
    [
      'a wire dateline of two cities',
      `Headline about the border\nRIGA/MINSK, Mar 3 (Dvina Wire) - ${body}`,
      'Dvina Wire',
    ],
    [
      'a masthead line: the outlet, a section and the date',
      `Harbour Review | Analysis | 3 May 2024\nHeadline about the border\n${body}`,
      'Harbour Review',
    ],
    [
      'a masthead line whose name ends in no telling word, then a section and the date',
      `Headline about the border\nDvina Ledger | Explainers | 3 May 2024\n${body}`,
      'Dvina Ledger',
    ],
    [
      'a live page’s masthead, parted by dashes',
      `Headline about the border\nDvina Herald — World — Live\n${body}`,
      'Dvina Herald',
    ],
    [
      'a name, a series and a date, with nothing else naming an outlet: the name that opens the line',
      `Headline about the border\nDvina Geodata | Harbour Photo Notes | 3 May 2024\n${body}`,
      'Dvina Geodata',
    ],
    [
      'a masthead line with a section and no date',
      `Harbour Review | Analysis\nHeadline about the border\n${body}`,
      'Harbour Review',
    ],
    [
      'a masthead line: a series, then the institute that publishes it',
      `Border Watch | Dvina Institute for Security Studies | 3 May 2024\nHeadline about the border\n${body}`,
      'Dvina Institute for Security Studies',
    ],
    [
      'a live page masthead',
      `Harbour Post live | Monday 3 May 2024\nHeadline about the border\n${body}`,
      'Harbour Post',
    ],
    [
      'a copyright line',
      `Headline about the border\n${body}\n© 2023 Eastern Rail Institute. All rights reserved. Privacy policy`,
      'Eastern Rail Institute',
    ],
    [
      '"Subscribe to the X"',
      `Headline about the border\n${body}\nSubscribe to the Border Monitor`,
      'Border Monitor',
    ],
    [
      '"explained in the material by X"',
      `Headline about the border\nWhy Minsk helps is explained in the material by RBC-Ukraine.\n${body}`,
      'RBC-Ukraine',
    ],
  ])('%s', (_, text, outlet) => {
    expect(inferMeta(text).meta.outlet).toBe(outlet)
  })

  it.each([
    [
      'a photo credit inside a line',
      `Headline about the border\n${body}\nPresident of Belarus (Picture source: BelTA)`,
    ],
    [
      'a cited source in the story',
      `Headline about the border\nThe Institute for the Study of War (ISW) reports in its latest assessment.\n${body}`,
    ],
    ['"Follow us"', `Headline about the border\n${body}\nFollow us on Telegram`],
    // a name that ends like no publication may be a series or a column
    ['a masthead of a series alone', `Border Watch | 3 May 2024\nHeadline about the border\n${body}`],
    // (a section path is no masthead: every word of its first field names a section)
    ['a section path', `World News | Europe\nHeadline about the border\n${body}`],
    ['"Sources say" in a sentence', `Headline about the border\n${body}\nSources say the talks went badly.`],
    [
      'a list of cited sources',
      `Headline about the border\n${body}\nSources: Belarus MoD (Telegram); Hajun (Telegram).`,
    ],
    [
      '"Subscribe to the weekly digest"',
      `Headline about the border\n${body}\nSubscribe to the weekly digest`,
    ],
    ['"© 2023 all rights reserved"', `Headline about the border\n${body}\n© 2023 all rights reserved`],
    [
      '"Subscribe to the weekly digest"',
      `Headline about the border\n${body}\nSubscribe to the weekly digest`,
    ],
    ['"© 2023 all rights reserved"', `Headline about the border\n${body}\n© 2023 all rights reserved`],
  ])('none for %s', (_, text) => {
    expect(inferMeta(text).meta.outlet).toBeNull()
  })

  it('a repost names itself and keeps the credit of its trailer as a message', () => {
    const { meta, messages } = inferMeta(
      `Headline about the border\nFollow Minsk Monitor on Google News\n${body}\nSource: Baltic Wire`,
    )
    expect(meta.outlet).toBe('Minsk Monitor')
    expect(messages.find((m) => m.rule === 'outlet.credited-source')?.reason).toBe(
      'the text credits Baltic Wire as its source; the outlet is Minsk Monitor',
    )
  })

  it("no credit message when the trailer is the outlet's own domain", () => {
    const { messages } = inferMeta(
      `Headline about the border\nFollow Minsk Monitor on Google News\n${body}\nSource: minskmonitor.by`,
    )
    expect(messages.map((m) => m.rule)).not.toContain('outlet.credited-source')
  })

  it('the given URL names the outlet before the text does', () => {
    expect(
      inferMeta(`${body}\nSource: belta.by`, { url: 'https://www.understandingwar.org/backgrounder/x' }).meta
        .outlet,
    ).toBe('ISW')
  })
})

describe('inferMeta: published and language', () => {
  it.each([
    [`Headline about the border\nPublished: 12 October 2022\n${body}`, '2022-10-12'],
    [`Headline about the border\nOctober 12, 2022 10:45\n${body}`, '2022-10-12T10:45'],
    [`Headline about the border\nUpdated: 13 October 2022\nPosted on 12 Oct 2022\n${body}`, '2022-10-12'],
    [
      `Headline about the border\nOn the night of February 24, 2022, troops crossed the border.\n${body}`,
      null,
    ],
    [
      `Headline about the border\nMinsk Monitor · World · 6 December 2024, 18:30\n${body}`,
      '2024-12-06T18:30',
    ],
    [
      `Headline about the border\nNovember 4, 2022 10:17 AM GMT+2 Updated 2 hours ago\n${body}`,
      '2022-11-04T10:17',
    ],
    [`Headline about the border\n${body}`, null],
  ])('published from %j', (text, published) => {
    expect(inferMeta(text).meta.published).toBe(published)
  })

  it('given metadata wins over inference, and given dates are normalised', () => {
    const { meta } = inferMeta(
      `Headline about the border\nPublished: 12 October 2022\n${body}\nSource: belta.by`,
      {
        title: 'Given',
        outlet: 'express.co.uk',
        published: 'Wed, 12 Oct 2022 10:45:00 +0300',
        language: 'en-GB',
      },
    )
    expect(meta).toEqual({
      title: 'Given',
      outlet: 'Express',
      url: null,
      published: '2022-10-12T07:45:00Z',
      language: 'eng',
    })
  })

  it('an unreadable given date is kept, with a warning', () => {
    const { meta, messages } = inferMeta(body, { published: 'last Tuesday' })
    expect(meta.published).toBe('last Tuesday')
    expect(messages.map((m) => m.rule)).toContain('published.unreadable')
  })

  it('language needs enough text; English gets no warning', () => {
    const short = inferMeta('Minsk, Monday.')
    expect(short.meta.language).toBeNull()
    expect(short.messages.map((m) => m.rule)).toEqual(['language.undetermined'])
    const english = inferMeta(body)
    expect(english.meta.language).toBe('eng')
    expect(english.messages).toEqual([])
  })

  it('tells Ukrainian from Russian and flags both', () => {
    const ukrainian =
      'Білоруські залізничники повідомили про нові військові ешелони, що рухаються до українського кордону. ' +
      'Потяги перевозили бронетехніку та цистерни з пальним, свідчать фотографії моніторингової групи.'
    const { meta, messages } = inferMeta(ukrainian)
    expect(meta.language).toBe('ukr')
    expect(messages.find((m) => m.rule === 'language.non-english')?.reason).toMatch(/Ukrainian \(ukr\)/)
  })
})

// The development articles carry gold titles and outlets; read at run time, never copied.
const DEV = new URL('../../../shared/corpus/dev/', import.meta.url)
const devIds = existsSync(DEV)
  ? ['d00', 'd01', 'd02', 'd03', 'd04'].filter((id) => existsSync(new URL(`${id}.txt`, DEV)))
  : []

describe.skipIf(devIds.length === 0)(
  'inferMeta on the development corpus (skipped when ../shared/corpus/dev is absent)',
  () => {
    it.each(devIds)('%s: title and outlet match the gold', (id) => {
      const text = readFileSync(new URL(`${id}.txt`, DEV), 'utf8')
      const gold = JSON.parse(readFileSync(new URL(`${id}.json`, DEV), 'utf8')) as {
        title: string | null
        outlet: string | null
      }
      const { meta } = inferMeta(text)
      expect({ title: meta.title, outlet: meta.outlet }).toEqual({ title: gold.title, outlet: gold.outlet })
    })
  },
)
