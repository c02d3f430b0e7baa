import { describe, expect, it } from 'vitest'
import { checkBreakdowns } from './breakdown.ts'
import type { ParsedReport } from '../../model/report.ts'

const hitsOf = (text: string) => checkBreakdowns({ text } as ParsedReport)

describe('checkBreakdowns', () => {
  it.each([
    ['parts above the total', '全年主动公开政务信息300条，包括政府网站30条，在市级媒体等平台发布70条，微信公众号发布2400条。'],
    ['a total of 1 with two parts', '发布法定主动公开内容1条，包括机构概况1条，以及预算决算信息2条。'],
    ['an exhaustive list below the total', '全年主动公开政府信息90条，其中政府网站50条、政务公开栏20条、其他信息10条。'],
    ['parts written with 万', '全年推送信息1万条，其中图文8000条、视频3000条。'],
    ['a bracketed list below its total', '全年共发布信息59条（其中，领导信息1条、工作进展48条，其它信息7条）。'],
  ])('raises a hit for %s', (_, text) => {
    expect(hitsOf(text)).toHaveLength(1)
  })

  it.each([
    ['parts that add up', '全年公开信息171条，其中基层政务公开领域信息124条，工作动态34条，预算决算4条，人事信息3条，政策解读2条，其他4条。'],
    ['mixed item units that add up', '主动公开政府信息47条，其中部门文件22件、通知公告16条、人事任免5条、财政预决算2条、工作计划1条、工作总结1条。'],
    ['a single highlighted part', '全年在网站主动公开政府信息189条，其中民生、行政执法等重点领域信息29条。'],
    ['a list ending with 等', '全年公开信息200条，其中政策文件12条、人事信息5条等。'],
    ['an approximate total', '全年累计主动公开各类政务信息400余条，其中政策文件52条、工作动态38条、涉农惠民政策解读100余条。'],
    ['reach figures after the parts', '年内发布推文760篇，其中原创推文398篇，阅读量达40万余次。'],
    ['a later clause about replies', '共收到申请3件，其中自然人2件、商业企业1件，已全部办结3件。'],
    ['a change on last year', '共发布信息120条，其中原创80条、转载40条，较上年增加20条。'],
    ['a nested breakdown in brackets', '共发布信息100条，其中网站60条（其中动态30条、公告30条）、微信40条。'],
    ['a parenthesised list', '全年共发布信息59条（其中，领导信息1条、工作进展51条，其它信息7条）。'],
    ['a list inside a different total', '全年公开信息60条，其中社会保险12条、房屋征收12条、公共法律服务12条、其他法定信息12条、社区事务12条。'],
    ['a category count without a total', '公众号信息中，乡村振兴228条、民政社保45条、党建58条等。'],
  ])('stays quiet on %s', (_, text) => {
    expect(hitsOf(text)).toEqual([])
  })

  it('points at the sentence', () => {
    const text = '前言。发布内容1条，包括概况1条，以及预算2条。'
    const [hit] = hitsOf(text)
    expect(text.slice(hit.spans![0].start, hit.spans![0].end)).toBe('发布内容1条，包括概况1条，以及预算2条')
  })
})
