/**
 * The helper's alarm and its reading of what already happened, on residents' own
 * wording. The alarm must fire on the scam's own instructions and never on innocent
 * speech that mentions the police, 96110, a bank's check, being alone or a refund.
 */
import { describe, expect, it } from 'vitest';
import type { Content } from '@/lib/content/records';
import { helpFor } from '@/lib/fraud/help';
import { parseHelpRequest } from '@/lib/fraud/help-request';
import { readMoneyState } from '@/lib/fraud/money-state';
import { officialsMentioned } from '@/lib/fraud/official-contact';
import { site } from '@/lib/site/config';
import { loadContent } from '@/lib/content/load';
import { makeContent } from '../helpers/content-fixture';
import { loadFixtureContent } from '../helpers/seed-fixture';

const content: Content = loadFixtureContent();
const ask = (q: string, paid?: string) => helpFor(content, parseHelpRequest({ q, ...(paid ? { paid } : {}) }));

const INNOCENT = [
  '我刚接到96110打来的电话，说我可能被骗了，这是真的吗',
  '我想问问反诈中心的电话是多少',
  '我一个人单独住，儿子在外地打工',
  '社区网格员让我下载国家反诈中心APP',
  '商场退货以后钱已经原路退还到我卡上了',
  '96110打电话提醒我不要理会陌生人的投资推荐',
  '民警提醒我不要相信自称公安的陌生来电',
  '派出所的民警上门来问我最近有没有接到奇怪的电话',
  '银行柜员问我转账是做什么用的',
  '银行工作人员说密码要保密，不要告诉别人',
  '儿子说不要把验证码告诉任何人',
  '我不知道要不要报警',
  '我想找个安静的地方看书',
  '医生让我找个安静的地方好好休息',
  '孙子教我用腾讯会议和他视频',
  '公司让我下载钉钉打卡',
  '女儿让我下载一个买菜的APP',
  '反诈民警提醒，公检法没有安全账户',
  '新闻里说根本不存在什么安全账户',
  '我收到一条银行发来的验证码短信，不知道是谁在登录',
  '网购的衣服退货，商家把钱退回来了',
  '朋友借我的钱已经还回来了',
  '110说会派人过来处理',
  '我打了110，民警说马上到',
  '社区开了防诈骗讲座，讲了96110是反诈专线',
  '我老伴去世了，现在一个人住，很安静',
  '我们一家人去酒店吃饭',
  '儿子结婚在酒店办酒',
  '快递员让我报一下取件码',
  '银行客服提醒我千万不要把验证码给别人',
  '反诈中心的民警让我安装国家反诈中心APP',
  '我接到反诈中心的电话，民警让我别给陌生人转账',
];

const SCAM = [
  ['对方让我不要接96110的电话', 'block-hotline'],
  ['他说96110打来的电话别接', 'block-hotline'],
  ['叫我不用理反诈中心的电话', 'block-hotline'],
  ['让我把96110拉黑', 'block-hotline'],
  ['警官说这是秘密侦查，不许报警', 'block-hotline'],
  ['他让我卸载国家反诈中心APP', 'block-hotline'],
  ['对方让我保密，不能告诉家人', 'keep-secret'],
  ['让我别跟儿子说这件事', 'keep-secret'],
  ['说银行问起就说是给亲戚转的钱', 'keep-secret'],
  ['他说这是机密案件，要求我保密', 'keep-secret'],
  ['让我找个安静没人的地方视频配合调查', 'quiet-place'],
  ['要求我去宾馆开个房间接受调查', 'quiet-place'],
  ['让我一个人单独视频', 'quiet-place'],
  ['对方让我把钱转到安全账户', 'safe-account'],
  ['说要把存款转入国家监管账户进行资金清查', 'safe-account'],
  ['让我共享屏幕给他看看', 'share-screen'],
  ['要求我下载会议软件开视频会议', 'share-screen'],
  ['客服让我打开屏幕共享操作退款', 'share-screen'],
  ['他让我把手机收到的验证码念给他听', 'read-code'],
  ['客服问我要验证码', 'read-code'],
  ['对方让我下载一个APP办理贷款', 'unknown-app'],
  ['让我安装他发来的软件', 'unknown-app'],
  ['對方讓我不要接96110的電話', 'block-hotline'],
  ['對方讓我把錢轉到安全賬戶', 'safe-account'],
] as const;

const PAID = [
  '我已经按他说的把3万块转过去了',
  '我已經把錢轉給自稱客服的人了',
  '钱已经转过去了',
  '我转了5000元给他',
  '刚才汇了两万块到他给的账户',
  '卡里的钱被转走了',
  '我的银行卡被扣了3000',
  '验证码告诉了他',
  '我把验证码给他了',
  '已经把验证码发给对方了',
  '交了2000元保证金',
  '在他给的平台充了1万',
  '我已經匯款了',
  '驗證碼已經告訴他了',
  '存款被划走了',
  '我付了800块解冻费',
  '转账成功了，现在联系不上他',
];

