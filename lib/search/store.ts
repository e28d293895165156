/**
 * The site's search index: built from the published records in a server process and
 * kept in memory; queries never read files.
 *
 * Cache key: the published view of the content (lib/content/queries.ts), a new object
 * whenever the content is reloaded (live publishing, the preview) or a scheduled record
 * goes public. The first index is built in full (100,000 documents take half a minute,
 * bench/RESULTS.md); each later one is updated from the one before (index-update.ts),
 * re-reading and tokenising only what changed. Either way the work runs in slices with
 * the event loop turning in between (steps.ts): a search waits for the index of what is
 * published now, every other request is answered meanwhile. The server starts the first
 * build as it starts (instrumentation.ts).
 *
 * One index per process: the state lives on globalThis, because the search page and
 * /api/search are separate bundles, each with its own copy of this module, and each
 * would otherwise build (and hold) an index of its own.
 */
import { publishedView, type PublishedView } from '../content/queries';
import { BodyTexts, catalogFromContent, documentSteps } from './documents';
import { updateSteps, type IndexedDocuments } from './index-update';
import { buildSteps, type SearchIndex } from './inverted-index';
import { parseSearchRequest, type RawParams } from './query';
import { searchIndex } from './search';
import { runSliced } from '../work/steps';
import type { Catalog, CatalogScamType, IgnoredParameter, SearchRequest, SearchResponse } from './types';

interface SearchState {
  bodies: BodyTexts;
  /** The newest index made, with the view it was made for */
  current?: IndexedDocuments & { view: PublishedView };
  /** The index being made for a newer view, once those before it are made */
  pending?: { view: PublishedView; index: Promise<SearchIndex> };
}

const state = ((globalThis as { [key: symbol]: SearchState | undefined })[Symbol.for('municipal-news.search')] ??= { bodies: new BodyTexts() });

/** The previous catalog when nothing in it changed: its synonyms and suggestion table are kept. */
function sameOr(previous: Catalog | undefined, catalog: Catalog): Catalog {
  return previous && JSON.stringify(previous) === JSON.stringify(catalog) ? previous : catalog;
}

/** The index of `view`, made from the newest one made before it. */
async function make(view: PublishedView, before: Promise<SearchIndex> | undefined): Promise<SearchIndex> {
  // Made in order, each from the one before; a failed one is simply not the base.
  await before?.catch(() => undefined);
  const current = state.current;
  const documents = await runSliced(documentSteps(view, state.bodies));
  const catalog = sameOr(current?.index.catalog, catalogFromContent(view));
  const index = await runSliced(current ? updateSteps(current, documents, catalog) : buildSteps(documents, catalog));
  state.current = { view, documents, index };
  return index;
}

/** The index of what is published now (made, or being made). */
export function getSearchIndex(): Promise<SearchIndex> {
  const view = publishedView();
  if (state.current?.view === view) return Promise.resolve(state.current.index);
  if (state.pending?.view !== view) {
    const index = make(view, state.pending?.index);
    const pending = { view, index };
    state.pending = pending;
    // Done or failed, it is no longer pending; after a failure the next search tries again.
    const settled = () => void (state.pending === pending && (state.pending = undefined));
    index.then(settled, settled);
  }
  return state.pending.index;
}

export interface SiteSearch {
  request: SearchRequest;
  ignored: IgnoredParameter[];
  response: SearchResponse;
  /** The catalog of the index searched (the names of sections and scam types) */
  catalog: Catalog;
}

/** Parse URL parameters (page or API) and search the site's index. */
export async function searchSite(raw: RawParams): Promise<SiteSearch> {
  const index = await getSearchIndex();
  const { request, truncated, ignored } = parseSearchRequest(raw, index.catalog);
  return { request, ignored, response: searchIndex(index, { ...request, truncated }), catalog: index.catalog };
}

type PopularScamType = CatalogScamType & { url: string; cases: number };
const popularCache = new WeakMap<SearchIndex, PopularScamType[]>();

/** Scam types with the most cases first, for suggestions when nothing was found. */
export async function popularScamTypes(limit = 5): Promise<PopularScamType[]> {
  const index = await getSearchIndex();
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
