import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { SearchResults } from '@/components/search/SearchResults';
import { catalogFromContent, documentsFromContent } from '@/lib/search/documents';
import { SEARCH_FIELDS } from '@/lib/search/fields';
import { buildSearchIndex, type SearchIndex } from '@/lib/search/inverted-index';
import { safeJson, toApiResponse, type ApiSearchResponse } from '@/lib/search/json';
import { normalize } from '@/lib/text/normalize';
import { MAX_QUERY_LENGTH, parseSearchRequest } from '@/lib/search/query';
import { searchIndex, type SearchOptions } from '@/lib/search/search';
import type { Catalog, SearchDocument, SearchResponse } from '@/lib/search/types';
import { GET } from '@/app/api/search/route';
import { fixtureDoc } from '../helpers/search-documents';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

// The same folder the API route reads (CONTENT_DIR, set in vitest.config.mts).
const { content } = loadContent(SEED_CONTENT_DIR);
const published = {
  stories: content.stories.filter((story) => !story.draft),
  cases: content.cases.filter((fraudCase) => !fraudCase.draft),
  scamTypes: content.scamTypes,
  situations: content.situations,
  sections: content.sections,
};
const seedDocuments = documentsFromContent(published);
const seedIndex = buildSearchIndex(seedDocuments, catalogFromContent(published));

function search(index: SearchIndex, q: string, params: Record<string, string> = {}, options?: SearchOptions): SearchResponse {
  const { request, truncated } = parseSearchRequest({ q, ...params }, index.catalog);
  return searchIndex(index, { ...request, truncated }, options);
}

const ids = (response: SearchResponse) => response.results.map((hit) => `${hit.kind}:${hit.slug}`);
const idOf = (doc: SearchDocument) => `${doc.kind}:${doc.slug}`;
const textOf = (doc: SearchDocument) => normalize(SEARCH_FIELDS.map((field) => doc[field]).join('\n'));
/** The oracle: documents whose text contains the query string, by brute force. */
const containing = (documents: readonly SearchDocument[], q: string) => documents.filter((doc) => textOf(doc).includes(normalize(q))).map(idOf);
const everything = { perPage: 1000 };

const NO_CATALOG: Catalog = { sections: [{ slug: 'law', name: '政法' }], scamTypes: [], vocabulary: [] };

/** The documents found as containing the query exactly, sorted. */
const exactIds = (response: SearchResponse) =>
  response.results
    .filter((hit) => hit.match === 'exact')
    .map((hit) => `${hit.kind}:${hit.slug}`)
    .sort();

/** A property over random documents (bodies drawn from `body`) and a 2–4 character query from `alphabet`, every result on one page. */
function searchRandomDocuments(
  { alphabet, body, maxDocuments, numRuns }: { alphabet: string[]; body: fc.Arbitrary<string>; maxDocuments: number; numRuns: number },
  check: (documents: SearchDocument[], query: string, response: SearchResponse) => void,
) {
  fc.assert(
    fc.property(
      fc.array(body, { minLength: 1, maxLength: maxDocuments }),
      fc.string({ unit: fc.constantFrom(...alphabet), minLength: 2, maxLength: 4 }),
      (bodies, query) => {
        const documents = bodies.map((text, i) => fixtureDoc(`d${i}`, text));
        check(documents, query, search(buildSearchIndex(documents, NO_CATALOG), query, {}, everything));
      },
    ),
    { numRuns },
  );
}

