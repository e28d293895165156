import type { ContentDate } from '@/lib/content/dates';
import type { SearchDocument } from '@/lib/search/types';

const DATE: ContentDate = { iso: '2022-06-01T00:00:00+08:00', day: '2022-06-01', hasTime: false, epochMs: Date.parse('2022-06-01T00:00:00+08:00') };

/** A small search document for fixtures: the slug is Latin, so only `body` holds Chinese. */
export function fixtureDoc(slug: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return {
    kind: 'story',
    slug,
    url: `/news/${slug}`,
    title: slug,
    lead: '',
    terms: '',
    body,
    date: DATE,
    section: 'law',
    scamTypes: [],
    ...extra,
  };
}
