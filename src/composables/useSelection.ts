import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/** The county and year of every screen, kept in the URL so a view can be bookmarked. */
export function useSelection() {
  const route = useRoute()
  const router = useRouter()
  const county = computed(() => (typeof route.query.county === 'string' ? route.query.county : ''))
  const year = computed(() => {
    const y = Number(route.query.year)
    return Number.isInteger(y) && y > 0 ? y : 0
  })
  function setQuery(patch: Record<string, string | number | undefined>) {
    const query = { ...route.query }
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') delete query[k]
      else query[k] = String(v)
    }
    return router.replace({ query })
  }
  return {
    county, year,
    setCounty: (c: string) => setQuery({ county: c }),
    setYear: (y: number) => setQuery({ year: y }),
    setQuery,
  }
}
