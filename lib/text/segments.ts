/**
 * Text cut into runs that are / are not marked, for highlighting with <mark>: search
 * titles and snippets, the helper's quotes of the resident's words and of the signs.
 * Structured segments, never HTML: React escapes every character when it renders them.
 */
export interface Segment {
  text: string;
  match: boolean;
}

export interface Range {
  start: number;
  end: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * text[start, end) as segments, the given ranges (in any order, overlapping or not)
 * marked. A range that cuts a character outside the BMP in half is widened to cover it.
 */
export function segmentsOf(text: string, ranges: readonly Range[], start = 0, end = text.length): Segment[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    let from = Math.max(range.start, start);
    let to = Math.min(range.end, end);
    if (from > start && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from--;
    if (to < end && isLowSurrogate(text.charCodeAt(to)) && isHighSurrogate(text.charCodeAt(to - 1))) to++;
    if (to <= from) continue;
    const last = merged[merged.length - 1];
    if (last && from <= last.end) last.end = Math.max(last.end, to);
    else merged.push({ start: from, end: to });
  }
  const segments: Segment[] = [];
  let at = start;
  for (const range of merged) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start), match: false });
    segments.push({ text: text.slice(range.start, range.end), match: true });
    at = range.end;
  }
  if (at < end) segments.push({ text: text.slice(at, end), match: false });
  return segments;
}
