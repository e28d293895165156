/**
 * "你是不是要找：征信" for the helper: when the resident's words match no scam type and
 * some of them sound like a word the scam types use (zhengxin, gjf, 征性, 公减法), the
 * helper is re-run with those words corrected. When that answer names a scam type the
 * link leads to it; otherwise to a site search for the words, which finds the type's
 * page and cases even where a word alone is too little for the helper's matching.
 */
import type { ScamType } from '@/lib/content/records';
import { suggestionVocabulary } from '@/lib/content/vocabulary';
import { searchHref } from '@/lib/search/view';
import { buildPinyinTable, suggest, type PinyinTable } from '@/lib/text/did-you-mean';
import { helpFor, type HelpContent, type HelpResult } from './help';
import { helpHref } from './help-request';

export interface HelpSuggestion {
  /** The words put in (征信), to show */
  terms: string[];
  /** The corrected question's answer, or a search for the words */
  href: string;
}

/** Built on the first question that needs it, per list of scam types. */
const tables = new WeakMap<readonly ScamType[], PinyinTable>();

function tableFor(scamTypes: readonly ScamType[]): PinyinTable {
  let table = tables.get(scamTypes);
  if (!table) {
    table = buildPinyinTable(suggestionVocabulary({ scamTypes }));
    tables.set(scamTypes, table);
  }
  return table;
}

export function helpSuggestion(content: HelpContent, result: HelpResult): HelpSuggestion | undefined {
  const { request } = result;
  if (!request.text || result.likely.length > 0) return undefined;
  const suggestion = suggest(tableFor(content.scamTypes), request.text);
  if (!suggestion) return undefined;
  const corrected = { ...request, text: suggestion.text };
  const answered = helpFor(content, corrected).likely.length > 0;
  return { terms: suggestion.terms, href: answered ? helpHref(corrected) : searchHref({ q: suggestion.terms.join(' ') }) };
}
