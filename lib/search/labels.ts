/** Reader-facing names used by the search page and the API. */
import { byKind } from '../content/kinds';
import type { SearchKind, SearchSort } from './types';

/** The kinds table's labels (lib/content/kinds.ts). */
export const KIND_LABELS: Record<SearchKind, string> = byKind((definition) => definition.label);

export const SORT_LABELS: Record<SearchSort, string> = {
  relevance: '按相关度',
  newest: '按时间（最新在前）',
};
