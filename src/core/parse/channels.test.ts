import { describe, expect, it } from 'vitest'
import { findChannelMentions, pickDecisiveMentions } from './channels.ts'

const codes = (text: string) => findChannelMentions(text, 0, text.length).map((m) => m.pattern.channel)

describe('findChannelMentions', () => {
  it('names each channel code when a sentence lists several channels', () => {
    expect(codes('通过县政府门户网站、镇微信公众号、政务微博和村务公开栏发布')).toEqual(['portal', 'wechat', 'weibo', 'village_board'])
  })

  it('tells a WeChat group from a WeChat account when both words start alike', () => {
    expect(codes('在微信群转发通知')).toEqual(['im_group'])
  })

  it('does not take 新媒体 for the media channel', () => {
    expect(codes('在政务新媒体推送')).toEqual(['other'])
    expect(codes('在市级以上媒体刊发')).toEqual(['media'])
  })

  it('keeps a website column (栏目) apart from a notice board (公开栏)', () => {
    expect(codes('镇务公开栏目更新')).toEqual([])
    expect(codes('镇务公开栏张贴')).toEqual(['board', 'board'])
  })

  it('finds a county app by its 云上/XX通 name or its APP word', () => {
    expect(codes('云上青山 app')[0]).toBe('county_app')
    expect(codes('通过溪山通平台')[0]).toBe('county_app')
    expect(codes('监督一点通')).toEqual(['oversight_app'])
  })

  it('searches only inside the given range', () => {
    const text = '网站发布,公众号推送'
    expect(findChannelMentions(text, 5, text.length).map((m) => m.pattern.channel)).toEqual(['wechat'])
  })
})

describe('pickDecisiveMentions', () => {
  it('drops generic words when a specific channel word is present', () => {
    const text = '张贴宣传海报'
    const picked = pickDecisiveMentions(findChannelMentions(text, 0, text.length))
    expect(picked.map((m) => m.pattern.channel)).toEqual(['print'])
  })

  it('keeps generic words when nothing specific is named', () => {
    const text = '网上公开'
    expect(pickDecisiveMentions(findChannelMentions(text, 0, text.length)).map((m) => m.pattern.channel)).toEqual(['portal'])
  })
})
