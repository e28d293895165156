/**
 * What the helper compares the resident's words with: for every scam type, its name,
 * aliases, summary and signs, and the red flags of its cases — each a "phrase" of
 * bigram keys — plus how rare each key is across types, so that words every scam
 * shares (自称, 要求, 对方) count for little and telling ones (公安, 征信, 裸聊) for much.
 */
import type { FraudCase, ScamType, Situation, SurestSign } from '@/lib/content/records';
import { textGrams, type Gram } from '@/lib/text/grams';

export type PhraseKind = 'name' | 'alias' | 'summary' | 'sign' | 'redFlag';

export interface Phrase {
  kind: PhraseKind;
  text: string;
  grams: Gram[];
  keys: Set<string>;
  /** Index into the type's `signs` (kind 'sign') */
  signIndex?: number;
  /** The case whose red flag this is (kind 'redFlag') */
  fraudCase?: FraudCase;
}

export interface TypeEntry {
  scamType: ScamType;
  phrases: Phrase[];
  cases: FraudCase[];
  /** Every key of every phrase of the type */
  vocabulary: Set<string>;
}

export interface HelpIndex {
  types: TypeEntry[];
  /** Inverse type frequency of a key; keys no type uses weigh nothing */
  weight(key: string): number;
  /** The weight of a key only one type uses */
  maxWeight: number;
}

export interface HelpContent {
  scamTypes: readonly ScamType[];
  /** The cases the reader may see (drafts already left out by the caller) */
  cases: readonly FraudCase[];
  /** The scam's own moves that raise the alarm (content/surest-signs.yml) */
  surestSigns: readonly SurestSign[];
  /** The after-care pages, linked when the text matches their triggers (content/help/) */
  situations: readonly Situation[];
}

function phrase(kind: PhraseKind, text: string, extra: Partial<Phrase> = {}): Phrase {
  const grams = textGrams(text);
  return { kind, text, grams, keys: new Set(grams.map((gram) => gram.key)), ...extra };
}

/** Phrases of a record, kept per record object: the records live as long as the content does. */
const typePhrases = new WeakMap<ScamType, Phrase[]>();
const casePhrases = new WeakMap<FraudCase, Phrase[]>();

function phrasesOfType(scamType: ScamType): Phrase[] {
  let phrases = typePhrases.get(scamType);
  if (!phrases) {
    phrases = [
      phrase('name', scamType.name),
      ...scamType.aliases.map((alias) => phrase('alias', alias)),
      phrase('summary', scamType.summary),
      ...scamType.signs.map((sign, signIndex) => phrase('sign', sign, { signIndex })),
    ];
    typePhrases.set(scamType, phrases);
  }
  return phrases;
}

function phrasesOfCase(fraudCase: FraudCase): Phrase[] {
  let phrases = casePhrases.get(fraudCase);
  if (!phrases) {
    phrases = fraudCase.redFlags.map((flag) => phrase('redFlag', flag, { fraudCase }));
    casePhrases.set(fraudCase, phrases);
  }
  return phrases;
}

/** The last index built for a set of records, reused while the caller passes the same lists. */
const built = new WeakMap<readonly ScamType[], { cases: readonly FraudCase[]; index: HelpIndex }>();

/** The index for these records, built once and reused for as long as they are the lists in use. */
export function helpIndexFor(content: HelpContent): HelpIndex {
  const known = built.get(content.scamTypes);
  if (known && known.cases === content.cases) return known.index;
  const index = buildHelpIndex(content);
  built.set(content.scamTypes, { cases: content.cases, index });
  return index;
}

export function buildHelpIndex(content: HelpContent): HelpIndex {
  const casesByType = new Map<string, FraudCase[]>();
  for (const fraudCase of content.cases) {
    const list = casesByType.get(fraudCase.scamType) ?? [];
    list.push(fraudCase);
    casesByType.set(fraudCase.scamType, list);
  }
  const types = content.scamTypes.map((scamType): TypeEntry => {
    const cases = casesByType.get(scamType.slug) ?? [];
    const phrases = [...phrasesOfType(scamType), ...cases.flatMap(phrasesOfCase)];
    const vocabulary = new Set(phrases.flatMap((p) => [...p.keys]));
    return { scamType, phrases, cases, vocabulary };
  });
  const typeFrequency = new Map<string, number>();
  for (const entry of types) for (const key of entry.vocabulary) typeFrequency.set(key, (typeFrequency.get(key) ?? 0) + 1);
  const count = types.length;
  return {
    types,
    // ln((N+1)/df): a key in every type still weighs a little (ln(1+1/N)), a key of one type most.
    weight: (key) => {
      const df = typeFrequency.get(key);
      return df ? Math.log((count + 1) / df) : 0;
    },
    maxWeight: Math.log(count + 1),
  };
}
