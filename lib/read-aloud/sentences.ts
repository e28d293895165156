/**
 * Where a paragraph's text splits into the pieces read aloud and highlighted one at a
 * time: after 。！？；… (with any closing quotes or brackets), and long stretches at a
 * comma, so that no piece runs long (some voices stop after about fifteen seconds).
 * Offsets index into the text as given, so the caller can map them back to the page.
 */

export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;…]+[”’」』）)"']*/g;
const CLAUSE_END = /[，,、：:]/g;
/** About fifteen seconds of Mandarin at a slightly slow pace. */
export const MAX_PIECE_CHARS = 60;
/** A piece worth saying has at least one letter, digit or Han character. */
const SAYABLE = /[\p{L}\p{N}]/u;

function cut(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((match) => (match.index ?? 0) + match[0].length);
}

/** Split one over-long stretch at its clauses, and at MAX_PIECE_CHARS where a clause is still too long. */
function shorten(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_PIECE_CHARS) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  const clauseEnds = cut(text.slice(span.start, span.end), CLAUSE_END).map((offset) => span.start + offset);
  while (span.end - start > MAX_PIECE_CHARS) {
    const fits = clauseEnds.filter((end) => end > start && end - start <= MAX_PIECE_CHARS);
    const end = fits.length ? fits[fits.length - 1]! : start + MAX_PIECE_CHARS;
    pieces.push({ start, end });
    start = end;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/** Trim a span to its non-space text; undefined when nothing sayable is left. */
function trimmed(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return SAYABLE.test(text.slice(start, end)) ? { start, end } : undefined;
}

export function splitSentences(text: string): Span[] {
  const ends = [...cut(text, SENTENCE_END), text.length];
  const spans: Span[] = [];
  let start = 0;
  for (const end of ends) {
    if (end <= start) continue;
    for (const piece of shorten(text, { start, end })) {
      const span = trimmed(text, piece);
      if (span) spans.push(span);
    }
    start = end;
  }
  return spans;
}

/** What the voice is given: the piece with runs of white space (line breaks in the HTML) made one space. */
export function speakable(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ');
}
