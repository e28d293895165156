/**
 * Character classes, per UTF-16 code unit, decided once for every reader of Chinese
 * text on the site (search, the helper, content checks) into a 64 KiB table, so the
 * indexer can classify 80 million characters without a regular expression each.
 *
 *   CJK   Han, kana, Hangul, Bopomofo (and surrogates, so CJK Extension B and beyond
 *         count as two-unit "characters"): read as overlapping bigrams, because these
 *         scripts are written without spaces between words. Kana and Hangul are here,
 *         not with the Latin words, so a Japanese or Korean phrase in a scam message is
 *         matched by its parts like Chinese, not only as one whole run.
 *   WORD  other letters, digits and combining marks: runs of them are whole tokens
 *         (96110, goip), matched only as whole words.
 *   SEP   everything else (spaces, punctuation, symbols): separates tokens and terms.
 */
export const SEP = 0;
export const CJK = 1;
export const WORD = 2;

const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const WORDLIKE = /[\p{L}\p{N}\p{M}]/u;

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      table[code] = CJK;
      continue;
    }
    const char = String.fromCharCode(code);
    // The iteration mark 々 and the ideographic zero 〇 are Han in use, though not in script data.
    if (CJK_SCRIPT.test(char) || code === 0x3005 || code === 0x3007) table[code] = CJK;
    else if (WORDLIKE.test(char)) table[code] = WORD;
  }
  return table;
}

export const CHAR_CLASS: Uint8Array = buildTable();

/** A run of characters of one class: text.slice(start, end). */
export interface ClassRun {
  cls: number;
  start: number;
  end: number;
}

/** The text cut into runs of one class each, in order: how tokens and terms are found. */
export function classRuns(text: string): ClassRun[] {
  const runs: ClassRun[] = [];
  let start = 0;
  while (start < text.length) {
    const cls = CHAR_CLASS[text.charCodeAt(start)] ?? SEP;
    let end = start + 1;
    while (end < text.length && CHAR_CLASS[text.charCodeAt(end)] === cls) end++;
    runs.push({ cls, start, end });
    start = end;
  }
  return runs;
}

/** Whether the text is non-empty and all CJK characters. */
export function isCjkOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (CHAR_CLASS[text.charCodeAt(i)] !== CJK) return false;
  return text.length > 0;
}

/** Whether the text has at least one CJK character. */
export function containsCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (CHAR_CLASS[text.charCodeAt(i)] === CJK) return true;
  return false;
}
