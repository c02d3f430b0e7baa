import { computed, effectScope, ref, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { demoReportIds, listCountyYears, type CountyYears } from '../db/index.ts'
import { useLiveQuery } from './useLiveQuery.ts'
import { useImportHold } from './useImportHold.ts'

export interface UseCountyYearsReturn {
  countyYears: ShallowRef<CountyYears[]>
  ready: Ref<boolean>
  /** How many reports are 示例数据. */
  demoCount: ShallowRef<number>
  hasDemo: ComputedRef<boolean>
}

let shared: UseCountyYearsReturn | null = null

function createCountyYears(): UseCountyYearsReturn {
  const ready = ref(false)
  const holdWhile = useImportHold()
  const countyYears = useLiveQuery<CountyYears[]>(async () => {
    const list = await listCountyYears()
    ready.value = true
    return list
  }, [], [], { holdWhile })
  // Only the demo packs are read: counting every report walks an index of all of them.
  const demoCount = useLiveQuery(async () => (await demoReportIds()).length, [], 0, { holdWhile })
  return { countyYears, ready, demoCount, hasDemo: computed(() => demoCount.value > 0) }
}

/**
 * The counties and years in the database, and how many reports are demo data. One live query shared
 * by the app shell, header and demo banner: listing the county-years walks an index of every report
 * pack, so with 50,000 reports each copy would cost a hundred milliseconds at start and after every
 * import commit.
 */
export function useCountyYears(): UseCountyYearsReturn {
  shared ??= effectScope(true).run(createCountyYears)!
  return shared
}
