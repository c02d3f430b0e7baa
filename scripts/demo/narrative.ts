// The narrative sections 一, 五 and 六 of a demo report, drawn from the phrase pools with a "voice" seed:
// two reports with the same voice and data read alike (that is how the copied reports are planted).
import { makeRng, type Rng } from './rng.ts'
import { villagesOf } from './names.ts'
import * as P from './phrases.ts'
import type { DemoReport } from './series.ts'

const KIND_CHAR = { town: '镇', township: '乡', subdistrict: '街道', other: '单位' } as const

function fill(s: string, r: DemoReport, rng: Rng): string {
  return s.replaceAll('{u}', r.unit).replaceAll('{y}', String(r.year)).replaceAll('{k}', KIND_CHAR[r.kind])
    .replaceAll('{v}', rng.pick(villagesOf(r.unit))).replaceAll('{a}', r.account ?? '')
}

const take = (rng: Rng, r: DemoReport, pool: readonly string[], n: number) => rng.sample(pool, n).map((s) => fill(s, r, rng)).join('')

/** The sentence stating the year's proactive count and, when there are several channels, the exact parts. */
export function proactiveSentence(r: DemoReport, rng: Rng): string {
  const c = r.channels
  const portal = `${r.county}人民政府门户网站`
  if (c.wechat === null && c.board === null) {
    return `${r.year}年，${r.unit}全年共主动公开政府信息${r.proactive}条，${rng.pick(['主要通过', '均通过', '全部通过'])}${portal}发布。`
  }
  const parts = [`通过${portal}发布${c.portal}条`]
  if (c.wechat !== null) parts.push(`通过“${r.account}”微信公众号发布${c.wechat}条`)
  if (c.board !== null) parts.push(`通过政务公开栏发布${c.board}条`)
  const lead = rng.pick(['全年共主动公开政府信息', '全年主动公开政府信息', '本年度共主动公开政务信息'])
  const reach = r.reads !== null ? `“${r.account}”微信公众号全年阅读量${(r.reads / 10000).toFixed(1)}万余次。` : ''
  return `${r.year}年，${r.unit}${lead}${r.proactive}条，其中${parts.join('，')}。${reach}`
}

function applicationSentence(r: DemoReport, rng: Rng): string {
  const t = r.t3.tot
  if (t.new === 0 && t.carryIn === 0) {
    return rng.pick(['本年度未收到政府信息公开申请。', `全年共收到政府信息公开申请0件。`, `${r.year}年，${r.unit}未收到群众提出的政府信息公开申请。`])
  }
  const carry = t.carryIn ? `，上年结转${t.carryIn}件` : ''
  const out = t.carryOut ? `，结转下年度继续办理${t.carryOut}件` : '，均在法定期限内予以答复'
  return `全年共收到政府信息公开申请${t.new}件${carry}，办结${t.total}件${out}。`
}

/** Section 一 总体情况, with its five sub-headings. */
export function sectionOne(r: DemoReport): string {
  const rng = makeRng(r.voice)
  return [
    '一、总体情况',
    take(rng, r, P.INTRO, 1),
    '（一）主动公开',
    proactiveSentence(r, rng) + take(rng, r, P.CONTENT, 2),
    '（二）依申请公开',
    applicationSentence(r, rng) + take(rng, r, P.APPLY_PROCESS, 1),
    '（三）政府信息管理',
    take(rng, r, P.MANAGEMENT, 2),
    '（四）政府信息公开平台建设',
    take(rng, r, P.PLATFORM, 2) + (r.account ? `“${r.account}”微信公众号由党政办公室负责运营维护。` : ''),
    '（五）监督保障',
    take(rng, r, P.OVERSIGHT, 2),
  ].join('\n')
}

const ORDINALS = ['一是', '二是', '三是']

/** Section 五 存在的主要问题及改进情况. */
export function sectionFive(r: DemoReport): string {
  const rng = makeRng(r.voice ^ 0x5f5f)
  const problems = rng.sample(P.PROBLEMS, 3).map((s, i) => ORDINALS[i] + s).join('')
  const plans = rng.sample(P.IMPROVEMENTS, 3).map((s, i) => ORDINALS[i] + s).join('')
  return ['五、存在的主要问题及改进情况', `${r.year}年，${r.unit}的政务公开工作还存在一些不足：${problems}`,
    `${r.year + 1}年，我们将重点做好以下工作：${plans}`].join('\n')
}

/** Section 六 其他需要报告的事项. */
export function sectionSix(r: DemoReport): string {
  const rng = makeRng(r.voice ^ 0x6666)
  return ['六、其他需要报告的事项', fill(rng.pick(P.OTHER), r, rng)].join('\n')
}
