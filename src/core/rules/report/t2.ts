// 表二 rules (DOMAIN §2.4) that need one report only.
import type { ReportRecord } from '../../model/report.ts'
import type { ReportRule, RuleHit } from '../types.ts'
import { leafCells, t2For } from '../cells.ts'

const TOWN_KINDS = ['town', 'township', 'subdistrict']
/** 行政事业性收费 above this (万元) is implausible for a township: probably entered in 元. */
export const FEES_MAX_WAN = 1000
export const FEES_MAX_DECIMALS = 4

function checkTownRules(r: ReportRecord): RuleHit[] {
  const t2 = t2For(r)
  if (!t2 || !TOWN_KINDS.includes(r.unitKind ?? '')) return []
  const prefix = r.template === '2019' ? 't2Trial.rules' : 't2.rules'
  const bad = leafCells(t2.rules, prefix).filter(([, v]) => v !== null && v !== 0)
  if (!bad.length) return []
  return [{
    message: `乡镇（街道）无权制定规章，规章栏应全为 0，实际为 ${bad.map(([, v]) => v).join('/')}`,
    cells: bad.map(([p]) => p),
  }]
}

function decimals(x: number): number {
  const s = String(x)
  return s.includes('.') ? s.split('.')[1].length : 0
}

function checkFees(r: ReportRecord): RuleHit[] {
  const fees = r.template === '2021' ? r.t2?.fees ?? null : null
  if (fees === null || (fees <= FEES_MAX_WAN && decimals(fees) <= FEES_MAX_DECIMALS)) return []
  return [{
    message: `行政事业性收费填报 ${fees} 万元（应不超过 ${FEES_MAX_WAN} 万元、至多 ${FEES_MAX_DECIMALS} 位小数），可能误以「元」为单位`,
    cells: ['t2.fees'],
  }]
}

function checkStock(r: ReportRecord): RuleHit[] {
  if (r.template !== '2021' || !r.t2) return []
  const t2 = r.t2
  return (['rules', 'normdocs'] as const).flatMap((k) => {
    const { made, repealed, valid } = t2[k]
    if (made === null || repealed === null || valid === null || valid >= made - repealed) return []
    return [{ message: `${k === 'rules' ? '规章' : '行政规范性文件'}：现行有效 ${valid} 件，少于本年制发 ${made} − 废止 ${repealed}`, cells: [`t2.${k}.valid`, `t2.${k}.made`, `t2.${k}.repealed`] }]
  })
}

/** 表二 rules. */
export const T2_RULES: ReportRule[] = [
  { id: 'V-T2-01', severity: 'ERROR', scope: 'report', flag: true, title: '乡镇填报了规章',
    explanation: '依《立法法》只有省级和设区的市级政府可以制定规章，乡镇（街道）规章数应为 0。',
    check: ({ record }) => checkTownRules(record) },
  { id: 'V-T2-04', severity: 'WARN', scope: 'report', flag: true, title: '收费金额单位可疑',
    explanation: '行政事业性收费以万元计；超过 1000 或小数多于 4 位，多半是按元填报。',
    check: ({ record }) => checkFees(record) },
  { id: 'V-T2-03', severity: 'WARN', scope: 'report', title: '现行有效数少于净制发数',
    explanation: '现行有效件数不应少于本年制发减本年废止。',
    check: ({ record }) => checkStock(record) },
]
