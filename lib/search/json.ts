/**
 * The /api/search body: the response as data, serialised so that no character a
 * reader typed can close a script or start a tag if the JSON is ever inlined in HTML
 * (<, >, & and the JavaScript line separators are written as \u escapes).
 */
import type { IgnoredParameter, SearchResponse } from './types';

export interface ApiSearchResult {
  kind: string;
  kindLabel: string;
  slug: string;
  url: string;
  title: string;
  titleSegments: { text: string; match: boolean }[];
  date?: string;
  section?: { slug: string; name: string };
  scamType?: { slug: string; name: string };
  snippet: { text: string; match: boolean }[];
  match: string;
  score: number;
}

export interface ApiSearchResponse {
  query: string;
  truncated: boolean;
  total: number;
  page: number;
  pages: number;
  perPage: number;
  sort: string;
  fallback: boolean;
  ignored: IgnoredParameter[];
  results: ApiSearchResult[];
  /** A query to try instead ("你是不是要找"), when this one found little */
  suggestion?: string;
}

export function toApiResponse(response: SearchResponse, ignored: readonly IgnoredParameter[]): ApiSearchResponse {
  return {
    query: response.query,
    truncated: response.truncated,
    total: response.total,
    page: response.page,
    pages: response.pages,
    perPage: response.perPage,
    sort: response.sort,
    fallback: response.fallback,
    ignored: [...ignored],
    suggestion: response.suggestion,
    results: response.results.map((hit) => ({
      kind: hit.kind,
      kindLabel: hit.kindLabel,
      slug: hit.slug,
      url: hit.url,
      title: hit.title,
      titleSegments: hit.titleSegments,
      date: hit.date,
      section: hit.section,
      scamType: hit.scamType,
      snippet: hit.snippet,
      match: hit.match,
      score: hit.score,
    })),
  };
}

export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
