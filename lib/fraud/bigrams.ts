/**
 * Text → match keys for the "我该怎么办" helper. Chinese has no spaces, so Han runs
 * become overlapping character bigrams (公安局 → 公安, 安局); runs of other letters and
 * digits stay whole tokens (96110, qq), so 9611 never matches 96110.
 *
 * Normalisation is NFKC (full-width ９６１１０ and ＱＱ → 96110, qq), lower case and
 * traditional → simplified characters (公檢法 → 公检法, with the same per-character
 * table search uses), applied per code point so every key remembers where it came
 * from in the original text: the page highlights the resident's own words, not a
 * normalised copy.
 */

import { normalize } from '@/lib/search/normalize';

export interface Gram {
  /** The normalised key: a Han bigram or a whole Latin/number token */
  key: string;
  /** UTF-16 offsets into the original text, end exclusive */
  start: number;
  end: number;
}

const CharKind = { Separator: 0, Han: 1, Word: 2 } as const;
type CharKind = (typeof CharKind)[keyof typeof CharKind];

interface NormalChar {
  char: string;
  kind: CharKind;
  start: number;
  end: number;
}

const HAN = /[\p{Script=Han}〇々]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

function kindOf(char: string): CharKind {
  if (HAN.test(char)) return CharKind.Han;
  return WORD.test(char) ? CharKind.Word : CharKind.Separator;
}

function normalChars(text: string): NormalChar[] {
  const chars: NormalChar[] = [];
  let offset = 0;
  for (const codePoint of text) {
    const start = offset;
    offset += codePoint.length;
    // One code point may expand (㈱ → (株)); each piece points back at the whole original.
    for (const piece of codePoint.normalize('NFKC').toLowerCase()) {
      const char = normalize(piece);
      chars.push({ char, kind: kindOf(char), start, end: offset });
    }
  }
  return chars;
}

/** Every key of the text in order, duplicates included (each with its own position). */
export function textGrams(text: string): Gram[] {
  const chars = normalChars(text);
  const grams: Gram[] = [];
  let i = 0;
  while (i < chars.length) {
    const kind = chars[i]!.kind;
    let j = i;
    while (j < chars.length && chars[j]!.kind === kind) j++;
    if (kind === CharKind.Han) {
      for (let k = i; k + 1 < j; k++) grams.push({ key: chars[k]!.char + chars[k + 1]!.char, start: chars[k]!.start, end: chars[k + 1]!.end });
    } else if (kind === CharKind.Word) {
      grams.push({ key: chars.slice(i, j).map((c) => c.char).join(''), start: chars[i]!.start, end: chars[j - 1]!.end });
    }
    i = j;
  }
  return grams;
}

export function gramKeys(text: string): Set<string> {
  return new Set(textGrams(text).map((gram) => gram.key));
}

/** Normalised form of a whole text, for deciding that two texts say the same thing. */
export function sameTextKey(text: string): string {
  return normalChars(text)
    .filter((c) => c.kind !== CharKind.Separator)
    .map((c) => c.char)
    .join('');
}

export interface Segment {
  text: string;
  matched: boolean;
}

/** Split text into runs that are / are not covered by the given ranges (for <mark>). */
export function segmentsOf(text: string, ranges: readonly { start: number; end: number }[]): Segment[] {
  const covered = new Uint8Array(text.length);
  for (const { start, end } of ranges) covered.fill(1, Math.max(0, start), Math.min(text.length, end));
  const segments: Segment[] = [];
  let i = 0;
  while (i < text.length) {
    const matched = covered[i] === 1;
    let j = i;
    while (j < text.length && (covered[j] === 1) === matched) j++;
    segments.push({ text: text.slice(i, j), matched });
    i = j;
  }
  return segments;
}
