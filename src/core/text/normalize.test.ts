import { describe, expect, it } from 'vitest'
import { normalizeText, squeeze } from './normalize.ts'

describe('normalizeText', () => {
  it('turns full-width digits and punctuation into half-width', () => {
    expect(normalizeText('第二十条第（一）项：１２３条')).toBe('第二十条第(一)项:123条')
  })

  it('reads traditional characters as simplified and keeps the length', () => {
    const input = '北坡鎮2022年政府資訊公開工作年度報告'
    const out = normalizeText(input)
    expect(out).toBe('北坡镇2022年政府资讯公开工作年度报告')
    expect(out.length).toBe(input.length)
  })

  it('simplifies and turns full-width characters half-width in one text', () => {
    expect(normalizeText('（一）報告說明：１２條\r舊行')).toBe('(一)报告说明:12条\n旧行')
  })

  it('reads Kangxi radicals from PDF fonts as the ideographs', () => {
    expect(normalizeText('\u2f00\u2f06条')).toBe('一二条')
  })

  it('keeps offsets when line endings are CRLF', () => {
    const input = '一、总体情况\r\n主动公开12条'
    const out = normalizeText(input)
    expect(out.length).toBe(input.length)
    expect(out.indexOf('12')).toBe(input.indexOf('12'))
  })

  it('keeps surrogate pairs and lone surrogates as they are', () => {
    expect(normalizeText('表情\ud83d\ude00，好')).toBe('表情\ud83d\ude00,好')
    expect(normalizeText('半个\ud800，\udc00尾')).toBe('半个\ud800,\udc00尾')
  })

  it('reads a long text', () => {
    const line = '主动公开信息１２条，\r\n'
    expect(normalizeText(line.repeat(5000))).toBe('主动公开信息12条, \n'.repeat(5000))
  })
})

describe('squeeze', () => {
  it('removes spaces and line breaks inside labels', () => {
    expect(squeeze('商业\n企业 ')).toBe('商业企业')
  })
})
