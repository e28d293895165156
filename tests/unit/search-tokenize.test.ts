import { describe, expect, it } from 'vitest';
import { normalize } from '@/lib/text/normalize';
import { planQuery, fallbackPlan, parseSearchRequest, truncateQuery, MAX_QUERY_LENGTH } from '@/lib/search/query';
import { atomsOf, findOccurrence, indexTokens, splitTerms } from '@/lib/search/tokenize';
import { isWordAligned, wordsOf } from '@/lib/text/words';
import { buildSynonyms } from '@/lib/search/synonyms';
import type { Catalog } from '@/lib/search/types';

describe('normalisation', () => {
  it.each([
    ['ＧＯＩＰ', 'goip'],
    ['Goip', 'goip'],
    ['ＡＰＰ下载', 'app下载'],
    ['９６１１０', '96110'],
    ['詐騙', '诈骗'],
    ['冒充公檢法', '冒充公检法'],
    ['騰訊會議', '腾讯会议'],
    ['徵信', '征信'],
    ['驗證碼', '验证码'],
    ['①', '1'],
    // Already simplified text is left exactly as written.
    ['冒充公检法', '冒充公检法'],
    ['著名', '著名'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('keeps the length, so offsets in normalised text point into the original', () => {
    for (const text of ['詐騙分子ＧＯＩＰ設備，９６１１０', 'ﬁ㈱ǅ', '𠀀漢字']) expect(normalize(text)).toHaveLength(text.length);
  });

  it('returns the same string when nothing changes (no copy)', () => {
    const text = '市民拨打96110咨询，民警及时劝阻。';
    expect(normalize(text)).toBe(text);
  });
});

describe('terms of a query', () => {
  it.each([
    ['冒充公检法', ['冒充公检法']],
    ['冒充 公检法', ['冒充', '公检法']],
    ['冒充，公检法！', ['冒充', '公检法']],
    ['qq视频 96110', ['qq视频', '96110']],
    ['  ', []],
    ['《》、。', []],
  ])('%s → %j', (query, expected) => {
    expect(splitTerms(normalize(query))).toEqual(expected);
  });
});

describe('index keys', () => {
  const texts = (atoms: ReturnType<typeof atomsOf>) => atoms.map((atom) => atom.text);

  it('a Chinese term is its overlapping bigrams', () => {
    expect(texts(atomsOf('冒充公检法'))).toEqual(['冒充', '充公', '公检', '检法']);
    expect(atomsOf('冒充公检法').every((atom) => atom.kind === 'gram')).toBe(true);
  });

  it('a one-character query is its unigram', () => {
    expect(atomsOf('骗')).toEqual([{ kind: 'gram', key: '骗'.charCodeAt(0), text: '骗', offset: 0 }]);
  });

  it('Latin words and numbers are whole tokens', () => {
    expect(atomsOf('96110')).toEqual([{ kind: 'word', text: '96110', offset: 0 }]);
    expect(atomsOf(normalize('ＧＯＩＰ'))).toEqual([{ kind: 'word', text: 'goip', offset: 0 }]);
    expect(atomsOf('拨打96110').map((atom) => atom.offset)).toEqual([0, 2]);
    expect(texts(atomsOf('goip设备'))).toEqual(['goip', '设备']);
    expect(texts(atomsOf('拨打96110咨询'))).toEqual(['拨打', '96110', '咨询']);
  });

  it('repeated bigrams are listed once', () => {
    expect(texts(atomsOf('哈哈哈'))).toEqual(['哈哈']);
  });

  it('the indexer sees every character, every bigram and every word', () => {
    expect(indexTokens('征信,96110咨询')).toEqual(['征', '征信', '信', '96110', '咨', '咨询', '询']);
  });

  it('words only match whole: 961 is not found inside 96110', () => {
    expect(findOccurrence('拨打96110', '961', 0)).toBe(-1);
    expect(findOccurrence('拨打96110', '96110', 0)).toBe(2);
    expect(findOccurrence('goips和goip', 'goip', 0)).toBe(6);
  });
});

describe('word segmentation (ranking signal and fallback only)', () => {
  it('joins runs of single characters ICU does not know', () => {
    expect(wordsOf('腾讯会议')).toEqual(['腾讯', '会议']);
    expect(wordsOf('屏幕共享')).toEqual(['屏幕', '共享']);
  });

  it('tells a true word from one inside other words', () => {
    const inWord = '我们提取特征信息';
    const asWord = '影响个人征信记录';
    expect(isWordAligned(inWord, inWord.indexOf('征信'), inWord.indexOf('征信') + 2)).toBe(false);
    expect(isWordAligned(asWord, asWord.indexOf('征信'), asWord.indexOf('征信') + 2)).toBe(true);
  });
});

describe('query plan', () => {
  const catalog: Catalog = {
    sections: [{ slug: 'law', name: '政法' }],
    scamTypes: [{ slug: 'impersonating-authorities', name: '冒充公检法类', aliases: ['假警察', '冒充公安'] }],
    vocabulary: [],
  };

  it('adds the scam type name and its other aliases as synonyms of an alias', () => {
    const plan = planQuery('假警察', buildSynonyms(catalog));
    expect(plan.terms[0]?.alternatives.map((alt) => alt.text)).toEqual(['假警察', '冒充公检法类', '冒充公安']);
  });

  it('adds the words of a term in another order, and falls back to the words alone', () => {
    const plan = planQuery('屏幕共享', buildSynonyms(catalog));
    expect(plan.terms[0]?.alternatives.map((alt) => [alt.text, alt.tier])).toEqual([
      ['屏幕共享', 0],
      ['共享屏幕', 1],
    ]);
    expect(fallbackPlan(plan)?.terms.map((term) => term.text)).toEqual(['屏幕', '共享']);
    expect(fallbackPlan(planQuery('征信', buildSynonyms(catalog)))).toBeUndefined();
  });

  it('cuts a query longer than the limit', () => {
    const long = '诈'.repeat(MAX_QUERY_LENGTH + 50);
    expect(truncateQuery(long)).toEqual({ text: '诈'.repeat(MAX_QUERY_LENGTH), truncated: true });
    const { request, truncated } = parseSearchRequest({ q: long }, catalog);
    expect(truncated).toBe(true);
    expect(Array.from(request.q)).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('keeps valid parameters and reports invalid ones instead of failing', () => {
    const { request, ignored } = parseSearchRequest(
      { q: ' 征信 ', type: 'case', section: 'nope', scam: 'impersonating-authorities', from: '2022-02-30', to: '2022-06-01', sort: 'oldest', page: '-3' },
      catalog,
    );
    expect(request).toEqual({ q: '征信', type: 'case', scam: 'impersonating-authorities', to: '2022-06-01', sort: 'relevance', page: 1 });
    expect(ignored.map((parameter) => parameter.name)).toEqual(['section', 'from', 'sort', 'page']);
  });

  it('takes the first of repeated parameters and swaps a reversed date range', () => {
    const raw = new URLSearchParams('q=a&q=b&from=2022-06-30&to=2022-01-01&page=2');
    const { request } = parseSearchRequest(raw, catalog);
    expect(request).toMatchObject({ q: 'a', from: '2022-01-01', to: '2022-06-30', page: 2 });
  });
});
