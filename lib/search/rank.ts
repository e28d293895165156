/**
 * Relevance: BM25 over field-weighted term frequencies (a simple BM25F), where a
 * query term is the whole phrase the reader typed between spaces, not a bigram.
 * Then, for the best candidates only, two refinements that need the text:
 * a true-word bonus (征信 as a word ranks above 征信 inside 特征信息) and an exact
 * phrase bonus for multi-term queries. Field weights: fields.ts.
 */

/** BM25 parameters: the usual k1 and b. */
export const K1 = 1.2;
export const B = 0.75;

/** Weight of a synonym from the scam types' aliases, relative to the typed term. */
export const SYNONYM_WEIGHT = 0.6;
/** Weight of the term's words found adjacent in another order (共享屏幕 for 屏幕共享). */
export const REORDERED_WEIGHT = 0.5;
/** Multiplier for a term found only inside other words (征信 in 特征信息). */
export const NOT_A_WORD_FACTOR = 0.7;
/** Multiplier when a multi-term query's terms appear together as typed. */
export const PHRASE_BONUS = 1.3;
/** Multiplier when the query is exactly the title (冒充公检法类). */
export const TITLE_BONUS = 1.5;
/**
 * How many of the best candidates (by BM25) get the text-based refinements. Fixed, not
 * tied to the page asked for, so pages never disagree about the order.
 */
export const RERANK_DEPTH = 200;

export function inverseDocumentFrequency(documentFrequency: number, size: number): number {
  return Math.log(1 + (size - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** BM25's document-length term, K1 · (1 − b + b · length / average): stored per document. */
export function lengthNorm(length: number, averageLength: number): number {
  return K1 * (1 - B + (B * length) / averageLength);
}

/** BM25's saturating term-frequency part, given the document's lengthNorm. */
export function saturation(weightedFrequency: number, norm: number): number {
  if (weightedFrequency <= 0) return 0;
  return (weightedFrequency * (K1 + 1)) / (weightedFrequency + norm);
}
