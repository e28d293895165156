import { describe, expect, it } from 'vitest';
import { parseContentDate } from '@/lib/content/dates';
import { formatContentDate } from '@/lib/format/date';

describe('content dates mean Beijing time', () => {
  it.each([
    ['a quoted day', '2022-06-11', { iso: '2022-06-11T00:00:00+08:00', day: '2022-06-11', hasTime: false }, '2022年6月11日'],
    [
      'an unquoted YAML day (a Date at UTC midnight)',
      new Date('2022-06-11T00:00:00Z'),
      { iso: '2022-06-11T00:00:00+08:00', day: '2022-06-11', hasTime: false },
      '2022年6月11日',
    ],
    ['a date-time without offset', '2022-05-21T03:00', { iso: '2022-05-21T03:00:00+08:00', day: '2022-05-21', hasTime: true }, '2022年5月21日 03:00'],
    ['a date-time with a space', '2022-05-21 03:00:30', { iso: '2022-05-21T03:00:30+08:00', day: '2022-05-21', hasTime: true }, '2022年5月21日 03:00'],
    [
      'a UTC date-time late in the evening',
      '2022-06-10T20:00:00Z',
      { iso: '2022-06-11T04:00:00+08:00', day: '2022-06-11', hasTime: true },
      '2022年6月11日 04:00',
    ],
    ['an explicit +08:00 offset', '2022-06-11T23:30:00+08:00', { iso: '2022-06-11T23:30:00+08:00', day: '2022-06-11', hasTime: true }, '2022年6月11日 23:30'],
    ['a negative offset', '2022-06-11T10:00-05:00', { iso: '2022-06-11T23:00:00+08:00', day: '2022-06-11', hasTime: true }, '2022年6月11日 23:00'],
    ['a leap day', '2024-02-29', { iso: '2024-02-29T00:00:00+08:00', day: '2024-02-29', hasTime: false }, '2024年2月29日'],
  ])('%s', (_name, input, expected, shown) => {
    const result = parseContentDate(input);
    if (!result.ok) throw new Error(result.reason);
    expect(result.value).toMatchObject(expected);
    expect(formatContentDate(result.value)).toBe(shown);
  });

  it('orders instants correctly across forms', () => {
    const day = parseContentDate('2022-06-11');
    const utc = parseContentDate('2022-06-10T16:00:00Z');
    if (!day.ok || !utc.ok) throw new Error('parse failed');
    expect(day.value.epochMs).toBe(utc.value.epochMs);
  });

  it.each([
    ['2022-02-30', /不是真实存在/],
    ['2023-02-29', /不是真实存在/],
    ['2022-13-01', /不是真实存在/],
    ['2022-06-11T25:00', /时间不存在/],
    ['2022/06/11', /无法识别/],
    ['6月11日', /无法识别/],
    ['', /无法识别/],
    [20220611, /数字 20220611/],
    [null, /空值/],
    [new Date('invalid'), /无效的日期/],
  ])('rejects %j', (input, reason) => {
    const result = parseContentDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
