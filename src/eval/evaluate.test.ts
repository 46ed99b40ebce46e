import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Prediction } from './contract.js'
import { evaluate, loadPredictions, scoreDirectories } from './evaluate.js'
import { formatReport } from './score.js'

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-evaluate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const text = 'Minsk, Monday. Belarus sent 90 tanks to Russia, officials said.\nRead more: other news\n'
const sentence = 'Belarus sent 90 tanks to Russia, officials said.'
const gold = (id: string) => ({
  id,
  entities: [
    { text: 'Minsk', type: 'GPE', canonical: 'Minsk' },
    { text: 'Belarus', type: 'GPE', canonical: 'Belarus' },
    { text: 'Russia', type: 'GPE', canonical: 'Russia' },
  ],
  claims: [
    {
      relation: 'TRANSFER',
      agent: 'Belarus',
      recipient: 'Russia',
      item: 'tanks',
      quantity: { value: 90, low: null, high: null, unit: 'items', text: '90' },
      time: null,
      place: null,
      source: 'unnamed officials',
      hedge: 'asserted',
      evidence: sentence,
    },
  ],
  attributions: [],
  boilerplate: ['Read more: other news'],
})
writeFileSync(path.join(dir, 'x1.json'), JSON.stringify(gold('x1')))
writeFileSync(path.join(dir, 'x1.txt'), text)
writeFileSync(path.join(dir, 'x2.json'), JSON.stringify(gold('x2'))) // no x2.txt

const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length })
const extractor = (t: string): Prediction => ({
  entities: ['Minsk', 'Belarus', 'Russia'].map((n) => ({
    text: n,
    type: 'GPE' as const,
    canonical: n,
    ...at(n),
  })),
  claims: [
    {
      relation: 'TRANSFER',
      agent: { text: 'Belarus', canonical: 'Belarus' },
      recipient: { text: 'Russia', canonical: 'Russia' },
      item: { text: 'tanks' },
      quantity: { value: 90, low: null, high: null, unit: 'items', text: '90' },
      time: null,
      place: null,
      source: null,
      hedge: 'asserted',
      evidence: at(sentence),
    },
  ],
  attributions: [],
  boilerplate: t.includes('Read more') ? [at('Read more: other news')] : [],
})

describe('evaluate', () => {
  it('loads, extracts and scores every document, scoring a missing text as empty', async () => {
    const seen: string[] = []
    const warnings: string[] = []
    const report = await evaluate(
      dir,
      async (t, id) => {
        seen.push(id)
        return extractor(t)
      },
      {
        verbose: true,
        onWarning: (m) => warnings.push(m),
        onPrediction: (id) => void seen.push(`pred ${id}`),
      },
    )
    expect(seen).toEqual(['x1', 'pred x1', 'pred x2'])
    expect(warnings).toEqual([expect.stringMatching(/x2\.txt: missing/)])
    expect(report.documents).toBe(2)
    expect(report.entities).toMatchObject({ tp: 3, np: 3, ng: 6 })
    expect(report.claims).toMatchObject({ tp: 1, np: 1, ng: 2 })
    expect(report.claimQuantityAccuracy).toBe(1)
    expect(report.boilerplateRemoved).toBe(1)
    expect(report.misses).toContain('x2 claim missed: TRANSFER Belarus -> Russia | tanks')
    expect(formatReport(report).split('\n').at(-1)).toBe(
      'summary: entities F1 0.67 · resolution links F1 0.00 · claims F1 0.67 · attributions F1 0.00 · boilerplate 1.00',
    )
  })

  it('names the document when the extractor fails', async () => {
    await expect(
      evaluate(dir, () => {
        throw new Error('boom')
      }),
    ).rejects.toThrow('extraction failed on x1: boom')
  })
})

describe('prediction files', () => {
  it('reads predictions like the reference scorer: missing or broken files score as empty', () => {
    const predDir = mkdtempSync(path.join(dir, 'pred-'))
    writeFileSync(path.join(predDir, 'x1.json'), JSON.stringify(extractor(text)))
    writeFileSync(path.join(predDir, 'x2.json'), '[not json')
    const warnings: string[] = []
    const preds = loadPredictions(predDir, ['x1', 'x2', 'x3'], (m) => warnings.push(m))
    expect(preds.get('x1')!.claims).toHaveLength(1)
    expect(preds.get('x2')).toEqual({ entities: [], claims: [], attributions: [], boilerplate: [] })
    expect(warnings).toEqual([
      expect.stringMatching(/x2\.json is not JSON/),
      expect.stringMatching(/no prediction .*x3\.json/),
    ])
    const report = scoreDirectories(dir, predDir)
    expect(report.claims).toMatchObject({ tp: 1, np: 1, ng: 2 })
  })
})
