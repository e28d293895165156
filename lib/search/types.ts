/** Shapes shared by the search modules, the /search page and /api/search. */
import type { ContentDate } from '../content/dates';
import { CONTENT_KIND_LIST, type ContentKind } from '../content/kinds';

/** Every content kind is searched, and can be filtered on (?type=). */
export const SEARCH_KINDS = CONTENT_KIND_LIST;
export type SearchKind = ContentKind;

/**
 * One searchable document, flattened from a content record into four weighted fields
 * (see FIELD_WEIGHTS in rank.ts).
 */
export interface SearchDocument {
  kind: SearchKind;
  slug: string;
  url: string;
  title: string;
  /** Kicker, subtitle, summary: the short text that says what the page is about */
  lead: string;
  /** Tags, the scam type's name, a scam type's aliases */
  terms: string;
  /** The running text: body, red flags, steps, signs, actions… */
  body: string;
  /** Publication date; a scam type has none of its own and takes its newest case's */
  date?: ContentDate;
  /** A story's section slug */
  section?: string;
  /** Scam types the document is about: a case's type, a type itself, a story's cases' types */
  scamTypes: readonly string[];
}

export interface CatalogSection {
  slug: string;
  name: string;
}

export interface CatalogScamType {
  slug: string;
  name: string;
  aliases: readonly string[];
}

/** Names the search shows and the synonyms it expands, from the content. */
export interface Catalog {
  sections: readonly CatalogSection[];
  scamTypes: readonly CatalogScamType[];
}

/** A piece of text to show, highlighted (`<mark>`) when it matched the query. */
export interface Segment {
  text: string;
  match: boolean;
}

export type SearchSort = 'relevance' | 'newest';

/** A validated search request: every field has been checked, unknown values dropped. */
export interface SearchRequest {
  /** The query as used: trimmed, at most MAX_QUERY_LENGTH characters */
  q: string;
  type?: SearchKind;
  section?: string;
  scam?: string;
  /** YYYY-MM-DD, inclusive, Beijing calendar days */
  from?: string;
  to?: string;
  sort: SearchSort;
  page: number;
}

/** Why a parameter was not used, for the page to explain. */
export interface IgnoredParameter {
  name: string;
  value: string;
  reason: string;
}

/** How a result matched: the exact string; its words adjacent in another order; its words anywhere. */
export type MatchMode = 'exact' | 'reordered' | 'words';

export interface SearchHit {
  kind: SearchKind;
  /** The kind's label from the kinds table: 稿件, 案例, 骗局类型 */
  kindLabel: string;
  slug: string;
  url: string;
  title: string;
  titleSegments: Segment[];
  /** YYYY-MM-DD (Beijing); for a scam type, its newest case's date */
  date?: string;
  dateTime?: ContentDate;
  section?: CatalogSection;
  scamType?: CatalogSection;
  snippet: Segment[];
  match: MatchMode;
  score: number;
}

export interface SearchResponse {
  query: string;
  /** The query was longer than MAX_QUERY_LENGTH and was cut */
  truncated: boolean;
  total: number;
  page: number;
  pages: number;
  perPage: number;
  sort: SearchSort;
  /** No document had the query exactly, so its words were matched in any order */
  fallback: boolean;
  results: SearchHit[];
}
