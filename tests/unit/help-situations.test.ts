/**
 * After-care by situation (content/help/*.md, in the frozen seed copy): the helper links
 * the pages whose triggers a resident's words match, and shows them as "您的情况".
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HelpResultView } from '@/components/help/HelpResultView';
import { helpFor, situationsFor } from '@/lib/fraud/help';
import { parseHelpRequest } from '@/lib/fraud/help-request';
import { loadFixtureContent } from '../helpers/seed-fixture';

const content = loadFixtureContent();
const slugsFor = (text: string) => situationsFor(text, content.situations).map((match) => match.situation.slug);

/** What residents write → the after-care page that must be linked (others may be too). */
const RECOGNISED: [string, string][] = [
  ['我把验证码告诉他了', 'verification-code-given'],
  ['刚才把手机收到的验证码念给客服了', 'verification-code-given'],
  ['我已經把驗證碼發給對方了', 'verification-code-given'],
  ['他让我下载了一个会议软件共享了屏幕', 'screen-shared'],
  ['对方教我打开屏幕共享', 'screen-shared'],
  ['我按客服说的装了向日葵', 'screen-shared'],
  ['有人用我的身份证在网上贷了款', 'loan-in-my-name'],
  ['对方让我在微粒贷上借了5万转给他', 'loan-in-my-name'],
  ['征信报告里多了一笔我不知道的贷款', 'loan-in-my-name'],
  ['我已经按他说的把3万块转过去了', 'money-sent'],
  ['我已經把錢轉給自稱客服的人了', 'money-sent'],
  ['卡里的钱被转走了', 'money-sent'],
  ['用手机银行给他转了两万', 'bank-card-transfer'],
  ['在ATM上给对方汇了款', 'bank-card-transfer'],
  ['用微信给他转了5000', 'wechat-pay-transfer'],
  ['微信扫码付了800块', 'wechat-pay-transfer'],
  ['用支付宝扫码付了钱', 'alipay-transfer'],
  ['我用花呗买了购物卡', 'alipay-transfer'],
  ['我把身份证正反面拍照发给他了', 'id-card-or-face-given'],
  ['按他说的录了刷脸视频', 'id-card-or-face-given'],
  ['对方拿视频威胁我，要我给钱', 'blackmailed'],
  ['他说不给8000就把视频发给我通讯录里的人', 'blackmailed'],
  ['有人敲诈我', 'blackmailed'],
  ['有人说能帮我追回被骗的钱，要先交手续费', 'recovery-fee'],
  ['网上找了个追款律师让我先付定金', 'recovery-fee'],
  ['对方说交了解冻费就能退钱', 'recovery-fee'],
];

/** Words that mention the same things without it having happened: nothing is linked. */
const NOT_HAPPENED = [
  '我没有告诉他验证码',
  '千万不要把验证码告诉别人',
  '对方让我说验证码，我没说',
  '公司开会用腾讯会议共享屏幕',
  '网格员让我下载国家反诈中心APP',
  '我还没转钱',
  '我差点就转了',
  '我接到96110的电话',
  '银行打电话来问我',
  '我已经打了96110',
  '对方自称公安局，让我视频配合调查',
];

describe('the helper recognises what already happened', () => {
  it('covers every after-care page with at least two phrases', () => {
    for (const situation of content.situations) {
      expect(RECOGNISED.filter(([, slug]) => slug === situation.slug).length, situation.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(RECOGNISED)('%s → %s', (text, slug) => {
    expect(slugsFor(text)).toContain(slug);
  });

  it.each(NOT_HAPPENED)('%s → none', (text) => {
    expect(slugsFor(text)).toEqual([]);
  });

  it('lists each page once, in the editors’ order, with the clauses that matched as written', () => {
    const matches = situationsFor('卡里的钱被转走了，我还把验证码告诉了他，验证码也发给他了', content.situations);
    expect(matches.map((m) => m.situation.slug)).toEqual(['money-sent', 'bank-card-transfer', 'verification-code-given']);
    expect(matches[2]?.clauses).toEqual(['我还把验证码告诉了他', '验证码也发给他了']);
  });
});

describe('the helper’s answer links them as 您的情况', () => {
  const ask = (q: string) => helpFor(content, parseHelpRequest({ q }));

  it('puts the recognised pages in the result', () => {
    expect(ask('我把验证码告诉他了').situations.map((m) => m.situation.slug)).toEqual(['verification-code-given']);
    expect(ask('他让我下载了一个会议软件共享了屏幕').situations.map((m) => m.situation.slug)).toEqual(['screen-shared']);
    expect(ask('对方自称公安局').situations).toEqual([]);
  });

  it('renders them as links near the action sets, quoting the resident', () => {
    const html = renderToStaticMarkup(createElement(HelpResultView, { result: ask('我把验证码告诉他了') }));
    const section = html.slice(html.indexOf('<section class="situations"'));
    expect(section).toContain('<h3 id="help-situations-heading">您的情况</h3>');
    expect(section).toContain('<a href="/help/verification-code-given">验证码告诉了别人</a>');
    expect(section).toContain('<q>我把验证码告诉他了</q>');
    // After what to do now, before what scam it may be.
    expect(html.indexOf('help-action-set')).toBeLessThan(html.indexOf('help-situations-heading'));
    expect(html.indexOf('help-situations-heading')).toBeLessThan(html.indexOf('可能遇到的骗局'));
  });

  it('renders no such section when nothing matched', () => {
    expect(renderToStaticMarkup(createElement(HelpResultView, { result: ask('对方自称公安局') }))).not.toContain('您的情况');
  });
});

describe('cases link their after-care pages', () => {
  it('every seed case names pages that exist, and the loader keeps them in order', () => {
    const slugs = new Set(content.situations.map((s) => s.slug));
    const credit = content.cases.find((c) => c.slug === 'credit-record-bait');
    expect(credit?.situations).toEqual(['screen-shared', 'loan-in-my-name', 'verification-code-given']);
    for (const fraudCase of content.cases) for (const slug of fraudCase.situations) expect(slugs.has(slug), slug).toBe(true);
  });
});
