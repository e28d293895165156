/**
 * Found however it is typed: pinyin (zhengxin, gongjianfa), initials (gjf) and
 * sound-alike characters (征性, 公减法) lead to the intended records, in search and in
 * the helper. Fixture content only: the vocabulary comes from its loaded records.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DidYouMean } from '@/components/DidYouMean';
import { loadContent } from '@/lib/content/load';
import { suggestionVocabulary } from '@/lib/content/vocabulary';
import { wordsOf } from '@/lib/text/words';
import { helpFor } from '@/lib/fraud/help';
import { parseHelpRequest, type SearchParams } from '@/lib/fraud/help-request';
import { helpSuggestion } from '@/lib/fraud/help-suggestion';
import { catalogFromContent, documentsFromContent } from '@/lib/search/documents';
import { buildSearchIndex, type SearchIndex } from '@/lib/search/inverted-index';
import { toApiResponse } from '@/lib/search/json';
import { parseSearchRequest } from '@/lib/search/query';
import { searchIndex } from '@/lib/search/search';
import { SUGGEST_BELOW } from '@/lib/search/suggest';
import type { SearchResponse } from '@/lib/search/types';
import { searchHref } from '@/lib/search/view';
import { buildPinyinTable, suggest } from '@/lib/text/did-you-mean';
import { makeContent } from '../helpers/content-fixture';
import { fixtureDoc } from '../helpers/search-documents';

const FILES = {
  'scam-types/fake-credit.md': `---
name: 虚假征信类
aliases: [影响征信, 征信诈骗]
summary: 自称金融客服，以不取消借贷业务就影响个人征信为由，骗取钱财。
signs: [称不取消借贷业务会影响个人征信, 要求下载会议软件并开启屏幕共享]
actions: [挂断电话]
sources: [示例资料]
---
`,
  'scam-types/authorities.md': `---
name: 冒充公检法类
aliases: [冒充公检法, 假警察]
summary: 冒充公安、检察院、法院人员，称你涉嫌犯罪。
signs: [自称公安局民警，称你涉嫌洗钱, 要求配合调查并保密]
actions: [挂断后拨打110核实]
sources: [示例资料]
---
`,
  'cases/credit-case.md': `---
title: 大学生接到“注销借贷账户”电话
scamType: fake-credit
whatHappened: 自称金融客服的人说不注销会影响征信。
date: 2022-05-01
dateIs: occurred
channels: [phone]
outcome: prevented
redFlags: [对方称不注销会影响征信]
---

对方自称金融客服。
`,
  'cases/police-case.md': `---
title: 自称民警称她涉嫌洗钱
scamType: authorities
whatHappened: 自称民警的人说她涉嫌洗钱，要她配合调查。
date: 2022-05-02
dateIs: occurred
channels: [phone]
outcome: prevented
redFlags: [自称公安局民警]
---

对方要求她配合调查。
`,
  'stories/credit-story.md': `---
title: 警惕以征信为名的诈骗
date: 2022-06-01
section: law
tags: [征信, 防骗提醒]
---

有人以“影响征信”为由要求转账。
`,
};

const { content, problems } = loadContent(makeContent(FILES));
const published = { stories: content.stories, cases: content.cases, scamTypes: content.scamTypes, situations: content.situations, sections: content.sections };
const index = buildSearchIndex(documentsFromContent(published), catalogFromContent(published));

function search(q: string, from: SearchIndex = index, params: Record<string, string> = {}): SearchResponse {
  const { request } = parseSearchRequest({ q, ...params }, from.catalog);
  return searchIndex(from, request, { perPage: 100 });
}
const ids = (response: SearchResponse) => response.results.map((hit) => `${hit.kind}:${hit.slug}`);

describe('the fixture', () => {
  it('loads cleanly', () => {
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('offers the names editors gave things, and the words inside them', () => {
    const terms = suggestionVocabulary(content).map((entry) => entry.term);
    expect(terms).toEqual(expect.arrayContaining(['虚假征信类', '影响征信', '征信', '冒充公检法', '公检法', '假警察', '防骗提醒', '政法']));
    // 征信 is named by two aliases and a tag: it outweighs a word named once.
    const weight = (term: string) => suggestionVocabulary(content).find((entry) => entry.term === term)?.weight ?? 0;
    expect(weight('征信')).toBeGreaterThan(weight('假警察'));
  });

  it('counts a tag once per story that uses it, terms in the order their names first appear', () => {
    const source = {
      scamTypes: [{ name: '虚假征信类', aliases: ['影响征信'] }],
      stories: [{ tags: ['防骗提醒', '征信'] }, { tags: ['征信', '个人征信'] }, { tags: ['防骗提醒'] }],
      sections: [{ name: '政法' }],
    };
    // Every use of every name, one after another (what the vocabulary counted before it segmented each name once).
    const names = ['虚假征信类', '影响征信', '防骗提醒', '征信', '征信', '个人征信', '防骗提醒', '政法'];
    const expected = new Map<string, number>();
    for (const name of names) for (const term of new Set([name, ...wordsOf(name)])) expected.set(term, (expected.get(term) ?? 0) + 1);
    expect(suggestionVocabulary(source)).toEqual([...expected].map(([term, weight]) => ({ term, weight })));
    expect(expected.get('防骗提醒')).toBe(2);
  });
});

describe('search', () => {
  it.each([
    ['zhengxin', '征信'],
    ['zheng xin', '征信'],
    ['ZhengXin', '征信'],
    ['征性', '征信'],
    ['徵性', '征信'],
    ['gongjianfa', '公检法'],
    ['gjf', '公检法'],
    ['公减法', '公检法'],
    ['jiajingcha', '假警察'],
  ])('%s finds nothing and suggests %s, which finds the intended records', (q, expected) => {
    const response = search(q);
    expect(response.total).toBe(0);
    expect(response.suggestion).toBe(expected);
    const intended = expected === '征信' ? 'scam-type:fake-credit' : 'scam-type:authorities';
    expect(ids(search(expected))).toContain(intended);
  });

  it('keeps the rest of the query as typed and corrects the sound-alike part', () => {
    expect(search('征性 诈骗').suggestion).toBe('征信 诈骗');
    expect(search('公减法 民警').suggestion).toBe('公检法 民警');
  });

  it('suggests nothing when the query finds what it looks for, or sounds like no known word', () => {
    expect(search('征信').total).toBeGreaterThanOrEqual(SUGGEST_BELOW);
    expect(search('征信').suggestion).toBeUndefined();
    expect(search('goip').suggestion).toBeUndefined();
    expect(search('96110').suggestion).toBeUndefined();
    // Two initials name too many words to guess from.
    expect(search('zx').suggestion).toBeUndefined();
  });

  it('keeps the filters in the suggestion link and shows it as a plain link', () => {
    const response = search('zhengxin', index, { type: 'case' });
    expect(response.suggestion).toBe('征信');
    const href = searchHref({ q: response.suggestion, type: 'case' });
    expect(href).toBe('/search?q=%E5%BE%81%E4%BF%A1&type=case');
    expect(renderToStaticMarkup(createElement(DidYouMean, { label: '征信', href }))).toBe(
      '<p class="did-you-mean">你是不是要找：<a href="/search?q=%E5%BE%81%E4%BF%A1&amp;type=case">征信</a></p>',
    );
    expect(toApiResponse(response, []).suggestion).toBe('征信');
  });
});

describe('search: only when the query finds little, and only what finds more', () => {
  const withDocs = (sameSound: number, term: number) =>
    buildSearchIndex(
      [
        ...Array.from({ length: term }, (_, i) => fixtureDoc(`term-${i}`, '个人征信有问题')),
        ...Array.from({ length: sameSound }, (_, i) => fixtureDoc(`sound-${i}`, '修身正心')),
      ],
      { sections: [], scamTypes: [], vocabulary: [{ term: '征信', weight: 1 }] },
    );

  it('a real word with few results gets the known word that finds more', () => {
    expect(search('正心', withDocs(SUGGEST_BELOW - 1, SUGGEST_BELOW)).suggestion).toBe('征信');
  });

  it('a query with enough results is left alone', () => {
    expect(search('正心', withDocs(SUGGEST_BELOW, SUGGEST_BELOW + 1)).suggestion).toBeUndefined();
  });

  it('a known word that finds no more is not offered', () => {
    expect(search('zhengxin', withDocs(0, 0)).suggestion).toBeUndefined();
    expect(search('正心', withDocs(1, 1)).suggestion).toBeUndefined();
  });
});

describe('the helper', () => {
  const helpContent = { scamTypes: content.scamTypes, cases: content.cases, surestSigns: content.surestSigns, situations: content.situations };
  const ask = (params: SearchParams) => {
    const result = helpFor(helpContent, parseHelpRequest(params));
    return { result, suggestion: helpSuggestion(helpContent, result) };
  };

  it.each([
    ['gjf', '公检法', '公检法', 'authorities'],
    ['有人说是公减法的', '公检法', '有人说是公检法的', 'authorities'],
    ['他说影响zhengxin', '征信', '他说影响征信', 'fake-credit'],
  ])('%s matches no type; it offers %s, and the corrected question names the intended type', (q, term, corrected, slug) => {
    const { result, suggestion } = ask({ q });
    expect(result.likely).toEqual([]);
    expect(suggestion?.terms).toEqual([term]);
    expect(suggestion?.href).toBe(`/help?q=${encodeURIComponent(corrected)}`);
    const rerun = helpFor(helpContent, parseHelpRequest({ q: corrected }));
    expect(rerun.likely[0]?.scamType.slug).toBe(slug);
  });

  it.each([
    ['zhengxin', 'fake-credit'],
    ['我的征性有问题', 'fake-credit'],
  ])('%s: 征信 alone is too little for the helper, so the link searches the site, which finds the type', (q, slug) => {
    const { suggestion } = ask({ q });
    expect(suggestion).toEqual({ terms: ['征信'], href: `/search?q=${encodeURIComponent('征信')}` });
    expect(helpFor(helpContent, parseHelpRequest({ q: '征信' })).likely).toEqual([]);
    expect(ids(search('征信'))).toContain(`scam-type:${slug}`);
  });

  it('keeps the ticked signs and the paid answer in the link', () => {
    const { suggestion } = ask({ q: 'gjf', paid: 'no', s: ['nothing.1'] });
    expect(suggestion?.href).toBe(`/help?q=${encodeURIComponent('公检法')}&s=nothing.1&paid=no`);
  });

  it('offers nothing when the words already point to a type, or sound like nothing known', () => {
    const found = ask({ q: '对方说不取消借贷业务会影响征信' });
    expect(found.result.likely[0]?.scamType.slug).toBe('fake-credit');
    expect(found.suggestion).toBeUndefined();
    expect(ask({ q: '今天天气很好' }).suggestion).toBeUndefined();
  });
});

describe('the pinyin table', () => {
  const table = buildPinyinTable(['征信', '公检法', '还款链接', '客服'].map((term) => ({ term, weight: 1 })));

  it('reads every reading of a character, not only the one pinyin-pro picks in context', () => {
    expect(suggest(table, 'huankuanlianjie')?.text).toBe('还款链接');
    expect(suggest(table, 'haikuanlianjie')?.text).toBe('还款链接');
  });

  it('replaces only sound-alikes: known words and other text stay as written', () => {
    expect(suggest(table, '公檢法說我的徵性有問題')).toEqual({ text: '公檢法說我的征信有問題', terms: ['征信'] });
    expect(suggest(table, '征信')).toBeUndefined();
    expect(suggest(table, 'qq 96110')).toBeUndefined();
  });
});
