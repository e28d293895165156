/**
 * Word segmentation, used only where missing a word costs nothing: in search, as a
 * ranking signal and to split a query for the any-order fallback. Matching itself never
 * depends on it (bigrams do that). Intl.Segmenter (ICU's dictionary) needs no
 * package or native code; where ICU does not know a word it returns single
 * characters (腾讯 → 腾|讯, 公检法 → 公|检|法), so runs of those are joined back.
 */
import { CHAR_CLASS, SEP } from './chars';

let segmenter: Intl.Segmenter | undefined;

function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return segmenter;
}

/** The words of a term, single-character runs joined: 腾讯会议 → [腾讯, 会议]; 屏幕共享 → [屏幕, 共享]. */
export function wordsOf(term: string): string[] {
  const words: string[] = [];
  let pendingSingles = '';
  const flush = () => {
    if (pendingSingles) words.push(pendingSingles);
    pendingSingles = '';
  };
  for (const { segment } of wordSegmenter().segment(term)) {
    if (CHAR_CLASS[segment.charCodeAt(0)] === SEP) {
      flush();
      continue;
    }
    if ([...segment].length === 1) pendingSingles += segment;
    else {
      flush();
      words.push(segment);
    }
  }
  flush();
  return words;
}

/** Characters of context either side that are enough for ICU to place the boundaries. */
const CONTEXT = 4;
/** Windows already segmented, and their answer. The same contexts recur (个人征信, 影响征信…). */
const alignedCache = new Map<string, boolean>();
const CACHE_LIMIT = 20_000;

/**
 * Whether text[start, end) begins and ends on word boundaries: 征信 in 个人征信 (个人|征|信)
 * does, 征信 in 特征信息 (特征|信息) does not. Segments only a small window (about 6 µs),
 * not at all when the match is bounded by punctuation or field edges, and remembers
 * windows it has seen. The window stays inside [lower, upper) (one field).
 */
export function isWordAligned(text: string, start: number, end: number, lower = 0, upper = text.length): boolean {
  const openLeft = start <= lower || CHAR_CLASS[text.charCodeAt(start - 1)] === SEP;
  const openRight = end >= upper || CHAR_CLASS[text.charCodeAt(end)] === SEP;
  if (openLeft && openRight) return true;
  const from = Math.max(lower, start - CONTEXT);
  const to = Math.min(upper, end + CONTEXT);
  const window = text.slice(from, to);
  const key = `${start - from}:${end - from}:${window}`;
  const known = alignedCache.get(key);
  if (known !== undefined) return known;
  const segments = wordSegmenter().segment(window);
  const first = segments.containing(start - from);
  const last = segments.containing(end - 1 - from);
  const aligned = first !== undefined && last !== undefined && first.index === start - from && last.index + last.segment.length === end - from;
  if (alignedCache.size >= CACHE_LIMIT) alignedCache.clear();
  alignedCache.set(key, aligned);
  return aligned;
}
