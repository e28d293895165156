/**
 * The site's search index: built from the content records on the first search in a
 * server process and kept in memory; queries never read files.
 *
 * Cache key, like lib/content/store.ts: the content object itself (a new one appears
 * when CONTENT_DIR points elsewhere, and in `next dev` when an editor changes a file)
 * and whether drafts are visible (development only). One index per process, replaced
 * when the key changes. Building for the bundled content takes milliseconds; 100,000
 * documents take well under a minute (bench/RESULTS.md), paid once per process, on
 * the first search.
 */
import { getContent, isPreview } from '../content/store';
import { listCases, listScamTypes, listSections, listSituations, listStories } from '../content/queries';
import type { Content } from '../content/records';
import { catalogFromContent, documentsFromContent } from './documents';
import { buildSearchIndex, type SearchIndex } from './inverted-index';
import { parseSearchRequest, type RawParams } from './query';
import { searchIndex } from './search';
import type { CatalogScamType, IgnoredParameter, SearchRequest, SearchResponse } from './types';

let cached: { content: Content; drafts: boolean; index: SearchIndex } | undefined;

export function getSearchIndex(): SearchIndex {
  const content = getContent();
  const drafts = isPreview();
  if (!cached || cached.content !== content || cached.drafts !== drafts) {
    const visible = { stories: listStories(), cases: listCases(), scamTypes: listScamTypes(), situations: listSituations(), sections: listSections() };
    cached = { content, drafts, index: buildSearchIndex(documentsFromContent(visible), catalogFromContent(visible)) };
  }
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
