import { describe, expect, it } from 'vitest'
import { typed } from './test-support.js'

describe('organisations', () => {
  it.each([
    ['Staff at the Minsk Gear Plant went on strike.', [['Minsk Gear Plant', 'ORG']]],
    ['Work at the 2566 Radio Repair Plant resumed.', [['2566 Radio Repair Plant', 'ORG']]],
    // the tagger calls some ordinals pronouns; the number is still part of the name
    ['Work at the 317th Optics Repair Plant resumed.', [['317th Optics Repair Plant', 'ORG']]],
    [
      'A statement by the Ministry of Energy of Ukraine followed.',
      [['Ministry of Energy of Ukraine', 'ORG']],
    ],
    ['The Institute for the Study of Peace reports.', [['Institute for the Study of Peace', 'ORG']]],
    [
      'A member of the Rada Committee on Energy and Housing spoke.',
      [['Rada Committee on Energy and Housing', 'ORG']],
    ],
    [
      'The Gomel Optics Plant named after K. P. Ivanov grew.',
      [['Gomel Optics Plant named after K. P. Ivanov', 'ORG']],
    ],
    [
      'The Lens Plant of the Vitebsk Glass Plant hired.',
      [
        ['Lens Plant', 'ORG'],
        ['Vitebsk Glass Plant', 'ORG'],
      ],
    ],
    ['Fighters of the Pahonia regiment returned.', [['Pahonia regiment', 'UNIT']]],
    // an office named by its holder's title in the possessive; a person's office is no name
    [
      "The Attorney General's Office of Moldova filed the case.",
      [["Attorney General's Office of Moldova", 'ORG']],
    ],
    ["Ivan's Office of Lost Things closed.", [['Office of Lost Things', 'ORG']]],
    // a numbered storage base or arsenal in lower case is a unit; a year or a count before "base" is not
    ['Trucks left the 2217th fuel storage base at night.', [['2217th fuel storage base', 'UNIT']]],
    ['Crates came from the 71st missile arsenal.', [['71st missile arsenal', 'UNIT']]],
    ['In 2023 air base guards were doubled.', []],
    ['The founder of the Redut PMC died.', [['Redut PMC', 'ORG']]],
    [
      'The Forum of the Border Regions of Europe opened.',
      [['Forum of the Border Regions of Europe', 'EVENT']],
    ],
    ['The Zapad-2021 exercises ended.', [['Zapad-2021', 'EVENT']]],
    // a title that would leave the head alone is part of the name; a two-word suffix types it
    ['The General Staff met at dawn.', [['General Staff', 'ORG']]],
    ['The Gozhsky Training Ground was quiet.', [['Gozhsky Training Ground', 'FACILITY']]],
    ['The State Authority for Naval Industry spoke.', [['State Authority for Naval Industry', 'ORG']]],
    // a day after a complement head is when, not part of the name
    ['The Defence Ministry on Tuesday denied it.', [['Defence Ministry', 'ORG']]],
    // "X-based" describes where the name sits
    [
      'Analysts at the Tartu-based Institute for Lake Studies disagreed.',
      [['Institute for Lake Studies', 'ORG']],
    ],
    // an installation noun in lower case after a name; an air installation keeps the name alone
    ['Trains were unloaded at Dobrush station.', [['Dobrush station', 'FACILITY']]],
    [
      'Crews drilled at the Kalvaria range and flew from Starobin airfield.',
      [
        ['Kalvaria range', 'FACILITY'],
        ['Starobin', 'FACILITY'],
      ],
    ],
    // a plant known by its number, when the reference data has one plant with that number
    ['Crews at the 612th plant left.', [['612th plant', 'ORG']]],
    ['The 700th plant closed.', []],
    // a nationality or a state before the noun is no installation's name
    ['A Belarusian depot burned and Russia’s range was closed.', [['Russia', 'GPE']]],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected)
  })

  it.each([
    ['Orders reached Integral Systems, OJSC, last year.', [['Integral Systems', 'ORG']]],
    ['Orders reached Kvant OJSC again.', [['Kvant', 'ORG']]],
    ['Orders reached OJSC “Kvant” again.', [['Kvant', 'ORG']]],
    ['Jobs are open at the "Optron-M" enterprise.', [['Optron-M', 'ORG']]],
  ])('legal forms and quoted names: %s', (text, expected) => {
    expect(typed(text)).toEqual(expected)
  })
})
