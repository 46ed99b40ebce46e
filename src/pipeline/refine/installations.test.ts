import { describe, expect, it } from 'vitest'
import { extractDocument } from '../../app/extract.js'
import { sourceFromText } from '../../ingest/readers/txt.js'
import { typed } from '../extract/entities/test-support.js'

describe('installations named by their place', () => {
  it.each([
    ['Jets landed at the Kyiv airfield at night.', [['Kyiv', 'FACILITY']]],
    ['Troops left the Moscow training ground in May.', [['Moscow training ground', 'FACILITY']]],
    [
      'Jets moved to the Kyiv and Moscow air bases.',
      [
        ['Kyiv', 'FACILITY'],
        ['Moscow', 'FACILITY'],
      ],
    ],
    [
      'Officials in Kyiv and Moscow met.',
      [
        ['Kyiv', 'GPE'],
        ['Moscow', 'GPE'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected)
  })
})

describe('a town known as the name of an air base, in a sentence about aircraft', () => {
  const types = (text: string, surface: string) =>
    extractDocument(sourceFromText(text, 'air-base.txt'))
      .mentions.filter((m) => text.slice(m.start, m.end) === surface)
      .map((m) => [m.type, m.canonical])
  it('after "at" or "from" is the air base', () => {
    expect(types('Two Il-76 transports landed at Machulishchy overnight.', 'Machulishchy')).toEqual([
      ['FACILITY', 'Machulishchy air base'],
    ])
    expect(types('The interceptors flew north from Lida on Sunday.', 'Lida')).toEqual([
      ['FACILITY', 'Lida air base'],
    ])
  })
  it('"in" the town, or with no aircraft in the sentence, is the town', () => {
    expect(types('An aircraft repair plant in Baranavichy hired welders.', 'Baranavichy')[0]?.[0]).toBe('GPE')
    expect(types('The buses left from Machulishchy at dawn.', 'Machulishchy')[0]?.[0]).toBe('GPE')
  })
})
