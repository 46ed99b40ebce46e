import { describe, expect, it } from 'vitest'
import type { Quantity } from '../model/annotations.js'
import { loadReference } from '../reference/load.js'
import { actorResolver } from './actors.js'
import { compareQuantities, dayGap, quantityRange, timeRange, typoBetween } from './figures.js'
import { itemClassifier } from './items.js'

const q = (
  value: number | null,
  low: number | null,
  high: number | null,
  unit: string,
  text: string,
): Quantity => ({
  value,
  low,
  high,
  unit,
  text,
})

describe('quantities as ranges', () => {
  it.each([
    // [quantity, low, high, unit]
    [q(65000, null, null, 'tons', '65,000 tons'), 65000, 65000, 'tons'],
    [q(null, 65000, null, 'tons', 'over 65 thousand tons'), 65000, Number.POSITIVE_INFINITY, 'tons'],
    [q(9000, null, null, 'troops', 'about 9,000 troops'), 8100, 9900, 'troops'],
    [q(null, null, 4000, 'troops', 'up to four thousand'), 0, 4000, 'troops'],
    [q(500, null, null, 'kg', '500 kg'), 0.5, 0.5, 'tons'],
    [q(null, 200, null, 'items', 'hundreds of tanks'), 200, Number.POSITIVE_INFINITY, 'items'],
  ] as const)('%o → [%d, %d] %s', (quantity, low, high, unit) => {
    expect(quantityRange(quantity)).toMatchObject({ low, high, unit })
  })

  it('has no range for a share without numbers', () => {
    expect(quantityRange(q(null, null, null, 'share', 'a large fraction'))).toBeNull()
  })

  it.each([
    // [a, b, conflict?]
    [
      '65,000 tons',
      q(65000, null, null, 'tons', '65,000 tons'),
      q(null, 65000, null, 'tons', 'over 65 thousand tons'),
      false,
    ],
    [
      '56,000 tons',
      q(56000, null, null, 'tons', '56,000 tons'),
      q(65000, null, null, 'tons', '65,000 tons'),
      true,
    ],
    [
      'over 65,000',
      q(null, 65000, null, 'tons', 'over 65,000 tons'),
      q(56000, null, null, 'tons', '56,000 tons'),
      true,
    ],
    [
      '90 tanks',
      q(90, null, null, 'items', '90 tanks'),
      q(null, 200, null, 'items', 'hundreds of tanks'),
      true,
    ],
    [
      'tons vs items',
      q(65000, null, null, 'tons', '65,000 tons'),
      q(3, null, null, 'items', '3 shells'),
      false,
    ],
    [
      'about 9,000 vs 9,500',
      q(9000, null, null, 'troops', 'about 9,000'),
      q(9500, null, null, 'troops', '9,500'),
      false,
    ],
  ] as const)('%s: conflict %s', (_name, a, b, conflict) => {
    const c = compareQuantities(quantityRange(a)!, quantityRange(b)!)
    expect(c !== null).toBe(conflict)
  })

  it('says by how much two figures differ', () => {
    const c = compareQuantities(
      quantityRange(q(56000, null, null, 'tons', '56,000 tons'))!,
      quantityRange(q(65000, null, null, 'tons', '65,000 tons'))!,
    )
    expect(c).toMatchObject({ gap: 9000, typo: 'digits 56 transposed' })
    expect(c!.description).toContain('apart by 9,000 tons (16% higher)')
  })
})

describe('possible typos', () => {
  it.each([
    [65000, 56000, /transposed/],
    [65000, 6500, /factor of ten/],
    [65000, 63000, /one digit differs/],
    [1600, 160, /factor of ten/],
  ] as const)('%d / %d', (a, b, re) => {
    expect(typoBetween(a, b)).toMatch(re)
  })
  // negative cases: figures that simply differ
  it.each([
    [90, 50],
    [90, 200],
    [9000, 8000],
    [65000, 30000],
    [300000, 4000],
  ] as const)('%d / %d is no typo', (a, b) => {
    expect(typoBetween(a, b)).toBeNull()
  })
})

describe('times as day ranges', () => {
  it.each([
    [{ text: '14 September 2022', date: '2022-09-14', precision: 'day' }, '2022-09-14', '2022-09-14'],
    [{ text: 'September 2022', date: '2022-09', precision: 'month' }, '2022-09-01', '2022-09-30'],
    [{ text: 'February 2024', date: '2024-02', precision: 'month' }, '2024-02-01', '2024-02-29'],
    [{ text: '2022', date: '2022', precision: 'year' }, '2022-01-01', '2022-12-31'],
    [{ text: 'spring 2023', date: '2023-03', precision: 'season' }, '2023-03-01', '2023-05-31'],
    [
      {
        text: 'the first seven months of the war',
        date: '2022-02-24',
        end: '2022-09-24',
        precision: 'duration',
      },
      '2022-02-24',
      '2022-09-24',
    ],
    [{ text: 'since May 2022', date: '2022-05', precision: 'range' }, '2022-05-01', null],
  ] as const)('%o', (t, low, high) => {
    expect(timeRange(t)).toMatchObject({ low, high })
  })

  it('is null when unresolved, and measures gaps in days', () => {
    expect(timeRange({ text: 'on Monday', date: null, precision: 'unresolved' })).toBeNull()
    const a = timeRange({ text: '', date: '2022-09-14', precision: 'day' })!
    const b = timeRange({ text: '', date: '2022-09-20', precision: 'day' })!
    expect(dayGap(a, b)).toBe(6)
    expect(dayGap(a, timeRange({ text: '', date: '2022-09', precision: 'month' })!)).toBe(0)
  })
})

describe('item classes and actor keys', () => {
  const reference = loadReference()
  const items = itemClassifier(reference)
  it.each([
    ['T-72A tanks', 'tank', 'T-72'],
    ['hundreds of T-72A tanks', 'tank', 'T-72'],
    ['tanks', 'tank', null],
    ['ammunition', 'ammunition', null],
    ['artillery shells', 'ammunition', null],
    ['65 thousand tons of ammunition', 'ammunition', null],
    ['BMPs', 'armoured vehicle', 'BMP'],
    ['Ural trucks', 'truck', null],
    ['Mi-8/Mi-17 military helicopters', 'helicopter', 'Mi-8'],
    ['боєприпасів', 'ammunition', null],
    ['direct involvement in the war', 'war participation', null],
  ] as const)('%s → %s', (text, cls, model) => {
    const c = items.classify(text)
    expect(c.itemClass).toBe(cls)
    if (model) expect(c.model).toBe(model)
  })

  const actors = actorResolver(reference)
  it.each([
    ['Lukashenka', 'TRANSFER', 'ref:belarus', /head of state/],
    ['Alexander Lukashenko', 'MEET', 'ref:alexander-lukashenko', null],
    ['Armed Forces of Belarus', 'DEPLOY', 'ref:belarus', /state body/],
    ['Russian Armed Forces', 'SUPPLY', 'ref:russia', /state body/],
    ['Government of Belarus', 'AGREE', 'ref:belarus', /state body/],
    ['Moscow', 'SUPPLY', 'ref:russia', /capital/],
    ['Peleng', 'PRODUCE', 'ref:peleng', null],
    [
      'Belarusian military-industrial complex',
      'PRODUCE',
      'name:belarusian military-industrial complex',
      null,
    ],
  ] as const)('%s (%s) → %s', (name, relation, key, reason) => {
    const a = actors.resolve({ text: name, canonical: name }, relation)
    expect(a?.key).toBe(key)
    if (reason) expect(a?.reason).toMatch(reason)
  })
})
