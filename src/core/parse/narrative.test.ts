import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../text/normalize.ts'
import { parseNarrative } from './narrative.ts'

const keyOf = (text: string) =>
  parseNarrative(text).narrative.channels.map((c) => `${c.channel}:${c.items ?? '-'}${c.approx ? '~' : ''}`)

describe('parseNarrative', () => {
  it('keeps the overall count apart from the channels that follow 其中 when a report gives both', () => {
    const text = '一、总体情况\n全年主动公开政府信息300条,其中通过区政府门户网站发布120条,在“清河在线”微信公众号发布180条。'
    const { narrative } = parseNarrative(text)
    expect(narrative.proactiveTotal).toEqual({ value: 300, approx: false })
    expect(narrative.channels).toEqual([
      { channel: 'portal', name: null, items: 120, approx: false, reach: null },
      { channel: 'wechat', name: '清河在线', items: 180, approx: false, reach: null },
    ])
  })

  it('records a count tied to one channel as a channel only when no overall figure is stated', () => {
    const { narrative } = parseNarrative('全年在县政府网站主动公开政府信息42条,涉及财政、民生等领域。')
    expect(narrative.proactiveTotal).toBeNull()
    expect(keyOf('全年在县政府网站主动公开政府信息42条,涉及财政、民生等领域。')).toEqual(['portal:42'])
  })

  it('takes the count of a 主动公开 heading as the overall figure when only a quantifier stands before it', () => {
    expect(parseNarrative('(一)主动公开情况:全年共计86条。').narrative.proactiveTotal?.value).toBe(86)
    expect(parseNarrative('(一)主动公开:机构职能类3条,工作动态12条。').narrative.proactiveTotal).toBeNull()
  })

  it('skips category breakdowns when their clauses name no channel', () => {
    const text = '本年度主动公开信息56条,其中工作动态30条、通知公告20条、财政信息6条。'
    expect(keyOf(text)).toEqual([])
    expect(parseNarrative(text).narrative.proactiveTotal?.value).toBe(56)
  })

  it('treats a count over several kinds of channel as the overall figure', () => {
    const text = '通过镇政府网站、政务新媒体和宣传栏等渠道主动公开信息400余条。'
    const { narrative } = parseNarrative(text)
    expect(narrative.proactiveTotal).toEqual({ value: 400, approx: true })
    expect(narrative.channels).toEqual([])
  })

  it('treats a count deduplicated over listed channels as the overall figure', () => {
    const text = '全年通过电子屏、公示栏等渠道发布信息共计64条(同一信息在不同渠道发布只计1条)。'
    expect(parseNarrative(text).narrative.proactiveTotal).toEqual({ value: 64, approx: false })
    expect(keyOf(text)).toEqual([])
  })

  it('does not take a place that sets the scene for the channel of an overall count', () => {
    const text = '依托各村政务公开专区,全年主动公开各类信息310余条,其中政策文件40条。'
    expect(parseNarrative(text).narrative.proactiveTotal).toEqual({ value: 310, approx: true })
    expect(keyOf('在便民服务中心公开办事指南15份。')).toEqual(['zone:15'])
  })

  it('attaches the first reach figure to its channel statement', () => {
    const text = '“山水新村”公众号全年推送文章215篇,阅读量3.2万余次,关注人数8800人。'
    expect(parseNarrative(text).narrative.channels).toEqual([
      { channel: 'wechat', name: '山水新村', items: 215, approx: false, reach: { metric: 'reads', value: 32000, approx: true } },
    ])
  })

  it('reads print runs and board postings with their own units', () => {
    expect(keyOf('印发宣传单2万余份,张贴公告60余次。')).toEqual(['print:20000~', 'board:60~'])
  })

  it('continues the previous channel when a later clause has no channel word', () => {
    expect(keyOf('通过门户网站发布动态信息80条;发布法定公开内容12条。')).toEqual(['portal:80', 'portal:12'])
  })

  it('ignores cumulative, service-case and application counts', () => {
    const text = '历年累计主动公开信息900条。便民服务中心办件300件。全年受理政府信息公开申请2件。'
    expect(keyOf(text)).toEqual([])
    expect(parseNarrative(text).narrative.applications).toBe(2)
  })

  it('records letters to a leader mailbox as the mailbox channel', () => {
    expect(keyOf('全年收到书记信箱来信九件,均已回复。')).toEqual(['mailbox:9'])
  })

  it('states zero applications when the text says none were received', () => {
    expect(parseNarrative('本年度未收到公民、法人提出的政府信息公开申请。').narrative.applications).toBe(0)
    expect(parseNarrative('全年依申请公开0件。').narrative.applications).toBe(0)
  })

  it('leaves applications null when only partial or review counts are given', () => {
    expect(parseNarrative('通过网站答复申请4件,办理并答复纸质申请5件。因政府信息公开申请引发的行政复议1件。').narrative.applications).toBeNull()
  })

  it('names the channel by the last word of a compound and the first of a list', () => {
    expect(keyOf('在镇便民服务中心公示栏张贴信息25条。')).toEqual(['board:25'])
    expect(keyOf('依托公众号、视频号等平台发布信息70条。')).toEqual(['wechat:70'])
  })

  it('does not read the problems section, which restates figures', () => {
    const text = '一、总体情况\n网站发布信息20条。\n五、存在的主要问题及改进情况\n网站全年只发布20条信息。'
    expect(keyOf(text)).toEqual(['portal:20'])
  })

  it('reads a count written alone in brackets after its channel', () => {
    expect(keyOf('通过镇政府网站(75条)、微信公众号(40条)发布信息。')).toEqual(['portal:75', 'wechat:40'])
    expect(keyOf('镇政府网站发布信息75条(含转发12条)。')).toEqual(['portal:75'])
  })

  it('reads channel counts listed inside brackets after the overall count', () => {
    const text = '全年主动公开政府信息90条(其中镇政府网站52条、公众号38条)。'
    expect(parseNarrative(text).narrative.proactiveTotal?.value).toBe(90)
    expect(keyOf(text)).toEqual(['portal:52', 'wechat:38'])
  })

  it('keeps reading a section whose heading names the overview even when it mentions problems', () => {
    const text = '一、总体情况及存在问题\n网站发布信息20条。\n五、存在的问题和改进措施\n公众号发布信息8条。'
    expect(keyOf(text)).toEqual(['portal:20'])
  })

  it('joins lines that a PDF wrapped inside a sentence and maps spans back to the text', () => {
    const text = '一、总体情况\n本镇严格落实公开要求，全年通过镇政府门户网站累计发布各类政务信\n息66条。'
    const { narrative, sources } = parseNarrative(text)
    expect(narrative.channels[0]?.items).toBe(66)
    const span = sources['narrative.channels.0.items']
    expect(text.slice(span.start, span.end)).toBe('66条')
  })

  it('reads prose that a page laid out inside a table cell', () => {
    const text = '导航\t全年在镇政府网站发布信息31条,微信公众号发布19条。本年度未收到政府信息公开申请。\n'
    expect(keyOf(text)).toEqual(['portal:31', 'wechat:19'])
    expect(parseNarrative(text).narrative.applications).toBe(0)
  })

  it('merges a reach figure given in its own sentence into the account statement', () => {
    const text = '通过“青山发布”公众号发布信息40条。“青山发布”公众号全年阅读量2.1万次。'
    expect(parseNarrative(text).narrative.channels).toEqual([
      { channel: 'wechat', name: '青山发布', items: 40, approx: false, reach: { metric: 'reads', value: 21000, approx: false } },
    ])
  })

  it('hands out counts in order when 分别 follows a list of channels', () => {
    expect(keyOf('通过网站、公众号分别发布信息60条、45条。')).toEqual(['portal:60', 'wechat:45'])
  })

  it('gives a source span for every value it returns', () => {
    const text = '全年主动公开政府信息30条,其中网站发布18条。收到政府信息公开申请1件。'
    const { sources } = parseNarrative(text)
    expect(text.slice(sources['narrative.proactiveTotal'].start, sources['narrative.proactiveTotal'].end)).toBe('30条')
    expect(text.slice(sources['narrative.applications'].start, sources['narrative.applications'].end)).toBe('1')
    expect(Object.keys(sources)).toContain('narrative.channels.0')
  })

  it('stays linear on long runs of numerals, quotes and brackets', () => {
    const started = performance.now()
    for (const text of ['一'.repeat(20000), '“'.repeat(20000), '('.repeat(20000), '申请'.repeat(10000)]) parseNarrative(text)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  // Real-world case: ../shared/corpus/seed/henan-fengqiu-zhaogang-2023.txt
  it('matches the truth record of the seed report', () => {
    const dir = new URL('../../../../shared/corpus/seed/', import.meta.url)
    const text = normalizeText(readFileSync(new URL('henan-fengqiu-zhaogang-2023.txt', dir), 'utf8'))
    const truth = JSON.parse(readFileSync(new URL('henan-fengqiu-zhaogang-2023.truth.json', dir), 'utf8'))
    expect(parseNarrative(text).narrative).toEqual(truth.narrative)
  })
})
