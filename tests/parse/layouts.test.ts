import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/core/parse/parse-report.ts'
import { htmlToText } from '../../src/core/text/html-to-text.ts'
import { T3_COLUMNS, type ParsedReport, type T3ColumnKey, type T3RowKey } from '../../src/core/model/report.ts'
import { buildReport, T3_LABELS_2021, type Layout, type T3Values } from '../fixtures/layouts/build-report.ts'

/** Every 表三 cell gets its own value so that a shifted column or row cannot go unnoticed. */
function distinctT3(): T3Values {
  const t3: T3Values = {}
  T3_LABELS_2021.forEach(([row], r) => {
    t3[row] = Object.fromEntries(T3_COLUMNS.map((c, i) => [c, r * 10 + i + 1])) as Record<T3ColumnKey, number>
  })
  return t3
}

function parse(layout: Layout, spec: Parameters<typeof buildReport>[1]): ParsedReport {
  const raw = buildReport(layout, spec)
  const text = layout === 'html' || layout === 'div' ? htmlToText(raw) : raw
  const result = parseReport(text, { fileName: `layout.${layout === 'html' || layout === 'div' ? 'html' : 'txt'}` })
  if (!result.ok) throw new Error(result.error)
  return result
}

function expectT3(got: ParsedReport, want: T3Values) {
  for (const [row] of T3_LABELS_2021) {
    for (const col of T3_COLUMNS) expect(got.record.t3?.[col][row], `${col}.${row}`).toBe(want[row as T3RowKey]?.[col] === undefined ? 0 : want[row as T3RowKey]![col])
  }
}

