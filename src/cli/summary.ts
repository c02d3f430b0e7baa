import type { ReportRecord } from '../core/model/report.ts'
import { TEMPLATE_LABELS, UNIT_KIND_LABELS, CHANNEL_LABELS } from '../core/model/labels.ts'

const n = (v: number | null | undefined) => (v == null ? '—' : String(v))

/** A short readable Chinese summary of one parsed report, for `nianbao parse` without --json. */
export function formatRecordSummary(r: ReportRecord): string {
  const lines = [
    `✓ ${r.file}`,
    `  单位：${r.county ?? '（未写明县区）'} ${r.unit ?? '（未识别）'}（${r.unitKind ? UNIT_KIND_LABELS[r.unitKind] : '—'}）  年度：${n(r.year)}  格式：${TEMPLATE_LABELS[r.template]}  发布日期：${r.publishedAt ?? '—'}`,
  ]
  const nar = r.narrative
  lines.push(`  主动公开总数：${nar.proactiveTotal ? `${nar.proactiveTotal.approx ? '约' : ''}${nar.proactiveTotal.value}` : '未写明'}  文中申请数：${n(nar.applications)}`)
  if (nar.channels.length) {
    lines.push('  渠道：' + nar.channels.map((c) => `${CHANNEL_LABELS[c.channel]}${c.name ? `“${c.name}”` : ''} ${n(c.items)}${c.approx ? '余' : ''}${c.reach ? `（${c.reach.metric} ${c.reach.value}）` : ''}`).join('；'))
  }
  if (r.t3) lines.push(`  表三：新收 ${n(r.t3.tot.new)}，上年结转 ${n(r.t3.tot.carryIn)}，办结 ${n(r.t3.tot.total)}，结转下年 ${n(r.t3.tot.carryOut)}`)
  lines.push(`  问题：${r.flags.length ? r.flags.join('、') : '无'}`)
  return lines.join('\n')
}
