/**
 * Live publishing updates the search index from the previous one (lib/search/index-update.ts)
 * instead of building it again: the updated index must answer exactly as a full build
 * of the same documents — same postings for every key, same lengths and norms, same
 * responses — after any sequence of additions, edits and deletions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContentDate } from '@/lib/content/dates';
import { loadContent } from '@/lib/content/load';
import { BodyTexts, catalogFromContent, documentsFromContent } from '@/lib/search/documents';
import { updateSearchIndex } from '@/lib/search/index-update';
import { buildSearchIndex, postingRange, type SearchIndex } from '@/lib/search/inverted-index';
import { parseSearchRequest } from '@/lib/search/query';
import { searchIndex } from '@/lib/search/search';
import { atomsOf, indexTokens } from '@/lib/search/tokenize';
import type { Catalog, SearchDocument, SearchResponse } from '@/lib/search/types';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

const { content } = loadContent(SEED_CONTENT_DIR);
const seedDocuments = documentsFromContent(content);
const catalog: Catalog = catalogFromContent(content);

function day(text: string): ContentDate {
  return { iso: `${text}T00:00:00+08:00`, day: text, hasTime: false, epochMs: Date.parse(`${text}T00:00:00+08:00`) };
}

const WORDS = ['征信', '腾讯会议', '共享屏幕', '验证码', '冒充公检法', '反诈', '96110', 'Goip', '詐騙', '市民', '司法救助', '转账', '银行卡'];

/** A story made from word indexes, so fast-check can shrink it. */
function story(slug: string, words: readonly number[], date: string): SearchDocument {
  const text = words.map((i) => WORDS[i % WORDS.length]).join('，');
  return {
    kind: 'story',
    slug,
    url: `/news/${slug}`,
    title: `${slug}：${text.slice(0, 8)}`,
    lead: '',
    terms: '',
    body: `${text}。`,
    date: day(date),
    section: 'law',
    scamTypes: [],
  };
}

/** Stories newest first (then by slug), after the seed's other documents, as the content orders them. */
function ordered(stories: readonly SearchDocument[]): SearchDocument[] {
  const sorted = [...stories].sort((a, b) => (b.date?.epochMs ?? 0) - (a.date?.epochMs ?? 0) || a.slug.localeCompare(b.slug));
  return [...sorted, ...seedDocuments];
}

/** Every index key with its postings, by document slug. */
function postings(index: SearchIndex): Map<string, string[]> {
  const keys = new Set(index.normalized.flatMap((text) => indexTokens(text)));
  return new Map(
    [...keys].map((key) => {
      const [atom] = atomsOf(key);
      const range = atom ? postingRange(index, atom) : undefined;
      const entries: string[] = [];
      for (let at = range?.start ?? 0; at < (range?.end ?? 0); at++) {
        const doc = index.postingDocs[at] as number;
        entries.push(`${index.documents[doc]?.kind}:${index.documents[doc]?.slug}×${index.postingFrequency[at]}@${index.postingFirst[at]}`);
      }
      return [key, entries];
    }),
  );
}

function search(index: SearchIndex, q: string, params: Record<string, string> = {}): SearchResponse {
  const { request, truncated } = parseSearchRequest({ q, ...params }, index.catalog);
  return searchIndex(index, { ...request, truncated }, { perPage: 100 });
}

const QUERIES: [string, Record<string, string>][] = [
  ['征信', {}],
  ['腾讯会议', {}],
  ['诈骗', {}],
  ['反诈', { sort: 'newest' }],
  ['96110', {}],
  ['goip', {}],
  ['会议腾讯', {}],
  ['市民 转账', {}],
  ['', { type: 'case' }],
  ['验证码', { type: 'story' }],
  ['zhengxin', {}],
];

function expectSameAnswers(updated: SearchIndex, built: SearchIndex): void {
  expect(updated.size).toBe(built.size);
  expect(updated.documents).toEqual(built.documents);
  expect(updated.normalized).toEqual(built.normalized);
  expect(updated.restore).toEqual(built.restore);
  expect([...updated.lengths]).toEqual([...built.lengths]);
  expect([...updated.fieldStarts]).toEqual([...built.fieldStarts]);
  expect([...updated.positionSteps]).toEqual([...built.positionSteps]);
  expect([...updated.times]).toEqual([...built.times]);
  expect([...updated.days]).toEqual([...built.days]);
  expect([...updated.kinds]).toEqual([...built.kinds]);
  expect(updated.averageLength).toBe(built.averageLength);
  expect([...updated.norms]).toEqual([...built.norms]);
  expect(postings(updated)).toEqual(postings(built));
  for (const [q, params] of QUERIES) expect(search(updated, q, params)).toEqual(search(built, q, params));
}

