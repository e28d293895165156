/**
 * Character classes, per UTF-16 code unit, decided once into a 64 KiB table so the
 * indexer can classify 80 million characters without a regular expression each.
 *
 *   CJK   Han, kana, Hangul, Bopomofo (and surrogates, so CJK Extension B and beyond
 *         index as two-unit "characters"): indexed as overlapping bigrams, because
 *         Chinese has no spaces to find words by.
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
