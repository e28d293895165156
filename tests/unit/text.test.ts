import { describe, expect, it } from 'vitest';
import { deriveSummary, formatByline, formatDateline, readingCharacters, readingMinutes } from '@/lib/content/text';
import { formatAmount, formatQuantity } from '@/lib/format/number';

describe('derived text', () => {
  it('keeps a short first paragraph whole as the summary', () => {
    expect(deriveSummary('短短一段。')).toBe('短短一段。');
  });

  it('cuts a long first paragraph at a sentence end within 120 characters', () => {
    const paragraph = `${'甲'.repeat(70)}。${'乙'.repeat(100)}。`;
    expect(deriveSummary(paragraph)).toBe(`${'甲'.repeat(70)}。`);
  });

  it('cuts a long paragraph without sentence ends with an ellipsis', () => {
    const summary = deriveSummary('丙'.repeat(300));
    expect(Array.from(summary)).toHaveLength(120);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('groups consecutive authors of one role', () => {
    const authors = [
      { name: '刘友旺', role: '记者' },
      { name: '郎亚群', role: '通讯员' },
      { name: '李海军', role: '通讯员' },
    ];
    expect(formatByline(authors)).toBe('记者 刘友旺 通讯员 郎亚群 李海军');
    expect(formatDateline('本报讯', authors)).toBe('本报讯(记者 刘友旺 通讯员 郎亚群 李海军)');
    expect(formatDateline(undefined, authors)).toBeUndefined();
  });

  it('estimates reading time at about 400 characters a minute, at least one', () => {
    expect(readingMinutes(readingCharacters('字'.repeat(1200)))).toBe(3);
    expect(readingMinutes(readingCharacters('短'))).toBe(1);
    // White space is not read; several texts add up.
    expect(readingCharacters('一二 三\n四', '五六')).toBe(6);
  });

  it.each([
    [20857000, '元', '2085.7万元'],
    [2760000, '人', '276万人'],
    [43.9, '%', '43.9%'],
    [3364, '人', '3364人'],
    [150000000, '元', '1.5亿元'],
  ])('shows %d %s as %s', (value, unit, shown) => {
    expect(formatQuantity(value, unit)).toBe(shown);
  });

  it.each([
    [{ value: 62000, approx: false }, '6.2万元'],
    [{ value: 150000, approx: true }, '15万余元'],
    [{ value: 8000, approx: true }, '8000余元'],
    [{ value: 0, approx: false }, '0元'],
  ])('formats the amount %o as %s, keeping the paper’s 余', (amount, shown) => {
    expect(formatAmount(amount)).toBe(shown);
  });

  it('keeps 余 on an approximate figure', () => {
    expect(formatQuantity(20857000, '元', true)).toBe('2085.7万余元');
    expect(formatQuantity(2760000, '人', true)).toBe('276万余人');
  });
});
