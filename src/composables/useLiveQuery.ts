import { liveQuery } from 'dexie'
import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue'

/** A live query's latest value, and whether it has answered since it was last (re)started. */
export type LiveQueryRef<T> = ShallowRef<T> & { ready: Ref<boolean> }

/**
 * Subscribes a Dexie live query into a shallowRef: it re-runs when the tables it read change, and
 * when any of `deps` changes. Unsubscribes when the calling scope is disposed. `ready` is false from
 * a (re)start until the first answer, so a screen can hold figures that are still being read.
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: WatchSource[], initial: T): LiveQueryRef<T> {
  const value = shallowRef(initial) as ShallowRef<T>
  const ready = ref(false)
  let sub: { unsubscribe(): void } | null = null
  const subscribe = () => {
    sub?.unsubscribe()
    ready.value = false
    sub = liveQuery(querier).subscribe({
      next: (v) => { value.value = v; ready.value = true },
      error: (e) => { console.error('数据库读取失败', e); ready.value = true },
    })
  }
  watch(deps, subscribe, { immediate: true })
  onScopeDispose(() => sub?.unsubscribe())
  return Object.assign(value, { ready })
}
