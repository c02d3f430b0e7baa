import { toRef, type Ref } from 'vue'
import { useImportStore } from '../stores/import.ts'

/** True while an import of the user's files runs: live reads pass it as `holdWhile` (see useLiveQuery). */
export function useImportHold(): Ref<boolean> {
  return toRef(useImportStore(), 'holdViews')
}
