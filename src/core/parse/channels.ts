import type { ChannelCode } from '../model/report.ts'

/**
 * Groups of channels: a count tied to channels of two or more families is an overall figure.
 * `none` is for words too vague to say which kind of channel is meant (平台).
 */
export type ChannelFamily = 'web' | 'newMedia' | 'media' | 'offline' | 'oversight' | 'group' | 'mailbox' | 'none'

export interface ChannelPattern {
  channel: ChannelCode
  family: ChannelFamily
  /** Regex source of the words that name the channel (DOMAIN §4.1, SCHEMA channel codes). */
  words: string
  /** A generic word (网上, 张贴, 新媒体) that names the channel only when no specific word is near. */
  weak?: boolean
  /**
   * A place rather than a medium (政务公开专区, 便民服务中心): it names the channel only in the count's own
   * clause, not when it sets the scene earlier in the sentence (「依托…专区,全年主动公开…400余条」).
   */
  place?: boolean
}

/**
 * How reports name publication channels. Order matters only where two words start at the same
 * character (the first listed wins), so longer and more specific words come first.
 */
export const CHANNEL_PATTERNS: readonly ChannelPattern[] = [
  { channel: 'village_board', family: 'offline', words: '村务公开栏?|三务公开栏?|村(?:\\(社区\\)|\\(居\\)|级|居|民)?(?:公示栏|公开栏|公告栏)|社区(?:公示栏|公开栏|公告栏)|村务栏' },
  { channel: 'im_group', family: 'group', words: '微信群|网格群|QQ群|工作群' },
  { channel: 'wechat', family: 'newMedia', words: '微信公众号|微信公众平台|微信订阅号|微信平台|公众号|微信|订阅号' },
  { channel: 'weibo', family: 'newMedia', words: '微博' },
  { channel: 'video', family: 'newMedia', words: '抖音|快手|视频号|短视频|哔哩哔哩' },
  { channel: 'toutiao', family: 'newMedia', words: '今日头条|头条号' },
  { channel: 'county_app', family: 'newMedia', words: '南方\\+|七彩云端|云上[\\u4e00-\\u9fa5]{2,3}(?=\\s?(?:app|APP|App|客户端|平台|账号|号))|[\\u4e00-\\u9fa5]{2}通(?=平台|APP|App|app|客户端)|(?:APP|App|app|客户端)(?![a-zA-Z])' },
  { channel: 'meipian', family: 'newMedia', words: '美篇' },
  { channel: 'oversight_app', family: 'oversight', words: '小微权力|一点通|监督平台' },
  { channel: 'media', family: 'media', words: '融媒体中心|(?<![新融自])媒体|日报|报(?=》)|广播电视|晚报|报社|报纸|报刊|电视台|电台|新华社|人民网|新华网|央视|央媒|学习强国' },
  { channel: 'board', family: 'offline', words: '公开栏(?!目|平台)|公示栏|公告栏|宣传栏|信息栏|展板|宣传板|电子屏幕?|显示屏|滚动屏|LED屏|公示牌|公开墙' },
  { channel: 'zone', family: 'offline', words: '公开专区|查阅点|查阅室|查阅中心|阅览室|便民服务中心|政务服务中心|服务大厅|办事大厅', place: true },
  { channel: 'mailbox', family: 'mailbox', words: '信箱|留言板' },
  { channel: 'print', family: 'offline', words: '宣传单|传单|画册|海报|宣传册|手册|宣传页|明白纸|折页|宣传资料|告知书' },
  { channel: 'portal', family: 'web', words: '门户网站?|网站|官网|政府网|政务网|公开网|外网|公开平台|公开专栏|公开系统|公开目录|集约化平台' },
  { channel: 'portal', family: 'web', words: '网上', weak: true },
  { channel: 'board', family: 'offline', words: '张贴', weak: true },
  { channel: 'other', family: 'newMedia', words: '小程序' },
  { channel: 'other', family: 'offline', words: '大喇叭|小喇叭|村村响' },
  { channel: 'other', family: 'newMedia', words: '新媒体|融媒体|线上', weak: true },
  { channel: 'other', family: 'none', words: '平台|网络', weak: true },
]

/** One place in the text that names a channel. */
export interface ChannelMention {
  pattern: ChannelPattern
  start: number
  end: number
}

const MENTION_RE = new RegExp(CHANNEL_PATTERNS.map((p) => `(${p.words})`).join('|'), 'g')
/** 「监督一点通」 is the oversight app, not a 「XX通」 county app. */
const NOT_COUNTY_APP_RE = /点通$/

/** Finds every channel word in text[from, to), in text order. */
export function findChannelMentions(text: string, from: number, to: number): ChannelMention[] {
  const out: ChannelMention[] = []
  const slice = text.slice(from, to)
  MENTION_RE.lastIndex = 0
  for (let m = MENTION_RE.exec(slice); m; m = MENTION_RE.exec(slice)) {
    let group = 1
    while (m[group] === undefined) group++
    const pattern = CHANNEL_PATTERNS[group - 1]
    if (pattern.channel === 'county_app' && NOT_COUNTY_APP_RE.test(m[0])) continue
    out.push({ pattern, start: from + m.index, end: from + m.index + m[0].length })
  }
  return out
}

/**
 * Collapses compounds — channel words written next to each other, 「便民服务中心公示栏」, 「微信视频号」,
 * 「村村响广播」 — into one mention named by the last informative word (the head) and spanning all of them.
 */
export function collapseCompounds(text: string, mentions: readonly ChannelMention[]): ChannelMention[] {
  const out: ChannelMention[] = []
  for (const m of mentions) {
    const prev = out[out.length - 1]
    if (!prev || text.slice(prev.end, m.start).trim() !== '') {
      out.push(m)
      continue
    }
    out[out.length - 1] = { pattern: isInformative(m) ? m.pattern : prev.pattern, start: prev.start, end: m.end }
  }
  return out
}

/**
 * The mentions that decide a channel, in text order: the specific ones, or the generic ones when no
 * specific one is there. In a list (「微信公众号、视频号等平台」) the first names the channel.
 */
export function pickDecisiveMentions(mentions: readonly ChannelMention[]): ChannelMention[] {
  const strong = mentions.filter((m) => !m.pattern.weak)
  return strong.length ? strong : [...mentions]
}

/** Whether a mention says which kind of channel is meant (「平台」 alone does not). */
export function isInformative(mention: ChannelMention): boolean {
  return mention.pattern.family !== 'none'
}

/** The kinds of channel among the mentions, generic words included (「网站、政务新媒体等平台」 is two kinds). */
export function countFamilies(mentions: readonly ChannelMention[]): number {
  const families = new Set<ChannelFamily>()
  for (const m of mentions) if (m.pattern.family !== 'none') families.add(m.pattern.family)
  return families.size
}
