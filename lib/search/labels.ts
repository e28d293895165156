/** Reader-facing names used by the search page and the API. */
import type { SearchKind, SearchSort } from './types';

export const KIND_LABELS: Record<SearchKind, string> = {
  story: '稿件',
  case: '案例',
  'scam-type': '骗局类型',
};

export const SORT_LABELS: Record<SearchSort, string> = {
  relevance: '按相关度',
  newest: '按时间（最新在前）',
};
