// Runs in Node: paragraph and table reassembly on synthetic page layouts (A4, 2 cm margins, 12 pt text).
import { describe, expect, it } from 'vitest'
import { assemblePages, type PageLayout } from './pdf-assemble.ts'
import type { TextBand } from './pdf-lines.ts'
import type { PageTable } from './pdf-tables.ts'

const line = (text: string, top: number, left = 57, right = 57 + text.length * 12, size = 12): TextBand =>
  ({ text, top, bottom: top - size, left, right, size, cells: [{ x0: left, x1: right, text }] })
const page = (bands: TextBand[], tables: PageTable[] = []): PageLayout => ({ width: 595, height: 842, bands, tables })
const table = (top: number, rows: string[][], cut: { openTop?: boolean; openBottom?: boolean } = {}): PageTable => ({
  top, bottom: top - rows.length * 20, left: 57, right: 537, openTop: !!cut.openTop, openBottom: !!cut.openBottom,
  xs: [57, 297, 417, 537], rows: rows.map((r) => r.map((text, i) => ({ x0: [57, 297, 417][i], text }))),
})

describe('assemblePages', () => {
  it('joins a paragraph wrapped at the right margin, also across a page, but not the next heading', () => {
    const full = '本镇全年主动公开政府信息一千二百五十四条内容涵盖机构职能财政资金重'
    const text = assemblePages([
      page([line(full, 780, 57, 536), line('点领域信息。', 760), line('二、主动公开政府信息情况', 740)]),
      page([line(full, 780, 57, 536)]),
      page([line('点领域。', 780)]),
    ])
    expect(text).toBe(`${full}点领域信息。\n二、主动公开政府信息情况\n${full}点领域。\n`)
  })

  it('keeps one-line paragraphs apart even when no line reaches the margin', () => {
    const text = assemblePages([page([line('第1段：全年主动公开政府信息100条。', 780), line('第2段：全年主动公开政府信息101条。', 760)])])
    expect(text).toBe('第1段：全年主动公开政府信息100条。\n第2段：全年主动公开政府信息101条。\n')
  })

  it('joins a table cut by a page break, putting a row split in two back together', () => {
    const text = assemblePages([
      page([line('三、收到和处理政府信息公开申请情况', 300)], [table(280, [['项目', '甲', '乙'], ['2.申请人逾期未按收费通知', '1', '2']], { openBottom: true })]),
      page([line('四、结束语', 600)], [table(800, [['要求缴纳费用', '', ''], ['3.其他', '0', '0']], { openTop: true })]),
    ])
    expect(text).toBe('三、收到和处理政府信息公开申请情况\n\n项目\t甲\t乙\n2.申请人逾期未按收费通知要求缴纳费用\t1\t2\n3.其他\t0\t0\n\n四、结束语\n')
  })
})
