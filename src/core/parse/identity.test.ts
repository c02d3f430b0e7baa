import { describe, expect, it } from 'vitest'
import { detectUnitKind, parseIdentity } from './identity.ts'
import { parsePublishedAt } from './published-at.ts'

describe('parseIdentity', () => {
  it.each([
    ['示例县青禾镇2023年政府信息公开工作年度报告', '青禾镇', '示例县', 2023],
    ['湛江市云岭县石门乡人民政府2022年度政府信息公开工作年度报告', '石门乡', '云岭县', 2022],
    ['2018年砚溪街道办事处政府信息公开工作年度报告', '砚溪街道', null, 2018],
    ['白云苏木2025年政府信息公开工作年度报告', '白云苏木', null, 2025],
    ['示范县甲镇2024年政府信息公开工作年度报告', '甲镇', '示范县', 2024],
    ['济南市市中街道2023年政府信息公开工作年度报告', '市中街道', '济南市', 2023],
    ['关于青禾镇2023年政府信息公开工作年度报告', '青禾镇', null, 2023],
    ['【年度报告】《青禾镇2023年政府信息公开工作年度报告》', '青禾镇', null, 2023],
    ['当前位置：首页 > 信息公开 > 青禾镇2023年政府信息公开工作年度报告', '青禾镇', null, 2023],
    ['示例县青禾镇人民政府关于2023年度政府信息公开工作的年度报告', '青禾镇', '示例县', 2023],
    ['青禾镇2023年度政府信息公开年报', '青禾镇', null, 2023],
    ['云栖彝族乡2021年政府信息公开工作年度报告', '云栖彝族乡', null, 2021],
  ])('reads unit, county and year from the title 「%s」', (title, unit, county, year) => {
    const id = parseIdentity(`${title}\n一、总体情况\n本年度主动公开信息12条。`)
    expect(id).toMatchObject({ unit, county, year })
  })

  it('takes the county from the text when the title does not name it', () => {
    const id = parseIdentity('青禾镇2023年政府信息公开工作年度报告\n通过示例县人民政府门户网站公开信息5条，请与示例县青禾镇党政办联系。')
    expect(id.county).toBe('示例县')
  })

  it('does not glue sentence words onto a county named in the text', () => {
    const id = parseIdentity('甲镇2024年政府信息公开工作年度报告\n2024年我镇通过示范县门户网站公开信息5条。')
    expect(id.county).toBe('示范县')
  })

  it('leaves the county null when the text never names one', () => {
    expect(parseIdentity('青禾镇2023年政府信息公开工作年度报告\n全镇主动公开信息12条，全市统一部署。').county).toBeNull()
  })

  it('keeps digits inside a unit name and never takes a bare 镇 for a unit', () => {
    expect(parseIdentity('东山县测试12镇2023年政府信息公开工作年度报告').unit).toBe('测试12镇')
    expect(parseIdentity('东山县测试12镇2023年政府信息公开工作年度报告').county).toBe('东山县')
    expect(parseIdentity('2023年政府信息公开工作年度报告\n镇2023年政府信息公开工作年度报告').unit).toBeNull()
  })

  it('reads the year from the statistical period when the title has none', () => {
    expect(parseIdentity('青禾镇政府信息公开工作报告\n数据统计期限为2021年1月1日至2021年12月31日。').year).toBe(2021)
  })
})

describe('detectUnitKind', () => {
  it.each([['青禾镇', 'town'], ['云栖乡', 'township'], ['满族乡', 'township'], ['砚溪街道', 'subdistrict'], ['白云苏木', 'township'], ['城乡工作办事处', 'other']])('%s is %s', (unit, kind) => {
    expect(detectUnitKind(unit)).toBe(kind)
  })
})

describe('parsePublishedAt', () => {
  it('prefers the date under the signature, in Arabic or Chinese numerals', () => {
    expect(parsePublishedAt('发布时间：2024-01-20\n正文……\n青禾镇人民政府\n2024年1月26日')?.date).toBe('2024-01-26')
    expect(parsePublishedAt('正文……\n青禾镇人民政府\n二〇二四年一月二十六日')?.date).toBe('2024-01-26')
  })

  it('reads the page date line with or without a keyword', () => {
    expect(parsePublishedAt('标题\n来源：县政府办 发布时间：2023-01-31 13:24 浏览次数：\n正文')?.date).toBe('2023-01-31')
    expect(parsePublishedAt('标题\n2026年01月21日 来源：示例县\n正文')?.date).toBe('2026-01-21')
  })

  it('does not take the statistical period for a date', () => {
    expect(parsePublishedAt('统计时间：2023年1月1日至2023年12月31日\n正文没有落款')).toBeNull()
  })

  it('keeps a span that covers the date', () => {
    const text = '标题\n发布日期：2025-01-16\n正文'
    const p = parsePublishedAt(text)!
    expect(text.slice(p.span.start, p.span.end)).toBe('2025-01-16')
  })
})
