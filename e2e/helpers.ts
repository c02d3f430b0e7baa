// Shared helpers of the end-to-end flows. Corpus files are read in place from ../shared/corpus.
import { readFileSync, readdirSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'

const HERE = dirname(fileURLToPath(import.meta.url))
export const CORPUS = resolve(HERE, '../../shared/corpus')
export const DEV = join(CORPUS, 'dev')
export const SEED = join(CORPUS, 'seed/henan-fengqiu-zhaogang-2023.txt')
export const SHOTS = resolve(HERE, '../test-results/screens')

/** The dev corpus reports the browser can read today (TXT and HTML), as absolute paths. */
export function devTextFiles(): string[] {
  return readdirSync(DEV).filter((f) => /\.(txt|html)$/.test(f)).sort().map((f) => join(DEV, f))
}

export interface FixtureFile { name: string; mimeType: string; buffer: Buffer }

/**
 * A fictional county made from the seed report at test time (never stored in the repo): the seed's
 * town, county and year are replaced, and the proactive count varies, so towns can be compared.
 */
export function makeCountyFiles(units: string[], years: number[], county = '示范县'): FixtureFile[] {
  const seed = readFileSync(SEED, 'utf8')
  const out: FixtureFile[] = []
  units.forEach((unit, i) => {
    for (const year of years) {
      const text = seed.replaceAll('赵岗镇', unit).replaceAll('封丘县', county).replaceAll('封丘', county.slice(0, 2))
        .replaceAll('2023', String(year)).replaceAll('2024', String(year + 1)).replace('共计 103 条', `共计 ${40 + i * 17 + (year % 7) * 3} 条`)
      out.push({ name: `${county}-${unit}-${year}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') })
    }
  })
  return out
}

/** Saves a full-page screenshot of the current screen under test-results/screens/. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })
}

/** Waits until the first start (demo loading, if any) has settled. */
export async function waitForStart(page: Page): Promise<void> {
  await expect(page.locator('header')).toBeVisible()
  await page.waitForFunction(() => document.documentElement.dataset.started === 'yes', null, { timeout: 30_000 })
}

/** Opens 数据管理 and, when the demo county is loaded, clears it so a flow starts from user data only. */
export async function openDataView(page: Page, clearDemo = false): Promise<void> {
  await page.goto('/data')
  await waitForStart(page)
  if (clearDemo && (await page.getByTestId('demo-banner').count())) {
    await page.getByTestId('clear-demo').click()
    await expect(page.getByTestId('demo-banner')).toHaveCount(0)
  }
}

/** Records every text the progress counter shows, so a fast import can still be checked afterwards. */
export async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { __progress: string[] }).__progress = seen
    new MutationObserver(() => {
      const t = document.querySelector('[data-testid=progress-count]')?.textContent
      if (t && seen[seen.length - 1] !== t) seen.push(t)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}

export const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress)

/** The number of stored reports, as 数据管理 shows it. */
export async function storedCount(page: Page): Promise<number> {
  // The count is read again once an import ends: wait until it is current.
  const text = await page.locator('[data-testid=stored-count][data-current=yes]').textContent()
  return Number(/共 (\d+) 份报告/.exec(text ?? '')?.[1] ?? -1)
}
