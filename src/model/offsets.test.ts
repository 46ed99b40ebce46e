import { describe, expect, it } from 'vitest'
import { OffsetMap, OffsetMapBuilder } from './offsets.js'

describe('OffsetMap', () => {
  it('maps a repaired sentence join back to the source', () => {
    const src = 'Ukraine.In his analysis'
    const b = new OffsetMapBuilder(src)
    b.copy(0, 8).insert(' ').copy(8, src.length)
    const { text, map } = b.build()
    expect(text).toBe('Ukraine. In his analysis')
    const inClean = { start: text.indexOf('In'), end: text.indexOf('In') + 2 }
    const inSrc = map.toSource(inClean)
    expect(src.slice(inSrc.start, inSrc.end)).toBe('In')
    const whole = map.toSource({ start: 0, end: text.length })
    expect(whole).toEqual({ start: 0, end: src.length })
    const ukraine = map.toSource({ start: 0, end: 8 })
    expect(src.slice(ukraine.start, ukraine.end)).toBe('Ukraine.')
  })

  it('maps around removed parts', () => {
    const src = 'Intro. (Image: GETTY) Body text.'
    const b = new OffsetMapBuilder(src)
    b.copy(0, 7).copy(22, src.length)
    const { text, map } = b.build()
    expect(text).toBe('Intro. Body text.')
    const body = map.toSource({ start: 7, end: 11 })
    expect(src.slice(body.start, body.end)).toBe('Body')
    expect(map.toDerivedOffset(10)).toBe(7)
    expect(map.toDerivedOffset(24)).toBe(9)
  })

  it('round-trips through JSON and identity maps one to one', () => {
    const m = OffsetMap.identity(10)
    expect(m.toSource({ start: 3, end: 7 })).toEqual({ start: 3, end: 7 })
    const j = OffsetMap.fromJSON(JSON.parse(JSON.stringify(m.toJSON())))
    expect(j.toSourceOffset(10, 'end')).toBe(10)
  })
})
