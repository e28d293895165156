/**
 * From URL parameters to a validated request, and from the query text to a plan of
 * terms to match. Invalid parameter values are dropped (and reported), never thrown.
 */
import { CHAR_CLASS, containsCjk, WORD } from '../text/chars';
import { cleanTypedText, normalize } from '../text/normalize';
import type { QuerySpec } from '../site/canonical-query';
import { REORDERED_WEIGHT, SYNONYM_WEIGHT } from './rank';
import { wordsOf } from '../text/words';
import type { Synonyms } from './synonyms';
import { atomsOf, splitTerms, type Atom } from './tokenize';
import { SEARCH_KINDS, type Catalog, type IgnoredParameter, type SearchKind, type SearchRequest, type SearchSort } from './types';

/** Longer queries are cut to this many characters (a sentence is plenty to find an article). */
export const MAX_QUERY_LENGTH = 200;
/** Terms beyond this many are ignored: every term must match, so more only narrow to nothing. */
export const MAX_TERMS = 16;
export const PER_PAGE = 20;
/** Deep pages are refused beyond this (20 × 500 = 10,000 results is more than anyone reads). */
export const MAX_PAGE = 500;
/** Permuting a term's words for the reordered match is worth it for a few words only. */
const MAX_REORDERED_WORDS = 4;

/** The parameters search reads (page and API), in the order its links write them (lib/search/view.ts). */
export const SEARCH_QUERY: QuerySpec = [
  ['q', 'text'],
  ['type', 'one'],
  ['section', 'one'],
  ['scam', 'one'],
  ['from', 'one'],
  ['to', 'one'],
  ['sort', 'one'],
  ['page', 'one'],
];

export type RawParams = URLSearchParams | Readonly<Record<string, string | readonly string[] | undefined>>;

