import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { analyzed, fakeParser, inputs, resetDb } from '../services/test-helpers.ts'
import { countReports } from '../db/index.ts'

const parser = fakeParser({ 'a.txt': [analyzed('a.txt')] })
vi.mock('../services/parser-client.ts', () => ({ createParserClient: () => parser }))
const { useImportStore } = await import('./import.ts')

describe('useImportStore', () => {
  beforeEach(async () => {
    setActivePinia(createPinia())
    await resetDb()
  })

  it('lists a result per file and keeps failed files for retry', async () => {
    const store = useImportStore()
    await store.start(inputs('a.txt', 'bad.txt'))
    expect(store.results.map((r) => [r.name, r.outcome])).toEqual([['a.txt', 'imported'], ['bad.txt', 'failed']])
    expect(store.running).toBe(false)
    store.remove(store.results[1])
    expect(store.results).toHaveLength(1)
  })

  it('asks the replace question once and applies the answer', async () => {
    const store = useImportStore()
    await store.start(inputs('a.txt'))
    const running = store.start(inputs('a.txt'))
    await vi.waitFor(() => expect(store.replaceQuestion).not.toBeNull())
    store.replaceQuestion!.answer(true)
    await running
    await nextTick()
    expect(store.results[0].outcome).toBe('replaced')
    expect((await countReports()).total).toBe(1)
  })
})
