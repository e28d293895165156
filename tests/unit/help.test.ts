import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '@/lib/content/load';
import type { Content } from '@/lib/content/records';
import { helpFor, type HelpResult, type Segment } from '@/lib/fraud/help';
import { MAX_TEXT_CHARS, parseHelpRequest, type SearchParams } from '@/lib/fraud/help-request';
import { signCatalogue, signId } from '@/lib/fraud/help-signs';
import { site } from '@/lib/site/config';
import { makeContent } from '../helpers/content-fixture';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

const seed = loadContent(SEED_CONTENT_DIR);
const content = seed.content;

function ask(params: SearchParams, from: Content = content): HelpResult {
  return helpFor(from, parseHelpRequest(params));
}

const marked = (segments: readonly Segment[]) => segments.filter((s) => s.match).map((s) => s.text);
const joined = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');

afterEach(() => vi.restoreAllMocks());

describe('the seed content the helper is tested on', () => {
  it('loads without problems and has several types with cases', () => {
    expect(seed.problems).toEqual([]);
    expect(content.scamTypes.length).toBeGreaterThan(2);
    expect(content.cases.length).toBeGreaterThan(2);
  });
});

describe('matching what the caller said', () => {
  it('ranks 冒充公检法类 first for "对方自称公安局，让我视频配合调查", highlighting the words that matched', () => {
    const result = ask({ q: '对方自称公安局，让我视频配合调查' });
    const [first] = result.likely;
    expect(first?.scamType.slug).toBe('impersonating-authorities');
    expect(first?.scamType.name).toBe('冒充公检法类');
    expect(first?.confidence).toBe('很可能');
    // The resident's own words, marked where they matched
    expect(joined(first!.quoted)).toBe('对方自称公安局，让我视频配合调查');
    expect(marked(first!.quoted).join('|')).toContain('公安局');
    expect(marked(first!.quoted).join('|')).toContain('视频配合调查');
    // A matching sign of the type, with the shared words marked in the sign's text
    const sign = first!.signs.find((s) => s.text.includes('视频配合调查'));
    expect(sign).toBeDefined();
    expect(joined(sign!.segments)).toBe(sign!.text);
    expect(marked(sign!.segments).join('')).toContain('视频配合调查');
    expect(sign!.ticked).toBe(false);
    // Its cases, with the red flags the text matched
    const police = first!.cases.find((c) => c.fraudCase.scamType === 'impersonating-authorities');
    expect(police).toBeDefined();
    expect(police!.matchedFlags.length).toBeGreaterThan(0);
    expect(first!.cases.every((c) => c.fraudCase.scamType === first!.scamType.slug)).toBe(true);
    // Another type, if offered at all, ranks lower
    for (const other of result.likely.slice(1)) expect(other.score).toBeLessThan(first!.score);
  });

  it.each([
    ['说我上学时开通了借贷业务，不取消会影响征信', 'fake-credit-record'],
    ['网络信贷中心打电话催我还款，不还就起诉', 'fake-debt-collection'],
    ['购物平台客服说要给我理赔退款', 'fake-customer-service'],
    ['美女加我QQ视频聊天，然后威胁我要把视频发给通讯录', 'sextortion'],
    ['说我有一张非法银行卡，涉嫌洗钱', 'impersonating-authorities'],
  ])('ranks the right type first for a paraphrase: %s', (q, slug) => {
    expect(ask({ q }).likely[0]?.scamType.slug).toBe(slug);
  });

  // The steps are the reporters' wording of each case and are not used for matching:
  // told back as a resident would, each case must point at its own type.
  it.each(content.cases.filter((c) => c.steps.length >= 2).map((c) => [c.slug, c] as const))(
    'ranks the type of case %s first from its own story',
    (_slug, fraudCase) => {
      const q = fraudCase.steps.slice(0, 3).join('');
      const result = ask({ q });
      expect(result.likely[0]?.scamType.slug).toBe(fraudCase.scamType);
      const listed = result.likely[0]!.cases.map((c) => c.fraudCase.slug);
      expect(listed).toContain(fraudCase.slug);
    },
  );

  it('reads full-width Latin and digits like half-width ones (ＱＱ, ９６１１０)', () => {
    const half = ask({ q: '要求你不要接听96110电话' }).likely[0];
    const full = ask({ q: '要求你不要接听９６１１０电话' }).likely[0];
    expect(full?.scamType.slug).toBe(half?.scamType.slug);
    expect(full?.score).toBeCloseTo(half!.score, 6);
  });

  it('reads traditional characters like simplified ones, and marks the words as the resident wrote them', () => {
    const simplified = ask({ q: '对方自称公安局，让我视频配合调查' }).likely[0];
    const traditional = ask({ q: '對方自稱公安局，讓我視頻配合調查' }).likely[0];
    expect(traditional?.scamType.slug).toBe('impersonating-authorities');
    expect(traditional?.confidence).toBe(simplified?.confidence);
    expect(traditional?.score).toBeCloseTo(simplified!.score, 6);
    expect(joined(traditional!.quoted)).toBe('對方自稱公安局，讓我視頻配合調查');
    expect(marked(traditional!.quoted).join('|')).toContain('視頻配合調查');
  });

  it('does not name a type from words that many scams share (对方, 要求)', () => {
    expect(ask({ q: '对方要求我操作' }).likely).toEqual([]);
    expect(ask({ q: '自称客服要求我转账' }).likely.filter((l) => l.confidence === '很可能')).toEqual([]);
  });

  it('offers no type for text unrelated to any scam, but every type to browse', () => {
    const result = ask({ q: '今天天气很好，我去公园散步了' });
    expect(result.likely).toEqual([]);
    expect(result.allTypes.map((t) => t.slug)).toEqual(content.scamTypes.map((t) => t.slug));
    expect(result.actionSets.map((set) => set.when)).toEqual(['gone', 'not-yet']);
  });
});

