/**
 * The weighted fields of a search document: one tuple, and weights looked up by name.
 * Where a field sits in the index's text is the index's business (inverted-index.ts
 * fieldRange); nothing else depends on the order of this tuple.
 */
export const SEARCH_FIELDS = ['title', 'lead', 'terms', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * Weight of one occurrence in each field, for BM25's field-weighted frequency.
 *   title  the record's title (a scam type's name)
 *   lead   kicker, subtitle, summary: the short text that says what the page is about
 *   terms  tags, the scam type's name, a scam type's aliases
 *   body   the running text: body, red flags, steps, signs, actions…
 * A term in the title counts ten times one in the body: once in a title then scores
 * about like ten times in the text, before BM25 saturation flattens both.
 */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = { title: 10, lead: 4, terms: 3, body: 1 };
