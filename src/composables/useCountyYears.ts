import { computed, ref } from 'vue'
import { countReports, listCountyYears, type CountyYears } from '../db/index.ts'
import { useLiveQuery } from './useLiveQuery.ts'

/** The counties and years in the database, and how many reports are demo data. */
export function useCountyYears() {
  const ready = ref(false)
  const countyYears = useLiveQuery<CountyYears[]>(async () => {
    const list = await listCountyYears()
    ready.value = true
    return list
  }, [], [])
  const counts = useLiveQuery(() => countReports(), [], { total: 0, demo: 0 })
  return { countyYears, ready, counts, hasDemo: computed(() => counts.value.demo > 0) }
}