describe('relevance on the seed content', () => {
  // query → the documents expected first (in any order among themselves): the records
  // whose title is about the query; scam-type pages and their cases for scam words.
  it.each([
    ['公检法', ['scam-type:impersonating-authorities', 'case:fake-police-investigation']],
    ['裸聊', ['scam-type:sextortion', 'case:sextortion-video-chat']],
    ['征信', ['scam-type:fake-credit-record', 'case:credit-record-bait']],
    ['腾讯会议', ['case:credit-record-bait', 'scam-type:fake-credit-record']],
    // The after-care page titled 验证码告诉了别人 is about it too.
    ['验证码', ['help:verification-code-given', 'scam-type:fake-credit-record', 'case:credit-record-bait']],
    ['司法救助', ['story:judicial-aid-for-injured-worker']],
    ['Goip', ['story:telecom-fraud-crackdown']],
    ['冒充公检法类', ['scam-type:impersonating-authorities']],
    ['假警察', ['scam-type:impersonating-authorities']],
  ])('%s → %j first', (q, expected) => {
    const response = search(seedIndex, q);
    expect(new Set(ids(response).slice(0, expected.length))).toEqual(new Set(expected));
  });

  it.each(['公检法', '裸聊', '征信', '腾讯会议', '验证码', '96110', '司法救助', 'Goip', '反诈', '屏幕共享'])(
    '%s finds every document that contains it',
    (q) => {
      const found = ids(search(seedIndex, q, {}, everything));
      expect(found).toEqual(expect.arrayContaining(containing(seedDocuments, q)));
      expect(containing(seedDocuments, q).length).toBeGreaterThan(0);
    },
  );

  it('96110 is a whole token: the story tagged with it and quoting it most comes first', () => {
    const response = search(seedIndex, '96110', {}, everything);
    expect(ids(response)[0]).toBe('story:typical-anti-fraud-cases');
    expect(response.total).toBe(containing(seedDocuments, '96110').length);
  });

  it('Goip and goip (and full-width ＧＯＩＰ) give the same results', () => {
    const goip = ids(search(seedIndex, 'goip'));
    expect(goip.length).toBeGreaterThan(0);
    expect(ids(search(seedIndex, 'Goip'))).toEqual(goip);
    expect(ids(search(seedIndex, 'ＧＯＩＰ'))).toEqual(goip);
  });

  it('詐騙 (traditional) gives the same results as 诈骗', () => {
    const simplified = search(seedIndex, '诈骗', {}, everything);
    expect(simplified.total).toBeGreaterThan(3);
    expect(ids(search(seedIndex, '詐騙', {}, everything))).toEqual(ids(simplified));
  });

  it('an alias finds its scam type and the type’s cases, though the cases never use the alias', () => {
    const response = search(seedIndex, '假警察');
    expect(containing(seedDocuments, '假警察')).toEqual(['scam-type:impersonating-authorities']);
    expect(ids(response)).toEqual(expect.arrayContaining(['scam-type:impersonating-authorities', 'case:fake-police-investigation']));
  });

  it('highlights the matched words in the title and the snippet', () => {
    const [hit] = search(seedIndex, '征信').results;
    expect(hit?.snippet.filter((segment) => segment.match).map((segment) => segment.text)).toContain('征信');
    const caseHit = search(seedIndex, '公检法').results.find((result) => result.kind === 'case');
    expect(caseHit?.titleSegments).toEqual([
      { text: '冒充', match: false },
      { text: '公检法', match: true },
      { text: '人员诈骗', match: false },
    ]);
  });

  it('highlights the characters as written when the query was traditional', () => {
    const hit = search(seedIndex, '騰訊會議').results[0];
    expect(hit?.snippet.find((segment) => segment.match)?.text).toBe('腾讯会议');
  });
});

