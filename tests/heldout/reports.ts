// Held-out reports written by us with phrasings that the dev corpus does not use, each with its
// truth record, to check that the narrative rules generalise rather than fit the corpus.
import { T3_COLUMNS, T3_ROWS, type Channel, type Narrative, type T3 } from '../../src/core/model/report.ts'
import { buildReport, type T3Values } from '../fixtures/layouts/build-report.ts'

export interface HeldOut {
  file: string
  title: string
  unit: string
  unitKind: string
  county: string | null
  year: number
  narrative: string
  t3?: T3Values
  expected: Narrative
  flags: string[]
}

const ch = (channel: Channel['channel'], items: number | null, extra: Partial<Channel> = {}): Channel => ({ channel, name: null, items, approx: false, reach: null, ...extra })

export const HELD_OUT: HeldOut[] = [
  {
    file: 'heldout-qinghe-2023.txt', title: '示例县青禾镇2023年政府信息公开工作年度报告', unit: '青禾镇', unitKind: 'town', county: '示例县', year: 2023,
    narrative: '一、总体情况\n（一）主动公开情况\n全年主动公开政府信息86条，其中通过县政府门户网站发布52条，通过“青禾发布”微信公众号推送34篇，阅读量约2.3万次。\n（二）依申请公开情况\n全年未收到政府信息公开申请。',
    expected: { proactiveTotal: { value: 86, approx: false }, applications: 0, channels: [ch('portal', 52), ch('wechat', 34, { name: '青禾发布', reach: { metric: 'reads', value: 23000, approx: true } })] },
    flags: ['Z1', 'Z3'],
  },
  {
    file: 'heldout-yunqi-2022.txt', title: '示例县云栖乡2022年政府信息公开工作年度报告', unit: '云栖乡', unitKind: 'township', county: '示例县', year: 2022,
    narrative: '一、总体情况\n2022年，我乡通过政务公开栏张贴各类公告45期，各村村务公开栏公示惠农补贴等事项120余次；“云栖乡”抖音号全年发布短视频18条，播放量达5.6万次。\n本年度共受理政府信息公开申请3件，均已按期答复。',
    t3: { new: { np: 3, tot: 3 }, open: { np: 3, tot: 3 }, total: { np: 3, tot: 3 } },
    expected: { proactiveTotal: null, applications: 3, channels: [ch('board', 45), ch('village_board', 120, { approx: true }), ch('video', 18, { name: '云栖乡', reach: { metric: 'views', value: 56000, approx: false } })] },
    flags: [],
  },
  {
    file: 'heldout-yanxi-2024.txt', title: '示例县砚溪街道2024年政府信息公开工作年度报告', unit: '砚溪街道', unitKind: 'subdistrict', county: '示例县', year: 2024,
    narrative: '一、总体情况\n（一）主动公开\n本年度主动公开各类政府信息七十五条，历年累计主动公开信息1200余条。政务微博“砚溪发布”发布信息210条，粉丝数1.2万。领导信箱收到群众来信6件，均已办结。街道发放政策宣传单2000余份。\n（二）依申请公开\n依申请公开0件。',
    expected: { proactiveTotal: { value: 75, approx: false }, applications: 0, channels: [ch('weibo', 210, { name: '砚溪发布', reach: { metric: 'followers', value: 12000, approx: false } }), ch('mailbox', 6), ch('print', 2000, { approx: true })] },
    flags: ['Z1', 'Z3'],
  },
  {
    file: 'heldout-shimen-2021.txt', title: '示例县石门乡人民政府2021年度政府信息公开工作年度报告', unit: '石门乡', unitKind: 'township', county: '示例县', year: 2021,
    narrative: '一、总体情况\n2021年，石门乡依托“石门乡”今日头条号发布信息40条，借助美篇平台发布工作动态25篇，在示例县融媒体中心客户端“云上示例”发布稿件31条。全年没有收到群众提出的政府信息公开申请。',
    expected: { proactiveTotal: null, applications: 0, channels: [ch('toutiao', 40, { name: '石门乡' }), ch('meipian', 25), ch('county_app', 31, { name: '云上示例' })] },
    flags: ['Z1', 'Z3'],
  },
  {
    file: 'heldout-lanzhu-2024.txt', title: '示例县兰渚街道2024年政府信息公开工作年度报告', unit: '兰渚街道', unitKind: 'subdistrict', county: '示例县', year: 2024,
    narrative: '一、总体情况\n（一）主动公开\n2024年共计主动公开政府信息159条。其中，网站公开98条，公众号推送61条；“兰渚发布”公众号关注人数3.4万人。辖区电子显示屏滚动播放政策信息300余条。12345热线办理工单1449件，均按时办结。\n（二）依申请公开\n全年依申请公开2次，均在法定期限内答复。',
    t3: { new: { np: 2, tot: 2 }, open: { np: 1, tot: 1 }, unable1: { np: 1, tot: 1 }, total: { np: 2, tot: 2 } },
    expected: { proactiveTotal: { value: 159, approx: false }, applications: 2, channels: [ch('portal', 98), ch('wechat', 61), ch('wechat', null, { name: '兰渚发布', reach: { metric: 'followers', value: 34000, approx: false } }), ch('board', 300, { approx: true })] },
    flags: [],
  },
  {
    file: 'heldout-baiyun-2023.txt', title: '示例县白云苏木2023年政府信息公开工作年度报告', unit: '白云苏木', unitKind: 'township', county: '示例县', year: 2023,
    narrative: '一、总体情况\n2023年，白云苏木主动公开信息仅3条，均为预决算信息。本年度未收到政府信息公开申请，未发生行政复议和行政诉讼。',
    expected: { proactiveTotal: { value: 3, approx: false }, applications: 0, channels: [] },
    flags: ['Z1', 'Z3', 'Z5'],
  },
]

/** The report text and its truth record (SCHEMA.md) for a held-out case. */
export function renderHeldOut(h: HeldOut): { text: string; truth: object } {
  const text = buildReport('tab', { title: h.title, narrative: h.narrative, t3: h.t3 })
  const t3 = Object.fromEntries(T3_COLUMNS.map((c) => [c, Object.fromEntries(T3_ROWS.map((r) => [r, r === 'other' ? null : (h.t3?.[r]?.[c] ?? 0)]))])) as T3
  const zero3 = { made: 0, repealed: 0, valid: 0 }
  const group = { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 }
  return {
    text,
    truth: {
      file: h.file, unit: h.unit, unitKind: h.unitKind, county: h.county, year: h.year, template: '2021', publishedAt: null,
      t2: { rules: zero3, normdocs: zero3, licensing: 0, penalty: 0, coercion: 0, fees: 0 }, t2Trial: null, t3,
      t4: { review: group, litDirect: group, litAfterReview: group },
      narrative: h.expected, flags: h.flags,
    },
  }
}
