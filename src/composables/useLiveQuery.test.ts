import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useLiveQuery } from './useLiveQuery.ts'

/** Waits until `check` holds (live queries answer asynchronously). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  expect(check()).toBe(true)
}

describe('useLiveQuery', () => {
  it('is not ready until the query answers, and again not ready while a changed query re-runs', async () => {
    const key = ref(1)
    const gates: Array<() => void> = []
    const scope = effectScope()
    const live = scope.run(() => useLiveQuery(async () => {
      const k = key.value
      await new Promise<void>((resolve) => gates.push(resolve))
      return k * 10
    }, [key], 0))!
    expect(live.ready.value).toBe(false)
    expect(live.value).toBe(0)
    await until(() => gates.length === 1)
    gates[0]()
    await until(() => live.ready.value)
    expect(live.value).toBe(10)

    key.value = 2
    await nextTick()
    expect(live.ready.value).toBe(false)
    expect(live.value).toBe(10)
    await until(() => gates.length === 2)
    gates[1]()
    await until(() => live.ready.value)
    expect(live.value).toBe(20)
    scope.stop()
  })
})

describe('useLiveQuery holdWhile', () => {
  it('reads once while held, ignores later writes, and follows them again once released', async () => {
    const { db } = await import('../db/index.ts')
    await db.settings.put({ key: 'hold-test', value: 1 })
    const hold = ref(true)
    const scope = effectScope()
    const live = scope.run(() => useLiveQuery(async () => (await db.settings.get('hold-test'))?.value, [], undefined as unknown, { holdWhile: hold }))!
    await until(() => live.ready.value)
    expect(live.value).toBe(1)
    await db.settings.put({ key: 'hold-test', value: 2 })
    await new Promise((r) => setTimeout(r, 100))
    expect(live.value).toBe(1)
    hold.value = false
    await until(() => live.value === 2)
    await db.settings.put({ key: 'hold-test', value: 3 })
    await until(() => live.value === 3)
    scope.stop()
  })
})