describe('parseReport on table layouts', () => {
  const layouts: Layout[] = ['tab', 'pipe', 'cell-per-line', 'spaces', 'html', 'div']

  it.each(layouts)('reads all 175 cells of 表三 in place when the layout is %s', (layout) => {
    const t3 = distinctT3()
    const got = parse(layout, { t3 })
    expect(got.record.template).toBe('2021')
    expectT3(got, t3)
  })

  it.each(layouts)('reads 表二 and the 15 numbers of 表四 when the layout is %s', (layout) => {
    const t4 = Array.from({ length: 15 }, (_, i) => i + 100)
    const got = parse(layout, { t2: { rules: [0, 0, 0], normdocs: [2, 1, 7], licensing: 213, penalty: 5, coercion: 2, fees: 1.25 }, t4 })
    expect(got.record.t2).toEqual({ rules: { made: 0, repealed: 0, valid: 0 }, normdocs: { made: 2, repealed: 1, valid: 7 }, licensing: 213, penalty: 5, coercion: 2, fees: 1.25 })
    expect(got.record.t4?.review).toEqual({ upheld: 100, corrected: 101, other: 102, pending: 103, total: 104 })
    expect(got.record.t4?.litAfterReview.total).toBe(114)
  })

  it.each(['tab', 'pipe', 'spaces', 'html'] as Layout[])('keeps blank cells as null without shifting columns when the layout is %s', (layout) => {
    const t3 = distinctT3()
    for (const [row] of T3_LABELS_2021) for (const c of ['ent', 'sci', 'npo', 'law', 'oth'] as const) t3[row]![c] = null
    t3.deny3!.np = null
    t3.carryOut!.tot = null
    const got = parse(layout, { t3 })
    expectT3(got, t3)
  })

  it('keeps blank cells of a space-aligned table under their columns by display position', () => {
    const t3 = distinctT3()
    t3.deny2 = { np: 1, ent: null, sci: null, npo: null, law: 5, oth: null, tot: 6 }
    t3.open = { np: null, ent: 2, sci: null, npo: null, law: null, oth: null, tot: 2 }
    const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
    const pad = (s: string, to: number) => s + ' '.repeat(Math.max(2, to - width(s)))
    const text = buildReport('tab', { t3 }).split('\n').map((line) => {
      const cells = line.split('\t')
      if (cells.length < 9 || !cells.slice(2).some((c) => /^\d/.test(c))) return line
      const label = cells.slice(0, 2).filter(Boolean).join('')
      return pad(label, 90) + cells.slice(2).map((c) => pad(c, 10)).join('').trimEnd()
    }).join('\n')
    const got = parseReport(text, { fileName: 'aligned.txt' })
    if (!got.ok) throw new Error(got.error)
    expectT3(got, t3)
  })

  it('reads an all-blank 表三 as nulls, never zeros', () => {
    const t3: T3Values = {}
    for (const [row] of T3_LABELS_2021) t3[row] = Object.fromEntries(T3_COLUMNS.map((c) => [c, null]))
    const got = parse('html', { t3 })
    expect(got.record.t3?.tot.new).toBeNull()
    expect(got.record.t3?.np.carryOut).toBeNull()
  })

  it.each(['tab', 'cell-per-line'] as Layout[])('ignores a page footer inside 表三 when the layout is %s', (layout) => {
    const t3 = distinctT3()
    const got = parse(layout, { t3, pageBreakAfter: 'deny4', pageBreakText: '- 2 -' })
    expectT3(got, t3)
    const footer = parse(layout, { t3, pageBreakAfter: 'noproc2', pageBreakText: '第 3 页 共 4 页' })
    expectT3(footer, t3)
  })

  it.each(['tab', 'html'] as Layout[])('reads 表三 split in two parts with the header repeated, when the layout is %s', (layout) => {
    const t3 = distinctT3()
    const header = '\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t'
    let raw = buildReport('tab', { t3, pageBreakAfter: 'deny8', pageBreakText: 'PAGEBREAK' }).replace('PAGEBREAK', header)
    if (layout === 'html') raw = `<html><body>${raw.split('\n').map((l) => (l.includes('\t') ? `<table><tr>${l.split('\t').map((c) => `<td>${c}</td>`).join('')}</tr></table>` : `<p>${l}</p>`)).join('')}</body></html>`
    const got = parseReport(layout === 'html' ? htmlToText(raw) : raw, { fileName: `split.${layout}` })
    if (!got.ok) throw new Error(got.error)
    expectT3(got, t3)
  })

  it('ignores a bare page number on its own line after a complete row', () => {
    const t3 = distinctT3()
    const got = parse('tab', { t3, pageBreakAfter: 'open', pageBreakText: '3' })
    expectT3(got, t3)
  })

  it('keeps the source span of every cell pointing at its digits', () => {
    const t3 = distinctT3()
    const got = parse('pipe', { t3 })
    const span = got.sources['t3.law.noproc4']
    expect(got.text.slice(span.start, span.end)).toBe(String(t3.noproc4!.law))
  })

  it('makes the spans when first read, once, with the record\'s own fields unchanged', () => {
    const t3 = distinctT3()
    const got = parse('tab', { t3 })
    // What the worker posts and the CLI prints: the plain fields, without the noted cells.
    expect(Object.keys(got).sort()).toEqual(['ok', 'record', 'text'])
    const first = got.sources
    expect(got.sources).toBe(first)
    // Every 表三 cell with a value has a span, table cells first, then the narrative's and the date's.
    for (const row of Object.keys(t3)) for (const col of T3_COLUMNS) {
      const span = first[`t3.${col}.${row}`]
      expect(got.text.slice(span.start, span.end), `${col}.${row}`).toBe(String(t3[row as T3RowKey]![col]))
    }
    expect(Object.keys(first)[0]).toMatch(/^t3\./)
    const replaced = { 't3.tot.new': { start: 0, end: 1 } }
    got.sources = replaced
    expect(got.sources).toBe(replaced)
  })
})

