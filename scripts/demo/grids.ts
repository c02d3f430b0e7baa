// The three tables of a demo report as grids of cells with row and column spans, in the official layout
// (DOMAIN §1.4–1.9) of the report's template.
import type { Cell, T3RowKey } from '../../src/core/model/report.ts'
import { T3_COLUMNS } from '../../src/core/model/report.ts'
import type { DemoReport } from './series.ts'

export interface GridCell { t: string; rs?: number; cs?: number }
export type Grid = GridCell[][]

const c = (t: string | number | null, cs?: number, rs?: number): GridCell => ({ t: t === null ? '' : String(t), cs, rs })
const block = (label: string, width: number): GridCell[] => [c(label, width)]

/** 表二 in the 2021 format or the trial format. */
export function tableTwo(r: DemoReport): Grid {
  if (r.t2) {
    const t = r.t2
    return [
      block('第二十条第（一）项', 4), ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].map((s) => c(s)),
      [c('规章'), c(t.rules.made), c(t.rules.repealed), c(t.rules.valid)],
      [c('行政规范性文件'), c(t.normdocs.made), c(t.normdocs.repealed), c(t.normdocs.valid)],
      block('第二十条第（五）项', 4), [c('信息内容'), c('本年处理决定数量', 3)], [c('行政许可'), c(t.licensing, 3)],
      block('第二十条第（六）项', 4), [c('信息内容'), c('本年处理决定数量', 3)], [c('行政处罚'), c(t.penalty, 3)], [c('行政强制'), c(t.coercion, 3)],
      block('第二十条第（八）项', 4), [c('信息内容'), c('本年收费金额（单位：万元）', 3)], [c('行政事业性收费'), c(t.fees, 3)],
    ]
  }
  const t = r.t2Trial!
  const items = (label: string, x: { prevItems: Cell; delta: Cell; decisions: Cell }) => [c(label), c(x.prevItems), c(x.delta), c(x.decisions)]
  const itemsHead = ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'].map((s) => c(s))
  return [
    block('第二十条第（一）项', 4), ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'].map((s) => c(s)),
    [c('规章'), c(t.rules.newMade), c(t.rules.newPublished), c(t.rules.totalPublished)],
    [c('规范性文件'), c(t.normdocs.newMade), c(t.normdocs.newPublished), c(t.normdocs.totalPublished)],
    block('第二十条第（五）项', 4), itemsHead, items('行政许可', t.licensing), items('其他对外管理服务事项', t.otherServices),
    block('第二十条第（六）项', 4), itemsHead, items('行政处罚', t.penalty), items('行政强制', t.coercion),
    block('第二十条第（八）项', 4), [c('信息内容'), c('上一年项目数量'), c('本年增/减', 2)],
    [c('行政事业性收费'), c(t.fees.prevItems), c(t.fees.delta, 2)],
    block('第二十条第（九）项', 4), [c('信息内容'), c('采购项目数量'), c('采购总金额', 2)],
    [c('政府集中采购'), c(t.procurement.projects), c(t.procurement.amount, 2)],
  ]
}

type LabelRow = [T3RowKey, string, string?, number?]
const DENY = ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益',
  '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']
const UNABLE = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']
const NOPROC = ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']
const OTHER = ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']

/** Result rows as [key, label, group label (first row of a group), group size]. */
function resultRows(trial: boolean): LabelRow[] {
  const group = (keys: T3RowKey[], labels: string[], name: string): LabelRow[] =>
    keys.map((k, i) => (i === 0 ? [k, labels[i], name, keys.length] : [k, labels[i]]))
  return [
    ['open', '（一）予以公开'], ['partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
    ...group(['deny1', 'deny2', 'deny3', 'deny4', 'deny5', 'deny6', 'deny7', 'deny8'], DENY, '（三）不予公开'),
    ...group(['unable1', 'unable2', 'unable3'], UNABLE, '（四）无法提供'),
    ...group(['noproc1', 'noproc2', 'noproc3', 'noproc4', 'noproc5'], NOPROC, '（五）不予处理'),
    ...(trial ? [['other', '（六）其他处理'] as LabelRow] : group(['other1', 'other2', 'other3'], OTHER, '（六）其他处理')),
    ['total', '（七）总计'],
  ]
}

/** 表三 with the official three-row header and merged label cells. */
export function tableThree(r: DemoReport): Grid {
  const values = (k: T3RowKey) => T3_COLUMNS.map((col) => c(r.t3[col][k]))
  const rows = resultRows(r.template === '2019')
  const grid: Grid = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), c('申请人情况', 7)],
    [c('自然人', undefined, 2), c('法人或其他组织', 5), c('总计', undefined, 2)],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((s) => c(s)),
    [c('一、本年新收政府信息公开申请数量', 3), ...values('new')],
    [c('二、上年结转政府信息公开申请数量', 3), ...values('carryIn')],
  ]
  rows.forEach(([key, label, groupName, size], i) => {
    const lead = i === 0 ? [c('三、本年度办理结果', undefined, rows.length)] : []
    const labels = groupName ? [c(groupName, undefined, size), c(label)] : label.includes('.') ? [c(label)] : [c(label, 2)]
    grid.push([...lead, ...labels, ...values(key)])
  })
  grid.push([c('四、结转下年度继续办理', 3), ...values('carryOut')])
  return grid
}

const T4_FIELDS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']

/** 表四 with its two-level header. */
export function tableFour(r: DemoReport): Grid {
  const t = r.t4
  const nums = (['review', 'litDirect', 'litAfterReview'] as const).flatMap((g) =>
    (['upheld', 'corrected', 'other', 'pending', 'total'] as const).map((k) => c(t[g][k])))
  return [
    [c('行政复议', 5), c('行政诉讼', 10)],
    [...T4_FIELDS.map((s) => c(s, undefined, 2)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
    [...T4_FIELDS, ...T4_FIELDS].map((s) => c(s)),
    nums,
  ]
}