const NOT_PAID = ['我还没转', '还没有给他钱', '差点就转过去了', '我没有告诉他验证码', '他让我转过去，我没转'];

describe('the alarm', () => {
  it.each(INNOCENT)('stays silent on innocent speech: %s', (q) => {
    expect(ask(q).alarm.triggered).toBe(false);
  });

  it.each(SCAM)('fires on the scam’s own move: %s', (q, slug) => {
    const { alarm } = ask(q);
    expect(alarm.triggered).toBe(true);
    expect(alarm.signs.map((s) => s.sign.slug)).toContain(slug);
    expect(alarm.signs.find((s) => s.sign.slug === slug)?.clauses.length).toBeGreaterThan(0);
  });

  it('fires when a surest sign is ticked, without any text', () => {
    const sign = content.surestSigns[0]!;
    const result = helpFor(content, parseHelpRequest({ s: `surest.${sign.slug}` }));
    expect(result.alarm.signs.map((s) => s.sign.slug)).toEqual([sign.slug]);
    expect(result.alarm.signs[0]?.ticked).toEqual([sign.sign]);
  });

  it('has at least 30 innocent and 20 scam phrases in its tables', () => {
    expect(INNOCENT.length).toBeGreaterThanOrEqual(30);
    expect(SCAM.length).toBeGreaterThanOrEqual(20);
    // every surest sign is exercised by the table
    expect(new Set(SCAM.map(([, slug]) => slug))).toEqual(new Set(content.surestSigns.map((s) => s.slug)));
  });
});

describe('a resident who mentions 96110, the police or a bank', () => {
  it.each(['我刚接到96110打来的电话，说我可能被骗了，这是真的吗', '派出所的民警上门来问我', '银行柜员问我转账是做什么用的', '我想问问反诈中心的电话是多少'])(
    'is told how to check the caller, and never to hang up on 96110: %s',
    (q) => {
      const result = ask(q);
      expect(result.officials.length).toBeGreaterThan(0);
      const advice = result.actionSets.flatMap((set) => set.actions.map((a) => a.text));
      for (const text of advice.filter((t) => t.includes('挂断'))) expect(text).toContain(`${site.hotline.number} 打来的反诈预警电话除外`);
    },
  );

  it('does not take 96110 for 110', () => {
    expect(officialsMentioned('96110')).toEqual(['96110']);
    expect(officialsMentioned('打110')).toEqual(['110']);
    expect(officialsMentioned('我在家做饭')).toEqual([]);
  });
});

describe('reading what already happened', () => {
  it.each(PAID)('reads money or a code as gone and puts 110, then the freeze, first: %s', (q) => {
    expect(readMoneyState(q).state).toBe('gone');
    const result = ask(q);
    expect(result.money.state).toBe('gone');
    expect(result.actionSets).toHaveLength(1);
    const [first, second] = result.actionSets[0]!.actions;
    expect(first?.tel).toBe(site.emergency);
    expect(second?.id).toBe('freeze-account');
    expect(second?.text).toMatch(/止付|冻结/);
  });

  it.each(NOT_PAID)('reads "not yet" as not yet: %s', (q) => {
    expect(readMoneyState(q).state).toBe('not-yet');
    expect(ask(q).actionSets.map((set) => set.when)).toEqual(['not-yet']);
  });

  it('has no silent default: unknown shows both sets, after-payment first', () => {
    const result = ask('对方自称公安局');
    expect(result.money).toMatchObject({ state: 'unknown', source: 'none' });
    expect(result.actionSets.map((set) => set.when)).toEqual(['gone', 'not-yet']);
  });

  it('believes the words over a "no" in the form, and the form when the words are silent', () => {
    expect(ask('我已经转了2万', 'no').money).toMatchObject({ state: 'gone', source: 'text' });
    expect(ask('对方自称公安局', 'yes').money).toMatchObject({ state: 'gone', source: 'form' });
    expect(ask('对方自称公安局', 'no').money).toMatchObject({ state: 'not-yet', source: 'form' });
  });

  it('has at least 15 already-paid phrases, simplified and traditional', () => {
    expect(PAID.length).toBeGreaterThanOrEqual(15);
    expect(PAID.some((q) => /[經轉錢匯驗證]/.test(q))).toBe(true);
  });
});

describe('the rules file', () => {
  it('refuses a malformed trigger with its file, line and field, and keeps the other rules', () => {
    const rules = `- slug: safe-account
  sign: 让您把钱转到“安全账户”
  why: 没有安全账户。
  triggers:
    - 安全账户
    - 不要| + 接
`;
    const { problems } = loadContent(makeContent({ 'surest-signs.yml': rules }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 6 });
    expect(problems[0]?.file).toMatch(/surest-signs\.yml$/);
    expect(problems[0]?.field).toContain('triggers');
    expect(problems[0]?.message).toContain('空词');
  });

  it('is required: without it the alarm would silently never fire', () => {
    const { problems } = loadContent(makeContent({ 'surest-signs.yml': null }));
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('缺少文件 surest-signs.yml')]);
  });
});
