// Makes an imported or stored rubric safe to use: checks its shape and fills fields an older file lacks.
import type { Rubric, RubricSection } from './rubric.ts'
import { createDefaultRubric } from './default-rubric.ts'

const KINDS = new Set(['timeliness', 'checklist', 'deductions', 'similarity', 'peerPercentile', 'channels'])
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function restoreSection(raw: unknown, i: number): RubricSection {
  if (!isObj(raw) || typeof raw.kind !== 'string' || !KINDS.has(raw.kind)) throw new Error(`评分细则第 ${i + 1} 个评分项的类型无法识别`)
  const base = { id: String(raw.id ?? `s${i + 1}`), label: String(raw.label ?? ''), weight: Number(raw.weight ?? 0) }
  switch (raw.kind) {
    case 'timeliness': return { ...base, kind: 'timeliness', perWeekLate: Number(raw.perWeekLate ?? 5), undatedDeduction: Number(raw.undatedDeduction ?? 0) }
    case 'checklist': return { ...base, kind: 'checklist', items: Array.isArray(raw.items) ? raw.items as never : [] }
    case 'deductions': return { ...base, kind: 'deductions', deductions: Array.isArray(raw.deductions) ? raw.deductions as never : [] }
    case 'similarity': return { ...base, kind: 'similarity', bands: Array.isArray(raw.bands) ? raw.bands as never : [] }
    case 'channels': return { ...base, kind: 'channels', perChannel: Number(raw.perChannel ?? 1) }
    default: return { ...base, kind: 'peerPercentile' }
  }
}

/** A rubric from parsed JSON (a file or a stored row); throws an Error with a Chinese message when it is not one. */
export function restoreRubric(json: unknown): Rubric {
  const raw = isObj(json) && isObj(json.rubric) ? json.rubric : json
  if (!isObj(raw) || !Array.isArray(raw.sections)) throw new Error('文件不是评分细则（缺少评分项 sections）')
  const d = createDefaultRubric()
  const bonus = isObj(raw.bonus) ? raw.bonus : d.bonus
  return {
    name: typeof raw.name === 'string' ? raw.name : d.name,
    year: typeof raw.year === 'number' ? raw.year : null,
    scale: typeof raw.scale === 'number' ? raw.scale : d.scale,
    sections: raw.sections.map(restoreSection),
    vetoes: Array.isArray(raw.vetoes) ? raw.vetoes as Rubric['vetoes'] : d.vetoes,
    bonus: { max: Number(bonus.max ?? 0), items: Array.isArray(bonus.items) ? bonus.items as Rubric['bonus']['items'] : [] },
    grades: Array.isArray(raw.grades) ? raw.grades as Rubric['grades'] : d.grades,
    failLabel: typeof raw.failLabel === 'string' ? raw.failLabel : d.failLabel,
  }
}
