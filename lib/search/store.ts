/**
 * The site's search index: built from the published records on the first search in a
 * server process and kept in memory; queries never read files.
 *
 * Cache key: the published view of the content (lib/content/queries.ts), a new object
 * whenever the content is reloaded (live publishing, the preview) or a scheduled record
 * goes public. One index per process, replaced when the key changes. Building for the
 * bundled content takes milliseconds; 100,000 documents take well under a minute
 * (bench/RESULTS.md), paid once per change, on the next search.
 */
import { publishedView, type PublishedView } from '../content/queries';
import { catalogFromContent, documentsFromContent } from './documents';
import { buildSearchIndex, type SearchIndex } from './inverted-index';
import { parseSearchRequest, type RawParams } from './query';
import { searchIndex } from './search';
import type { CatalogScamType, IgnoredParameter, SearchRequest, SearchResponse } from './types';

let cached: { view: PublishedView; index: SearchIndex } | undefined;

export function getSearchIndex(): SearchIndex {
  const view = publishedView();
  if (cached?.view !== view) cached = { view, index: buildSearchIndex(documentsFromContent(view), catalogFromContent(view)) };
  return cached.index;
}

export interface SiteSearch {
  request: SearchRequest;
  ignored: IgnoredParameter[];
  response: SearchResponse;
}

/** Parse URL parameters (page or API) and search the site's index. */
export function searchSite(raw: RawParams): SiteSearch {
  const index = getSearchIndex();
  const { request, truncated, ignored } = parseSearchRequest(raw, index.catalog);
  return { request, ignored, response: searchIndex(index, { ...request, truncated }) };
}

type PopularScamType = CatalogScamType & { url: string; cases: number };
const popularCache = new WeakMap<SearchIndex, PopularScamType[]>();

/** Scam types with the most cases first, for suggestions when nothing was found. */
export function popularScamTypes(limit = 5): PopularScamType[] {
  const index = getSearchIndex();
  let ranked = popularCache.get(index);
  if (!ranked) {
    const counts = new Map<string, number>();
    for (const doc of index.documents) if (doc.kind === 'case') for (const slug of doc.scamTypes) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    const urls = new Map(index.documents.filter((doc) => doc.kind === 'scam-type').map((doc) => [doc.slug, doc.url]));
    ranked = index.catalog.scamTypes
      .map((type) => ({ ...type, url: urls.get(type.slug) ?? '', cases: counts.get(type.slug) ?? 0 }))
      .filter((type) => type.url)
      .sort((a, b) => b.cases - a.cases || a.name.localeCompare(b.name, 'zh-CN'));
    popularCache.set(index, ranked);
  }
  return ranked.slice(0, limit);
}