describe('matching', () => {
  it('腾讯会议 does not match 腾讯 … 会议 apart (adjacency is checked)', () => {
    const index = buildSearchIndex(
      [fixtureDoc('apart', '腾讯公司今天召开了一次通讯会议'), fixtureDoc('together', '骗子让她下载腾讯会议并共享屏幕')],
      NO_CATALOG,
    );
    const response = search(index, '腾讯会议');
    expect(ids(response)).toEqual(['story:together']);
  });

  it('every document containing a 2–4 character string is found (property, against brute force)', () => {
    const alphabet = [...'诈骗征信公检法会议甲乙'];
    const chinese = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 0, maxLength: 40 });
    const text = fc.array(fc.oneof(chinese, fc.constantFrom('，', ' ', '。', 'goip', '96110')), { maxLength: 6 }).map((parts) => parts.join(''));
    searchRandomDocuments({ alphabet, body: text, maxDocuments: 12, numRuns: 300 }, (documents, query, response) => {
      const expected = containing(documents, query);
      // Every document with the string is found, and the ones found as exact all have it.
      expect(ids(response)).toEqual(expect.arrayContaining(expected));
      expect(exactIds(response)).toEqual([...expected].sort());
    });
  });

  it('…also in long documents, where first positions are stored coarsely (property)', () => {
    const alphabet = [...'诈骗征信公检法会议'];
    const chinese = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 12 });
    // Long runs of punctuation push the Chinese far apart: positions need more than one byte.
    const filler = fc.integer({ min: 0, max: 1500 }).map((length) => '，'.repeat(length));
    const body = fc.array(fc.tuple(filler, chinese), { minLength: 1, maxLength: 5 }).map((parts) => parts.flat().join(''));
    searchRandomDocuments({ alphabet, body, maxDocuments: 6, numRuns: 200 }, (documents, query, response) => {
      expect(exactIds(response)).toEqual(containing(documents, query).sort());
    });
  });

  it('the reordered words (共享屏幕) are found for 屏幕共享, ranked below the exact phrase', () => {
    const index = buildSearchIndex(
      [
        // A title match would outscore the body match below, but the exact phrase wins anyway.
        fixtureDoc('reordered', '要求受害人共享屏幕给对方', { title: '共享屏幕' }),
        fixtureDoc('apart', '屏幕坏了，只好骑共享单车'),
        fixtureDoc('exact', '诱导受害人开启屏幕共享功能'),
      ],
      NO_CATALOG,
    );
    const response = search(index, '屏幕共享');
    expect(ids(response)).toEqual(['story:exact', 'story:reordered']);
    expect(response.results.map((hit) => hit.match)).toEqual(['exact', 'reordered']);
    expect(ids(search(index, '共享屏幕'))).toEqual(['story:reordered', 'story:exact']);
  });

  it('when the string occurs nowhere, its words are required in any order (fallback)', () => {
    const index = buildSearchIndex([fixtureDoc('apart', '屏幕坏了，只好骑共享单车'), fixtureDoc('other', '今天天气很好')], NO_CATALOG);
    const response = search(index, '屏幕共享');
    expect(response.fallback).toBe(true);
    expect(ids(response)).toEqual(['story:apart']);
    expect(response.results[0]?.match).toBe('words');
    expect(search(index, '征信').total).toBe(0);
  });

  it('puts a true-word match (个人征信) above one inside other words (特征信息)', () => {
    // Same length and date: without the word check the first document would win the tie.
    const index = buildSearchIndex([fixtureDoc('inside', '提取特征信息识别'), fixtureDoc('word', '个人征信出现问题')], NO_CATALOG);
    expect(ids(search(index, '征信'))).toEqual(['story:word', 'story:inside']);
  });

  it('requires every term (AND), not any', () => {
    const both = search(seedIndex, '征信 腾讯会议', {}, everything);
    expect(both.total).toBeGreaterThan(0);
    for (const hit of both.results) {
      const doc = seedDocuments.find((candidate) => idOf(candidate) === `${hit.kind}:${hit.slug}`) as SearchDocument;
      expect(textOf(doc)).toContain('征信');
      expect(textOf(doc)).toContain('腾讯会议');
    }
    expect(search(seedIndex, '征信 司法救助').total).toBe(0);
  });
});

describe('filters, sorting and pages', () => {
  it('type keeps one kind', () => {
    const response = search(seedIndex, '诈骗', { type: 'case' }, everything);
    const expected = seedDocuments.filter((doc) => doc.kind === 'case' && textOf(doc).includes('诈骗')).map(idOf);
    expect(ids(response).sort()).toEqual(expected.sort());
  });

  it('section keeps the stories of one section', () => {
    const response = search(seedIndex, '反诈', { section: 'law' }, everything);
    expect(response.total).toBeGreaterThan(0);
    expect(response.results.every((hit) => hit.kind === 'story' && hit.section?.slug === 'law')).toBe(true);
    expect(search(seedIndex, '反诈', { section: 'livelihood' }).total).toBe(0);
  });

  it('scam keeps the documents about one scam type, and works without a query', () => {
    const response = search(seedIndex, '', { scam: 'impersonating-authorities' }, everything);
    expect(ids(response)).toEqual(expect.arrayContaining(['case:fake-police-investigation', 'scam-type:impersonating-authorities']));
    expect(ids(response)).not.toContain('case:credit-record-bait');
    expect(ids(search(seedIndex, '诈骗', { scam: 'impersonating-authorities', type: 'case' }))).toEqual(['case:fake-police-investigation']);
  });

  it('from/to keep the dates in range, inclusive', () => {
    const response = search(seedIndex, '诈骗', { from: '2022-05-15', to: '2022-05-31' }, everything);
    const expected = seedDocuments
      .filter((doc) => doc.date && doc.date.day >= '2022-05-15' && doc.date.day <= '2022-05-31' && textOf(doc).includes('诈骗'))
      .map(idOf);
    expect(expected.length).toBeGreaterThan(1);
    expect(ids(response).sort()).toEqual(expected.sort());
  });

  it('sort=newest orders by date, newest first', () => {
    const response = search(seedIndex, '96110', { sort: 'newest' }, everything);
    const times = response.results.map((hit) => hit.dateTime?.epochMs ?? -1);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(ids(response))).toEqual(new Set(ids(search(seedIndex, '96110', {}, everything))));
  });

  it('pages split the same ordering without gaps or repeats', () => {
    const all = ids(search(seedIndex, '96110', {}, everything));
    const perPage = { perPage: 3 };
    const count = Math.ceil(all.length / 3);
    expect(count).toBeGreaterThan(2);
    const pages = Array.from({ length: count }, (_, i) => search(seedIndex, '96110', { page: String(i + 1) }, perPage));
    expect(pages[0]?.pages).toBe(Math.ceil(all.length / 3));
    expect(pages.flatMap(ids)).toEqual(all);
    // A page past the end shows the last page.
    expect(search(seedIndex, '96110', { page: '99' }, perPage).page).toBe(pages[0]?.pages);
  });

  it('ignores invalid parameter values instead of failing', () => {
    const plain = ids(search(seedIndex, '征信'));
    expect(
      ids(search(seedIndex, '征信', { type: 'video', section: '../etc', scam: '<x>', from: 'yesterday', to: '2022-13-01', sort: 'random', page: 'NaN' })),
    ).toEqual(plain);
  });
});

