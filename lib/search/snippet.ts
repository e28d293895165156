/**
 * Snippets as structured segments ({ text, match }, lib/text/segments.ts), never HTML:
 * the page renders them with React (which escapes every character) and the API
 * returns them as data, so nothing a reader types can become markup.
 *
 * Positions are found in the normalised text and cut from the text as written; the
 * two have the same length (see lib/text/normalize.ts), so 詐騙 in an article is
 * highlighted as written when the reader typed 诈骗.
 */
import { segmentsOf, type Segment } from '../text/segments';
import { findOccurrence } from './tokenize';

/** Characters of text in a snippet (about two lines on a phone). */
export const SNIPPET_LENGTH = 120;
/** Context kept before the first highlighted word. */
const LEAD_CONTEXT = 24;
/** Per needle: enough to choose a window and mark it. */
const MAX_OCCURRENCES = 64;
const SENTENCE_END = /[。！？；!?;\n]/;
const CLAUSE_END = /[，、,：:]/;

interface Span {
  start: number;
  end: number;
  needle: number;
}

/** Occurrences of the needles in text[start, end), in order of position. */
export function findSpans(normalized: string, needles: readonly string[], start: number, end: number): Span[] {
  const spans: Span[] = [];
  needles.forEach((needle, index) => {
    if (!needle) return;
    let at = findOccurrence(normalized, needle, start, end);
    let found = 0;
    while (at !== -1 && found++ < MAX_OCCURRENCES) {
      spans.push({ start: at, end: at + needle.length, needle: index });
      at = findOccurrence(normalized, needle, at + 1, end);
    }
  });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Segments of display[start, end) with the spans marked, on one line: newlines shown as spaces. */
export function displaySegments(display: string, spans: readonly Span[], start: number, end: number): Segment[] {
  const shown = segmentsOf(display, spans, start, end).map((segment) => ({ ...segment, text: segment.text.replace(/\s*\n\s*/g, ' ') }));
  return mergeAdjacent(shown.filter((segment) => segment.text));
}

/**
 * A window of text[fieldStart, fieldEnd) around the place where most different needles
 * occur together, as segments. Falls back to the field's beginning when nothing occurs.
 */
export function snippetOf(
  display: string,
  normalized: string,
  fieldStart: number,
  fieldEnd: number,
  needles: readonly string[],
  length = SNIPPET_LENGTH,
): Segment[] {
  const spans = findSpans(normalized, needles, fieldStart, fieldEnd);
  let start = fieldStart;
  if (spans.length) {
    let bestAnchor = spans[0] as Span;
    let bestCount = 0;
    for (const anchor of spans) {
      const windowEnd = anchor.start + length - LEAD_CONTEXT;
      const distinct = new Set(spans.filter((span) => span.start >= anchor.start && span.end <= windowEnd).map((span) => span.needle)).size;
      if (distinct > bestCount) {
        bestCount = distinct;
        bestAnchor = anchor;
      }
    }
    start = Math.max(fieldStart, bestAnchor.start - LEAD_CONTEXT);
    // Start at a sentence, else a clause, when one begins shortly before the match.
    let clause = -1;
    for (let i = bestAnchor.start - 1; i >= start; i--) {
      const char = display[i] as string;
      if (SENTENCE_END.test(char)) {
        clause = i;
        break;
      }
      if (clause === -1 && CLAUSE_END.test(char)) clause = i;
    }
    if (clause !== -1) start = clause + 1;
  }
  if (start > fieldStart && isLowSurrogate(display.charCodeAt(start))) start--;
  let end = Math.min(fieldEnd, start + length);
  if (end < fieldEnd && isLowSurrogate(display.charCodeAt(end))) end++;
  const segments = displaySegments(display, spans, start, end);
  if (start > fieldStart) segments.unshift({ text: '…', match: false });
  if (end < fieldEnd) segments.push({ text: '…', match: false });
  return mergeAdjacent(segments);
}

function mergeAdjacent(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.match === segment.match) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