describe('ticked signs', () => {
  it.each(content.scamTypes.map((t) => [t.slug] as const))('ticking the signs of %s ranks it first and marks them as ticked', (slug) => {
    const scamType = content.scamTypes.find((t) => t.slug === slug)!;
    const ids = scamType.signs.slice(0, 2).map((_, index) => signId(slug, index));
    const first = ask({ s: ids }).likely[0];
    expect(first?.scamType.slug).toBe(slug);
    expect(first!.signs.filter((s) => s.ticked).map((s) => s.text)).toEqual(scamType.signs.slice(0, 2));
  });

  it('offers every sign of every type, once each, with ids from the slug and position', () => {
    const { groups, byId } = signCatalogue(content.scamTypes, content.surestSigns);
    const offered = groups.filter((g) => g.key !== 'surest').flatMap((g) => g.signs);
    const all = content.scamTypes.flatMap((t) => t.signs);
    expect(groups[0]?.signs.map((s) => s.text)).toEqual(content.surestSigns.map((s) => s.sign));
    expect(new Set(offered.map((s) => s.text))).toEqual(new Set(all));
    expect(new Set(offered.map((s) => s.id)).size).toBe(offered.length);
    for (const scamType of content.scamTypes) {
      scamType.signs.forEach((text, index) => expect(byId.get(`${scamType.slug}.${index + 1}`)?.text).toBe(text));
    }
  });

  it('ignores unknown sign ids and odd values without failing', () => {
    const known = signId('impersonating-authorities', 0);
    const result = ask({ s: ['no-such-type.1', 'impersonating-authorities.999', '', '../../etc', known, known], paid: ['yes', 'no'] });
    expect(result.ignoredSignIds).toEqual(['no-such-type.1', 'impersonating-authorities.999', '../../etc']);
    expect(result.tickedSigns.map((s) => s.id)).toEqual([known]);
    expect(result.likely[0]?.scamType.slug).toBe('impersonating-authorities');
    expect(result.request.paid).toBe('yes');
  });
});

