/**
 * What the search page shows besides the hits: links that keep or drop parameters
 * (page links included), and the active filters with their removal links. All links
 * start from paths.search(), so they stay in step with the site's URL scheme.
 */
import { paths, withPage } from '../site/urls';
import { KIND_LABELS, SORT_LABELS } from './labels';
import type { Catalog, SearchRequest } from './types';

type LinkParams = Pick<SearchRequest, 'q' | 'type' | 'section' | 'scam' | 'from' | 'to' | 'sort'>;

/** The URL of a search, page 1 unless `page` is given; default values are left out. */
export function searchHref(params: Partial<LinkParams>, page = 1): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  for (const name of ['type', 'section', 'scam', 'from', 'to'] as const) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  if (params.sort && params.sort !== 'relevance') query.set('sort', params.sort);
  const search = query.toString();
  return withPage(search ? `${paths.search()}?${search}` : paths.search(), page);
}

export interface ActiveFilter {
  name: 'type' | 'section' | 'scam' | 'from' | 'to' | 'sort';
  /** e.g. 类型：案例 */
  label: string;
  /** The same search without this filter (back to page 1) */
  removeHref: string;
}

export function activeFilters(request: SearchRequest, catalog: Catalog): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  const without = (name: ActiveFilter['name']) => searchHref({ ...request, [name]: undefined });
  if (request.type) filters.push({ name: 'type', label: `类型：${KIND_LABELS[request.type]}`, removeHref: without('type') });
  if (request.section) {
    const name = catalog.sections.find((section) => section.slug === request.section)?.name ?? request.section;
    filters.push({ name: 'section', label: `栏目：${name}`, removeHref: without('section') });
  }
  if (request.scam) {
    const name = catalog.scamTypes.find((type) => type.slug === request.scam)?.name ?? request.scam;
    filters.push({ name: 'scam', label: `诈骗类型：${name}`, removeHref: without('scam') });
  }
  if (request.from) filters.push({ name: 'from', label: `起始日期：${request.from}`, removeHref: without('from') });
  if (request.to) filters.push({ name: 'to', label: `截止日期：${request.to}`, removeHref: without('to') });
  if (request.sort !== 'relevance') filters.push({ name: 'sort', label: `排序：${SORT_LABELS[request.sort]}`, removeHref: without('sort') });
  return filters;
}

/** The same search with no filters at all. */
export function withoutFilters(request: SearchRequest): string {
  return searchHref({ q: request.q });
}
