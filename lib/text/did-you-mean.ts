/**
 * "你是不是要找：征信": words of the site's vocabulary found from how a query sounds.
 * A reader may type pinyin (zhengxin), initials (gjf) or a sound-alike character
 * (征性, 公减法); each is looked up in a table of pinyin keys built once from the
 * vocabulary (names editors gave things: see lib/content/vocabulary.ts).
 *
 * Only the caller knows whether the query found little; this module is asked only then.
 */
import { CJK, classRuns, isCjkOnly, WORD } from './chars';
import { normalize } from './normalize';
import { fuzzyPinyin, readingsOf, spellingsOf, type Reading } from './pinyin';

export interface VocabularyTerm {
  term: string;
  /** How often the content names it: the more, the likelier meant */
  weight: number;
}

export interface PinyinTable {
  /** Normalised vocabulary terms: text that is already a known word is never replaced */
  known: Set<string>;
  /** Key → candidate terms, best first */
  full: Map<string, string[]>;
  fuzzy: Map<string, string[]>;
  initials: Map<string, string[]>;
}

export interface Suggestion {
  /** The query with the sound-alike parts replaced */
  text: string;
  /** The vocabulary terms put in, in order */
  terms: string[];
}

/** Longest vocabulary term considered, in characters: names and tags are short. */
const MAX_TERM = 8;
/** Fewer initials than this mean too many words (zx: 征信, 中心, 注销…). */
const MIN_INITIALS = 3;
/** Spellings kept per term when characters have several readings. */
const MAX_SPELLINGS = 16;

export function buildPinyinTable(vocabulary: readonly VocabularyTerm[]): PinyinTable {
  const weights = new Map<string, number>();
  for (const { term, weight } of vocabulary) {
    const normalized = normalize(term.trim());
    const length = [...normalized].length;
    if (length >= 2 && length <= MAX_TERM && isCjkOnly(normalized)) weights.set(normalized, (weights.get(normalized) ?? 0) + weight);
  }
  const ranked = [...weights].sort(([a, wa], [b, wb]) => wb - wa || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)).map(([term]) => term);
  const table: PinyinTable = { known: new Set(ranked), full: new Map(), fuzzy: new Map(), initials: new Map() };
  const add = (map: Map<string, string[]>, key: string, term: string) => {
    const terms = map.get(key) ?? [];
    if (!terms.includes(term)) terms.push(term);
    map.set(key, terms);
  };
  for (const term of ranked) {
    for (const syllables of spellingsOf(term, MAX_SPELLINGS) ?? []) {
      const full = syllables.join('');
      add(table.full, full, term);
      add(table.fuzzy, fuzzyPinyin(full), term);
      add(table.initials, syllables.map((syllable) => syllable[0]).join(''), term);
    }
  }
  return table;
}

function firstOther(terms: readonly string[] | undefined, typed: string): string | undefined {
  return terms?.find((term) => term !== typed);
}

/** The term a run of Latin letters spells: full pinyin, then sound-alike, then initials. */
function termForLetters(table: PinyinTable, letters: string): string | undefined {
  return (
    firstOther(table.full.get(letters), letters) ??
    firstOther(table.fuzzy.get(fuzzyPinyin(letters)), letters) ??
    (letters.length >= MIN_INITIALS ? firstOther(table.initials.get(letters), letters) : undefined)
  );
}

/** The term that sounds like `readings` (all characters read), other than the text itself. */
function termForReadings(table: PinyinTable, readings: readonly Reading[], typed: string): string | undefined {
  if (readings.some((reading) => reading.pinyin === undefined)) return undefined;
  const full = readings.map((reading) => reading.pinyin).join('');
  return firstOther(table.full.get(full), typed) ?? firstOther(table.fuzzy.get(fuzzyPinyin(full)), typed);
}

interface Replacement {
  start: number;
  end: number;
  term: string;
}

/**
 * In a run of CJK characters, the sound-alikes of vocabulary terms, left to right,
 * longest first. Known terms are kept as they are and skipped over.
 */
function replacementsInRun(table: PinyinTable, normalized: string, from: number, to: number): Replacement[] {
  const readings = readingsOf(normalized.slice(from, to)).map((reading) => ({ ...reading, start: reading.start + from, end: reading.end + from }));
  const found: Replacement[] = [];
  let i = 0;
  outer: while (i < readings.length) {
    for (let length = Math.min(MAX_TERM, readings.length - i); length >= 2; length--) {
      const window = readings.slice(i, i + length);
      const start = (window[0] as Reading).start;
      const end = (window[length - 1] as Reading).end;
      const typed = normalized.slice(start, end);
      if (table.known.has(typed)) {
        i += length;
        continue outer;
      }
      const term = termForReadings(table, window, typed);
      if (term) {
        found.push({ start, end, term });
        i += length;
        continue outer;
      }
    }
    i++;
  }
  return found;
}

const PINYIN_ONLY = /^[a-z][a-z' ]*$/;

/** A suggestion for the query, or undefined when nothing in it sounds like a vocabulary term. */
export function suggest(table: PinyinTable, query: string): Suggestion | undefined {
  const normalized = normalize(query.trim());
  // Syllables typed apart (zheng xin, zheng'xin) spell one word.
  if (PINYIN_ONLY.test(normalized) && /[' ]/.test(normalized)) {
    const term = termForLetters(table, normalized.replace(/[' ]/g, ''));
    if (term) return { text: term, terms: [term] };
  }
  const replacements: Replacement[] = [];
  for (const { cls, start, end } of classRuns(normalized)) {
    if (cls === CJK) replacements.push(...replacementsInRun(table, normalized, start, end));
    else if (cls === WORD && /^[a-z]+$/.test(normalized.slice(start, end))) {
      const term = termForLetters(table, normalized.slice(start, end));
      if (term) replacements.push({ start, end, term });
    }
  }
  if (!replacements.length) return undefined;
  // Unchanged parts as the reader wrote them (normalising keeps offsets).
  const written = query.trim();
  let text = '';
  let at = 0;
  for (const { start, end, term } of replacements) {
    text += written.slice(at, start) + term;
    at = end;
  }
  return { text: text + written.slice(at), terms: replacements.map((replacement) => replacement.term) };
}
