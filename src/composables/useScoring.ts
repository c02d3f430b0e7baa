import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { getSetting, textsOfReports, type StoredFinding, type StoredReport } from '../db/index.ts'
import type { Finding } from '../core/model/finding.ts'
import type { DeadlineOptions } from '../core/rules/deadlines.ts'
import { buildScoreFacts, createDefaultRubric, scoreFacts, validateRubric, type Rubric, type ScoreReport } from '../core/score/index.ts'
import { loadActiveRubric, loadCommitteeSheets, saveCommitteeSheets, saveRubric, type CommitteeSheets } from '../services/score-store.ts'
import { SETTING_KEYS } from '../services/setting-keys.ts'
import { useCountyData } from './useCountyData.ts'
import { useLiveQuery } from './useLiveQuery.ts'

/** Wait after the last edit before a valid rubric is saved. */
export const RUBRIC_SAVE_DELAY = 400

function toFinding(f: StoredFinding, fileOf: Map<string, string>): Finding {
  return {
    rule: f.rule as Finding['rule'], severity: f.severity as Finding['severity'], unit: f.unit, year: f.year,
    file: f.reportId ? fileOf.get(f.reportId) ?? null : null, message: f.message, cells: f.paths,
  }
}

/**
 * The scores of a county and year, live: the reports, texts and findings from the database, the rubric in
 * use (saved by year and name whenever it is valid) and the committee's sheets.
 */
export function useScoring(county: Ref<string>, year: Ref<number>) {
  const data = useCountyData(county)
  const stored = computed(() => data.reports.value.map((r) => r.stored))
  /** The texts, with the reports they were read for (the reports change before the query re-runs). */
  const textsRead = useLiveQuery(async () => {
    const forReports = stored.value
    return { forReports, map: await textsOfReports(forReports) }
  }, [stored], { forReports: [] as StoredReport[], map: new Map<string, string>() })
  const texts = computed(() => textsRead.value.map)
  const deadlines = useLiveQuery(() => getSetting<DeadlineOptions>(SETTING_KEYS.deadlines, {}), [], {})
  const rubric = ref<Rubric>(createDefaultRubric())
  const sheets = shallowRef<CommitteeSheets>({ raters: [], agreements: [], adjustments: [] })
  /** Last year's sheets, so the change from last year compares final totals. */
  const previous = shallowRef<CommitteeSheets>({ raters: [], agreements: [], adjustments: [] })
  const loaded = ref(false)

  watch([county, year], async ([c, y]) => {
    loaded.value = false
    if (!y) return
    const empty = { raters: [], agreements: [], adjustments: [] }
    const [r, s, p] = await Promise.all([loadActiveRubric(y), c ? loadCommitteeSheets(c, y) : empty, c ? loadCommitteeSheets(c, y - 1) : empty])
    rubric.value = r
    sheets.value = s
    previous.value = p
    loaded.value = true
  }, { immediate: true })

  const issues = computed(() => validateRubric(rubric.value))
  /** True once the last valid edit is in the database. */
  const saved = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(rubric, () => {
    if (!loaded.value || issues.value.length || !year.value) return
    clearTimeout(timer)
    saved.value = false
    const snapshot = JSON.parse(JSON.stringify(rubric.value)) as Rubric
    timer = setTimeout(() => void saveRubric(snapshot, year.value).then(() => { saved.value = true }), RUBRIC_SAVE_DELAY)
  }, { deep: true })

  const facts = computed(() => {
    const fileOf = new Map(data.reports.value.map((r) => [r.stored.id, r.record.file]))
    const reports: ScoreReport[] = data.reports.value.map((r) => ({ record: { ...r.record, county: r.stored.county, unit: r.stored.unit }, text: texts.value.get(r.stored.id) }))
    const findings = data.findings.value.map((f) => toFinding(f, fileOf))
    return buildScoreFacts(reports, findings, { units: county.value ? { [county.value]: data.units.value } : {}, deadlines: deadlines.value })
  })
  const result = computed(() => {
    const [now, before] = [sheets.value, previous.value]
    return scoreFacts(rubric.value, facts.value, {
      year: year.value, raters: [...before.raters, ...now.raters], agreements: [...before.agreements, ...now.agreements],
      adjustments: [...before.adjustments, ...now.adjustments],
    })
  })

  async function updateSheets(next: CommitteeSheets) {
    sheets.value = next
    if (county.value && year.value) await saveCommitteeSheets(county.value, year.value, next)
  }
  /** True when every input of the scores has been read: the figures shown are final, not a first pass. */
  const ready = computed(() => loaded.value && data.ready.value && deadlines.ready.value && textsRead.ready.value && textsRead.value.forReports === stored.value)
  return { rubric, issues, saved, result, sheets, updateSheets, loaded, ready, units: data.units, data }
}
