/**
 * The one place OpenCC (traditional → simplified Chinese) is set up. Two granularities,
 * for two jobs:
 *
 *   simplifyCharacter  one character, OpenCC's standard dictionary: the matching table
 *                      of normalize.ts, which must map each character to exactly one.
 *   toSimplified       a whole text, phrase-aware, standard plus the Taiwan and Hong
 *                      Kong forms (著裝 → 着装, 保衞 → 保卫): for comparing whole
 *                      strings, such as tags that differ only in script.
 *
 * The regional tables are kept out of the matching table because, a character at a
 * time, they turn 么 into 幺 and 著 into 着 (著名), which only the phrase-aware pass
 * gets right.
 */
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;

let standard: Convert | undefined;
let regional: Convert[] | undefined;

function standardConverter(): Convert {
  standard ??= Converter({ from: 't', to: 'cn' });
  return standard;
}

export function simplifyCharacter(char: string): string {
  return standardConverter()(char);
}

export function toSimplified(text: string): string {
  regional ??= (['tw', 'hk'] as const).map((from) => Converter({ from, to: 'cn' }));
  return regional.reduce((value, convert) => convert(value), standardConverter()(text));
}
