/**
 * The site's search index: built from the published records on the first search in a
 * server process and kept in memory; queries never read files.
 *
 * Cache key: the published view of the content (lib/content/queries.ts), a new object
 * whenever the content is reloaded (live publishing, the preview) or a scheduled record
 * goes public. The first index is built in full (100,000 documents take half a minute,
 * bench/RESULTS.md); each later one is updated from the one before (index-update.ts),
 * re-reading and tokenising only what changed, so a publish does not stall the server.
 *
 * One index per process: the state lives on globalThis, because the search page and
 * /api/search are separate bundles, each with its own copy of this module, and each
 * would otherwise build (and hold) an index of its own.
 */
import { publishedView, type PublishedView } from '../content/queries';
import { BodyTexts, catalogFromContent, documentsFromContent } from './documents';
import { updateSearchIndex, type IndexedDocuments } from './index-update';
import { buildSearchIndex, type SearchIndex } from './inverted-index';
import { parseSearchRequest, type RawParams } from './query';
import { searchIndex } from './search';
import type { Catalog, CatalogScamType, IgnoredParameter, SearchRequest, SearchResponse } from './types';

interface SearchState {
  bodies: BodyTexts;
  current?: IndexedDocuments & { view: PublishedView };
}

const state = ((globalThis as { [key: symbol]: SearchState | undefined })[Symbol.for('municipal-news.search')] ??= { bodies: new BodyTexts() });

/** The previous catalog when nothing in it changed: its synonyms and suggestion table are kept. */
function sameOr(previous: Catalog | undefined, catalog: Catalog): Catalog {
  return previous && JSON.stringify(previous) === JSON.stringify(catalog) ? previous : catalog;
}

export function getSearchIndex(): SearchIndex {
  const view = publishedView();
  const current = state.current;
  if (current?.view === view) return current.index;
  const documents = documentsFromContent(view, state.bodies);
  const catalog = sameOr(current?.index.catalog, catalogFromContent(view));
  const index = current ? updateSearchIndex(current, documents, catalog) : buildSearchIndex(documents, catalog);
  state.current = { view, documents, index };
  return index;
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
