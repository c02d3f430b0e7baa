import { liveQuery } from 'dexie'
import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue'

/** A live query's latest value, and whether it has answered since it was last (re)started. */
export type LiveQueryRef<T> = ShallowRef<T> & { ready: Ref<boolean> }

export interface LiveQueryOptions {
  /**
   * While true the query does not follow changes: it reads once (when it starts or its deps change) and
   * keeps that value; it follows changes again, starting with a fresh read, when this turns false.
   */
  holdWhile?: Ref<boolean>
}

/**
 * Subscribes a Dexie live query into a shallowRef: it re-runs when the tables it read change, and
 * when any of `deps` changes. Unsubscribes when the calling scope is disposed. `ready` is false from
 * a (re)start until the first answer, so a screen can hold figures that are still being read.
 */
export function useLiveQuery<T>(querier: () => Promise<T> | T, deps: WatchSource[], initial: T, options: LiveQueryOptions = {}): LiveQueryRef<T> {
  const value = shallowRef(initial) as ShallowRef<T>
  const ready = ref(false)
  let sub: { unsubscribe(): void } | null = null
  const subscribe = () => {
    sub?.unsubscribe()
    ready.value = false
    const once = Boolean(options.holdWhile?.value)
    let answered = false
    const current = liveQuery(querier).subscribe({
      next: (v) => {
        value.value = v
        ready.value = true
        answered = true
        if (once && sub === current) current.unsubscribe()
      },
      error: (e) => { console.error('数据库读取失败', e); ready.value = true },
    })
    sub = current
    if (once && answered) current.unsubscribe()
  }
  watch(options.holdWhile ? [...deps, options.holdWhile] : deps, subscribe, { immediate: true })
  onScopeDispose(() => sub?.unsubscribe())
  return Object.assign(value, { ready })
}
