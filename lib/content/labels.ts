/** Reader-facing names of the contract's enum values. */
import type { Channel, DateRole, Outcome } from './schema';

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: '电话',
  sms: '短信',
  qq: 'QQ',
  wechat: '微信',
  'video-call': '视频通话',
  app: '手机应用',
  website: '网站或链接',
  'in-person': '当面',
  other: '其他渠道',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  prevented: '成功劝阻，未造成损失',
  lost: '已被骗',
  recovered: '被骗资金已追回',
  'partly-recovered': '被骗资金部分追回',
};

/** What a case's time is the time of: the fact box's labels. */
export const DATE_ROLE_LABELS: Record<DateRole, string> = {
  occurred: '案发时间',
  'sought-help': '求助时间',
};

/** The same, after a date in a list: 2022年5月21日求助 */
export const DATE_ROLE_SUFFIXES: Record<DateRole, string> = {
  occurred: '案发',
  'sought-help': '求助',
};

/** What a case's amounts are: the sum a scammer sought is not money that was stopped in transit. */
export const AMOUNT_LABELS = {
  atRisk: '骗子索要或企图骗取的金额',
  /** The same, for a chart's legend */
  atRiskShort: '索要或企图骗取',
  lost: '实际损失',
} as const;
