import { ref, watch, type Ref } from 'vue'
import type { Rubric } from '../core/score/index.ts'
import { deleteRubric, listRubricNames, rubricFromFile, rubricToFile, saveRubric, selectRubric } from '../services/score-store.ts'
import { downloadBlob, toFileName } from '../services/download.ts'

/** The rubrics saved for a year: list, switch, save as, duplicate, delete, export and import as a file. */
export function useRubricLibrary(year: Ref<number>, rubric: Ref<Rubric>) {
  const names = ref<string[]>([])
  const message = ref('')
  const refresh = async () => { names.value = year.value ? await listRubricNames(year.value) : [] }
  watch(year, refresh, { immediate: true })

  async function switchTo(name: string) {
    const r = await selectRubric(year.value, name)
    if (r) rubric.value = r
  }
  async function saveAs(name: string) {
    const trimmed = name.trim()
    if (!trimmed) { message.value = '请填写细则名称'; return }
    rubric.value = { ...JSON.parse(JSON.stringify(rubric.value)), name: trimmed, year: year.value }
    await saveRubric(rubric.value, year.value)
    message.value = `已保存为「${trimmed}」`
    await refresh()
  }
  const duplicate = () => saveAs(`${rubric.value.name}（副本）`)
  async function remove(name: string) {
    await deleteRubric(year.value, name)
    await refresh()
  }
  function exportFile() {
    downloadBlob(rubricToFile(rubric.value), `${toFileName('评分细则', rubric.value.name, year.value)}.json`)
  }
  async function importFile(file: File) {
    try {
      const r = await rubricFromFile(file)
      rubric.value = { ...r, year: year.value }
      message.value = `已导入「${r.name}」`
      await saveRubric(rubric.value, year.value)
      await refresh()
    } catch (e) {
      message.value = `导入失败：${e instanceof Error ? e.message : String(e)}`
    }
  }
  return { names, message, refresh, switchTo, saveAs, duplicate, remove, exportFile, importFile }
}
