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

/** 表三 总计 column folded for comparison (core/compare ApplicationKey). */
export const APPLICATION_LABELS = {
  new: '本年新收', carryIn: '上年结转', open: '予以公开', partial: '部分公开', deny: '不予公开',
  unable: '无法提供', noproc: '不予处理', other: '其他处理', total: '办理结果总计', carryOut: '结转下年度',
} as const
export const SEVERITY_LABELS: Record<string, string> = { ERROR: '错误', WARN: '警示', INFO: '提示' }

/** 表三 row labels as printed in the official template (2021; `other` is the trial format's single row). */
export const T3_TEMPLATE_ROW_LABELS = {
  new: '一、本年新收政府信息公开申请数量', carryIn: '二、上年结转政府信息公开申请数量',
  open: '（一）予以公开', partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  deny1: '1.属于国家秘密', deny2: '2.其他法律行政法规禁止公开', deny3: '3.危及“三安全一稳定”', deny4: '4.保护第三方合法权益',
  deny5: '5.属于三类内部事务信息', deny6: '6.属于四类过程性信息', deny7: '7.属于行政执法案卷', deny8: '8.属于行政查询事项',
  unable1: '1.本机关不掌握相关政府信息', unable2: '2.没有现成信息需要另行制作', unable3: '3.补正后申请内容仍不明确',
  noproc1: '1.信访举报投诉类申请', noproc2: '2.重复申请', noproc3: '3.要求提供公开出版物', noproc4: '4.无正当理由大量反复申请',
  noproc5: '5.要求行政机关确认或重新出具已获取信息',
  other1: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  other2: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', other3: '3.其他',
  other: '（六）其他处理', total: '（七）总计', carryOut: '四、结转下年度继续办理',
} as const
/** Group headings of 三、本年度办理结果 that carry no numbers, keyed by the first row under them. */
export const T3_TEMPLATE_GROUP_LABELS: Partial<Record<string, string>> = {
  open: '三、本年度办理结果', deny1: '（三）不予公开', unable1: '（四）无法提供', noproc1: '（五）不予处理', other1: '（六）其他处理',
}
export const T3_TEMPLATE_COLUMN_LABELS = { np: '自然人', ent: '商业企业', sci: '科研机构', npo: '社会公益组织', law: '法律服务机构', oth: '其他', tot: '总计' } as const
export const T4_TEMPLATE_LABELS = {
  groups: { review: '行政复议', litDirect: '行政诉讼·未经复议直接起诉', litAfterReview: '行政诉讼·复议后起诉' },
  fields: { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' },
} as const
