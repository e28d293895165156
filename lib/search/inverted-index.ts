/**
 * The in-memory search index: for every index key (CJK unigram/bigram, whole word) the
 * sorted ids of the documents containing it, with a field-weighted term frequency and
 * a coarse first position, in flat typed arrays. Positions lists are not stored: a
 * phrase is confirmed by finding it in the document's normalised text, kept in memory
 * for that and for snippets. At 100,000 documents of ~800 characters this is far
 * smaller and faster than bigram → positions lists (measured: 2.2 GB, p95 66 ms).
 *
 * The first position (one byte, in units of the document's positionStep) tells the
 * phrase check where to start looking: a phrase cannot start before any of its
 * bigrams first occurs (minus the bigram's offset in the phrase). Usually the phrase
 * is right there, so confirming costs a comparison instead of a scan of the text.
 *
 * The text as written is not kept twice: where normalisation changed a character
 * (詐 → 诈, A → a), `restore` remembers the original, and displayText() rebuilds the
 * original for the twenty documents a page shows.
 *
 * Building is one pass over the text: each document's keys are counted in a small
 * table that stays in cache (DocumentKeys), each distinct key is then looked up once
 * in the global key table and appended to a forward list; finally the forward list is
 * inverted into CSR arrays: postingStart[key] … postingStart[key + 1]. (Counting in a
 * big per-term array instead made the build twice as slow: a cache miss per character.)
 */
import { byKind, CONTENT_KIND_LIST } from '../content/kinds';
import { CHAR_CLASS, CJK, WORD } from '../text/chars';
import { FIELD_WEIGHTS, SEARCH_FIELDS, type SearchField } from './fields';
import { KeyTable } from './key-table';
import { normalize } from '../text/normalize';
import { lengthNorm } from './rank';
import { runNow, type Steps } from '../work/steps';
import { buildSynonyms, type Synonyms } from './synonyms';
import { unigramKey } from './tokenize';
import type { Catalog, SearchDocument, SearchKind } from './types';

/** Fields are joined with a separator character, so no gram or phrase spans two fields. */
export const FIELD_SEPARATOR = '\n';
const FIELD_COUNT = SEARCH_FIELDS.length;

export const KIND_CODES: Record<SearchKind, number> = byKind((_definition, kind) => CONTENT_KIND_LIST.indexOf(kind));

/** What a result needs besides its text. */
export type IndexedDocument = Pick<SearchDocument, 'kind' | 'slug' | 'url' | 'date' | 'section' | 'scamTypes'>;

/** Per-document arrays of an index, indexed by document id. */
export interface DocumentColumns {
  documents: IndexedDocument[];
  /** The fields, normalised and joined by FIELD_SEPARATOR (same length as written) */
  normalized: string[];
  /** Where normalisation changed the text: [offset, original code unit] pairs, or undefined */
  restore: (Uint32Array | undefined)[];
  /** Units of postingFirst for each document: ceil(length / 255) characters */
  positionSteps: Uint16Array;
  /** Per document FIELD_COUNT + 1 offsets: where each field (in fieldOrder) starts, then the end */
  fieldStarts: Uint32Array;
  /** Tokens (characters and words) per document */
  lengths: Uint32Array;
  kinds: Uint8Array;
  /** YYYYMMDD (Beijing), 0 when undated */
  days: Uint32Array;
  /** For sorting by date; -1 when undated */
  times: Float64Array;
}

/** For each term id, the documents holding it: postingStart[term] … postingStart[term + 1], by document id. */
export interface Postings {
  postingStart: Uint32Array;
  postingDocs: Uint32Array;
  /** Σ field weight × occurrences in the field, capped at 255 */
  postingFrequency: Uint8Array;
  /** First occurrence, in positionSteps units, rounded down (a lower bound) */
  postingFirst: Uint8Array;
}

export interface SearchIndex extends DocumentColumns, Postings {
  size: number;
  /** The order the fields are joined in; read through fieldRange, never by position */
  fieldOrder: readonly SearchField[];
  averageLength: number;
  /** BM25 length normalisation per document (rank.ts lengthNorm) */
  norms: Float32Array;
  /** Index key → term id; may know terms this index has no postings for (postingRange) */
  terms: TermDictionary;
  catalog: Catalog;
  synonyms: Synonyms;
  /** Reused per query: marks and scores indexed by document id (see match.ts) */
  scratch: Scratch;
}

