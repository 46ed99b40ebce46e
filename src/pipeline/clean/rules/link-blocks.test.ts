import { describe, expect, it } from 'vitest'
import { texts } from '../test-support.js'
import { findLinkBlocks } from './link-block.js'
import { linkHeading } from './link-heading.js'

describe('link-block', () => {
  const rows: [string, string[]][] = [
    // run into the next sentence: prose resumes at the glued segment that ends a sentence
    [
      'Officials denied it.Read more: Kremlin hints at new talks with Kyiv’Minsk has sent more trucks, the report said. It added more.',
      ['Read more: Kremlin hints at new talks with Kyiv’'],
    ],
    // tagged headlines glued together, running up to a caption (the caption rule takes the rest)
    [
      'It was over.’Don’t miss: Tanks spotted near the border [REPORT]Minsk denies sending shells [REVEAL]NATO warns Belarus [INSIGHT] Troops on parade (Image: GETTY)Prose again.',
      [
        'Don’t miss: Tanks spotted near the border [REPORT]Minsk denies sending shells [REVEAL]NATO warns Belarus [INSIGHT] Troops on parade',
      ],
    ],
    // tags, then prose resumes glued to the last tag
    [
      'End.’Don’t miss: Tanks spotted near the border [REPORT]Minsk denies sending shells [REVEAL]The ministry said on Monday that the drills were over. It gave no details.',
      ['Don’t miss: Tanks spotted near the border [REPORT]Minsk denies sending shells [REVEAL]'],
    ],
    // glued headlines to the end of the line, with a truncation ellipsis
    [
      'Last sentence.’Read next: Kyiv braces for winter attacksNew drones could ‘change the war’ in the southGrain deal collapses as talks stall…..Poland boosts border guards\nTitle line',
      [
        'Read next: Kyiv braces for winter attacksNew drones could ‘change the war’ in the southGrain deal collapses as talks stall…..Poland boosts border guards',
      ],
    ],
    // all caps, no colon, own line
    [
      'Para.\nREAD MORE Belarus holds snap drills near Ukraine\nPara two.',
      ['READ MORE Belarus holds snap drills near Ukraine'],
    ],
    // marker alone: the headline is on the next line
    [
      'Para.\nREAD MORE:\nBelarus holds snap drills near Ukraine\nPara two.',
      ['READ MORE:\nBelarus holds snap drills near Ukraine'],
    ],
    // "Read also:" and "Related:" lines
    [
      'Para.\nRead also: Lukashenko meets Putin in Sochi\nPara two.',
      ['Read also: Lukashenko meets Putin in Sochi'],
    ],
    [
      'Para.\nRelated: How Minsk repairs Russian helicopters\nPara two.',
      ['Related: How Minsk repairs Russian helicopters'],
    ],
    // a question headline glued to the next headline
    [
      'End.Read more: Will Minsk join the war?Kyiv strengthens the north\nNext line.',
      ['Read more: Will Minsk join the war?Kyiv strengthens the north'],
    ],
    // a marker followed at once by a short sentence keeps only that sentence
    [
      'Para.\nSee also: Belarus moved tanks. Officials in Kyiv disagree with that view entirely.',
      ['See also: Belarus moved tanks.'],
    ],
  ]
  it.each(rows)('%j', (input, expected) => {
    expect(texts(input, findLinkBlocks(input))).toEqual(expected)
  })
})

describe('link-heading', () => {
  const rows: [string, string[]][] = [
    ['Text.\nRELATED ARTICLES', ['RELATED ARTICLES']],
    ['Text.\nYou may also like\nMore text.', ['You may also like']],
    ['Text.\nMore from Express:\nA story', ['More from Express:']],
    ['Text.\nRelated Stories', ['Related Stories']],
    ['Text.\nRead more', ['Read more']],
    ['Text.\nPost navigation\nPrevious post X', ['Post navigation']],
  ]
  it.each(rows)('%j', (input, expected) => {
    expect(texts(input, linkHeading.find(input))).toEqual(expected)
  })
})
