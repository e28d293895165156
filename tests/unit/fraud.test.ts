import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { errorsOf, formatProblem } from '@/lib/content/problems';
import { isSurestSign } from '@/lib/content/surest-signs';
import { describeTotals, rankTypesByCases, totalsOf } from '@/lib/fraud/aggregates';
import { editValid, makeContent } from '../helpers/content-fixture';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

const seed = loadContent(SEED_CONTENT_DIR).content;

describe('aggregates computed from case records', () => {
  const yuan = (value: number, approx = false) => ({ value, approx });

  it('totals the seed cases: five cases, all prevented, nothing lost; the 15万余元 keeps the sum approximate', () => {
    expect(totalsOf(seed.cases)).toEqual({ cases: 5, sought: yuan(62000 + 3000 + 150000 + 20000 + 8000, true), prevented: 5, lost: yuan(0) });
  });

  it('counts prevented cases and adds what was sought and what was lost', () => {
    const base = seed.cases[0]!;
    const cases = [
      { ...base, outcome: 'prevented' as const, amountAtRisk: yuan(1000), amountLost: yuan(0) },
      { ...base, outcome: 'lost' as const, amountAtRisk: yuan(5000), amountLost: yuan(5000) },
      { ...base, outcome: 'partly-recovered' as const, amountAtRisk: yuan(800), amountLost: yuan(300, true) },
      { ...base, outcome: 'lost' as const, amountAtRisk: undefined, amountLost: yuan(200) },
    ];
    expect(totalsOf(cases)).toEqual({ cases: 4, sought: yuan(6800), prevented: 1, lost: yuan(5500, true) });
  });

  it('ranks types by number of cases, then by the sum sought', () => {
    const [a, b] = seed.scamTypes;
    const base = seed.cases[0]!;
    const cases = [
      { ...base, scamType: b!.slug, amountAtRisk: yuan(10) },
      { ...base, scamType: b!.slug, amountAtRisk: yuan(10) },
      { ...base, scamType: a!.slug, amountAtRisk: yuan(1_000_000) },
    ];
    const ranked = rankTypesByCases(seed.scamTypes, cases);
    expect(ranked.map((r) => [r.scamType.slug, r.cases]).slice(0, 2)).toEqual([
      [b!.slug, 2],
      [a!.slug, 1],
    ]);
    expect(ranked).toHaveLength(seed.scamTypes.length);
  });

  it('says what the sum is — what the scammers sought — and never that it was stopped in transit', () => {
    const sentence = describeTotals(totalsOf(seed.cases));
    expect(sentence).toBe(
      '本站收录 5 个反诈案例。骗子索要或企图骗取的金额合计 24.3万余元（即骗子要求转账、诱导贷款或敲诈索要的数目，不等于已经转出或被拦下的钱）。其中 5 个案例成功劝阻，没有造成损失；实际损失合计 0元。',
    );
    expect(sentence).not.toMatch(/在转出前被拦下|成功拦下/);
  });
});

describe('red flags that show a surest sign', () => {
  it.each([
    ['对方要求不要接听96110电话', true],
    ['让其立即找一处安静的地方加QQ', true],
    ['叮嘱对家人保密', true],
    ['索要验证码', true],
    ['诱导下载腾讯会议,开启屏幕共享', true],
    // a trust trick, not a move that cuts the resident off from help
    ['先转入4.2元再退回以获取信任', false],
    ['自称黑龙江公安局来电', false],
  ])('%s → %s', (flag, expected) => {
    expect(isSurestSign(flag, seed.surestSigns)).toBe(expected);
  });

  it('marks the seed cases’ anti-intervention flags, and an editor can mark one explicitly', () => {
    const shopping = seed.cases.find((c) => c.slug === 'fake-shopping-customer-service')!;
    expect(shopping.flags.filter((f) => f.antiIntervention).map((f) => f.text)).toEqual(['告知她不要接听96110电话']);
    const dir = makeContent(
      editValid('cases/sample-case.md', 'redFlags: [对方要求转账]', 'redFlags:\n  - text: 让我跟谁都别说\n    antiIntervention: true\n  - 对方要求转账'),
    );
    const { content, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    expect(content.cases[0]!.flags).toEqual([
      { text: '让我跟谁都别说', step: undefined, antiIntervention: true },
      { text: '对方要求转账', antiIntervention: false },
    ]);
    expect(content.cases[0]!.redFlags).toEqual(['让我跟谁都别说', '对方要求转账']);
  });
});

describe('case steps', () => {
  it('every seed case says at which step it was stopped, and places its red flags on steps', () => {
    for (const fraudCase of seed.cases) {
      expect(fraudCase.stoppedAtStep, fraudCase.slug).toBeGreaterThanOrEqual(1);
      expect(fraudCase.stoppedAtStep!).toBeLessThanOrEqual(fraudCase.steps.length);
      expect(fraudCase.flags.every((flag) => flag.step !== undefined && flag.step <= fraudCase.steps.length)).toBe(true);
    }
  });

  it.each([
    [
      'stoppedAtStep beyond the steps',
      'outcome: prevented',
      'outcome: prevented\nsteps: [来电, 转账]\nstoppedAtStep: 3',
      'stoppedAtStep',
      /第 3 步不存在（steps 只有 2 步）/,
    ],
    [
      'a red flag on a missing step',
      'redFlags: [对方要求转账]',
      'redFlags:\n  - text: 对方要求转账\n    step: 2',
      'redFlags（第 1 项）.step',
      /第 2 步不存在（还没有写 steps）/,
    ],
    ['a misspelt red-flag key', 'redFlags: [对方要求转账]', 'redFlags:\n  - txt: 对方要求转账', 'redFlags（第 1 项）.txt', /是不是想写 text/],
  ])('reports %s', (_name, from, to, field, message) => {
    const problems = errorsOf(loadContent(makeContent(editValid('cases/sample-case.md', from, to))).problems);
    const match = problems.find((p) => p.field === field);
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(match!.message).toMatch(message);
  });
});
