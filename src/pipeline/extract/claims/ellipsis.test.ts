import { describe, expect, it } from 'vitest'
import { brief, COMMON, claimsOf } from './test-support.js'

const ROUTE = 'Belarus handed 30 old tanks to Russia in 2022.'
const loads = (text: string) =>
  claimsOf(text, COMMON)
    .map(brief)
    .filter((c) => c.relation === 'TRANSFER' && !/tanks$/.test(c.item ?? ''))
    .map((c) => [c.agent, c.recipient, c.item])

// An elliptical "it was X" after a transfer between two states: [following sentence, loads]
const CONTINUES: Array<[string, string[]]> = [
  ['In autumn it was mostly trucks and old armour.', ['trucks', 'old armour']],
  ['Now it is mainly shells.', ['shells']],
  ['Since March it has been ammunition and spare guns almost every week.', ['ammunition', 'spare guns']],
  ['In the second year it was largely artillery, rockets and mines.', ['artillery', 'rockets', 'mines']],
]

describe('elliptical loads continue the last route', () => {
  it.each(CONTINUES)('%s', (next, items) => {
    expect(loads(`${ROUTE} ${next}`)).toEqual(items.map((i) => ['Belarus', 'Russia', i]))
  })
})

// Nothing without a route, without "it" as the opening subject, or without a load.
const NOTHING: string[] = [
  'In autumn it was mostly trucks and old armour.',
  `${ROUTE} It was a difficult winter for the railway.`,
  `${ROUTE} Officials said it was mostly trucks.`,
  `${ROUTE} In autumn it was mostly quiet at the depot.`,
  `${ROUTE} Was it mostly trucks?`,
]

describe('no elliptical load', () => {
  it.each(NOTHING)('%s', (text) => {
    expect(loads(text)).toEqual([])
  })
})
