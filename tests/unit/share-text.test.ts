import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardText, ELLIPSIS, fitBlock, fitLines, MISSING_GLYPH } from '@/lib/share/fit-text';

/** A font that draws the BMP except a few emoji-like blocks and nothing beyond it (like the card font with 𠮷). */
const hasGlyph = (codePoint: number) => codePoint <= 0xffff && !(codePoint >= 0x2600 && codePoint <= 0x27bf);
/** Chinese and full-width characters are 1 em wide, everything else half. */
const measure = (text: string) => [...text].reduce((width, char) => width + ((char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5), 0);

const HEADLINE_200 = '市反诈中心提醒：冒充公检法诈骗又出新花样，接到“涉嫌洗钱”电话请立即挂断并拨打96110咨询。'.repeat(5).slice(0, 200);

describe('cardText: only what the font can draw', () => {
  it('turns an emoji, a whole emoji sequence and a character beyond the font into one box each', () => {
    expect(cardText('吉野家𠮷', hasGlyph)).toBe(`吉野家${MISSING_GLYPH}`);
    expect(cardText('注意😀诈骗', hasGlyph)).toBe(`注意${MISSING_GLYPH}诈骗`);
    expect(cardText('一家👨‍👩‍👧人', hasGlyph)).toBe(`一家${MISSING_GLYPH}人`);
    expect(cardText('警报🚨！', hasGlyph)).toBe(`警报${MISSING_GLYPH}！`);
  });

  it('drops direction marks, zero-width characters and variation selectors', () => {
    expect(cardText('\u200f右到左\u200e\u202e标题\u200b\ufeff', hasGlyph)).toBe('右到左标题');
    expect(cardText('注意\ufe0f', hasGlyph)).toBe('注意');
  });

  it('collapses whitespace of every kind to single spaces and trims it', () => {
    expect(cardText('  冒充\u3000公检法\n\t诈骗  ', hasGlyph)).toBe('冒充 公检法 诈骗');
  });

  it('keeps a combining accent with its letter (NFC)', () => {
    expect(cardText('Cafe\u0301', hasGlyph)).toBe('Café');
  });
});

describe('fitLines', () => {
  it('leaves a short headline on one line, unchanged', () => {
    expect(fitLines('为群众追赃挽损两千余万元', { maxWidth: 15, maxLines: 3, measure })).toEqual({ lines: ['为群众追赃挽损两千余万元'], clipped: false });
  });

  it('wraps a 200-character headline and cuts it with an ellipsis inside the box', () => {
    const { lines, clipped } = fitLines(HEADLINE_200, { maxWidth: 15.5, maxLines: 3, measure });
    expect(clipped).toBe(true);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(15.5);
    expect(lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
    expect(HEADLINE_200.startsWith(lines.join('').slice(0, -1))).toBe(true);
  });

  it('keeps a number or a Latin word whole and starts no line with closing punctuation', () => {
    const { lines } = fitLines('接到电话请立即拨打96110咨询，下载国家反诈中心APP。', { maxWidth: 9, maxLines: 10, measure });
    expect(lines.some((line) => line.includes('96110'))).toBe(true);
    expect(lines.some((line) => line.includes('APP'))).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/^[，。、：；！？”）]/);
  });

  it('ends no line with opening punctuation', () => {
    const { lines } = fitLines('一二三四五六七“涉嫌洗钱”电话', { maxWidth: 8, maxLines: 5, measure });
    for (const line of lines) expect(line).not.toMatch(/[“（《]$/);
    expect(lines.join('')).toBe('一二三四五六七“涉嫌洗钱”电话');
  });

  it('breaks a word longer than the whole line between its letters', () => {
    const url = 'https://example.gov.cn/a-very-long-path-that-cannot-wrap';
    const { lines, clipped } = fitLines(url, { maxWidth: 10, maxLines: 10, measure });
    expect(clipped).toBe(false);
    expect(lines.join('')).toBe(url);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(10);
  });

  it('puts no pause or opening mark right before the ellipsis', () => {
    const { lines } = fitLines('一二三四五六七，八九十一二三四五六七八九十', { maxWidth: 8.5, maxLines: 1, measure });
    expect(lines).toEqual(['一二三四五六七…']);
  });

  it('never overflows, whatever the text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 30 }),
        (raw, maxLines, maxWidth) => {
          const text = cardText(raw, hasGlyph);
          const { lines, clipped } = fitLines(text, { maxWidth, maxLines, measure });
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(maxWidth);
          for (const char of lines.join('')) expect(hasGlyph(char.codePointAt(0) ?? 0) || char === MISSING_GLYPH).toBe(true);
          if (!clipped) expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
          else expect(lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
        },
      ),
    );
  });
});

describe('fitBlock', () => {
  const steps = [
    { fontSize: 60, maxLines: 2 },
    { fontSize: 50, maxLines: 3 },
    { fontSize: 40, maxLines: 4 },
  ];

  it('uses the largest size at which the text fits whole', () => {
    expect(fitBlock('一'.repeat(10), steps, 600, measure)).toMatchObject({ fontSize: 60, clipped: false, lines: ['一'.repeat(10)] });
    expect(fitBlock('一'.repeat(25), steps, 600, measure)).toMatchObject({ fontSize: 50, clipped: false });
    expect(fitBlock('一'.repeat(60), steps, 600, measure)).toMatchObject({ fontSize: 40, clipped: false });
  });

  it('cuts at the smallest size when nothing fits', () => {
    const fitted = fitBlock(HEADLINE_200, steps, 600, measure);
    expect(fitted.fontSize).toBe(40);
    expect(fitted.clipped).toBe(true);
    expect(fitted.lines).toHaveLength(4);
    for (const line of fitted.lines) expect(measure(line) * 40).toBeLessThanOrEqual(600);
  });
});
