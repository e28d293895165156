/**
 * Text normalisation for matching, shared by everything that compares what a reader
 * typed with the content (search index and query, the helper, its sign rules), so both
 * sides always agree: NFKC (full-width ＧＯＩＰ１２ → GOIP12, compatibility ideographs
 * → unified ones), Latin case folding (GOIP → goip), and traditional → simplified
 * Chinese with OpenCC's standard dictionary (詐騙 → 诈骗, see opencc.ts).
 *
 * The mapping is per character and length-preserving: every UTF-16 code unit maps to
 * exactly one code unit. That keeps offsets found in the normalised text valid in the
 * original text (search snippets and the helper mark the words as written, not their
 * normalised form), and makes normalising a large corpus a table lookup, far faster
 * than OpenCC's phrase-aware converter. The cost of doing it per character: OpenCC's
 * few phrase-level rules and the rare one-to-many NFKC expansions (ﬁ → fi, ㈱ → (株))
 * are not applied; those characters are kept as written, identically on both sides.
 * Punctuation and symbols (full-width ones too) are left alone: they only separate
 * terms, and text without letters to change then needs no second copy.
 */
import { CHAR_CLASS, SEP } from './chars';
import { simplifyCharacter } from './opencc';

let table: Uint16Array | undefined;

function mapOne(code: number): number {
  const char = String.fromCharCode(code);
  let mapped = char.normalize('NFKC').toLowerCase();
  if (mapped.length !== 1) return code;
  mapped = simplifyCharacter(mapped);
  if (mapped.length !== 1) return code;
  const result = mapped.charCodeAt(0);
  // Never turn a letter into a separator or the reverse: tokens must stay where they are.
  if ((CHAR_CLASS[result] === SEP) !== (CHAR_CLASS[code] === SEP)) return code;
  return result;
}

/** code unit → normalised code unit, built on first use. */
export function normalizationTable(): Uint16Array {
  if (table) return table;
  const built = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    // Surrogates and separators (including full-width punctuation) are kept: they carry
    // no letters, and text whose letters need no change can then share one string.
    built[code] = (code >= 0xd800 && code <= 0xdfff) || CHAR_CLASS[code] === SEP ? code : mapOne(code);
  }
  // A few characters map in two steps (薴 → 苧 → 苎): follow each chain to its end, so
  // normalising twice equals normalising once and index and query meet on one form.
  for (let code = 0; code < 0x10000; code++) {
    let mapped = built[code] as number;
    for (let step = 0; step < 8 && built[mapped] !== mapped; step++) mapped = built[mapped] as number;
    built[code] = mapped;
  }
  table = built;
  return built;
}

/**
 * Normalise text for matching. The result has exactly the same length as the input;
 * when nothing changes the input string itself is returned (no copy).
 */
export function normalize(text: string): string {
  const map = normalizationTable();
  const length = text.length;
  let first = -1;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (map[code] !== code) {
      first = i;
      break;
    }
  }
  if (first === -1) return text;
  const out = new Uint16Array(length);
  for (let i = 0; i < first; i++) out[i] = text.charCodeAt(i);
  for (let i = first; i < length; i++) out[i] = map[text.charCodeAt(i)] as number;
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString('utf16le');
}

/** The normalised letters of a text without its separators: two texts with the same key say the same thing. */
export function sameTextKey(text: string): string {
  const normalized = normalize(text);
  let key = '';
  for (let i = 0; i < normalized.length; i++) if (CHAR_CLASS[normalized.charCodeAt(i)] !== SEP) key += normalized[i];
  return key;
}

/**
 * What a visitor typed, tidied the same way for every use: control characters and
 * runs of white space (full-width spaces too) become one space, ends trimmed.
 */
export function cleanTypedText(raw: string): string {
  return raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The one spelling of a typed query that search and the helper treat alike: tidied and
 * normalised (full-width → half-width, traditional → simplified, Latin lower case).
 * Idempotent, so it can name a cache entry (see lib/site/canonical-query.ts).
 */
export function canonicalText(raw: string): string {
  return normalize(cleanTypedText(raw));
}