function first(raw: RawParams, name: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(name) ?? undefined;
  const value = raw[name];
  return typeof value === 'string' ? value : value?.[0];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Cut to MAX_QUERY_LENGTH characters (code points, so no half surrogate pair is left). */
export function truncateQuery(query: string): { text: string; truncated: boolean } {
  const chars = Array.from(query);
  if (chars.length <= MAX_QUERY_LENGTH) return { text: query, truncated: false };
  return { text: chars.slice(0, MAX_QUERY_LENGTH).join('').trim(), truncated: true };
}

export interface ParsedRequest {
  request: SearchRequest;
  truncated: boolean;
  ignored: IgnoredParameter[];
}

export function parseSearchRequest(raw: RawParams, catalog: Catalog): ParsedRequest {
  const ignored: IgnoredParameter[] = [];
  const ignore = (name: string, value: string, reason: string) => ignored.push({ name, value, reason });

  const rawQuery = cleanTypedText(first(raw, 'q') ?? '');
  const { text: q, truncated } = truncateQuery(rawQuery);
  const request: SearchRequest = { q, sort: 'relevance', page: 1 };

  const type = first(raw, 'type');
  if (type) {
    if ((SEARCH_KINDS as readonly string[]).includes(type)) request.type = type as SearchKind;
    else ignore('type', type, '未知的内容类型');
  }
  const section = first(raw, 'section');
  if (section) {
    if (catalog.sections.some((known) => known.slug === section)) request.section = section;
    else ignore('section', section, '没有这个栏目');
  }
  const scam = first(raw, 'scam');
  if (scam) {
    if (catalog.scamTypes.some((known) => known.slug === scam)) request.scam = scam;
    else ignore('scam', scam, '没有这个诈骗类型');
  }
  for (const name of ['from', 'to'] as const) {
    const value = first(raw, name);
    if (!value) continue;
    if (isRealDay(value)) request[name] = value;
    else ignore(name, value, '日期应为 YYYY-MM-DD 格式的真实日期');
  }
  if (request.from && request.to && request.from > request.to) [request.from, request.to] = [request.to, request.from];

  const sort = first(raw, 'sort');
  if (sort) {
    if (sort === 'relevance' || sort === 'newest') request.sort = sort satisfies SearchSort;
    else ignore('sort', sort, '排序只能是 relevance 或 newest');
  }
  const page = first(raw, 'page');
  if (page) {
    const number = /^\d{1,6}$/.test(page) ? Number(page) : NaN;
    if (number >= 1 && number <= MAX_PAGE) request.page = number;
    else ignore('page', page, `页码应为 1 到 ${MAX_PAGE} 的整数`);
  }
  return { request, truncated, ignored };
}

/** One way a term can occur in a document. */
export interface Alternative {
  /** Normalised text that must occur, as is */
  text: string;
  atoms: Atom[];
  weight: number;
  /** Tier 0: the term or a synonym; tier 1: the term's words adjacent in another order */
  tier: 0 | 1;
  /** Set while matching: inverse document frequency (estimated for phrases) */
  idf: number;
}

export interface PlannedTerm {
  text: string;
  alternatives: Alternative[];
  /** The term's words (segmented), for the any-order fallback */
  words: string[];
}

export interface QueryPlan {
  terms: PlannedTerm[];
  /** The terms as one string (for the phrase and title bonuses) */
  phrase: string;
  /** Tier given to every match: 2 for the words-anywhere fallback */
  baseTier: 0 | 2;
}

function alternative(text: string, weight: number, tier: 0 | 1): Alternative {
  return { text, atoms: atomsOf(text), weight, tier, idf: 0 };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

/** Join terms as they would be written: no space between Chinese, one between words. */
function joinTerms(terms: readonly string[]): string {
  let phrase = '';
  for (const term of terms) {
    const needsSpace = phrase && CHAR_CLASS[phrase.charCodeAt(phrase.length - 1)] === WORD && CHAR_CLASS[term.charCodeAt(0)] === WORD;
    phrase += (needsSpace ? ' ' : '') + term;
  }
  return phrase;
}

export function planQuery(query: string, synonyms: Synonyms): QueryPlan {
  const texts = [...new Set(splitTerms(normalize(query)))].slice(0, MAX_TERMS);
  const terms = texts.map((text): PlannedTerm => {
    const words = wordsOf(text);
    const alternatives = [alternative(text, 1, 0)];
    // A synonym containing the term (冒充公检法类 for 冒充公检法) would only re-find the
    // same documents at a lower weight: skip it and save a pass over the index.
    for (const synonym of synonyms.get(text) ?? []) if (!synonym.includes(text)) alternatives.push(alternative(synonym, SYNONYM_WEIGHT, 0));
    const isChinese = containsCjk(text);
    // Reorder words, not characters: 假|警察 → 警察假 would mean nothing.
    const reorderable = words.length >= 2 && words.length <= MAX_REORDERED_WORDS && words.every((word) => [...word].length >= 2);
    if (isChinese && reorderable) {
      for (const order of permutations(words).slice(1)) {
        const reordered = order.join('');
        if (reordered !== text) alternatives.push(alternative(reordered, REORDERED_WEIGHT, 1));
      }
    }
    return { text, alternatives, words };
  });
  return { terms, phrase: joinTerms(texts), baseTier: 0 };
}

/**
 * When nothing has the query as typed: each term's words, anywhere in the document
 * (屏幕共享 → 屏幕 and 共享). Undefined when that would change nothing.
 */
export function fallbackPlan(plan: QueryPlan): QueryPlan | undefined {
  if (!plan.terms.some((term) => term.words.length > 1)) return undefined;
  const texts = [...new Set(plan.terms.flatMap((term) => (term.words.length > 1 ? term.words : [term.text])))].slice(0, MAX_TERMS);
  const terms = texts.map((text): PlannedTerm => ({ text, alternatives: [alternative(text, 1, 0)], words: [text] }));
  return { terms, phrase: plan.phrase, baseTier: 2 };
}
