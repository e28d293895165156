/**
 * "你是不是要找：征信" for a query that found little: what the query sounds like in the
 * site's vocabulary (lib/text/did-you-mean.ts), offered only when it finds more than
 * the query did. Asked only below SUGGEST_BELOW results, so a query that finds what it
 * looks for never pays for it.
 */
import { buildPinyinTable, suggest, type PinyinTable } from '../text/did-you-mean';
import type { SearchIndex } from './inverted-index';
import { matchPlan, type DocumentFilter } from './match';
import { planQuery } from './query';
import type { Catalog } from './types';

/** "Finds little": fewer results than this. */
export const SUGGEST_BELOW = 3;

/** Built on the first query that needs it, once per catalog (an updated index keeps an unchanged one). */
const tables = new WeakMap<Catalog, PinyinTable>();

function tableOf(index: SearchIndex): PinyinTable {
  let table = tables.get(index.catalog);
  if (!table) {
    table = buildPinyinTable(index.catalog.vocabulary);
    tables.set(index.catalog, table);
  }
  return table;
}

/**
 * The query to suggest instead of `query`, which found `found` documents under
 * `filter`. Uses the index's scratch memory: call it after the results are built.
 */
export function suggestionFor(index: SearchIndex, query: string, filter: DocumentFilter, found: number): string | undefined {
  if (!query || found >= SUGGEST_BELOW) return undefined;
  const suggestion = suggest(tableOf(index), query);
  if (!suggestion) return undefined;
  return matchPlan(index, planQuery(suggestion.text, index.synonyms), filter).length > found ? suggestion.text : undefined;
}