/**
 * Per-query working memory, indexed by document id and allocated once per index: a
 * query then allocates almost nothing. Membership is a generation stamp, so nothing
 * needs clearing between queries. (Queries run synchronously, one at a time.)
 */
export interface Scratch {
  stamp: Uint32Array;
  setStamp: Uint32Array;
  generation: number;
  termScore: Float64Array;
  termTier: Uint8Array;
  score: Float64Array;
  tier: Uint8Array;
  alternativeDocs: Uint32Array;
  alternativeFrequency: Uint8Array;
  termDocs: Uint32Array;
}

export function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** Growable typed-array lists for the forward (document → keys) pass. */
export class ForwardList {
  terms = new Uint32Array(1 << 20);
  frequency = new Uint8Array(1 << 20);
  first = new Uint8Array(1 << 20);
  length = 0;

  push(term: number, frequency: number, first: number): void {
    if (this.length === this.terms.length) {
      const terms = new Uint32Array(this.terms.length * 2);
      terms.set(this.terms);
      this.terms = terms;
      const frequencies = new Uint8Array(this.frequency.length * 2);
      frequencies.set(this.frequency);
      this.frequency = frequencies;
      const firsts = new Uint8Array(this.first.length * 2);
      firsts.set(this.first);
      this.first = firsts;
    }
    this.terms[this.length] = term;
    this.frequency[this.length] = frequency;
    this.first[this.length++] = first;
  }
}

/** [offset, original code unit] pairs where `normalized` differs from `text`. */
function restorePairs(text: string, normalized: string): Uint32Array | undefined {
  if (text === normalized) return undefined;
  const pairs: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== normalized.charCodeAt(i)) pairs.push(i, code);
  }
  return Uint32Array.from(pairs);
}

/** The document's fields as written (joined by FIELD_SEPARATOR). */
export function displayText(index: SearchIndex, doc: number): string {
  const normalized = index.normalized[doc] as string;
  const pairs = index.restore[doc];
  if (!pairs) return normalized;
  const units = new Uint16Array(normalized.length);
  for (let i = 0; i < normalized.length; i++) units[i] = normalized.charCodeAt(i);
  for (let i = 0; i < pairs.length; i += 2) units[pairs[i] as number] = pairs[i + 1] as number;
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
}

// Module-level copies: bundlers and tsx compile imports to getters, too slow to call
// 100 million times in the indexing loop.
const CLASS = CHAR_CLASS;
const CLASS_CJK = CJK;
const CLASS_WORD = WORD;

/**
 * The keys of one document with their weighted frequency and first position, in a
 * small open-addressing table sized to the document (so it stays in cache), reused
 * from one document to the next via a generation stamp instead of clearing.
 * Grams are keyed by their gram key; words by (WORD_KEY_BASE + word id), above every
 * gram key (bigram keys stay below 2^32).
 */
const WORD_KEY_BASE = 2 ** 32;

class DocumentKeys {
  keys = new Float64Array(1 << 12);
  stamps = new Int32Array(1 << 12).fill(-1);
  frequency = new Int32Array(1 << 12);
  first = new Int32Array(1 << 12);
  /** Slots in use, in order of first sighting */
  used = new Int32Array(1 << 12);
  count = 0;
  mask = 0;
  generation = -1;

  /** Start a document of `length` characters (at most two keys per character). */
  reset(generation: number, length: number): void {
    let capacity = 1 << 10;
    while (capacity < length * 4 + 4) capacity <<= 1;
    if (capacity > this.keys.length) {
      this.keys = new Float64Array(capacity);
      this.stamps = new Int32Array(capacity).fill(-1);
      this.frequency = new Int32Array(capacity);
      this.first = new Int32Array(capacity);
      this.used = new Int32Array(capacity);
    }
    this.mask = capacity - 1;
    this.count = 0;
    this.generation = generation;
  }