describe('parseReport on label quirks', () => {
  it('reads rows whose labels carry typos and truncations (DOMAIN §1.12)', () => {
    const t3 = distinctT3()
    const raw = buildReport('tab', { t3 })
      .replace('只计这一情形', '只计这一情况')
      .replace('属于三类内部事务信息', '属于三类内容事务信息')
      .replace('上年结转', '上年转结')
      .replace('现行有效件数', '现行有效件')
      .replace(/第二十条第（[一五六八]）项/g, '第二十条第')
    const got = parseReport(raw, { fileName: 'typos.txt' })
    if (!got.ok) throw new Error(got.error)
    expectT3(got, t3)
    expect(got.record.template).toBe('2021')
  })

  it('reads header labels broken across lines in one-cell-per-line text', () => {
    const t3 = distinctT3()
    const raw = buildReport('cell-per-line', { t3 }).replace('商业企业', '商业\n企业').replace('本年制发件数', '本年制发\n件数')
    const got = parseReport(raw, { fileName: 'broken.txt' })
    if (!got.ok) throw new Error(got.error)
    expectT3(got, t3)
  })

  it('reads row labels broken over two lines in one-cell-per-line text', () => {
    const t3 = distinctT3()
    const raw = buildReport('cell-per-line', { t3 })
      .replace('5.要求行政机关确认或重新出具已获取信息', '5.要求行政机关确认或重新\n出具已获取信息')
      .replace('一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开\n申请数量')
      .replace('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '（二）部分公开（区分处理的，只计这一\n情形，不计其他情形）')
    const got = parseReport(raw, { fileName: 'broken-rows.txt' })
    if (!got.ok) throw new Error(got.error)
    expectT3(got, t3)
  })

  it('maps 表三 by position when its row labels are lost', () => {
    const t3 = distinctT3()
    let raw = buildReport('tab', { t3 })
    for (const [, label, group] of T3_LABELS_2021) { raw = raw.replace(label, ''); if (group) raw = raw.replace(group, '') }
    const got = parseReport(raw, { fileName: 'no-labels.txt' })
    if (!got.ok) throw new Error(got.error)
    expectT3(got, t3)
  })

  it('maps a flattened 表四 header of 15 bare numbers by position', () => {
    const t4 = [1, 0, 0, 0, 1, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0]
    const got = parse('cell-per-line', { t4 })
    expect(got.record.t4?.litDirect).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 2, total: 2 })
  })
})

describe('parseReport on HTML tables with merged cells', () => {
  it('expands rowspan and colspan so values stay under their columns', () => {
    const html = `<html><head><title>云栖乡2022年政府信息公开工作年度报告</title></head><body>
      <p>2022年，云栖乡在县政府网站主动公开信息12条。</p><p>三、收到和处理政府信息公开申请情况</p>
      <table>
      <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
      <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
      <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
      <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>3</td><td>1</td><td></td><td>0</td><td>0</td><td>0</td><td>4</td></tr>
      <tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
      <tr><td rowspan="22">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>2</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
      <tr><td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
      <tr><td colspan="2">（七）总计</td><td>3</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>4</td></tr>
      <tr><td colspan="3">四、结转下年度继续办理</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
      </table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`
    const got = parseReport(htmlToText(html), { fileName: 'merged.html' })
    if (!got.ok) throw new Error(got.error)
    const t3 = got.record.t3!
    expect([t3.np.new, t3.ent.new, t3.sci.new, t3.tot.new]).toEqual([3, 1, null, 4])
    expect([t3.np.deny1, t3.tot.deny1, t3.tot.total, t3.tot.carryOut]).toEqual([1, 1, 4, 1])
    expect(got.record.unit).toBe('云栖乡')
    expect(got.record.unitKind).toBe('township')
    expect(got.record.year).toBe(2022)
  })
})

describe('parseReport on bad input', () => {
  it('returns a Chinese error naming the file for an empty text', () => {
    const got = parseReport('   \n', { fileName: '空.txt' })
    expect(got).toEqual({ ok: false, file: '空.txt', error: expect.stringMatching(/^空\.txt：.*没有文字/) })
  })

  it('returns a Chinese error for a page that is not an annual report', () => {
    const got = parseReport('<p>今日天气晴，最高气温25度。</p>', { fileName: 'weather.html' })
    expect(got.ok).toBe(false)
    if (!got.ok) expect(got.error).toContain('不是政府信息公开工作年度报告')
  })

  it('reads a free-form report without tables as template freeform with null tables', () => {
    const got = parseReport('2018年长岭镇政府信息公开工作年度报告\n一、主动公开政府信息的情况\n全年主动公开政府信息22条。\n二、依申请公开情况\n全年未收到申请。', { fileName: 'old.txt' })
    if (!got.ok) throw new Error(got.error)
    expect(got.record).toMatchObject({ template: 'freeform', t2: null, t3: null, t4: null, unit: '长岭镇', year: 2018 })
  })
})
