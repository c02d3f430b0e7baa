import { computed, effectScope, ref, type ComputedRef, type Ref, type ShallowRef } from 'vue'
import { countReports, listCountyYears, type CountyYears } from '../db/index.ts'
import { useLiveQuery } from './useLiveQuery.ts'
import { useImportHold } from './useImportHold.ts'

export interface UseCountyYearsReturn {
  countyYears: ShallowRef<CountyYears[]>
  ready: Ref<boolean>
  counts: ShallowRef<{ total: number; demo: number }>
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
  const counts = useLiveQuery(() => countReports(), [], { total: 0, demo: 0 }, { holdWhile })
  return { countyYears, ready, counts, hasDemo: computed(() => counts.value.demo > 0) }
}

/**
 * The counties and years in the database, and how many reports are demo data. One live query shared
 * by the app shell, header and demo banner: both reads walk an index of every report, so with 50,000
 * reports each copy costs hundreds of milliseconds at start and after every import commit.
 */
export function useCountyYears(): UseCountyYearsReturn {
  shared ??= effectScope(true).run(createCountyYears)!
  return shared
}