/** One change to a list of stories: add one, edit one's text or date, delete one. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), words: fc.array(fc.nat(40), { minLength: 1, maxLength: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), words: fc.array(fc.nat(40), { minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('redate' as const), at: fc.nat(), day: fc.integer({ min: 1, max: 28 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

const dayOf = (n: number) => `2022-06-${String(n).padStart(2, '0')}`;

function apply(stories: SearchDocument[], step: Change, serial: number): SearchDocument[] {
  if (step.kind === 'add') return [...stories, story(`added-${serial}`, step.words, dayOf(step.day))];
  if (!stories.length) return stories;
  const at = step.at % stories.length;
  const target = stories[at] as SearchDocument;
  const rest = stories.filter((_, i) => i !== at);
  if (step.kind === 'delete') return rest;
  if (step.kind === 'edit') return [...rest, story(target.slug, step.words, target.date?.day ?? dayOf(1))];
  return [...rest, { ...target, date: day(dayOf(step.day)) }];
}

const initialStories = Array.from({ length: 12 }, (_, i) => story(`story-${i}`, [i, i * 3, i * 7, i + 2], dayOf((i % 9) + 1)));

describe('updating the search index', () => {
  it('answers as a full build after any sequence of additions, edits, re-dated stories and deletions', () => {
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 6 }), (steps) => {
        let stories = initialStories;
        let documents = ordered(stories);
        let current = { documents, index: buildSearchIndex(documents, catalog) };
        for (const [serial, step] of steps.entries()) {
          stories = apply(stories, step, serial);
          documents = ordered(stories);
          current = { documents, index: updateSearchIndex(current, documents, catalog) };
        }
        expectSameAnswers(current.index, buildSearchIndex(documents, catalog));
      }),
      { numRuns: 20 },
    );
  });

  it('one new story among the seed content: the new index finds it, and the old one still answers as before', () => {
    const before = buildSearchIndex(seedDocuments, catalog);
    const answer = search(before, '征信');
    const added = story('brand-new', [0, 10, 11], '2030-01-01');
    // A word no document had: the dictionary the two indexes share learns it.
    const documents = [{ ...added, body: `${added.body}前所未见的词语` }, ...seedDocuments];
    const after = updateSearchIndex({ documents: seedDocuments, index: before }, documents, catalog);
    expect(after.terms).toBe(before.terms);
    expectSameAnswers(after, buildSearchIndex(documents, catalog));
    expect(search(after, '前所未见').results.map((hit) => hit.slug)).toEqual(['brand-new']);
    expect(search(before, '前所未见').total).toBe(0);
    expect(search(before, '征信')).toEqual(answer);
  });

  it('builds in full, with the same answers, when the kept documents change order or most documents change', () => {
    const documents = ordered(initialStories);
    const index = buildSearchIndex(documents, catalog);
    const reversed = [...documents].reverse();
    const fromReversed = updateSearchIndex({ documents, index }, reversed, catalog);
    expect(fromReversed.terms).not.toBe(index.terms);
    expectSameAnswers(fromReversed, buildSearchIndex(reversed, catalog));
    const rewritten = initialStories.map((doc, i) => story(doc.slug, [i + 5], doc.date?.day ?? dayOf(1)));
    const fromRewritten = updateSearchIndex({ documents: initialStories, index: buildSearchIndex(initialStories, catalog) }, rewritten, catalog);
    expect(fromRewritten.terms).not.toBe(index.terms);
    expectSameAnswers(fromRewritten, buildSearchIndex(rewritten, catalog));
  });

  it('keeps the catalog’s synonyms when the catalog is the same object, and takes a new catalog’s', () => {
    const documents = ordered(initialStories);
    const index = buildSearchIndex(documents, catalog);
    expect(updateSearchIndex({ documents, index }, documents, catalog).synonyms).toBe(index.synonyms);
    const renamed: Catalog = {
      ...catalog,
      scamTypes: catalog.scamTypes.map((type, i) => (i === 0 ? { ...type, aliases: [...type.aliases, '新说法'] } : type)),
    };
    const updated = updateSearchIndex({ documents, index }, documents, renamed);
    expect(updated.catalog).toBe(renamed);
    expect([...updated.synonyms.keys()]).toContain('新说法');
  });
});

describe('search documents for a new version of the content', () => {
  it('read each record’s body once, and give an unchanged record the same text', () => {
    let reads = 0;
    const counted = {
      ...content,
      stories: content.stories.map((record) => ({
        ...record,
        body: { hasCasesMarker: record.body.hasCasesMarker, read: () => (reads++, record.body.read()) },
      })),
    };
    const bodies = new BodyTexts();
    const first = documentsFromContent(counted, bodies);
    expect(reads).toBe(counted.stories.length);
    const second = documentsFromContent(counted, bodies);
    expect(reads).toBe(counted.stories.length);
    expect(second).toEqual(first);
    const story = (docs: SearchDocument[]) => docs.find((doc) => doc.kind === 'story');
    expect(story(second)?.body).toBe(story(first)?.body);
  });
});
