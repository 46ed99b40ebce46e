import { describe, expect, it } from 'vitest'
import { findDateline, normalizePublished, parseDate } from './dates.js'

describe('parseDate', () => {
  it.each([
    ['12 October 2022', '2022-10-12'],
    ['12th Oct, 2022 10:45', '2022-10-12T10:45'],
    ['October 12, 2022 10:45', '2022-10-12T10:45'],
    ['Oct. 12 2022 at 3:05 pm', '2022-10-12T15:05'],
    ['Wednesday, October 12, 2022', '2022-10-12'],
    ['Sept 3, 2023', '2023-09-03'],
    ['2022-10-12', '2022-10-12'],
    ['12.10.2022 10:45', '2022-10-12T10:45'],
    ['on the night of February 24, 2022, troops', '2022-02-24'],
    ['31 February 2022', null],
    ['12 October', null],
    ['October 2022', null],
    ['no date here', null],
  ])('%j → %s', (s, iso) => {
    expect(parseDate(s)).toBe(iso)
  })
})

describe('findDateline', () => {
  it.each([
    ['labelled, anywhere', 'Head line\nBody text.\nPublished: 12 October 2022', '2022-10-12'],
    ['"Posted on"', 'Head line\nPosted on October 12, 2022\nBody.', '2022-10-12'],
    [
      'published wins over updated',
      'Head\nUpdated 2022-10-14\nFirst published 2022-10-12\nBody.',
      '2022-10-12',
    ],
    ['updated when nothing else', 'Head\nLast updated: 14 October 2022\nBody.', '2022-10-14'],
    ['a bare date line at the top', 'Head\n12 October 2022 | 10:45\nBody.', '2022-10-12T10:45'],
    [
      'a labelled line with the date among fields',
      'Head\nPosted by desk · 14 November 2022 · 6 min read\nBody.',
      '2022-11-14',
    ],
    ['a field line at the top', 'Head\n05.11.2022 | World | 3 min read\nBody.', '2022-11-05'],
    [
      'a field of a masthead line',
      'Head\nMinsk Monitor · World · 6 December 2024, 18:30\nBody.',
      '2024-12-06T18:30',
    ],
    [
      'a masthead line parted by dashes',
      'Head\nHarbour Herald — Ports — Monday, 4 May 2026\nBody.',
      '2026-05-04',
    ],
    [
      'a labelled field of a masthead',
      'Head\nHarbour Radio | Port Desk | Broadcast on 6 May 2026\nBody.',
      '2026-05-06',
    ],
    [
      'a masthead line longer than a dateline',
      'Head\nDvina Institute for Security and Defence Studies | Weekly Harbour Assessments | May 6, 2026, 9:40am ET\nBody.',
      '2026-05-06T09:40',
    ],
    [
      'a headline with a dash and a date inside does not count',
      'Troops leave – 29 August 2025 was the last day of the drills at the range\nBody.',
      null,
    ],
    [
      'a sentence starting with "Updated" does not count',
      'Head\nUpdated figures from 12 May 2022 show a rise in shipments to Russia.\nBody.',
      null,
    ],
    [
      'a date inside a sentence does not count',
      'Head\nTroops crossed the border on 24 February 2022.\nBody.',
      null,
    ],
    [
      'a bare date line in the middle of a long text does not count',
      `Head\n${'Para.\n'.repeat(12)}12 October 2022\n${'Para.\n'.repeat(12)}`,
      null,
    ],
  ])('%s', (_, text, iso) => {
    expect(findDateline(text)).toBe(iso)
  })
})

describe('normalizePublished', () => {
  it.each([
    ['2022-10-12T08:30:00+00:00', '2022-10-12T08:30:00+00:00'],
    ['2022-10-12', '2022-10-12'],
    ['Wed, 12 Oct 2022 10:45:00 +0000', '2022-10-12T10:45:00Z'],
    ['Wed, 12 Oct 2022 10:45:00 GMT', '2022-10-12T10:45:00Z'],
    ['12 October 2022', '2022-10-12'],
    ['2022-13-45', null],
    ['soon', null],
    ['', null],
  ])('%j → %s', (s, iso) => {
    expect(normalizePublished(s)).toBe(iso)
  })
})
