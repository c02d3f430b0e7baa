// Every Chinese label of the model, in one place.
import type { ChannelCode, ReachMetric, Template, UnitKind } from './report.ts'

export const UNIT_KIND_LABELS: Record<UnitKind, string> = { town: '镇', township: '乡', subdistrict: '街道', other: '其他' }
export const TEMPLATE_LABELS: Record<Template, string> = { '2021': '2021年格式', '2019': '2019年试行格式', freeform: '自由格式（无表格）' }
export const CHANNEL_LABELS: Record<ChannelCode, string> = {
  portal: '政府网站', wechat: '微信公众号', weibo: '政务微博', video: '短视频', toutiao: '今日头条',
  county_app: '县级/省级客户端', meipian: '美篇', media: '报刊电视等媒体', board: '公开栏/电子屏',
  village_board: '村务公开栏', zone: '政务公开专区', oversight_app: '小微权力监督平台', im_group: '微信群/网格群',
  mailbox: '领导信箱', print: '宣传单/海报', other: '其他渠道',
}
export const REACH_METRIC_LABELS: Record<ReachMetric, string> = {
  visits: '访问量', reads: '阅读量', followers: '粉丝数', subscribers: '订阅数', views: '播放量',
}
