/**
 * Residents' own wording, at least three phrases per scam type of the seed fixture:
 * the helper must put the intended type first or second. The phrases are how people
 * describe these scams to the police and to family, not the content's sign texts.
 */
import { describe, expect, it } from 'vitest';
import { helpFor } from '@/lib/fraud/help';
import { parseHelpRequest } from '@/lib/fraud/help-request';
import { loadFixtureContent } from '../helpers/seed-fixture';

const content = loadFixtureContent();

const PHRASES: Record<string, string[]> = {
  'impersonating-authorities': ['对方自称公安局，让我视频配合调查', '说我有一张非法银行卡，涉嫌洗钱', '自称检察院的说我涉案了，要冻结我的账户'],
  'fake-credit-record': ['说我上学时开通了借贷业务，不取消会影响征信', '客服说我的征信有问题，要注销校园贷账户', '对方说不关闭微粒贷会影响个人征信'],
  'fake-debt-collection': [
    '网络信贷中心打电话催我还款，不还就起诉',
    '有人打电话说我以前的网贷逾期了，发来一个还款链接',
    '催收的人让我把欠款转到一个公司对公账户',
  ],
  'fake-customer-service': ['购物平台客服说要给我理赔退款', '快递客服说我的包裹丢了，要给我双倍赔偿', '自称淘宝客服说我买的东西有质量问题，要退款给我'],
  sextortion: ['美女加我QQ视频聊天，然后威胁我要把视频发给通讯录', '裸聊以后对方说要把录像发给我家人，让我给钱', '视频聊天被录了屏，对方拿视频敲诈我'],
  'task-rebate-scam': [
    '有人拉我进群做点赞任务，说一单能返佣金',
    '网上找了个兼职刷单，前两单都返钱了，现在让我垫付五千块',
    '客服说我卡单了，要再充值做完连单才能提现',
  ],
  'fake-investment': [
    '有个老师拉我进了炒股群，天天荐股，让我在一个APP上开户',
    '群里说有内幕消息，买虚拟币稳赚不赔',
    '我在一个理财平台投了钱，现在提现说要交税',
  ],
  'fake-loan': ['我想贷款，对方说无抵押秒到账，但要先交手续费', '贷款APP说我银行卡号填错了，贷款被冻结，要交解冻费', '网贷客服让我刷流水证明还款能力'],
  'fake-shopping-service': ['在网上买东西比别处便宜很多，卖家让我加微信私下转账', '找人代抢演唱会门票，付了钱就被拉黑了', '付了钱一直不发货，卖家又说要补关税'],
  'impersonating-acquaintance': [
    '领导加我微信说换号了，让我帮忙给客户转一笔钱',
    '老同学发消息说急需用钱，让我先转给他，他不方便接电话',
    '老板在微信上让我马上往一个账户打款，说在开会',
  ],
  'fake-game-trade': [
    '孩子在游戏里有人说免费送皮肤，让他用我手机扫码',
    '我在网上卖游戏账号，买家让我去一个交易网站，说账户冻结要交保证金',
    '有人要高价收购我的游戏账号',
  ],
  'online-romance-scam': [
    '网上认识的男朋友从来不肯视频，现在说家里人生病找我借钱',
    '网恋对象说在国外当兵，要给我寄包裹，让我先交关税',
    '交友软件上认识的女朋友说要来见我，让我先打路费',
  ],
};

const cases = Object.entries(PHRASES).flatMap(([slug, phrases]) => phrases.map((q) => [slug, q] as const));

describe('residents’ wording per scam type', () => {
  it('covers every type of the fixture with at least three phrases', () => {
    expect(Object.keys(PHRASES).sort()).toEqual(content.scamTypes.map((t) => t.slug).sort());
    for (const phrases of Object.values(PHRASES)) expect(phrases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('puts %s first or second for: %s', (slug, q) => {
    const ranked = helpFor(content, parseHelpRequest({ q })).likely.map((l) => l.scamType.slug);
    expect(ranked.slice(0, 2)).toContain(slug);
  });
});
