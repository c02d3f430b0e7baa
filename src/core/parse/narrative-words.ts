// The words that decide what a count in a narrative sentence is: a breakdown, the overall figure, a
// channel statement, or no publication at all. Kept as data so that a new phrasing is one edit here.

/** Words after which counts break a figure down by category (其中…, 包括…, 「1254条:」…). */
export const BREAKDOWN_RE = /其中|包括|包含|含|分别是|分别为|分别有|具体为|具体是|具体有|按(?:信息)?(?:类别|内容|类型|领域)分?|从(?:类别|内容|类型|领域)看|涵盖|涉及|[^\s,;:]中,/g
/** Words that end a breakdown and go back to channel statements: 「此外,…」. */
export const RESUME_RE = /此外|另外|另有|同时/g
/** Punctuation that ends a clause inside a sentence. */
export const CLAUSE_BREAKS = ',;:'
/** Verbs of publishing: a count without one is no publication count (「培训4次」, 「产生文件22条」). */
export const PUBLISH_RE = /公开|发布|推送|更新|公布|张贴|刊发|刊登|转发|推出|发放|上传|播放|报道|推文|上网/
/** 主动公开 announces the proactive count even where the clause with the number has no verb. */
export const PROACTIVE_RE = /主动公开/
/** Aggregating words: a count with one is a sum of its own, not a continuation of the previous channel. */
export const AGGREGATE_RE = /共计|合计|总计|总数|共有|总共/
/** Year-on-year differences (较上年增加20条) and rates or targets (每月至少2期) are not counts of items. */
export const COMPARISON_RE = /较|同比|环比|比上年|比去年|增加|减少|增长|下降|提高|每(?:个?月|周|季度?|半年|年度?|天)|至少|不少于/
/** Counts of documents and decisions of 表二, or of interpretations, are not the overall proactive count. */
export const NOT_TOTAL_RE = /规范性文件|规章|许可|处罚|强制|收费|解读/
/**
 * Applications, reviews, service cases (便民中心办件, 12345 热线, 政务服务网办理事项) and events
 * (会议, 培训, 解读活动) are not publication.
 */
export const NOT_PUBLICATION_RE = /申请|复议|诉讼|12345|热线|办件|办理业务|办理事项|政务服务网|政务服务平台|服务事项|工单|咨询|投诉|信访|举报|会议|培训|活动|检查|督查|调研|讲座|宣讲|演练/
/** Letters to a 领导/区长信箱 are the mailbox channel even when they are 咨询 or 投诉. */
export const MAILBOX_RE = /信箱/
/** Counts over all years (历年累计, 截至目前累计) are not annual items. */
export const CUMULATIVE_RE = /历年|至今|以来累计|截[至止]目前|截[至止][^,;]{0,12}累计/
/** Words for 「several channels」: the count is the overall figure. */
export const MANY_CHANNELS_RE = /多种渠道|多渠道|各渠道|各类渠道|各种渠道|多个渠道|多种方式/
/** 「A、B等渠道」: with two or more channels named, the count is the overall figure. */
export const LISTED_CHANNELS_RE = /等(?:公开|发布|多种)?(?:渠道|途径|载体|方式)/
/** 「不同渠道发布的同一信息计为1条」: the report says its count is deduplicated over channels, so it is overall. */
export const DEDUPLICATED_RE = /不同渠道|同一信息|同一条信息/

/** 「分别」 hands out the counts that follow to the channels listed before it, in order. */
export const RESPECTIVELY_RE = /分别|依次/
/** What may stand between two counts of one 「分别」 list: 「120条、80条」. */
export const LIST_GAP_RE = /^\s*[、,和及与]?\s*$/
