import { describe, expect, it } from 'vitest'
import { mentionsOf } from './test-support.js'

const pick = (text: string) => mentionsOf(text).map((m) => [m.text, m.type, m.canonical])

describe('acronyms', () => {
  it('makes a bracketed acronym an alias for the whole document', () => {
    expect(pick('MGTP hired staff. The Minsk Gear Tractor Plant (MGTP) grew, and MGTP exports.')).toEqual([
      ['MGTP', 'ORG', 'Minsk Gear Tractor Plant'],
      ['Minsk Gear Tractor Plant', 'ORG', 'Minsk Gear Tractor Plant'],
      ['MGTP', 'ORG', 'Minsk Gear Tractor Plant'],
      ['MGTP', 'ORG', 'Minsk Gear Tractor Plant'],
    ])
  })

  it('links an expansion in brackets to the acronym before it', () => {
    expect(pick('An officer of the Belarusian KGB (state security committee) defected.')).toEqual([
      ['Belarusian KGB', 'ORG', 'KGB of Belarus'],
      ['state security committee', 'ORG', 'KGB of Belarus'],
    ])
  })

  it('ignores brackets that define nothing', () => {
    expect(pick('The defense industrial base (DIB) matters.')).toEqual([])
  })
})

describe('acronyms known to the reference data', () => {
  it('gives the full form the entry of a known acronym', () => {
    expect(pick('Workers of the Brest Lamp Plant named after K. Ivanov (NATO) struck.')).toEqual([
      ['Brest Lamp Plant named after K. Ivanov', 'ORG', 'NATO'],
      ['NATO', 'ORG', 'NATO'],
    ])
  })
})
