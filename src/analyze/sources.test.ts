import { describe, expect, it } from 'vitest'
import { loadReference } from '../reference/load.js'
import { loadSourceProfiles, parseSourceProfiles } from './sources.js'

const KINDS = `kinds:
  - { kind: official, reliability: C }
  - { kind: monitoring, reliability: B }
  - { kind: think-tank, reliability: B }
  - { kind: outlet, reliability: C }
  - { kind: anonymous, reliability: F }
`

describe('source profiles', () => {
  const profiles = loadSourceProfiles()

  it.each([
    ['Belaruski Hajun', 'belarusian-hajun', 'B'],
    ['Hajun', 'belarusian-hajun', 'B'],
    ['ISW', 'institute-for-the-study-of-war', 'B'],
    ['the UK Ministry of Defence', 'uk-ministry-of-defence', 'B'],
    ['Lukashenka', 'alexander-lukashenko', 'D'],
    ['unspecified reports', 'unnamed-sources', 'F'],
  ] as const)('%s → %s (%s)', (name, id, reliability) => {
    expect(profiles.match(name)).toMatchObject({ id, reliability })
  })

  it('matches nothing for an unknown source', () => {
    expect(profiles.match('The Daily Clarion')).toBeNull()
  })

  it.each([
    [
      'an unknown ref',
      `${KINDS}sources:\n  - { id: x, ref: no-such-entity, kind: outlet, reliability: C }\n`,
      /ref "no-such-entity" is not in data\/entities/,
    ],
    [
      'a bad letter',
      `${KINDS}sources:\n  - { id: x, names: [X], kind: outlet, reliability: G }\n`,
      /reliability/,
    ],
    ['a missing kind', `kinds: []\nsources: []\n`, /no entry for kind "official"/],
    [
      'one name for two sources',
      `${KINDS}sources:\n  - { id: a, names: [X], kind: outlet, reliability: C }\n  - { id: b, names: [x], kind: outlet, reliability: C }\n`,
      /"x" also names a/,
    ],
  ])('rejects %s, naming the entry', (_name, yaml, error) => {
    expect(() => parseSourceProfiles(yaml, loadReference())).toThrow(error)
  })
})
