/**
 * What gets indexed and what a query is made of, on normalised text (lib/text:
 * normalize.ts, and grams.ts for what a gram is).
 *
 * Chinese is indexed as overlapping character bigrams (冒充公检法 → 冒充 充公 公检 检法)
 * plus single characters. Word segmentation alone was measured to miss documents
 * (Intl.Segmenter splits 征信 into 征|信; jieba misses 反诈 inside 反诈骗), while every
 * document containing a string contains all of its bigrams, so bigram postings never
 * miss one. False positives (腾讯 … 通讯会议 for 腾讯会议) are removed afterwards by
 * checking that the query string really occurs (match.ts). Single characters are
 * indexed so that one-character queries work. Runs of other letters and digits are
 * whole tokens (96110, goip), so 961 does not match 96110.
 */
import { CHAR_CLASS, CJK, classRuns, SEP, WORD } from '../text/chars';
import { gramsOf } from '../text/grams';

/** A key of the inverted index: a CJK gram (as a number) or a whole word, with where it starts in the term. */
export type Atom = { kind: 'gram'; key: number; text: string; offset: number } | { kind: 'word'; text: string; offset: number };

/** Key of a one-character gram: the code unit itself (below 0x10000). */
export function unigramKey(code: number): number {
  return code;
}

/** Key of a two-character gram; never collides with a unigram key (the first unit is non-zero). */
export function bigramKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/**
 * The query's terms: maximal runs of letters and digits (Chinese included), split at
 * whitespace and punctuation. 冒充 公检法 → [冒充, 公检法]; qq视频 stays one term.
 */
export function splitTerms(normalized: string): string[] {
  const terms: string[] = [];
  let start = -1;
  for (let i = 0; i <= normalized.length; i++) {
    const isSep = i === normalized.length || CHAR_CLASS[normalized.charCodeAt(i)] === SEP;
    if (isSep) {
      if (start !== -1) terms.push(normalized.slice(start, i));
      start = -1;
    } else if (start === -1) start = i;
  }
  return terms;
}

/**
 * The index keys a term must all have for a document to possibly contain it:
 * bigrams of each CJK run (a one-character run gives its unigram), and each word run.
 */
export function atomsOf(term: string): Atom[] {
  const atoms: Atom[] = [];
  const seen = new Set<string>();
  for (const gram of gramsOf(term, { loneCharacters: true })) {
    if (seen.has(gram.key)) continue;
    seen.add(gram.key);
    if (gram.kind === 'word') atoms.push({ kind: 'word', text: gram.key, offset: gram.start });
    else {
      const key = gram.key.length === 1 ? unigramKey(gram.key.charCodeAt(0)) : bigramKey(gram.key.charCodeAt(0), gram.key.charCodeAt(1));
      atoms.push({ kind: 'gram', key, text: gram.key, offset: gram.start });
    }
  }
  return atoms;
}

/**
 * Every index key of a text in order, as strings (for tests and debugging; the indexer
 * walks the text itself): words, and for CJK each character and each bigram.
 */
export function indexTokens(normalized: string): string[] {
  const tokens: string[] = [];
  for (const { cls, start, end } of classRuns(normalized)) {
    if (cls === WORD) tokens.push(normalized.slice(start, end));
    else if (cls === CJK) {
      for (let k = start; k < end; k++) {
        tokens.push(normalized[k] as string);
        if (k + 1 < end) tokens.push(normalized.slice(k, k + 2));
      }
    }
  }
  return tokens;
}

// A local copy for the hot functions below (imports compile to getters).
const CLASS = CHAR_CLASS;
const CLASS_WORD = WORD;

/** A word-character run must not continue across the match edges (961 ≠ 96110). */
export function hasWordBoundaries(text: string, start: number, end: number): boolean {
  if (start > 0 && CLASS[text.charCodeAt(start)] === CLASS_WORD && CLASS[text.charCodeAt(start - 1)] === CLASS_WORD) return false;
  if (end < text.length && CLASS[text.charCodeAt(end - 1)] === CLASS_WORD && CLASS[text.charCodeAt(end)] === CLASS_WORD) return false;
  return true;
}

/** Offset of the next occurrence of `needle` at or after `from` that respects word boundaries, or -1. */
export function findOccurrence(text: string, needle: string, from: number, until = text.length): number {
  let position = text.indexOf(needle, from);
  while (position !== -1 && position + needle.length <= until) {
    if (hasWordBoundaries(text, position, position + needle.length)) return position;
    position = text.indexOf(needle, position + 1);
  }
  return -1;
}
