/**
 * Pinyin readings of Chinese text, from pinyin-pro (its dictionary ships with the
 * package: no network, no hand table). Toneless, ü written v, as people type pinyin
 * on a Latin keyboard: 征信 → zheng xin.
 */
import { pinyin, polyphonic } from 'pinyin-pro';

const OPTIONS = { toneType: 'none', v: true } as const;
const SYLLABLE = /^[a-z]+$/;

/** One character of the text and its reading in context (undefined for kana, Hangul, symbols). */
export interface Reading {
  start: number;
  end: number;
  pinyin?: string;
}

/** Each character's reading, chosen by pinyin-pro from the words around it. */
export function readingsOf(text: string): Reading[] {
  const characters = Array.from(text);
  // The array form is far faster than the detailed one; it gives one entry per character.
  let syllables = pinyin(text, { ...OPTIONS, type: 'array' });
  if (syllables.length !== characters.length) syllables = characters.map((character) => pinyin(character, OPTIONS));
  const readings: Reading[] = [];
  let offset = 0;
  characters.forEach((character, index) => {
    const reading = (syllables[index] ?? '').toLowerCase();
    readings.push({
      start: offset,
      end: offset + character.length,
      pinyin: SYLLABLE.test(reading) && reading !== character.toLowerCase() ? reading : undefined,
    });
    offset += character.length;
  });
  return readings;
}

/**
 * Every way a short text can be read, the reading in context first: each character's
 * other readings too, because the context reading is sometimes wrong (pinyin-pro reads
 * 还款 as hai kuan) and people type what they say. At most `limit` spellings; undefined
 * when a character has no reading.
 */
export function spellingsOf(text: string, limit: number): string[][] | undefined {
  const inContext = readingsOf(text);
  if (inContext.some((reading) => reading.pinyin === undefined)) return undefined;
  const alternatives = polyphonic(text, { ...OPTIONS, type: 'array' });
  const perCharacter = inContext.map((reading, index) => {
    const others = (alternatives[index] ?? []).map((syllable) => syllable.toLowerCase()).filter((syllable) => SYLLABLE.test(syllable));
    return [...new Set([reading.pinyin as string, ...others])];
  });
  let spellings: string[][] = [[]];
  for (const syllables of perCharacter) {
    spellings = spellings.flatMap((spelling) => syllables.map((syllable) => [...spelling, syllable])).slice(0, limit);
  }
  return spellings;
}

/**
 * The usual fuzzy-pinyin folds of Chinese input methods, for sound-alike typos:
 * z/zh, c/ch, s/sh (平翘舌), n/l, and -n/-ng (前后鼻音: 征性 zhengxing for 征信
 * zhengxin). Applied to whole strings, identically on both sides, so syllable
 * boundaries need not be known. pinyin-pro reads text; it has no such folding.
 */
export function fuzzyPinyin(letters: string): string {
  return letters
    .replace(/([zcs])h/g, '$1')
    .replace(/ng/g, 'n')
    .replace(/l/g, 'n');
}
