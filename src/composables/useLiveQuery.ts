import { liveQuery } from 'dexie'
import { onScopeDispose, shallowRef, watch, type ShallowRef, type WatchSource } from 'vue'

/**
 * Subscribes a Dexie live query into a shallowRef: it re-runs when the tables it read change, and
 * when any of `deps` changes. Unsubscribes when the calling scope is disposed.
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: WatchSource[], initial: T): ShallowRef<T> {
  const value = shallowRef<T>(initial)
  let sub: { unsubscribe(): void } | null = null
  const subscribe = () => {
    sub?.unsubscribe()
    sub = liveQuery(querier).subscribe({
      next: (v) => (value.value = v),
      error: (e) => console.error('数据库读取失败', e),
    })
  }
  watch(deps, subscribe, { immediate: true })
  onScopeDispose(() => sub?.unsubscribe())
  return value
}
