/**
 * One search against an index: plan the query, match, order, cut the page, and build
 * each hit's title and snippet segments. Pure: no file or network access, so the
 * page, the API, the tests and the benchmark all run exactly this.
 */
import type { SearchField } from './fields';
import { dayNumber, displayText, fieldRange, KIND_CODES, type SearchIndex } from './inverted-index';
import { KIND_LABELS } from './labels';
import { isEmptyFilter, matchPlan, type DocumentFilter } from './match';
import { orderResults } from './order';
import { fallbackPlan, PER_PAGE, planQuery, type QueryPlan } from './query';
import type { Segment } from '../text/segments';
import { displaySegments, findSpans, snippetOf } from './snippet';
import { suggestionFor } from './suggest';
import type { MatchMode, SearchHit, SearchRequest, SearchResponse } from './types';

export interface SearchOptions {
  perPage?: number;
}

export function filterOf(request: SearchRequest): DocumentFilter {
  return {
    kind: request.type ? KIND_CODES[request.type] : undefined,
    section: request.section,
    scam: request.scam,
    fromDay: request.from ? dayNumber(request.from) : undefined,
    toDay: request.to ? dayNumber(request.to) : undefined,
  };
}

/** What to highlight: the terms as typed first, then synonyms and reorderings, longest first within each. */
interface Needles {
  primary: string[];
  all: string[];
}

function needlesOf(plan: QueryPlan): Needles {
  const byLength = (a: string, b: string) => b.length - a.length;
  const primary = [...new Set(plan.terms.map((term) => term.text))].sort(byLength);
  const others = plan.terms.flatMap((term) => term.alternatives.map((alt) => alt.text)).filter((text) => !primary.includes(text));
  return { primary, all: [...primary, ...new Set(others)] };
}

const SNIPPET_FIELDS = ['body', 'lead', 'terms'] as const satisfies readonly SearchField[];

/**
 * The snippet comes from the first of body, lead, tags where a term occurs as typed;
 * else where a synonym or reordering occurs; else the lead (or the body's start).
 */
function snippetFor(index: SearchIndex, doc: number, display: string, needles: Needles): Segment[] {
  const normalized = index.normalized[doc] as string;
  for (const wanted of [needles.primary, needles.all]) {
    if (!wanted.length) continue;
    for (const name of SNIPPET_FIELDS) {
      const { start, end } = fieldRange(index, doc, name);
      if (findSpans(normalized, wanted, start, end).length) return snippetOf(display, normalized, start, end, needles.all);
    }
  }
  const lead = fieldRange(index, doc, 'lead');
  const source = lead.end > lead.start ? lead : fieldRange(index, doc, 'body');
  return snippetOf(display, normalized, source.start, source.end, needles.all);
}

function modeOf(tier: number): MatchMode {
  return tier === 0 ? 'exact' : tier === 1 ? 'reordered' : 'words';
}

function hitFor(index: SearchIndex, doc: number, needles: Needles, score: number): SearchHit {
  const meta = index.documents[doc];
  if (!meta) throw new Error(`search index has no document ${doc}`);
  const display = displayText(index, doc);
  const normalized = index.normalized[doc] as string;
  const title = fieldRange(index, doc, 'title');
  const section = meta.section ? index.catalog.sections.find((known) => known.slug === meta.section) : undefined;
  const scamSlug = meta.kind === 'case' ? meta.scamTypes[0] : undefined;
  const scamType = scamSlug ? index.catalog.scamTypes.find((known) => known.slug === scamSlug) : undefined;
  return {
    kind: meta.kind,
    kindLabel: KIND_LABELS[meta.kind],
    slug: meta.slug,
    url: meta.url,
    title: display.slice(title.start, title.end),
    titleSegments: displaySegments(display, findSpans(normalized, needles.all, title.start, title.end), title.start, title.end),
    date: meta.date?.day,
    dateTime: meta.date,
    section: section ? { slug: section.slug, name: section.name } : undefined,
    scamType: scamType ? { slug: scamType.slug, name: scamType.name } : undefined,
    snippet: snippetFor(index, doc, display, needles),
    match: modeOf(index.scratch.tier[doc] as number),
    score: Math.round(score * 1000) / 1000,
  };
}

export function searchIndex(index: SearchIndex, request: SearchRequest & { truncated?: boolean }, options: SearchOptions = {}): SearchResponse {
  const perPage = options.perPage ?? PER_PAGE;
  const filter = filterOf(request);
  let plan = planQuery(request.q, index.synonyms);
  const empty = (): SearchResponse => ({
    query: request.q,
    truncated: Boolean(request.truncated),
    total: 0,
    page: 1,
    pages: 0,
    perPage,
    sort: request.sort,
    fallback: false,
    results: [],
    suggestion: suggestionFor(index, request.q, filter, 0),
  });
  // A query of punctuation only has nothing to look for; no query and no filter is no search.
  if (request.q ? plan.terms.length === 0 : isEmptyFilter(filter)) return empty();

  let docs = matchPlan(index, plan, filter);
  let fallback = false;
  if (docs.length === 0) {
    const relaxed = fallbackPlan(plan);
    if (relaxed) {
      plan = relaxed;
      docs = matchPlan(index, plan, filter);
      fallback = docs.length > 0;
    }
  }
  if (docs.length === 0) return empty();

  const pages = Math.ceil(docs.length / perPage);
  const page = Math.min(request.page, pages);
  const { docs: ordered, scores } = orderResults(index, plan, docs, request.sort, page * perPage);
  const needles = needlesOf(plan);
  const results = ordered.slice((page - 1) * perPage, page * perPage).map((doc) => hitFor(index, doc, needles, scores.get(doc) ?? 0));
  // After the hits: suggesting reuses the index's scratch memory.
  const suggestion = suggestionFor(index, request.q, filter, docs.length);
  return {
    query: request.q,
    truncated: Boolean(request.truncated),
    total: docs.length,
    page,
    pages,
    perPage,
    sort: request.sort,
    fallback,
    results,
    suggestion,
  };
}
