// The default rubric of DOMAIN §3.4 (township_annual_report_v1): 100 points, every weight editable.
import type { Rubric } from './rubric.ts'

/** The arithmetic identities of the template whose ERROR findings cost points (V-F-01 is a veto instead). */
const ARITHMETIC_RULES = ['V-T3-01', 'V-T3-02', 'V-T3-03', 'V-T4-01', 'V-T2-01', 'V-X-01'] as const
/** Narrative-vs-table findings (V-N-03 is scored under application handling). */
const NARRATIVE_RULES = ['V-N-01', 'V-N-02', 'V-N-04', 'V-N-05', 'V-N-06', 'V-N-07'] as const

/** A fresh copy of the default rubric. */
export function createDefaultRubric(): Rubric {
  return {
    name: '默认评分细则', year: null, scale: 100,
    sections: [
      { id: 'timeliness', label: '按时发布', kind: 'timeliness', weight: 15, perWeekLate: 5, undatedDeduction: 0 },
      { id: 'completeness', label: '要素完整', kind: 'checklist', weight: 15, items: [
        { check: 'sixSections', label: '六个部分齐全', points: 4 },
        { check: 'tablesPresent', label: '表二、三、四齐全', points: 4 },
        { check: 'noBlankTables', label: '无空表', points: 4 },
        { check: 'feeStatement', label: '第六部分说明信息处理费', points: 3 },
      ] },
      { id: 'arithmetic', label: '数据准确（勾稽关系）', kind: 'deductions', weight: 25,
        deductions: ARITHMETIC_RULES.map((rule) => ({ rule, points: 5 })) },
      { id: 'narrativeMatch', label: '图文一致', kind: 'deductions', weight: 10,
        deductions: NARRATIVE_RULES.map((rule) => ({ rule, points: 3 })) },
      { id: 'originality', label: '内容原创（非雷同）', kind: 'similarity', weight: 10,
        bands: [{ below: 0.8, points: 10 }, { below: 0.9, points: 5 }] },
      { id: 'proactive', label: '主动公开（县内同年百分位）', kind: 'peerPercentile', weight: 15 },
      { id: 'channels', label: '公开渠道', kind: 'channels', weight: 5, perChannel: 1 },
      { id: 'applications', label: '依申请办理规范', kind: 'deductions', weight: 5,
        deductions: [{ rule: 'V-N-03', points: 3 }, { figure: 't4Corrected', points: 3 }] },
    ],
    vetoes: [
      { id: 'missingReport', label: '缺报', cap: 0, when: { kind: 'missing' } },
      { id: 'wrongTemplate', label: '未按新格式', cap: 60, when: { kind: 'rule', rules: ['V-F-01'] } },
      { id: 'copiedReport', label: '照搬雷同（相似度≥95%）', cap: 60, when: { kind: 'similarity', min: 0.95 } },
    ],
    bonus: { max: 5, items: [
      { id: 'innovation', label: '第六部分报告创新做法', points: 2, section: 5, keywords: ['创新', '特色', '亮点', '试点'], minChars: 0 },
      { id: 'specificProblems', label: '问题与改进具体', points: 3, section: 4, keywords: ['整改', '措施', '下一步'], minChars: 80 },
    ] },
    grades: [{ label: '优秀', min: 90 }, { label: '良好', min: 80 }, { label: '合格', min: 60 }],
    failLabel: '不合格',
  }
}
