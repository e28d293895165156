/** Shapes shared by the search modules, the /search page and /api/search. */
import type { ContentDate } from '../content/dates';
import { CONTENT_KIND_LIST, type ContentKind } from '../content/kinds';
import type { VocabularyTerm } from '../text/did-you-mean';
import type { Segment } from '../text/segments';
import type { SearchField } from './fields';

/** Every content kind is searched, and can be filtered on (?type=). */
export const SEARCH_KINDS = CONTENT_KIND_LIST;
export type SearchKind = ContentKind;

/** One searchable document, flattened from a content record into the weighted fields of fields.ts. */
export interface SearchDocument extends Record<SearchField, string> {
  kind: SearchKind;
  slug: string;
  url: string;
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

/** Names the search shows, the synonyms it expands and the words it suggests, from the content. */
export interface Catalog {
  sections: readonly CatalogSection[];
  scamTypes: readonly CatalogScamType[];
  /** Words offered as "你是不是要找" when a query finds little (lib/content/vocabulary.ts) */
  vocabulary: readonly VocabularyTerm[];
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
  /** Few results, and the query sounds like a known word (zhengxin, 征性 → 征信): search that instead? */
  suggestion?: string;
}