describe('escaping and long queries', () => {
  const hostile = '<script>alert(1)</script>';

  it('a query with <script> comes back as text segments, and the rendered results contain no raw tag', () => {
    const index = buildSearchIndex([fixtureDoc('html', `有人在评论里写了${hostile}来测试诈骗网站`)], NO_CATALOG);
    const response = search(index, hostile);
    expect(response.query).toBe(hostile);
    expect(response.total).toBe(1);
    const snippet = response.results[0]?.snippet ?? [];
    expect(snippet.map((segment) => segment.text).join('')).toContain(hostile);
    expect(snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['script', 'alert', '1', 'script']);

    const html = renderToStaticMarkup(createElement(SearchResults, { hits: response.results, start: 1 }));
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;<mark>script</mark>&gt;');

    const json = safeJson(toApiResponse(response, []));
    expect(json).not.toContain('<script');
    expect((JSON.parse(json) as ApiSearchResponse).query).toBe(hostile);
  });

  it('the API route answers JSON with the query escaped', async () => {
    const response = await GET(new NextRequest(`http://localhost/api/search?q=${encodeURIComponent(hostile)}`));
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await response.text();
    expect(body).not.toContain('<script');
    expect(JSON.parse(body)).toMatchObject({ query: hostile, total: 0, results: [] });
    const found = JSON.parse(await (await GET(new NextRequest('http://localhost/api/search?q=%E5%85%AC%E6%A3%80%E6%B3%95'))).text()) as ApiSearchResponse;
    expect(found.results.map((hit) => hit.url)).toContain('/cases/fake-police-investigation');
  });

  // How fast a long query answers is measured in bench/, not asserted here.
  it('a 1,000-character query is cut to the limit and answered as the cut text', () => {
    const long = Array.from({ length: 1000 }, (_, i) => '冒充公检法诈骗征信 96110Goip，'[i % 18]).join('');
    const response = search(seedIndex, long);
    expect(response.truncated).toBe(true);
    expect(Array.from(response.query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.startsWith(response.query)).toBe(true);
    // Exactly what the reader would get by typing only the part that was kept.
    const typed = search(seedIndex, response.query, {}, everything);
    expect(typed.truncated).toBe(false);
    expect(ids(search(seedIndex, long, {}, everything))).toEqual(ids(typed));
    expect(response.total).toBe(typed.total);
    // A long query made of a word that occurs still finds what that word finds.
    const repeated = search(seedIndex, '公检法 '.repeat(250), {}, everything);
    expect(repeated.truncated).toBe(true);
    expect(repeated.total).toBeGreaterThan(0);
    expect(ids(repeated)).toEqual(ids(search(seedIndex, '公检法', {}, everything)));
    const unbroken = search(seedIndex, '诈'.repeat(1000));
    expect(unbroken.total).toBe(0);
  });
});
