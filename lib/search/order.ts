/**
 * Putting matched documents in order, without sorting all of them: a page needs the
 * first page × 20, so a bounded heap selects those (100,000 matches for 诈骗 would
 * otherwise cost a full sort per query).
 *
 * By relevance: tier first (exact, then reordered words, then words anywhere), then
 * score. The RERANK_DEPTH best by the cheap BM25 score are rescored from the text:
 * exact phrase frequencies per field, the true-word factor (Intl.Segmenter around the
 * first occurrences) and the phrase/title bonuses. Documents below that depth keep
 * their cheap order after the rescored ones; the depth does not depend on the page
 * asked for, so consecutive pages never repeat or skip a result.
 */
import { containsCjk } from '../text/chars';
import { FIELD_WEIGHTS, SEARCH_FIELDS } from './fields';
import { fieldRange, type SearchIndex } from './inverted-index';
import type { QueryPlan } from './query';
import { NOT_A_WORD_FACTOR, PHRASE_BONUS, RERANK_DEPTH, saturation, TITLE_BONUS } from './rank';
import { isWordAligned } from '../text/words';
import { findOccurrence } from './tokenize';
import type { SearchSort } from './types';

type Compare = (a: number, b: number) => number;

/**
 * The `k` smallest of `docs` under `compare`, sorted. `key`, when given, must agree
 * with `compare` (key(a) < key(b) ⇒ compare(a, b) < 0): most documents are then
 * rejected by one number comparison with the heap's worst, without calling `compare`.
 */
export function selectTop(docs: ArrayLike<number>, k: number, compare: Compare, key?: (doc: number) => number): number[] {
  const n = docs.length;
  if (k <= 0 || n === 0) return [];
  if (k >= n) return Array.from(docs).sort(compare);
  // Max-heap of the k best so far: the root is the worst of them.
  const heap: number[] = [];
  const worse = (a: number, b: number) => compare(a, b) > 0;
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i] as number, heap[parent] as number)) break;
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && worse(heap[left] as number, heap[largest] as number)) largest = left;
      if (right < heap.length && worse(heap[right] as number, heap[largest] as number)) largest = right;
      if (largest === i) return;
      [heap[i], heap[largest]] = [heap[largest] as number, heap[i] as number];
      i = largest;
    }
  };
  let rootKey = Infinity;
  for (let i = 0; i < n; i++) {
    const doc = docs[i] as number;
    if (heap.length < k) {
      heap.push(doc);
      siftUp(heap.length - 1);
      if (heap.length === k && key) rootKey = key(heap[0] as number);
    } else if ((key === undefined || key(doc) <= rootKey) && compare(doc, heap[0] as number) < 0) {
      heap[0] = doc;
      siftDown(0);
      if (key) rootKey = key(heap[0]);
    }
  }
  return heap.sort(compare);
}

/** Occurrences considered for the true-word check: the first two tell enough. */
const ALIGNMENT_SAMPLES = 2;

/** The exact score of one document: recounted phrase frequencies, true-word factor, bonuses. */
export function rescore(index: SearchIndex, plan: QueryPlan, doc: number): number {
  const text = index.normalized[doc] as string;
  const norm = index.norms[doc] as number;
  let total = 0;
  for (const term of plan.terms) {
    let best = 0;
    for (const alt of term.alternatives) {
      if (!alt.idf) continue;
      let weighted = 0;
      let aligned = false;
      let samples = 0;
      const checkWords = containsCjk(alt.text);
      for (const field of SEARCH_FIELDS) {
        const { start, end } = fieldRange(index, doc, field);
        let at = findOccurrence(text, alt.text, start, end);
        while (at !== -1) {
          weighted += FIELD_WEIGHTS[field];
          if (!aligned && samples < ALIGNMENT_SAMPLES) {
            samples++;
            aligned = !checkWords || isWordAligned(text, at, at + alt.text.length, start, end);
          }
          at = findOccurrence(text, alt.text, at + 1, end);
        }
      }
      if (!weighted) continue;
      const score = alt.weight * alt.idf * saturation(weighted, norm) * (aligned ? 1 : NOT_A_WORD_FACTOR);
      if (score > best) best = score;
    }
    total += best;
  }
  if (plan.terms.length > 1 && findOccurrence(text, plan.phrase, 0) !== -1) total *= PHRASE_BONUS;
  const title = fieldRange(index, doc, 'title');
  if (title.end - title.start === plan.phrase.length && text.startsWith(plan.phrase, title.start)) total *= TITLE_BONUS;
  return total;
}

/**
 * The first `count` documents in result order. Cheap scores and tiers are read from
 * index.scratch (left there by matchPlan); exact scores of the reranked documents are
 * returned in `scores`.
 */
export function orderResults(
  index: SearchIndex,
  plan: QueryPlan,
  docs: Uint32Array,
  sort: SearchSort,
  count: number,
): { docs: number[]; scores: Map<number, number> } {
  const { score, tier } = index.scratch;
  const { times } = index;
  const byRelevance: Compare = (a, b) =>
    (tier[a] as number) - (tier[b] as number) || (score[b] as number) - (score[a] as number) || (times[b] as number) - (times[a] as number) || a - b;
  const scores = new Map<number, number>();

  if (sort === 'newest' || plan.terms.length === 0) {
    const byNewest: Compare = (a, b) => (times[b] as number) - (times[a] as number) || byRelevance(a, b);
    const top = selectTop(docs, count, byNewest, (doc) => -(times[doc] as number));
    for (const doc of top) scores.set(doc, score[doc] as number);
    return { docs: top, scores };
  }

  const depth = Math.min(docs.length, Math.max(RERANK_DEPTH, count));
  // Tier dominates, then score: one number that orders like byRelevance up to ties.
  const relevanceKey = (doc: number) => (tier[doc] as number) * 1e9 - (score[doc] as number);
  const candidates = selectTop(docs, depth, byRelevance, relevanceKey);
  const head = candidates.slice(0, RERANK_DEPTH);
  for (const doc of head) scores.set(doc, rescore(index, plan, doc));
  head.sort(
    (a, b) =>
      (tier[a] as number) - (tier[b] as number) ||
      (scores.get(b) as number) - (scores.get(a) as number) ||
      (times[b] as number) - (times[a] as number) ||
      a - b,
  );
  const ordered = [...head, ...candidates.slice(RERANK_DEPTH)];
  for (const doc of ordered) if (!scores.has(doc)) scores.set(doc, score[doc] as number);
  return { docs: ordered.slice(0, count), scores };
}
