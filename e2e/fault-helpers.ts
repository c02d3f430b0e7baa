// Helpers of the fault flows: hostile report files made at test time, and a look at IndexedDB from the
// page (raw API, not the app's code) to prove every stored report is whole.
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import type { FixtureFile } from './helpers.ts'

const DEMO = resolve(dirname(fileURLToPath(import.meta.url)), '../data/demo')

/** Sets `window.__xss` if it ever runs: as tags, as handlers, as a link, and as entity-escaped text. */
export const HOSTILE_MARKUP = [
  '<script>window.__xss = "script"</script>',
  '<img src="x" onerror="window.__xss = \'onerror\'">',
  '<svg onload="window.__xss = \'svg\'"></svg>',
  '<a href="javascript:window.__xss=\'link\'" id="js-link">点此查看附件</a>',
  '<p>&lt;img src=x onerror="window.__xss=\'entity\'"&gt;</p>',
].join('')

/** The first 2023 HTML report of the demo county with hostile markup after its title (it must still import). */
export function hostileHtmlReport(): FixtureFile & { unit: string } {
  const name = readdirSync(DEMO).filter((f) => f.endsWith('-2023.html')).sort()[0]
  const html = readFileSync(resolve(DEMO, name), 'utf8').replace('</h1>', `</h1>${HOSTILE_MARKUP}`)
  return { name, unit: name.replace('-2023.html', ''), mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') }
}

export interface DbState { reports: string[]; half: string[]; pending: string[] }

/** Report ids, ids stored without their text (or texts of no report), and counties awaiting findings. */
export function readDbState(page: Page): Promise<DbState> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const q = indexedDB.open('nianbao')
      q.onsuccess = () => res(q.result)
      q.onerror = () => rej(q.error)
    })
    const ask = <T>(store: string, op: (s: IDBObjectStore) => IDBRequest<T>) => new Promise<T>((res, rej) => {
      const q = op(db.transaction(store).objectStore(store))
      q.onsuccess = () => res(q.result)
      q.onerror = () => rej(q.error)
    })
    const [reportPacks, packs, pending] = await Promise.all([
      ask('reportPacks', (s) => s.getAll()), ask('textPacks', (s) => s.getAll()), ask('settings', (s) => s.get('findingsPending')),
    ])
    db.close()
    // Each report is stored once, in a pack whose id list matches; its text must be in the pack it names,
    // and each text in a pack must be a report's.
    const packOf = new Map<string, string | undefined>()
    const half: string[] = []
    for (const rp of reportPacks as { key: string; ids: string[]; reports: string[] }[]) {
      // Each report is stored as its JSON text.
      const reports = rp.reports.map((json) => JSON.parse(json) as { id: string; textPack?: string })
      if (!reports.length || rp.ids.join('\n') !== reports.map((r) => r.id).join('\n')) half.push(`pack ${rp.key}`)
      for (const r of reports) {
        if (packOf.has(r.id)) half.push(r.id)
        packOf.set(r.id, r.textPack)
      }
    }
    const found = new Set<string>()
    for (const p of packs as { key: string; texts: Record<string, string> }[]) {
      for (const id of Object.keys(p.texts)) {
        if (packOf.get(id) === p.key && !found.has(id)) found.add(id)
        else half.push(id)
      }
    }
    return {
      reports: [...packOf.keys()],
      half: [...[...packOf.keys()].filter((id) => !found.has(id)), ...half],
      pending: ((pending as { value?: string[] } | undefined)?.value ?? []),
    }
  })
}
