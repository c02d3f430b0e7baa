// Hand-built reports for the scoring tests: a county of three units, texts long enough to compare.
import type { Finding } from '../model/finding.ts'
import type { ReportRecord } from '../model/report.ts'
import type { ScoreReport } from './facts.ts'
import { makeRecord } from '../../../tests/fixtures/make-report.ts'

const OVERVIEWS: Record<string, string> = {
  a: '镇党委政府高度重视政务公开，依托门户网站开设财政预决算、重大建设项目、乡村振兴等专栏，及时更新惠民补贴发放名单，组织两次业务培训，完善保密审查流程，公开内容覆盖民生重点领域并接受群众监督。',
  b: '街道以村务公开栏和便民服务中心为主阵地，按季度张贴低保救助、集体资产处置和工程招投标结果，设立意见箱收集居民诉求，网格员入户讲解政策，推动基层公开从有没有向好不好转变，群众满意度明显提升。',
  c: '乡政府坚持以公开为常态，在微信公众号推送防汛抗旱、森林防火、农业保险理赔等信息，利用乡村大喇叭和电子屏滚动播放惠农政策，编印政策明白纸发放到户，进一步畅通了政府与群众之间的信息渠道。',
}
const PROBLEMS: Record<string, string> = {
  a: '一是部分栏目更新不够及时；二是政策解读形式较为单一。下一步将建立栏目更新台账，每月通报一次。',
  b: '公开栏内容更新周期偏长，个别村信息张贴不规范。今后将加强督导检查，定期开展交叉互查。',
  c: '干部队伍业务能力有待提升，公开内容的深度和广度不够。我乡将持续强化学习培训并完善考核机制。',
}

/** A report text with the six sections; `flavour` picks the overview and problems paragraphs. */
export function textFor(unit: string, year: number, flavour: string, six = '本年度未收取信息处理费。'): string {
  return [
    `${unit}${year}年政府信息公开工作年度报告`, '一、总体情况', `${year}年，${unit}${OVERVIEWS[flavour]}`,
    '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况', PROBLEMS[flavour], '六、其他需要报告的事项', six,
  ].join('\n')
}

/** A clean 2021-format record of 示例县, changed by `edit`. */
export function recordFor(unit: string, year: number, edit?: (r: ReportRecord) => void): ReportRecord {
  const r = makeRecord()
  Object.assign(r, { unit, year, file: `${unit}-${year}.txt`, publishedAt: `${year + 1}-01-20` })
  edit?.(r)
  return r
}

export function findingFor(rule: Finding['rule'], unit: string, year: number, severity: Finding['severity'] = 'ERROR'): Finding {
  return { rule, severity, unit, year, file: `${unit}-${year}.txt`, message: `${rule} 示例`, cells: [] }
}

const channel = (c: string, items: number) => ({ channel: c as never, name: null, items, approx: false, reach: null })

/**
 * 2023: 青禾镇 clean and active; 白沙镇 late, with errors and a corrected review case; 石桥乡 copies its own
 * 2022 report (both years on file). 2022: only 石桥乡.
 */
export function countyReports(): ScoreReport[] {
  return [
    { record: recordFor('青禾镇', 2023, (r) => { r.narrative.channels = [channel('portal', 80), channel('wechat', 40)] }), text: textFor('青禾镇', 2023, 'a') },
    { record: recordFor('白沙镇', 2023, (r) => {
      r.publishedAt = '2024-02-10'
      r.narrative.proactiveTotal = { value: 30, approx: false }
      r.t4!.review = { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 }
    }), text: textFor('白沙镇', 2023, 'b') },
    ...[2022, 2023].map((year) => ({
      record: recordFor('石桥乡', year, (r) => {
        r.narrative.proactiveTotal = { value: 30, approx: false }
        r.narrative.channels = ['portal', 'wechat', 'board', 'village_board', 'print', 'video'].map((c) => channel(c, 5))
      }),
      text: textFor('石桥乡', year, 'c', '本乡创新推出政务公开积分制，未收取信息处理费。'),
    })),
  ]
}

export function countyFindings(): Finding[] {
  return [
    findingFor('V-T3-01', '白沙镇', 2023), findingFor('V-T3-01', '白沙镇', 2023),
    findingFor('V-N-02', '白沙镇', 2023), findingFor('Z1', '青禾镇', 2023, 'INFO'),
  ]
}
