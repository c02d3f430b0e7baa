// Renders a demo report as a TXT (tab-separated or pipe tables) or HTML (<table> with rowspan/colspan) file.
import type { DemoReport } from './series.ts'
import { tableFour, tableThree, tableTwo, type Grid } from './grids.ts'
import { sectionFive, sectionOne, sectionSix } from './narrative.ts'
import { renderDocx } from './docx.ts'

export type Layout = 'tab' | 'pipe' | 'html' | 'docx'

/** Expands spans into a rectangular matrix; spanned positions are empty strings (as a copy from Word gives). */
export function expandGrid(grid: Grid): string[][] {
  const out: string[][] = []
  grid.forEach((row, r) => {
    out[r] ??= []
    let col = 0
    for (const cell of row) {
      while (out[r][col] !== undefined) col++
      for (let dr = 0; dr < (cell.rs ?? 1); dr++) {
        out[r + dr] ??= []
        for (let dc = 0; dc < (cell.cs ?? 1); dc++) out[r + dr][col + dc] = dr === 0 && dc === 0 ? cell.t : ''
      }
      col += cell.cs ?? 1
    }
  })
  const width = Math.max(...out.map((row) => row.length))
  return out.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''))
}

function gridText(grid: Grid, layout: 'tab' | 'pipe'): string {
  const rows = expandGrid(grid)
  return rows.map((row) => (layout === 'tab' ? row.join('\t') : `| ${row.join(' | ')} |`)).join('\n')
}

function gridHtml(grid: Grid): string {
  const td = (cell: Grid[number][number]) =>
    `<td${cell.rs ? ` rowspan="${cell.rs}"` : ''}${cell.cs ? ` colspan="${cell.cs}"` : ''}>${cell.t}</td>`
  return `<table border="1" cellspacing="0">\n${grid.map((row) => `<tr>${row.map(td).join('')}</tr>`).join('\n')}\n</table>`
}

const fullName = (r: DemoReport) => r.unit + (r.kind === 'subdistrict' ? '办事处' : '人民政府')

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

function tableFourIntro(r: DemoReport): string {
  const total = r.t4.review.total! + r.t4.litDirect.total! + r.t4.litAfterReview.total!
  return total === 0 ? '本年度未发生政府信息公开行政复议、行政诉讼案件。' : `本年度涉及政府信息公开的行政复议、行政诉讼案件共${total}件，详见下表。`
}

/** The blocks of a report in reading order: ['p', text] paragraphs and ['table', grid] tables. */
function blocks(r: DemoReport, title: string): (['p', string] | ['table', Grid])[] {
  const para = (text: string) => text.split('\n').map((line): ['p', string] => ['p', line])
  return [
    ['p', title],
    ['p', `本报告根据《中华人民共和国政府信息公开条例》和上级有关要求编制，所列数据的统计期限自${r.year}年1月1日起至${r.year}年12月31日止。`],
    ...para(sectionOne(r)),
    ['p', '二、主动公开政府信息情况'], ['table', tableTwo(r)],
    ['p', '三、收到和处理政府信息公开申请情况'], ['table', tableThree(r)],
    ['p', '四、政府信息公开行政复议、行政诉讼情况'], ['p', tableFourIntro(r)], ['table', tableFour(r)],
    ...para(sectionFive(r)), ...para(sectionSix(r)),
    ['p', `${r.county}${fullName(r)}`], ['p', chineseDate(r.publishedAt)],
  ]
}

/** The report's title; `formal` uses the unit's full name (人民政府/办事处). */
export function titleOf(r: DemoReport, formal: boolean): string {
  return `${r.county}${formal ? fullName(r) : r.unit}${r.year}年政府信息公开工作年度报告`
}

/** Renders a report as file content in the given layout (bytes for .docx). */
export function renderReport(r: DemoReport, layout: Layout, formal: boolean): string | Uint8Array {
  const title = titleOf(r, formal)
  const list = blocks(r, title)
  if (layout === 'docx') return renderDocx(list)
  if (layout !== 'html') return list.map(([kind, v]) => (kind === 'p' ? v : gridText(v, layout))).join('\n\n') + '\n'
  const body = list.slice(1).map(([kind, v]) => (kind === 'p' ? `<p>${v}</p>` : gridHtml(v))).join('\n')
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>
<body>
<div class="crumb">首页 &gt; 政务公开 &gt; 政府信息公开年度报告</div>
<h1>${title}</h1>
<div class="meta">发布时间：${r.publishedAt}　来源：${fullName(r)}</div>
<div class="content">
${body}
</div>
<div class="footer">主办：${r.county}人民政府办公室（示例数据，虚构地名）</div>
</body></html>
`
}
