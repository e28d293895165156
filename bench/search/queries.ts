/**
 * The fixed query set of the benchmark: common and rare words, phrases whose bigrams
 * are all common, one character, Latin and numbers, traditional characters, synonyms,
 * several terms, a reordering, nothing found, filters, sorting and deeper pages.
 */
export interface BenchQuery {
  q: string;
  params?: Record<string, string>;
}

export const BENCH_QUERIES: BenchQuery[] = [
  { q: '工作' },
  { q: '市民' },
  { q: '新闻发布会' },
  { q: '诈骗' },
  { q: '反诈' },
  { q: '民警' },
  { q: '公检法' },
  { q: '冒充公检法' },
  { q: '征信' },
  { q: '个人征信' },
  { q: '腾讯会议' },
  { q: '屏幕共享' },
  { q: '验证码' },
  { q: '96110' },
  { q: 'Goip' },
  { q: 'app' },
  { q: '詐騙' },
  { q: '假警察' },
  { q: '裸聊' },
  { q: '司法救助' },
  { q: '骗' },
  { q: '反诈中心' },
  { q: '电信网络诈骗' },
  { q: '冒充 客服 退款' },
  { q: '诈骗 转账 银行' },
  { q: '国家反诈中心 APP' },
  { q: '会议腾讯' },
  { q: '不存在的词语组合' },
  { q: '诈骗', params: { type: 'case' } },
  { q: '诈骗', params: { sort: 'newest' } },
  { q: '征信', params: { section: 'law', from: '2018-01-01', to: '2020-12-31' } },
  { q: '反诈', params: { page: '5' } },
  { q: '', params: { type: 'case', scam: 'sextortion' } },
];
