/**
 * Grams: what Chinese text is matched by. The text has no spaces to find words by, so
 * each run of CJK characters becomes its overlapping character bigrams (公安局 → 公安,
 * 安局), and each run of other letters and digits stays one whole token (96110, qq),
 * so 9611 never matches 96110. Classes are chars.ts's; keys are normalised
 * (normalize.ts), and since normalising keeps every offset, each gram also says where
 * it is in the text as written, for marking the reader's own words.
 */
import { CJK, classRuns, WORD } from './chars';
import { normalize } from './normalize';

export interface Gram {
  /** The normalised key: a CJK bigram (or lone character), or a whole word */
  key: string;
  /** UTF-16 offsets into the text, end exclusive */
  start: number;
  end: number;
  kind: 'cjk' | 'word';
}

export interface GramOptions {
  /** A CJK run of one character gives that character as a gram (else it gives none) */
  loneCharacters?: boolean;
}

/** Every gram of already normalised text in order, duplicates included (each with its own position). */
export function gramsOf(normalized: string, options: GramOptions = {}): Gram[] {
  const grams: Gram[] = [];
  for (const { cls, start, end } of classRuns(normalized)) {
    if (cls === CJK) {
      if (end - start === 1 && options.loneCharacters) grams.push({ key: normalized.slice(start, end), start, end, kind: 'cjk' });
      for (let k = start; k + 1 < end; k++) grams.push({ key: normalized.slice(k, k + 2), start: k, end: k + 2, kind: 'cjk' });
    } else if (cls === WORD) {
      grams.push({ key: normalized.slice(start, end), start, end, kind: 'word' });
    }
  }
  return grams;
}

/** The grams of text as written (normalised here); offsets point into `text`. */
export function textGrams(text: string, options: GramOptions = {}): Gram[] {
  return gramsOf(normalize(text), options);
}
