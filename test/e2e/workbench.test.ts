/**
 * The analyst's workbench in a real browser: Debian's chromium driven by playwright-core against
 * `startServer` over the built UI (dist/web — what ships, built here when missing). The store
 * holds the bundled examples, ingested through the real pipeline, plus the hand-built fixture
 * articles (test/e2e/fixture.ts) that carry claims and quotes. Screenshots of every view go to
 * test/artifacts/e2e/ (not committed) for a person to look at.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../../src/app/ingest.js'
import { type RunningServer, startServer } from '../../src/server/serve.js'
import { openStore, type Store } from '../../src/store/index.js'
import { type FreshPgliteDir, freshPgliteDir } from '../support/pglite-store.js'
import { fixtureEntity, STRAY_TAG, seedStore } from './fixture.js'

const ROOT = resolve(import.meta.dirname, '../..')
const WEB = join(ROOT, 'dist/web')
const SHOTS = join(ROOT, 'test/artifacts/e2e')

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || '/usr/bin/chromium'
  } catch {
    return '/usr/bin/chromium'
  }
}

let tmp: FreshPgliteDir
let store: Store
let server: RunningServer
let browser: Browser
let page: Page
const requests: string[] = []

beforeAll(async () => {
  if (!existsSync(join(WEB, 'index.html'))) {
    const { build } = await import('vite')
    await build({ configFile: join(ROOT, 'vite.config.ts'), root: join(ROOT, 'web'), logLevel: 'warn' })
  }
  mkdirSync(SHOTS, { recursive: true })
  tmp = await freshPgliteDir()
  store = await openStore({ dataDir: tmp.dataDir })
  await ingest(store, [join(ROOT, 'examples')])
  await seedStore(store)
  server = await startServer({ store, port: 0, webRoot: WEB })
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  })
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  page.on('request', (r) => requests.push(r.url()))
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await store?.close()
  tmp?.remove()
})

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })

describe('workbench in chromium', () => {
  it('opens on an overview of the store', async () => {
    await page.goto(server.url)
    await expect.poll(() => page.getByRole('heading', { name: 'Evidence store' }).count()).toBe(1)
    await page.getByText(/\d+ documents · \d+ entities/).waitFor()
    await shot('01-home')
  })

  it('searches for an entity, misspelt, and opens its page', async () => {
    await page.getByRole('searchbox', { name: 'Search entities, claims and documents' }).fill('Lukashenka')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.getByRole('heading', { name: 'Results for “Lukashenka”' }).waitFor()
    // the examples, ingested by the real pipeline, may hold a namesake: take the fixture's entity
    const hit = page
      .getByRole('region', { name: 'Entities' })
      .getByRole('link', { name: 'Alexander Lukashenko' })
      .and(page.locator(`[href="#/entity/${await fixtureEntity(store, 'Alexander Lukashenko')}"]`))
    await hit.waitFor()
    await shot('02-search')
    await hit.click()
    await page.getByRole('heading', { level: 1, name: /Alexander Lukashenko/ }).waitFor()
    const aliases = page.getByRole('region', { name: 'Aliases' })
    await expect
      .poll(() =>
        aliases
          .getByRole('listitem')
          .filter({ hasText: /^Lukashenko Latin$/ })
          .count(),
      )
      .toBe(1)
    const quotes = page.getByRole('region', { name: 'Quotes by Alexander Lukashenko' })
    await quotes.getByText('the plant in Barysaw will repair Russian equipment').waitFor()
    await shot('03-entity')
  })

  it('follows a claim to its evidence, highlighted in the source with mentions marked', async () => {
    await page.getByRole('link', { name: /^Evidence for MEET claim/ }).click()
    const mark = page.locator('.doctext mark.evidence')
    await mark.waitFor()
    expect(await mark.textContent()).toBe(
      'Alexander Lukashenko met Vladimir Putin in Sochi on 15 September 2022 to discuss joint exercises.',
    )
    await expect.poll(() => mark.isVisible()).toBe(true)
    await page.getByRole('heading', { name: 'Leaders meet in Sochi' }).waitFor()
    await page.getByText('Daily Wire Service').first().waitFor()
    expect(await page.locator('.doctext a.mention').count()).toBe(6)
    expect(
      await page.locator('.doctext a.mention', { hasText: 'Vladimir Putin' }).getAttribute('title'),
    ).toBe('PERSON · Vladimir Putin')
    await shot('04-evidence')
  })

  it('renders article text as text: a stray tag stays characters', async () => {
    await page.goto(`${server.url}#/claims?relation=TRANSFER&source=ledger`)
    await page.getByRole('link', { name: /^Evidence for TRANSFER claim/ }).click()
    await page.locator('.doctext mark.evidence').first().waitFor()
    const text = await page.locator('.doctext').textContent()
    expect(text).toContain(STRAY_TAG)
    expect(await page.locator('.doctext img').count()).toBe(0)
    expect(await page.title()).toBe('Dossier')
  })

  it('shows the network of an entity with typed edges and click-through to evidence', async () => {
    await page.goto(`${server.url}#/entity/${await fixtureEntity(store, 'Belarus')}`)
    await page.getByRole('link', { name: 'Network' }).click()
    await page.getByRole('heading', { name: /Network of Belarus/ }).waitFor()
    await page.locator('.cy canvas').first().waitFor()
    const connections = page.getByRole('table', { name: 'Connections' })
    // the row from Belarus to Russia (the bundled examples also tell of transfers from Russia to Belarus)
    const supply = connections.getByRole('row').filter({ hasText: /^\s*Belarus\s*TRANSFER\s*Russia/ })
    await supply
      .first()
      .getByRole('button', { name: /^\d+ claims?$/ })
      .click()
    const detail = page.getByRole('region', { name: 'Selected connection' })
    await detail.getByRole('link', { name: /Belarus handed over 30 T-72 tanks/ }).waitFor()
    await shot('05-network')
    await detail.getByRole('link', { name: /Belarus handed over 30 T-72 tanks/ }).click()
    expect(await page.locator('.doctext mark.evidence').first().textContent()).toContain('30')
  })

  it('draws the places on an offline map', async () => {
    await page.goto(`${server.url}#/map`)
    await page.getByRole('heading', { name: 'Places mentioned' }).waitFor()
    const map = page.getByRole('img', { name: 'Map of the places mentioned' })
    await map.waitFor()
    await expect.poll(() => map.locator('path.country').count()).toBeGreaterThan(100)
    expect(await map.locator('path.country.mentioned').count()).toBeGreaterThanOrEqual(3)
    expect(await map.getByRole('link', { name: /^Minsk, \d+ documents?$/ }).count()).toBeGreaterThanOrEqual(1)
    await shot('06-map')
  })

  it('lays dated claims on a timeline with their precision', async () => {
    await page.goto(`${server.url}#/timeline`)
    await page.getByRole('img', { name: 'Dated claims on a time axis' }).waitFor()
    expect(await page.locator('rect.event.p-day').count()).toBeGreaterThanOrEqual(1)
    expect(await page.locator('rect.event.p-month').count()).toBeGreaterThanOrEqual(2)
    await page.locator('ol.timeline time', { hasText: '2022-09-15' }).first().waitFor()
    await shot('07-timeline')
  })

  it('filters the claims table and exports it as CSV', async () => {
    // how many DEPLOY claims the store holds (fixture plus whatever the pipeline found in the examples)
    const api = (await (await fetch(`${server.url}api/claims?relation=DEPLOY&limit=1`)).json()) as {
      total: number
    }
    expect(api.total).toBeGreaterThanOrEqual(1)
    await page.goto(`${server.url}#/claims`)
    await page.getByRole('table', { name: 'Claims matching the filters' }).waitFor()
    await page.getByLabel('Relation').selectOption('DEPLOY')
    const rows = page.getByRole('table', { name: 'Claims matching the filters' }).locator('tbody tr')
    await expect.poll(() => rows.count()).toBe(Math.min(api.total, 50))
    for (const text of await rows.allInnerTexts()) expect(text).toContain('DEPLOY')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ])
    const csvPath = join(SHOTS, 'claims.csv')
    await download.saveAs(csvPath)
    const { readFileSync } = await import('node:fs')
    const lines = readFileSync(csvPath, 'utf8').trim().split('\r\n')
    expect(lines[0]).toMatch(/^claim,relation,agent,recipient,/)
    // one line per claim: quoted fields may hold line breaks, so count claim ids instead of lines
    const body = lines.slice(1).join('\r\n')
    expect(body.match(/^[^,\r\n]+,DEPLOY,/gm)).toHaveLength(api.total)
    expect(body).toContain(',DEPLOY,Russia,')
    await shot('08-claims')
  })

  it('made no request to any host but the local server', () => {
    const origin = new URL(server.url).origin
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u))
    expect(outside).toEqual([])
    expect(requests.length).toBeGreaterThan(10)
  })
})