  add(key: number, weight: number, position: number): void {
    const { keys, stamps, mask, generation } = this;
    // Fold the (up to 33-bit) key to 32 bits for hashing.
    let slot = (Math.imul((key | 0) ^ (key / 4294967296), 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      if (stamps[slot] !== generation) {
        stamps[slot] = generation;
        keys[slot] = key;
        this.frequency[slot] = weight;
        this.first[slot] = position;
        this.used[this.count++] = slot;
        return;
      }
      if (keys[slot] === key) {
        this.frequency[slot] = (this.frequency[slot] as number) + weight;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }
}

export interface BuildOptions {
  /** The order fields are joined in: any order of SEARCH_FIELDS ranks alike (tests prove it) */
  fieldOrder?: readonly SearchField[];
}

function checkedFieldOrder(order: readonly SearchField[]): readonly SearchField[] {
  if (order.length !== FIELD_COUNT || new Set(order).size !== FIELD_COUNT) throw new Error(`field order must list each of ${SEARCH_FIELDS.join(', ')} once`);
  return order;
}

/**
 * Term ids of the index keys. An index updated from another (index-update.ts) extends
 * its predecessor's dictionary instead of starting over: ids are only ever added, and
 * an index ignores the ids it has no postings for (postingRange).
 */
export class TermDictionary {
  readonly grams = new KeyTable();
  readonly words = new Map<string, number>();
  /** Single characters are the most frequent keys: looked up in a direct table, not the hash */
  readonly unigramIds = new Int32Array(0x10000).fill(-1);
  count = 0;
}

export function emptyColumns(size: number): DocumentColumns {
  return {
    documents: new Array<IndexedDocument>(size),
    normalized: new Array<string>(size),
    restore: new Array<Uint32Array | undefined>(size),
    positionSteps: new Uint16Array(size),
    fieldStarts: new Uint32Array(size * (FIELD_COUNT + 1)),
    lengths: new Uint32Array(size),
    kinds: new Uint8Array(size),
    days: new Uint32Array(size),
    times: new Float64Array(size),
  };
}

/** What a DocumentIndexer lists: every document's distinct keys, document after document. */
export interface ForwardBatch {
  forward: ForwardList;
  /** The documents' ids, ascending */
  ids: number[];
  /** Where each document's keys end in `forward` */
  ends: number[];
}

/** Documents between two chances for the event loop to run (steps.ts): a few milliseconds of work. */
const DOCUMENTS_PER_STEP = 256;
/** Postings (or forward entries) between two such chances. */
export const POSTINGS_PER_STEP = 1 << 18;

/**
 * Indexes documents one at a time, under ids given in ascending order: their columns
 * filled in, their keys (new ones added to `terms`) listed in a forward batch.
 */
export class DocumentIndexer {
  readonly batch: ForwardBatch = { forward: new ForwardList(), ids: [], ends: [] };
  private readonly weights: number[];
  private readonly documentKeys = new DocumentKeys();

  constructor(
    private readonly columns: DocumentColumns,
    private readonly terms: TermDictionary,
    private readonly fieldOrder: readonly SearchField[],
  ) {
    this.weights = fieldOrder.map((field) => FIELD_WEIGHTS[field]);
  }

  add(source: SearchDocument, doc: number): void {
    const { weights, documentKeys, terms, batch } = this;
    const { forward } = batch;
    const { grams, words, unigramIds } = terms;
    let termCount = terms.count;
    const nextId = () => termCount++;
    const { normalized, restore, positionSteps, fieldStarts, lengths, kinds, days, times, documents: meta } = this.columns;

    const fields = this.fieldOrder.map((field) => source[field]);
    const text = fields.join(FIELD_SEPARATOR);
    const norm = normalize(text);
    normalized[doc] = norm;
    restore[doc] = restorePairs(text, norm);
    const step = Math.max(1, Math.ceil(norm.length / 255));
    positionSteps[doc] = step;
    const base = doc * (FIELD_COUNT + 1);
    let offset = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      fieldStarts[base + f] = offset;
      offset += (fields[f] as string).length + 1;
    }
    fieldStarts[base + FIELD_COUNT] = text.length;

    // 1. Collect the document's keys locally (cheap, in cache).
    documentKeys.reset(batch.ids.length, norm.length);
    let tokens = 0;
    let field = 0;
    let fieldEnd = (fields[0] as string).length;
    let weight = weights[0] as number;
    const length = norm.length;
    for (let i = 0; i < length; i++) {
      while (i > fieldEnd) {
        field++;
        // A field ends at the separator just before the next field's start.
        fieldEnd = (fieldStarts[base + field + 1] as number) - 1;
        weight = weights[field] as number;
      }
      const code = norm.charCodeAt(i);
      const cls = CLASS[code];
      if (cls === CLASS_CJK) {
        tokens++;
        documentKeys.add(code, weight, i); // unigramKey(code)
        const next = i + 1 < length ? norm.charCodeAt(i + 1) : 0;
        if (CLASS[next] === CLASS_CJK) documentKeys.add(code * 0x10000 + next, weight, i); // bigramKey(code, next)
      } else if (cls === CLASS_WORD) {
        let j = i + 1;
        while (j < length && CLASS[norm.charCodeAt(j)] === CLASS_WORD) j++;
        const word = norm.slice(i, j);
        let id = words.get(word);
        if (id === undefined) {
          id = termCount++;
          words.set(word, id);
        }
        documentKeys.add(WORD_KEY_BASE + id, weight, i);
        tokens++;
        i = j - 1;
      }
    }

    // 2. Once per distinct key: its term id, into the forward list.
    const { keys: localKeys, frequency: localFrequency, first: localFirst, used } = documentKeys;
    for (let u = 0; u < documentKeys.count; u++) {
      const slot = used[u] as number;
      const key = localKeys[slot] as number;
      let term: number;
      if (key >= WORD_KEY_BASE) term = key - WORD_KEY_BASE;
      else if (key < 0x10000) {
        term = unigramIds[key] as number;
        if (term === -1) {
          term = termCount++;
          unigramIds[key] = term;
          const id = term;
          grams.getOrAdd(unigramKey(key), () => id);
        }
      } else term = grams.getOrAdd(key, nextId);
      const frequency = localFrequency[slot] as number;
      const first = Math.floor((localFirst[slot] as number) / step);
      forward.push(term, frequency > 255 ? 255 : frequency, first > 255 ? 255 : first);
    }
    batch.ids.push(doc);
    batch.ends.push(forward.length);
    lengths[doc] = tokens;
    terms.count = termCount;

    kinds[doc] = KIND_CODES[source.kind];
    days[doc] = source.date ? dayNumber(source.date.day) : 0;
    times[doc] = source.date ? source.date.epochMs : -1;
    meta[doc] = { kind: source.kind, slug: source.slug, url: source.url, date: source.date, section: source.section, scamTypes: source.scamTypes };
  }

  /** Index `documents` as ids `ids` (ascending), in steps. */
  *addAll(documents: readonly SearchDocument[], ids: readonly number[]): Steps<ForwardBatch> {
    for (const [entry, source] of documents.entries()) {
      this.add(source, ids[entry] as number);
      if (entry % DOCUMENTS_PER_STEP === DOCUMENTS_PER_STEP - 1) yield;
    }
    return this.batch;
  }
}

/**
 * Invert a forward batch into postings over `termCount` terms: count documents per
 * term, lay the lists out end to end, then fill them in document order, so every list
 * comes out sorted by document id without sorting.
 */
export function* invertSteps({ forward, ids, ends }: ForwardBatch, termCount: number): Steps<Postings> {
  const postingStart = new Uint32Array(termCount + 1);
  const { terms: forwardTerms, frequency: forwardFrequency, first: forwardFirst } = forward;
  const total = forward.length;
  for (let from = 0; from < total; from += POSTINGS_PER_STEP) {
    const to = Math.min(total, from + POSTINGS_PER_STEP);
    for (let i = from; i < to; i++) {
      const slot = (forwardTerms[i] as number) + 1;
      postingStart[slot] = (postingStart[slot] as number) + 1;
    }
    yield;
  }
  for (let t = 0; t < termCount; t++) postingStart[t + 1] = (postingStart[t + 1] as number) + (postingStart[t] as number);
  const postingDocs = new Uint32Array(total);
  const postingFrequency = new Uint8Array(total);
  const postingFirst = new Uint8Array(total);
  const cursor = postingStart.slice(0, termCount);
  let entry = 0;
  for (let from = 0; from < total; from += POSTINGS_PER_STEP) {
    const to = Math.min(total, from + POSTINGS_PER_STEP);
    for (let i = from; i < to; i++) {
      while (i >= (ends[entry] as number)) entry++;
      const term = forwardTerms[i] as number;
      const at = cursor[term] as number;
      cursor[term] = at + 1;
      postingDocs[at] = ids[entry] as number;
      postingFrequency[at] = forwardFrequency[i] as number;
      postingFirst[at] = forwardFirst[i] as number;
    }
    yield;
  }
  return { postingStart, postingDocs, postingFrequency, postingFirst };
}

export interface IndexParts {
  columns: DocumentColumns;
  postings: Postings;
  terms: TermDictionary;
  fieldOrder: readonly SearchField[];
  catalog: Catalog;
  /** The catalog's synonyms when already built for it */
  synonyms?: Synonyms;
}

/** The index over filled columns and their postings: length norms and scratch memory added. */
export function assembleIndex({ columns, postings, terms, fieldOrder, catalog, synonyms }: IndexParts): SearchIndex {
  const size = columns.lengths.length;
  let totalLength = 0;
  for (let i = 0; i < size; i++) totalLength += columns.lengths[i] as number;
  const averageLength = size ? Math.max(1, totalLength / size) : 1;
  const norms = new Float32Array(size);
  for (let i = 0; i < size; i++) norms[i] = lengthNorm(columns.lengths[i] as number, averageLength);
  return {
    size,
    ...columns,
    ...postings,
    fieldOrder,
    averageLength,
    norms,
    terms,
    catalog,
    synonyms: synonyms ?? buildSynonyms(catalog),
    scratch: {
      stamp: new Uint32Array(size),
      setStamp: new Uint32Array(size),
      generation: 0,
      termScore: new Float64Array(size),
      termTier: new Uint8Array(size),
      score: new Float64Array(size),
      tier: new Uint8Array(size),
      alternativeDocs: new Uint32Array(size),
      alternativeFrequency: new Uint8Array(size),
      termDocs: new Uint32Array(size),
    },
  };
}

/** buildSearchIndex, in steps (steps.ts). */
export function* buildSteps(documents: readonly SearchDocument[], catalog: Catalog, options: BuildOptions = {}): Steps<SearchIndex> {
  const fieldOrder = checkedFieldOrder(options.fieldOrder ?? SEARCH_FIELDS);
  const terms = new TermDictionary();
  const columns = emptyColumns(documents.length);
  const batch = yield* new DocumentIndexer(columns, terms, fieldOrder).addAll(documents, [...documents.keys()]);
  const postings = yield* invertSteps(batch, terms.count);
  return assembleIndex({ columns, postings, terms, fieldOrder, catalog });
}

export function buildSearchIndex(documents: readonly SearchDocument[], catalog: Catalog, options: BuildOptions = {}): SearchIndex {
  return runNow(buildSteps(documents, catalog, options));
}

/** The posting range of an index key, or undefined when no document has it. */
export function postingRange(
  index: SearchIndex,
  atom: { kind: 'gram'; key: number } | { kind: 'word'; text: string },
): { start: number; end: number } | undefined {
  const term = atom.kind === 'gram' ? index.terms.grams.get(atom.key) : (index.terms.words.get(atom.text) ?? -1);
  // A term added to the dictionary by a later index (index-update.ts) has no postings here.
  if (term < 0 || term + 1 >= index.postingStart.length) return undefined;
  return { start: index.postingStart[term] as number, end: index.postingStart[term + 1] as number };
}

/** Where field `field` of document `doc` starts and ends in its text. */
export function fieldRange(index: SearchIndex, doc: number, field: SearchField): { start: number; end: number } {
  const slot = index.fieldOrder.indexOf(field);
  const base = doc * (FIELD_COUNT + 1);
  const start = index.fieldStarts[base + slot] as number;
  // The next field starts after the separator.
  const end = slot + 1 < FIELD_COUNT ? (index.fieldStarts[base + slot + 1] as number) - 1 : (index.fieldStarts[base + FIELD_COUNT] as number);
  return { start, end };
}