describe('surest signs', () => {
  it('warns for "对方让我不要接96110的电话" and names the words', () => {
    const { alarm } = ask({ q: '对方让我不要接96110的电话' });
    expect(alarm.triggered).toBe(true);
    expect(alarm.signs.flatMap((s) => s.clauses)).toEqual(['对方让我不要接96110的电话']);
  });

  it('warns for the same words in traditional characters or with full-width digits', () => {
    for (const q of ['對方讓我不要告訴家人', '他说别接９６１１０的电话']) {
      const { alarm } = ask({ q });
      expect(alarm.triggered, q).toBe(true);
      expect(
        alarm.signs.flatMap((s) => s.clauses),
        q,
      ).toEqual([q]);
    }
  });

  it('warns when a ticked type sign shows one', () => {
    const { groups } = signCatalogue(content.scamTypes, content.surestSigns);
    const sign = groups
      .filter((g) => g.key !== 'surest')
      .flatMap((g) => g.signs)
      .find((s) => s.surest.length > 0);
    expect(sign).toBeDefined();
    const { alarm } = ask({ s: sign!.id });
    expect(alarm.triggered).toBe(true);
    expect(new Set(alarm.signs.flatMap((s) => s.ticked))).toEqual(new Set([sign!.text]));
    expect(alarm.signs.map((s) => s.sign)).toEqual(sign!.surest);
  });

  it('does not warn when nothing of the kind was said or ticked', () => {
    expect(ask({ q: '对方自称公安局，让我视频配合调查' }).alarm.triggered).toBe(false);
    expect(ask({ s: signId('fake-debt-collection', 0) }).alarm.triggered).toBe(false);
  });
});

describe('next actions', () => {
  const ids = (result: HelpResult) => result.actionSets.map((set) => [set.when, set.actions.map((a) => a.id)]);

  it('not yet paid: the hotline first, then hang up (never on 96110) and do not pay', () => {
    const result = ask({ q: '对方自称公安局', paid: 'no' });
    expect(ids(result)).toEqual([['not-yet', ['call-hotline', 'hang-up', 'do-not-pay']]]);
    const [set] = result.actionSets;
    expect(set!.actions[0]).toMatchObject({ tel: site.hotline.number });
    expect(set!.actions.some((a) => a.tel === site.emergency)).toBe(false);
    expect(set!.actions.find((a) => a.id === 'hang-up')?.text).toContain(`${site.hotline.number} 打来的反诈预警电话除外`);
    expect(set!.actions.find((a) => a.id === 'do-not-pay')?.text).toMatch(/不转账.*验证码.*共享屏幕/);
  });

  it('after paying: 110 first, then the bank freeze, the evidence and the hotline', () => {
    const result = ask({ q: '对方自称公安局', paid: 'yes' });
    expect(ids(result)).toEqual([['gone', ['call-police', 'freeze-account', 'keep-evidence', 'call-hotline']]]);
    const actions = result.actionSets[0]!.actions;
    expect(actions[0]).toMatchObject({ tel: site.emergency });
    expect(actions[0]?.text).toContain('报警');
    expect(actions[1]?.text).toMatch(/银行.*(冻结|止付)/);
  });

  it('unsaid, or an odd value: both sets, after-payment first', () => {
    for (const paid of [undefined, 'unknown', 'whatever']) {
      expect(ids(ask({ q: '对方自称公安局', paid })).map(([when]) => when)).toEqual(['gone', 'not-yet']);
    }
  });
});

