import { inject, provide, type InjectionKey, type Ref } from 'vue'
import type { StoredCorrection } from '../db/index.ts'

/** What every clickable value in 单位详情 needs: its (corrected) value, its correction, the active path. */
export interface ReportContext {
  valueAt(path: string): unknown
  correctionAt(path: string): StoredCorrection | undefined
  hasSource(path: string): boolean
  active: Ref<string | null>
  pick(path: string): void
}

const KEY: InjectionKey<ReportContext> = Symbol('report-context')

/** Shares the report context with the table and narrative components below. */
export function provideReportContext(ctx: ReportContext): void {
  provide(KEY, ctx)
}

/** Reads the report context; throws when used outside 单位详情. */
export function useReportContext(): ReportContext {
  const ctx = inject(KEY)
  if (!ctx) throw new Error('useReportContext outside provideReportContext')
  return ctx
}
