// Read-aloud's pure parts: where text splits into sentences, and which voice reads it.
import { describe, expect, it } from 'vitest';
import { MAX_PIECE_CHARS, speakable, splitSentences } from '@/lib/read-aloud/sentences';
import { pickMandarinVoice } from '@/lib/read-aloud/voice';

const pieces = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits after Chinese sentence endings, keeping closing quotes with their sentence', () => {
    expect(pieces('接到电话。对方说：“你涉嫌洗钱！”他挂断了？ 好；')).toEqual(['接到电话。', '对方说：“你涉嫌洗钱！”', '他挂断了？', '好；']);
  });

  it('does not split decimals or English full stops inside a sentence, and keeps a last sentence without an ending', () => {
    expect(pieces('损失3.5万元。请拨打96110')).toEqual(['损失3.5万元。', '请拨打96110']);
  });

  it('drops white space and pieces with nothing to say', () => {
    expect(pieces('  \n ……  第一句。\n\n  ·  ')).toEqual(['第一句。']);
    expect(splitSentences('')).toEqual([]);
  });

  it('cuts a long sentence at its commas, and where there is none at the length limit', () => {
    const clause = '对方自称是公安局的民警';
    const long = `${Array.from({ length: 8 }, () => clause).join('，')}。`;
    const result = pieces(long);
    expect(result.length).toBeGreaterThan(1);
    expect(result.join('')).toBe(long);
    for (const piece of result) expect(piece.length).toBeLessThanOrEqual(MAX_PIECE_CHARS);
    for (const piece of result.slice(0, -1)) expect(piece.endsWith('，')).toBe(true);
    const unbroken = '骗'.repeat(MAX_PIECE_CHARS * 2 + 5);
    expect(pieces(unbroken).map((piece) => piece.length)).toEqual([MAX_PIECE_CHARS, MAX_PIECE_CHARS, 5]);
  });

  it('gives offsets into the text as given, and speakable text with one space for each line break', () => {
    const text = '第一行\n  第二行。下一句。';
    const [first, second] = splitSentences(text);
    expect(first).toEqual({ start: 0, end: 10 });
    expect(speakable(text, first!)).toBe('第一行 第二行。');
    expect(speakable(text, second!)).toBe('下一句。');
  });
});

describe('pickMandarinVoice', () => {
  const voice = (lang: string, isDefault = false) => ({ lang, default: isDefault, name: lang });

  it('prefers mainland Mandarin, in any spelling of the tag', () => {
    expect(pickMandarinVoice([voice('en-US'), voice('zh-TW'), voice('zh_CN')])?.lang).toBe('zh_CN');
    expect(pickMandarinVoice([voice('cmn-Hans-CN'), voice('zh-HK')])?.lang).toBe('cmn-Hans-CN');
  });

  it('takes other Mandarin when there is no mainland voice, and the default among equals', () => {
    expect(pickMandarinVoice([voice('zh-TW'), voice('en-GB')])?.lang).toBe('zh-TW');
    expect(pickMandarinVoice([voice('zh-CN'), { lang: 'zh-CN', default: true, name: 'preferred' }])?.name).toBe('preferred');
  });

  it('finds none among Cantonese and other languages', () => {
    expect(pickMandarinVoice([voice('zh-HK'), voice('yue-HK'), voice('en-US', true), voice('ja-JP')])).toBeUndefined();
    expect(pickMandarinVoice([])).toBeUndefined();
  });
});
