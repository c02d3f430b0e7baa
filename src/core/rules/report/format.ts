// Format and metadata rules of one report (DOMAIN §2.7).
import type { ParsedReport } from '../../model/report.ts'
import type { ReportRule, RuleHit } from '../types.ts'
import { findSections } from '../sections.ts'

const SECTION_NAMES = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况',
  '四、行政复议行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']
const TITLE_RE = /\d{4}\s*年度?\s*政府信息公开工作年度报告/

function checkTemplateYear({ record: r }: ParsedReport): RuleHit[] {
  if (r.year === null) return []
  const trialLate = r.template === '2019' && r.year >= 2021
  const newEarly = r.template === '2021' && (r.year === 2019 || r.year === 2020)
  if (!trialLate && !newEarly) return []
  return [{
    message: trialLate
      ? `${r.year} 年度报告仍使用 2019 年试行格式的表格，应使用 2021 年新格式（国办公开办函〔2021〕30号）`
      : `${r.year} 年度报告应使用 2019 年试行格式，却使用了 2021 年新格式的表格`,
    cells: ['template'],
  }]
}

function checkSections({ record, text }: ParsedReport): RuleHit[] {
  if (record.template === 'freeform') return []
  const missing = findSections(text).flatMap((s, i) => (s === null ? [SECTION_NAMES[i]] : []))
  if (!missing.length) return []
  return [{ message: `缺少或未按顺序排列的部分：${missing.join('、')}`, cells: [] }]
}

function checkTitle({ text }: ParsedReport): RuleHit[] {
  const head = text.slice(0, 400)
  if (TITLE_RE.test(head)) return []
  return [{ message: '开头没有找到「XXXX年政府信息公开工作年度报告」式标题', cells: [] }]
}

/** Format rules. */
export const FORMAT_RULES: ReportRule[] = [
  { id: 'V-F-01', severity: 'ERROR', scope: 'report', flag: true, title: '表格格式与年度不符',
    explanation: '2019、2020 年度用试行格式，2021 年度起用新格式。', check: checkTemplateYear },
  { id: 'V-F-02', severity: 'WARN', scope: 'report', title: '缺少部分',
    explanation: '年度报告应包含一至六部分，并按顺序排列。', check: checkSections },
  { id: 'V-F-05', severity: 'INFO', scope: 'report', title: '标题不规范',
    explanation: '标题应为「XX镇（乡、街道）XXXX年政府信息公开工作年度报告」。', check: checkTitle },
]
