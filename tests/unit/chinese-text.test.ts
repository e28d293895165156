/** lib/text: the one reading of Chinese text shared by search, the helper and the content check. */
import fs from 'node:fs';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Highlight } from '@/components/Highlight';
import { atomsOf } from '@/lib/search/tokenize';
import { CHAR_CLASS, CJK, containsCjk, SEP, WORD } from '@/lib/text/chars';
import { gramsOf, textGrams } from '@/lib/text/grams';
import { normalize, sameTextKey } from '@/lib/text/normalize';
import { toSimplified } from '@/lib/text/opencc';
import { segmentsOf } from '@/lib/text/segments';

const classOf = (char: string) => CHAR_CLASS[char.charCodeAt(0)];
const keys = (text: string) => textGrams(text).map((gram) => gram.key);

describe('character classes', () => {
  it.each([
    ['诈', CJK],
    ['〇', CJK],
    ['カ', CJK],
    ['사', CJK],
    ['ㄅ', CJK],
    ['q', WORD],
    ['９', WORD],
    ['，', SEP],
    [' ', SEP],
  ])('%s is class %i', (char, expected) => {
    expect(classOf(char)).toBe(expected);
  });

  it('kana and Hangul are read like Chinese by search and the helper alike', () => {
    expect(keys('사기전화')).toEqual(['사기', '기전', '전화']);
    expect(atomsOf(normalize('사기전화')).map((atom) => atom.text)).toEqual(['사기', '기전', '전화']);
    expect(containsCjk('qq카드')).toBe(true);
    expect(containsCjk('qq 96110')).toBe(false);
  });
});

describe('normalising', () => {
  it('folds width, case and traditional characters without moving any offset', () => {
    const written = '自稱ＱＱ客服，說要退款';
    const normalized = normalize(written);
    expect(normalized).toBe('自称qq客服，说要退款');
    expect(normalized).toHaveLength(written.length);
  });

  it('gives grams whose offsets point at the words as written', () => {
    const written = '公檢法要求轉賬到ＡＢＣ賬戶';
    const grams = textGrams(written);
    expect(grams.map((gram) => gram.key)).toEqual(['公检', '检法', '法要', '要求', '求转', '转账', '账到', 'abc', '账户']);
    expect(grams.map((gram) => written.slice(gram.start, gram.end))).toEqual(['公檢', '檢法', '法要', '要求', '求轉', '轉賬', '賬到', 'ＡＢＣ', '賬戶']);
  });

  it('keeps a lone character only when asked (search needs one-character queries)', () => {
    expect(gramsOf('骗 96110')).toEqual([{ key: '96110', start: 2, end: 7, kind: 'word' }]);
    expect(gramsOf('骗 96110', { loneCharacters: true }).map((gram) => gram.key)).toEqual(['骗', '96110']);
  });

  it('says two texts are the same whatever their punctuation, width or script', () => {
    expect(sameTextKey('不要告訴家人！')).toBe(sameTextKey('不要告诉家人'));
    expect(sameTextKey('不要告诉家人')).not.toBe(sameTextKey('不要告诉家里人'));
  });

  it('simplifies whole strings with regional forms, phrase by phrase', () => {
    expect(toSimplified('著裝')).toBe('着装');
    expect(toSimplified('保衞')).toBe('保卫');
    expect(toSimplified('著名')).toBe('著名');
    expect(toSimplified('什麼')).toBe('什么');
  });
});

describe('highlight segments', () => {
  it('merges overlapping and touching ranges given in any order', () => {
    expect(
      segmentsOf('冒充公检法人员诈骗', [
        { start: 4, end: 5 },
        { start: 2, end: 4 },
        { start: 7, end: 9 },
        { start: 3, end: 4 },
      ]),
    ).toEqual([
      { text: '冒充', match: false },
      { text: '公检法', match: true },
      { text: '人员', match: false },
      { text: '诈骗', match: true },
    ]);
  });

  it('cuts a window of the text, and never half a character outside the BMP', () => {
    const text = '甲𠮷乙丙';
    expect(segmentsOf(text, [{ start: 2, end: 3 }])).toEqual([
      { text: '甲', match: false },
      { text: '𠮷', match: true },
      { text: '乙丙', match: false },
    ]);
    expect(segmentsOf(text, [{ start: 0, end: 1 }], 1, 4)).toEqual([{ text: '𠮷乙', match: false }]);
  });

  it('render as escaped text with the matches in <mark>', () => {
    const html = renderToStaticMarkup(createElement(Highlight, { segments: segmentsOf('<b>验证码</b>', [{ start: 3, end: 6 }]) }));
    expect(html).toBe('&lt;b&gt;<mark>验证码</mark>&lt;/b&gt;');
  });
});

describe('layering', () => {
  it('lib/text imports nothing else from lib/, so search, the helper and the content check can all use it', () => {
    const folder = path.join(process.cwd(), 'lib/text');
    const imports = fs
      .readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...fs.readFileSync(path.join(folder, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((target) => target?.startsWith('@/') || target?.startsWith('..'))).toEqual([]);
  });

  it('the content loader reaches no search module, directly or through the helper', () => {
    const root = process.cwd();
    const resolve = (from: string, target: string): string | undefined => {
      const base = target.startsWith('@/') ? path.join(root, target.slice(2)) : path.resolve(path.dirname(from), target);
      return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((file) => fs.existsSync(file));
    };
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const [, target] of fs.readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        const next = target && (target.startsWith('@/') || target.startsWith('.')) ? resolve(file, target) : undefined;
        if (next) visit(next);
      }
    };
    visit(path.join(root, 'lib/content/load.ts'));
    const relative = [...reached].map((file) => path.relative(root, file));
    expect(relative).toContain('lib/text/normalize.ts');
    expect(relative.filter((file) => file.startsWith('lib/search/'))).toEqual([]);
  });
});
