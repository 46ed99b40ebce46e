import { describe, expect, it } from 'vitest'
import { hostOf, outletFromDomain, outletFromName, sameOutlet } from './outlets.js'

describe('outlets', () => {
  it.each([
    ['express.co.uk', 'Express'],
    ['https://www.express.co.uk/news/world/1', 'Express'],
    ['newsukraine.rbc.ua', 'RBC-Ukraine'],
    ['www.understandingwar.org', 'ISW'],
    ['eng.belta.by', 'BelTA'],
    ['armyrecognition.com', 'Army Recognition'],
    ['interfax.com.ua', 'Interfax-Ukraine'],
    ['minsk-news.example.org', 'minsk-news.example.org'],
    ['not a domain', null],
  ])('outletFromDomain(%j) = %s', (input, name) => {
    expect(outletFromDomain(input)).toBe(name)
  })

  it.each([
    ['Express.co.uk', 'Express'],
    ['bbc', 'BBC'],
    ['  Border   Watch ', 'Border Watch'],
    ['', null],
  ])('outletFromName(%j) = %s', (input, name) => {
    expect(outletFromName(input)).toBe(name)
  })

  it.each([
    ['Central Europe Daily', 'centraleuropedaily.pl', true],
    ['Express', 'express.co.uk', true],
    ['Express', 'https://www.express.co.uk/news', true],
    ['The Daily Clarion', 'dailyclarion.co.uk', true],
    ['Baltic Wire', 'Minsk Monitor', false],
    ['Reuters', 'belta.by', false],
  ])('sameOutlet(%j, %j) = %s', (a, b, same) => {
    expect(sameOutlet(a, b)).toBe(same)
  })

  it('hostOf drops www and the path', () => {
    expect(hostOf('HTTPS://WWW.Reuters.com/world/')).toBe('reuters.com')
  })
})
