/**
 * Field weights are looked up by name: the order the index joins the fields in must not
 * change a single result, score or highlight.
 */
import { describe, expect, it } from 'vitest';
import type { ContentDate } from '@/lib/content/dates';
import { FIELD_WEIGHTS, SEARCH_FIELDS, type SearchField } from '@/lib/search/fields';
import { buildSearchIndex, fieldRange, postingRange, type SearchIndex } from '@/lib/search/inverted-index';
import { parseSearchRequest } from '@/lib/search/query';
import { searchIndex } from '@/lib/search/search';
import { atomsOf, indexTokens } from '@/lib/search/tokenize';
import type { Catalog, SearchDocument, SearchResponse } from '@/lib/search/types';

const date: ContentDate = { iso: '2022-06-01T00:00:00+08:00', day: '2022-06-01', hasTime: false, epochMs: Date.parse('2022-06-01T00:00:00+08:00') };
const catalog: Catalog = {
  sections: [{ slug: 'law', name: '政法' }],
  scamTypes: [{ slug: 'fake-credit', name: '虚假征信类', aliases: ['征信修复'] }],
  vocabulary: [],
};

function doc(slug: string, fields: Partial<Record<SearchField, string>>): SearchDocument {
  return { kind: 'story', slug, url: `/news/${slug}`, title: slug, lead: '', terms: '', body: '', date, section: 'law', scamTypes: [], ...fields };
}

// The query word once in one field each, padded to equal lengths so only the field decides.
const documents = [
  doc('in-body', { body: '对方说可以帮忙修复个人征信，还要求下载会议软件。' }),
  doc('in-terms', { terms: '征信', body: '对方说可以帮忙修复个人信用，还要求下载会议软件。' }),
  doc('in-lead', { lead: '征信', body: '对方说可以帮忙修复个人信用，还要求下载会议软件。' }),
  doc('in-title', { title: '征信', body: '对方说可以帮忙修复个人信用，还要求下载会议软件。' }),
  doc('twice', { lead: '征信修复', terms: '虚假征信类', body: '征信有问题？骗子让你开腾讯会议共享屏幕。' }),
];

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

function search(index: SearchIndex, q: string): SearchResponse {
  const { request } = parseSearchRequest({ q }, index.catalog);
  return searchIndex(index, request, { perPage: 100 });
}

/** Every index key with the documents holding it and their field-weighted frequencies (the cheap score's input). */
function postings(index: SearchIndex): Map<string, { docs: number[]; frequencies: number[] }> {
  const keys = new Set(index.normalized.flatMap((text) => indexTokens(text)));
  return new Map(
    [...keys].map((key) => {
      const [atom] = atomsOf(key);
      const range = atom ? postingRange(index, atom) : undefined;
      const slice = (array: ArrayLike<number>) => (range ? Array.from(array).slice(range.start, range.end) : []);
      return [key, { docs: slice(index.postingDocs), frequencies: slice(index.postingFrequency) }];
    }),
  );
}

const QUERIES = ['征信', '征信修复', '会议 征信', '腾讯会议', '修复', '共享屏幕'];

describe('search fields', () => {
  it('weigh a match by the field it is in: title, then lead, then terms, then body', () => {
    expect([...SEARCH_FIELDS].sort((a, b) => FIELD_WEIGHTS[b] - FIELD_WEIGHTS[a])).toEqual(['title', 'lead', 'terms', 'body']);
    const index = buildSearchIndex(documents.slice(0, 4), catalog);
    expect(search(index, '征信').results.map((hit) => hit.slug)).toEqual(['in-title', 'in-lead', 'in-terms', 'in-body']);
  });

  it('rank, score and highlight alike whatever order the index joins the fields in', () => {
    const baseline = buildSearchIndex(documents, catalog);
    const expected = QUERIES.map((q) => search(baseline, q));
    expect(expected.every((response) => response.total > 0)).toBe(true);
    const expectedPostings = postings(baseline);
    for (const fieldOrder of permutations(SEARCH_FIELDS)) {
      const index = buildSearchIndex(documents, catalog, { fieldOrder });
      expect(QUERIES.map((q) => search(index, q))).toEqual(expected);
      expect(postings(index)).toEqual(expectedPostings);
    }
  });

  it('are found by name in the index text, in any order', () => {
    const reversed = buildSearchIndex(documents, catalog, { fieldOrder: [...SEARCH_FIELDS].reverse() });
    const twice = documents.findIndex((d) => d.slug === 'twice');
    for (const field of SEARCH_FIELDS) {
      const { start, end } = fieldRange(reversed, twice, field);
      expect(reversed.normalized[twice]?.slice(start, end)).toBe(documents[twice]?.[field]);
    }
  });

  it('must each appear once in a field order', () => {
    expect(() => buildSearchIndex(documents, catalog, { fieldOrder: ['title', 'title', 'lead', 'body'] })).toThrow(/field order/);
    expect(() => buildSearchIndex(documents, catalog, { fieldOrder: ['title', 'lead', 'body'] })).toThrow(/field order/);
  });
});
