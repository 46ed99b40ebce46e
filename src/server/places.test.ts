import { describe, expect, it } from 'vitest'
import { placeCoordinates } from './places.js'

describe('placeCoordinates', () => {
  it.each([
    // [names, label it is placed by]
    [['Minsk'], 'Minsk, BY'],
    [['Gomel'], "Homyel', BY"],
    [['Grodno'], 'Hrodna, BY'],
    [['Gomel Region'], "Homyel', BY (regional centre)"],
  ])('places %j at %s', (names, label) => {
    const found = placeCoordinates(null, names)
    expect(found?.label).toBe(label)
    expect(found?.coordinates).toHaveLength(2)
  })

  it('places nothing it does not know', () => {
    expect(placeCoordinates(null, ['Qwertyuiopgrad'])).toBeNull()
    expect(placeCoordinates(null, ['Qwertyuiopgrad Region'])).toBeNull()
  })
})
