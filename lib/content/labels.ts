/** Reader-facing names of the contract's enum values. */
import type { Channel, Outcome } from './schema';

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
