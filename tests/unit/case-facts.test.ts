/**
 * Facts as the seed has them: approximate amounts keep 余, a case says when the scam
 * happened and when the resident sought help in the report's words, a victim's words
 * are quoted as theirs, and every case has a plain one-line account.
 */
import { describe, expect, it } from 'vitest';
import { checkCaseTimes, type CaseTimeInput } from '@/lib/content/case-time';
import { parseContentDate, type ContentDate } from '@/lib/content/dates';
import { loadContent } from '@/lib/content/load';
import { errorsOf, formatProblem, type ContentProblem } from '@/lib/content/problems';
import { caseTimes, withYear } from '@/lib/format/case-time';
import { formatAmount } from '@/lib/format/number';
import { editValid, makeContent } from '../helpers/content-fixture';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

const seed = loadContent(SEED_CONTENT_DIR).content;
const seedCase = (slug: string) => {
  const found = seed.cases.find((c) => c.slug === slug);
  if (!found) throw new Error(`no seed case ${slug}`);
  return found;
};
const fraudCase = 'cases/sample-case.md';

function day(text: string): ContentDate {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

function problemsFor(from: string, to: string): ContentProblem[] {
  return errorsOf(loadContent(makeContent(editValid(fraudCase, from, to))).problems);
}

function loadCase(from: string, to: string) {
  const { content, problems } = loadContent(makeContent(editValid(fraudCase, from, to)));
  expect(errorsOf(problems).map(formatProblem)).toEqual([]);
  return content.cases[0]!;
}

describe('amounts keep the paper’s 余', () => {
  it('reads a plain number as exact and the object form as the editor marks it', () => {
    expect(loadCase('outcome: prevented', 'outcome: prevented\namountAtRisk: 62000').amountAtRisk).toEqual({ value: 62000, approx: false });
    expect(loadCase('outcome: prevented', 'outcome: prevented\namountAtRisk: { value: 150000, approx: true }').amountAtRisk).toEqual({
      value: 150000,
      approx: true,
    });
    expect(loadCase('outcome: prevented', 'outcome: lost\namountLost:\n  value: 3000').amountLost).toEqual({ value: 3000, approx: false });
    expect(loadContent(makeContent()).content.cases[0]!.amountLost).toEqual({ value: 0, approx: false });
  });

  it('shows the seed’s 15万余元 as 15万余元, and exact amounts without 余', () => {
    expect(formatAmount(seedCase('fake-police-investigation').amountAtRisk!)).toBe('15万余元');
    expect(formatAmount(seedCase('credit-record-bait').amountAtRisk!)).toBe('6.2万元');
    expect(formatAmount(seedCase('sextortion-video-chat').amountAtRisk!)).toBe('8000元');
  });

  it.each<[string, string, RegExp]>([
    ['an amount in words', 'amountAtRisk: 15万余元', /^金额写数字（元）.*\{ value: 150000, approx: true \}.*实际为文本 "15万余元"/],
    ['a negative amount', 'amountAtRisk: -5', /金额不能为负数/],
    ['a misspelt key in the object form', 'amountAtRisk: { value: 150000, aprox: true }', /未知字段 aprox，是不是想写 approx/],
    ['text as the value', 'amountAtRisk: { value: "15万", approx: true }', /^应为数字，实际为文本 "15万"/],
    ['an approx flag that is not true or false', 'amountAtRisk: { value: 150000, approx: 余 }', /布尔值/],
  ])('refuses %s with a message saying how to write it', (_name, line, message) => {
    const problems = problemsFor('outcome: prevented', `outcome: prevented\n${line}`);
    expect(
      problems.map((p) => p.message).some((m) => message.test(m)),
      problems.map(formatProblem).join('\n'),
    ).toBe(true);
    expect(problems.every((p) => p.field?.startsWith('amountAtRisk'))).toBe(true);
  });
});

describe('when it happened and when the resident sought help', () => {
  const input = (over: Partial<CaseTimeInput>): CaseTimeInput => ({ date: day('2022-05-21'), dateIs: 'occurred', ...over });

  it('shows the sextortion case’s 凌晨3时许 as the report words it, labelled as the call for help — never “03:00”', () => {
    const sextortion = seedCase('sextortion-video-chat');
    expect(sextortion.dateIs).toBe('sought-help');
    expect(caseTimes(sextortion)).toEqual([{ role: 'sought-help', label: '求助时间', text: '2022年5月21日凌晨3时许', dateTime: '2022-05-21' }]);
  });

  it('labels each seed case’s date as the report gives it: the scam’s day or the day help was sought', () => {
    const roles = Object.fromEntries(seed.cases.map((c) => [c.slug, caseTimes(c).map((t) => `${t.label} ${t.text}`)]));
    expect(roles).toEqual({
      'credit-record-bait': ['案发时间 2022年6月1日'],
      'fake-shopping-customer-service': ['案发时间 2022年5月15日'],
      'fake-police-investigation': ['求助时间 2022年5月11日'],
      'fake-debt-collection-link': ['求助时间 2022年5月20日'],
      'sextortion-video-chat': ['求助时间 2022年5月21日凌晨3时许'],
    });
  });

  it('shows both times when the report gives both, the scam first', () => {
    expect(caseTimes(input({ dateIs: 'sought-help', occurred: '5月20日晚', soughtHelp: '5月21日凌晨3时许' }))).toEqual([
      { role: 'occurred', label: '案发时间', text: '2022年5月20日晚', dateTime: '2022-05-20' },
      { role: 'sought-help', label: '求助时间', text: '2022年5月21日凌晨3时许', dateTime: '2022-05-21' },
    ]);
  });

  it('formats the machine date when the report has no words for it, and leaves an undated other time out', () => {
    expect(caseTimes(input({}))).toEqual([{ role: 'occurred', label: '案发时间', text: '2022年5月21日', dateTime: '2022-05-21' }]);
    expect(caseTimes(input({ dateIs: 'sought-help', occurred: '来市公安局之前' }))).toEqual([
      { role: 'occurred', label: '案发时间', text: '来市公安局之前', dateTime: undefined },
      { role: 'sought-help', label: '求助时间', text: '2022年5月21日', dateTime: '2022-05-21' },
    ]);
  });

  it('gives words without a year the year they fall in, across New Year too', () => {
    expect(withYear('5月21日凌晨3时许', { year: 2022, month: 5, day: 21 })).toBe('2022年5月21日凌晨3时许');
    expect(withYear('2021年12月30日', { year: 2021, month: 12, day: 30 })).toBe('2021年12月30日');
    expect(withYear('当天深夜', { year: 2022, month: 5, day: 21 })).toBe('当天深夜');
    const acrossNewYear = caseTimes({ date: day('2022-01-02'), dateIs: 'sought-help', occurred: '12月30日' });
    expect(acrossNewYear[0]).toEqual({ role: 'occurred', label: '案发时间', text: '2021年12月30日', dateTime: '2021-12-30' });
  });

  it('accepts words that agree with the date', () => {
    expect(checkCaseTimes(input({ occurred: '5月21日凌晨3时许' }))).toEqual([]);
    expect(checkCaseTimes(input({ dateIs: 'sought-help', soughtHelp: '2022年5月21日', occurred: '5月20日' }))).toEqual([]);
    expect(checkCaseTimes(input({ dateIs: 'sought-help', soughtHelp: '当天凌晨' }))).toEqual([]);
  });

  it.each<[string, string, string, RegExp]>([
    [
      'a dated time on another day',
      'dateIs: occurred',
      'dateIs: occurred\noccurred: "6月4日凌晨3时许"',
      /^写的是“6月4日凌晨3时许”，但 date 是 2022-06-01：dateIs 为 occurred，date 应当就是案发那一天/,
    ],
    ['a dated time in another year', 'dateIs: occurred', 'dateIs: occurred\noccurred: "2021年6月1日"', /date 是 2022-06-01/],
    ['help sought before the scam', 'dateIs: occurred', 'dateIs: occurred\nsoughtHelp: "5月30日"', /^求助时间“5月30日”早于案发时间“2022-06-01”/],
    ['a scam after the call for help', 'dateIs: occurred', 'dateIs: sought-help\noccurred: "6月3日"', /^求助时间“2022-06-01”早于案发时间“6月3日”/],
  ])('refuses %s', (_name, from, to, message) => {
    const problems = problemsFor(from, to);
    expect(
      problems.some((p) => message.test(p.message)),
      problems.map(formatProblem).join('\n'),
    ).toBe(true);
  });

  it('refuses a case that does not say what its date is', () => {
    const problems = problemsFor('dateIs: occurred\n', '');
    expect(problems.map((p) => [p.field, p.message])).toEqual([['dateIs', expect.stringMatching(/^缺少必填字段/)]]);
    const wrong = problemsFor('dateIs: occurred', 'dateIs: called');
    expect(wrong[0]?.message).toMatch(/应为以下之一：occurred、sought-help/);
  });
});

describe('the plain account and the victim’s own words', () => {
  it('every seed case has a one-line account short enough for a phone’s first screen', () => {
    for (const c of seed.cases) {
      expect(Array.from(c.whatHappened).length, c.slug).toBeLessThanOrEqual(80);
      expect(c.whatHappened.length, c.slug).toBeGreaterThan(20);
    }
  });

  it('refuses a case without one, or with a paragraph instead of a line', () => {
    expect(problemsFor('whatHappened: 有人冒充客服打电话，要求转账。\n', '').map((p) => p.field)).toEqual(['whatHappened']);
    const long = problemsFor('whatHappened: 有人冒充客服打电话，要求转账。', `whatHappened: ${'长'.repeat(81)}`);
    expect(long[0]?.message).toMatch(/^一句话说清发生了什么，不超过 80 个字（现在 81 个字）/);
  });

  it('quotes the sextortion victim’s own words as his, and gives him no site advice', () => {
    const sextortion = seedCase('sextortion-video-chat');
    expect(sextortion.quote).toEqual({ text: '今后要谨慎交友,提高防范意识。', who: '张先生' });
    expect(sextortion.advice).toBeUndefined();
  });

  it('refuses a quote without its speaker', () => {
    const problems = problemsFor('outcome: prevented', 'outcome: prevented\nquote:\n  text: 以后要小心');
    expect(problems.map((p) => [p.field, p.message])).toEqual([['quote.who', expect.stringMatching(/^缺少必填字段/)]]);
  });
});
