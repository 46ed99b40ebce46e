import { describe, expect, it } from 'vitest'
import { texts } from '../test-support.js'
import { findCaptionsBesideCredits } from './caption-beside-credit.js'
import { findCaptionCredits } from './caption-credit.js'
import { findCreditLines } from './credit-line.js'

describe('caption-credit', () => {
  const rows: [string, string[]][] = [
    // inline, after a sentence ending in a closing quote
    [
      'He said it was ‘a matter of weeks’.’ Minsk sent its oldest tanks east (Image: GETTY) The ministry declined to comment.',
      ['Minsk sent its oldest tanks east (Image: GETTY)'],
    ],
    // two captions in a row, the second glued to prose
    [
      'Troops arrived overnight. Convoy near the border (Image: REUTERS) Officials at the briefing (Image: AP)Satellite images showed more.',
      ['Convoy near the border (Image: REUTERS)', 'Officials at the briefing (Image: AP)'],
    ],
    // a caption line of its own
    [
      'Body text here.\nDefence minister Ivan Petrov (Picture source: MoD)\nMore text.',
      ['Defence minister Ivan Petrov (Picture source: MoD)'],
    ],
    // a two-sentence caption line with a trailing credit
    [
      'Prose.\n\nTanks at a railway station. They were moved at night. Photo: Ivan Ivanov, t.me/somechannel\n\nMore.',
      ['Tanks at a railway station. They were moved at night. Photo: Ivan Ivanov, t.me/somechannel'],
    ],
    // credit alone on its line
    ['Prose.\n(Image: Getty Images)\nMore.', ['(Image: Getty Images)']],
    // a screenshot's credit, in parentheses or as a label
    [
      'Prose.\nThe post as shared (Screenshot: Harbour Check)\nMore.',
      ['The post as shared (Screenshot: Harbour Check)'],
    ],
    [
      'Prose.\n\nThe post as shared. Screenshot: Harbour Check\n\nMore.',
      ['The post as shared. Screenshot: Harbour Check'],
    ],
    // "(Photo by …)"
    ['The plant in Minsk (Photo by Anna Smith/AFP)\nText.', ['The plant in Minsk (Photo by Anna Smith/AFP)']],
    // the caption stops at an abbreviation-free sentence end, not at "U.S."
    [
      'Aid was cut. U.S. envoy meets Kyiv officials (Image: GETTY)Talks went on.',
      ['U.S. envoy meets Kyiv officials (Image: GETTY)'],
    ],
    // a caption after a link tag
    [
      'Read this [INSIGHT] Soldiers at a checkpoint (Image: GETTY)Prose.',
      ['Soldiers at a checkpoint (Image: GETTY)'],
    ],
  ]
  it.each(rows)('%j', (input, expected) => {
    expect(texts(input, findCaptionCredits(input))).toEqual(expected)
  })

  it('takes a parenthesised caption back to the sentence end only, even at the end of a short line', () => {
    const input = 'The ministry did not comment. Tanks near Brest (Image: GETTY)\nMore.'
    expect(texts(input, findCaptionCredits(input))).toEqual(['Tanks near Brest (Image: GETTY)'])
  })

  it('leaves long prose in front of a line-final credit', () => {
    const prose = 'The ministry said that the tanks had been moved. '.repeat(6)
    const input = `${prose}Convoy on the road (Image: GETTY)`
    expect(texts(input, findCaptionCredits(input))).toEqual(['Convoy on the road (Image: GETTY)'])
  })
})

describe('credit-line', () => {
  const rows: [string, string[]][] = [
    [
      'Para one.\nDocuments obtained by our correspondents\nPara two.',
      ['Documents obtained by our correspondents'],
    ],
    // a sentence that starts like a credit is prose
    ['Para one.\nDocuments provided by the ministry show that tanks were moved.\nPara two.', []],
    ['Para one.\nPhotos provided by the press service\nPara two.', ['Photos provided by the press service']],
    [
      'Para one.\nDocuments provided by sources in the ministry\nPara two.',
      ['Documents provided by sources in the ministry'],
    ],
    ['Para one.\nPhoto by John Smith/Reuters\nPara two.', ['Photo by John Smith/Reuters']],
    ['Para one.\nPhoto: Reuters\nPara two.', ['Photo: Reuters']],
    ['Para one.\nImage credit: Ministry of Defence.\nPara two.', ['Image credit: Ministry of Defence.']],
    ['Para one.\nIllustrative photo\nPara two.', ['Illustrative photo']],
    ['Para one.\nGetty Images\nPara two.', ['Getty Images']],
    [
      'Para one.\nImage source, Getty Images\nImage caption, Tanks on a train near Brest\nPara two.',
      ['Image source, Getty Images', 'Image caption, Tanks on a train near Brest'],
    ],
  ]
  it.each(rows)('%j', (input, expected) => {
    expect(texts(input, findCreditLines(input))).toEqual(expected)
  })
})

describe('caption-beside-credit', () => {
  const rows: [string, string[]][] = [
    [
      'Headline\nFirst paragraph of the story.\nSoldiers unload shells at a depot\nPhoto: Reuters\nNext paragraph.',
      ['Soldiers unload shells at a depot'],
    ],
    [
      'Headline\nFirst paragraph.\nThe plant in the city of Borisov\n(Image: GETTY)\nMore.',
      ['The plant in the city of Borisov'],
    ],
    // the headline is never a caption
    ['Putin visits Minsk\nPhoto: Reuters\nText.', []],
    // a long paragraph above a credit is prose
    [`Headline\n${'Long prose sentence about the war and its many costs. '.repeat(4)}\nPhoto: AP\nMore.`, []],
    // a line that introduces something is not a caption
    ['Headline\nThe expert said:\nPhoto: AP\nMore.', []],
    // a one-sentence paragraph of prose, or a short quotation, above an image stays
    ['Headline\nThe ministry did not comment on the report.\nPhoto: AP\nMore.', []],
    ['Headline\n“We have the capacity,” the director said\nPhoto: AP\nMore.', []],
  ]
  it.each(rows)('%j', (input, expected) => {
    expect(texts(input, findCaptionsBesideCredits(input))).toEqual(expected)
  })
})