describe('odd input', () => {
  it('cuts a 10,000-character text to the limit and says so', () => {
    const q = '对方自称公安局，让我视频配合调查。'.repeat(600).slice(0, 10_000);
    expect(q).toHaveLength(10_000);
    const result = ask({ q });
    expect(result.request.truncated).toBe(true);
    expect(Array.from(result.request.text)).toHaveLength(MAX_TEXT_CHARS);
    expect(result.likely[0]?.scamType.slug).toBe('impersonating-authorities');
    expect(ask({ q: '对方自称公安局' }).request.truncated).toBe(false);
  });

  it('never splits a character outside the BMP when cutting', () => {
    const request = parseHelpRequest({ q: '𠮷'.repeat(MAX_TEXT_CHARS + 5) });
    expect(request.text).toBe('𠮷'.repeat(MAX_TEXT_CHARS));
  });

  it('tells the empty form from a sent one', () => {
    expect(parseHelpRequest({}).submitted).toBe(false);
    expect(parseHelpRequest(undefined).submitted).toBe(false);
    expect(parseHelpRequest({ page: '2' }).submitted).toBe(false);
    expect(parseHelpRequest({ q: '' }).submitted).toBe(true);
    expect(parseHelpRequest({ q: ['第一个', '第二个'] }).text).toBe('第一个');
    expect(parseHelpRequest({ q: '  \u0000对方\n\n自称\t公安  ' }).text).toBe('对方 自称 公安');
  });

  it('answers any text and any ids without throwing, and marks only what was said', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(...content.scamTypes.flatMap((t) => [...t.signs, ...t.aliases]), '９６１１０', 'ＱＱ', '㈱', '\u{20BB7}', '\uD800'),
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 20 }),
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }),
        fc.string({ maxLength: 5 }),
        (parts, s, paid) => {
          const result = ask({ q: parts.join(''), s, paid });
          expect(Array.from(result.request.text).length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
          expect([site.emergency, site.hotline.number]).toContain(result.actionSets[0]?.actions[0]?.tel);
          for (const likely of result.likely) {
            if (likely.quoted.length) expect(joined(likely.quoted)).toBe(result.request.text);
            for (const sign of likely.signs) expect(joined(sign.segments)).toBe(sign.text);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes nothing to the console: what residents type is not logged', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method));
    ask({ q: '对方让我不要接96110的电话', s: ['impersonating-authorities.1', 'bogus'], paid: 'yes' });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('signs come from the content, not the code', () => {
  const investment = `---
name: 虚假投资理财类
aliases: [荐股诈骗]
summary: 诈骗分子拉你进炒股群，推荐虚假的投资平台。
signs:
  - 陌生人拉你进炒股群，老师天天推荐股票
  - 称有内幕消息，保证稳赚不赔、高额回报
  - 要求在指定的投资平台或APP上充值
actions: [拨打96110咨询]
sources: [示例资料]
---
`;

  it('a new scam type in the content appears among the signs and is matched by its own sign text', () => {
    const { content: withNew, problems } = loadContent(makeContent({ 'scam-types/fake-investment.md': investment }));
    expect(problems).toEqual([]);
    const { groups } = signCatalogue(withNew.scamTypes, withNew.surestSigns);
    const group = groups.find((g) => g.key === 'fake-investment');
    expect(group?.title).toBe('虚假投资理财类');
    expect(group?.signs.map((s) => s.id)).toEqual(['fake-investment.1', 'fake-investment.2', 'fake-investment.3']);

    const byText = ask({ q: '有个老师拉我进炒股群，说有内幕消息稳赚不赔' }, withNew);
    expect(byText.likely[0]?.scamType.slug).toBe('fake-investment');
    expect(byText.likely[0]?.signs.length).toBeGreaterThan(0);
    const bySignText = ask({ q: withNew.scamTypes.find((t) => t.slug === 'fake-investment')!.signs[1]! }, withNew);
    expect(bySignText.likely[0]?.scamType.slug).toBe('fake-investment');
    const byTick = ask({ s: 'fake-investment.3' }, withNew);
    expect(byTick.likely[0]?.scamType.slug).toBe('fake-investment');
  });

  it('offers a sign two types share once, and ticking it counts for both', () => {
    const shared = '要求你向指定账户转账';
    const other = `---\nname: 另一类型\nsummary: 说明。\nsigns: [别的信号, "${shared}"]\nactions: [拨打96110]\nsources: [示例资料]\n---\n`;
    const first = `---\nname: 示例类型\nsummary: 一句话说明。\nsigns: ["${shared}", 可疑信号]\nactions: [拨打96110]\nsources: [示例资料]\n---\n`;
    const { content: fixture, problems } = loadContent(makeContent({ 'scam-types/sample-type.md': first, 'scam-types/other-type.md': other }));
    expect(problems).toEqual([]);
    const { groups, byId } = signCatalogue(fixture.scamTypes, fixture.surestSigns);
    const offered = groups.flatMap((g) => g.signs).filter((s) => s.text === shared);
    expect(offered).toHaveLength(1);
    expect(new Set(offered[0]!.types)).toEqual(new Set(['sample-type', 'other-type']));
    expect(byId.get('other-type.2')).toBe(offered[0]);
    const result = ask({ s: 'other-type.2' }, fixture);
    expect(new Set(result.likely.map((l) => l.scamType.slug))).toEqual(new Set(['sample-type', 'other-type']));
  });
});

describe('the teaser the home and case pages carry', () => {
  it('links to the helper', async () => {
    const { renderToStaticMarkup } = await import('react-dom/server');
    const { createElement } = await import('react');
    const { HelpTeaser } = await import('@/components/help/HelpTeaser');
    const html = renderToStaticMarkup(createElement(HelpTeaser));
    expect(html).toMatch(/<a [^>]*href="\/help"[^>]*>对照看看 <span aria-hidden="true">→<\/span> 我该怎么办<\/a>/);
    expect(html).toContain('接到可疑电话？');
    expect(html).not.toMatch(/<h\d|<aside|<section/);
  });
});
