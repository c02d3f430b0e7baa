import { computed, type Ref } from 'vue'
import { applyCorrections } from '../core/compare/apply-corrections.ts'
import { toUnitMetrics, type UnitMetrics } from '../core/compare/unit-metrics.ts'
import { correctionsOfCounty, getSetting, reportsOfCounty, findingsOf, acknowledgementMap, type StoredReport } from '../db/index.ts'
import type { ReportRecord } from '../core/model/report.ts'
import { SETTING_KEYS } from '../services/setting-keys.ts'
import { useLiveQuery } from './useLiveQuery.ts'
import { useImportHold } from './useImportHold.ts'

/** A stored report with corrections applied and its comparison figures. */
export interface EffectiveReport { stored: StoredReport; record: ReportRecord; metrics: UnitMetrics }

/** Every report, finding and the unit list of one county, live from the database. */
export function useCountyData(county: Ref<string>) {
  const holdWhile = useImportHold()
  const raw = useLiveQuery(async () => {
    if (!county.value) return { reports: [], corrections: [], units: [] as string[] }
    const [reports, corrections, units] = await Promise.all([
      reportsOfCounty(county.value), correctionsOfCounty(county.value), getSetting<string[]>(SETTING_KEYS.units(county.value), []),
    ])
    return { reports, corrections, units }
  }, [county], { reports: [], corrections: [], units: [] }, { holdWhile })
  const findings = useLiveQuery(() => (county.value ? findingsOf(county.value) : []), [county], [], { holdWhile })
  const acks = useLiveQuery(() => acknowledgementMap(), [], new Map())

  const reports = computed<EffectiveReport[]>(() => {
    const { reports: rows, corrections } = raw.value
    return rows.map((stored) => {
      const record = applyCorrections(stored.record, corrections.filter((c) => c.reportId === stored.id))
      return { stored, record, metrics: toUnitMetrics(record) }
    })
  })
  /** The county's unit list: units.json when given, else every unit that ever reported. */
  const units = computed(() => {
    const seen = [...new Set(raw.value.reports.map((r) => r.unit))]
    const listed = raw.value.units
    return [...new Set([...listed, ...seen])].sort((a, b) => a.localeCompare(b, 'zh-CN'))
  })
  const years = computed(() => [...new Set(raw.value.reports.map((r) => r.year))].sort((a, b) => a - b))
  /** True once the reports, findings and acknowledgements of the county have been read. */
  const ready = computed(() => raw.ready.value && findings.ready.value && acks.ready.value)
  return { reports, units, years, findings, acks, ready, corrections: computed(() => raw.value.corrections) }
}
