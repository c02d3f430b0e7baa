// Which table template a report uses (DOMAIN.md §1.2): the 2021 format, the 2019 trial format, or none.
import type { Template } from '../model/report.ts'

const TRIAL_MARKS_RE = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/?减|其他对外管理服务事项|政府集中采购|采购项目数量|采购总金额/g
const CURRENT_MARKS_RE = /本年(\(\d{4}\))?制发件数|本年废止件数|现行有效件数?|本年处理决定数量|本年收费金额/g

export interface TemplateEvidence {
  /** Squeezed text of the 表二 region. */
  tableTwoText: string
  /** From 表三: true when 「（六）其他处理」 has sub-rows 1–3, false when it is one row, null if unknown. */
  otherSplit: boolean | null
  hasTables: boolean
  year: number | null
}

/** How many different marks the text holds (a mark repeated in a broken header counts once). */
function countDistinct(text: string, marks: RegExp): number {
  const seen: string[] = []
  marks.lastIndex = 0
  for (let m = marks.exec(text); m; m = marks.exec(text)) if (!seen.includes(m[0])) seen.push(m[0])
  return seen.length
}

/** Decides the template from 表二's column headers and 表三's row (六), falling back on the year. */
export function detectTemplate(e: TemplateEvidence): Template {
  if (!e.hasTables) return 'freeform'
  const trial = countDistinct(e.tableTwoText, TRIAL_MARKS_RE) + (e.otherSplit === false ? 2 : 0)
  const current = countDistinct(e.tableTwoText, CURRENT_MARKS_RE) + (e.otherSplit === true ? 2 : 0)
  if (trial !== current) return trial > current ? '2019' : '2021'
  return e.year !== null && e.year <= 2020 ? '2019' : '2021'
}
