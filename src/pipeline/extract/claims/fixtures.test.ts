import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { brief, COMMON, claimsOf, type HandMention } from './test-support.js'

// The development corpus has no sanctions designation and names no facility; these hand-made
// fixtures (fixtures/*.txt, marked as such in their first line) cover what it lacks.
const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

const M: readonly HandMention[] = [
  ...COMMON,
  ['EU', 'ORG', 'European Union'],
  ['MZKT', 'ORG', 'Minsk Wheeled Tractor Plant'],
  ['Viktor Khrenin', 'PERSON', 'Viktor Khrenin'],
  ['US Treasury', 'ORG', 'U.S. Department of the Treasury'],
  ['Britain', 'GPE', 'United Kingdom'],
  ['Canada', 'GPE', 'Canada'],
  ['Peleng', 'ORG', 'Peleng'],
  ['Luninets railway station', 'FACILITY', 'Luninets railway station'],
  ['Orsha station', 'FACILITY', 'Orsha railway station'],
  ['Belarusian air force', 'ORG', 'Belarusian Air Force'],
  ['Machulishchy airfield', 'FACILITY', 'Machulishchy air base'],
  ['Baranovichi airfield', 'FACILITY', 'Baranovichi air base'],
]

describe('sanctions', () => {
  const claims = claimsOf(read('sanctions.txt'), M).map(brief)
  it('active voice: the sanctioning body is the agent, the named target the recipient', () => {
    expect(claims).toContainEqual(
      expect.objectContaining({
        relation: 'SANCTION',
        agent: 'European Union',
        recipient: 'Minsk Wheeled Tractor Plant',
      }),
    )
  })
  it('passive voice: the "by" phrase is the agent, the subject the target', () => {
    expect(claims).toContainEqual(
      expect.objectContaining({
        relation: 'SANCTION',
        agent: 'U.S. Department of the Treasury',
        recipient: 'Viktor Khrenin',
      }),
    )
  })
  it('one claim per sanctioning state', () => {
    const agents = claims
      .filter((c) => c.relation === 'SANCTION' && c.recipient === 'Peleng')
      .map((c) => c.agent)
    expect(agents).toEqual(['United Kingdom', 'Canada'])
  })
  it('a call for sanctions is no claim', () => {
    expect(claims.filter((c) => c.relation === 'SANCTION')).toHaveLength(4)
  })
})

describe('facilities as places', () => {
  it('equipment moved through a railway station', () => {
    const claims = claimsOf(read('railway.txt'), M).map(brief)
    expect(claims).toContainEqual(
      expect.objectContaining({ relation: 'DEPLOY', agent: 'Russia', place: 'Luninets railway station' }),
    )
    expect(claims).toContainEqual(
      expect.objectContaining({
        relation: 'TRANSFER',
        agent: 'Belarus',
        recipient: 'Russia',
        place: 'Orsha railway station',
      }),
    )
  })
  it('exercises at an airfield', () => {
    const claims = claimsOf(read('airfield.txt'), M).map(brief)
    expect(claims).toContainEqual(
      expect.objectContaining({
        relation: 'EXERCISE',
        agent: 'Belarusian Air Force',
        place: 'Machulishchy air base',
      }),
    )
    expect(claims).toContainEqual(
      expect.objectContaining({ relation: 'DEPLOY', agent: 'Russia', place: 'Baranovichi air base' }),
    )
  })
})
