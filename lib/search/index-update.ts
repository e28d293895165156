/**
 * A search index for a new version of the documents, made from the previous index:
 * live publishing changes a few documents at a time, and a full build tokenises every
 * one of them on the event loop (seconds at 10,000 documents, half a minute at
 * 100,000: bench/RESULTS.md), during which the server answers nobody.
 *
 * Here only new and changed documents are tokenised. Every other document keeps its
 * columns (its text, lengths, dates) and its postings, carried over under its new id
 * in one pass over the previous postings; new documents' postings are merged in.
 * Document ids follow the documents' order, as in a full build, so the result answers
 * every query exactly as buildSearchIndex(documents) would (tests compare them). That
 * needs the documents kept from one version to the next to stay in the same order
 * relative to each other (the content's order is total: date, then slug); when they do
 * not, or when most documents changed anyway, the index is built in full.
 */
import { SEARCH_FIELDS } from './fields';
import {
  assembleIndex,
  buildSteps,
  DocumentIndexer,
  emptyColumns,
  invertSteps,
  POSTINGS_PER_STEP,
  type IndexedDocument,
  type Postings,
  type SearchIndex,
} from './inverted-index';
import { runNow, type Steps } from '../work/steps';
import type { Catalog, SearchDocument } from './types';

/** An index with the documents it was built from. */
export interface IndexedDocuments {
  documents: readonly SearchDocument[];
  index: SearchIndex;
}

/** Above this share of new or changed documents, a full build is as cheap. */
const MAX_CHANGED_SHARE = 1 / 3;

const FIELDS_PER_DOCUMENT = SEARCH_FIELDS.length + 1;

const documentKey = (doc: SearchDocument) => `${doc.kind}\n${doc.slug}`;

/** Whether two documents index alike (an unchanged record's text is the same string: cheap). */
export function sameDocument(a: SearchDocument, b: SearchDocument): boolean {
  if (a.kind !== b.kind || a.slug !== b.slug || a.url !== b.url || a.section !== b.section) return false;
  if (SEARCH_FIELDS.some((field) => a[field] !== b[field])) return false;
  if (a.date !== b.date && (a.date?.iso !== b.date?.iso || a.date?.epochMs !== b.date?.epochMs || a.date?.hasTime !== b.date?.hasTime)) return false;
  return a.scamTypes.length === b.scamTypes.length && a.scamTypes.every((slug, i) => slug === b.scamTypes[i]);
}

/** What changed: for each previous document its new id (-1: gone or changed), and the documents to tokenise. */
interface Changes {
  newIdOf: Int32Array;
  added: number[];
  /** Whether kept documents kept their relative order (their new ids rise with their old ones) */
  ordered: boolean;
}

/** Documents compared between two chances for the event loop to run (steps.ts). */
const DOCUMENTS_PER_STEP = 4096;

function* changeSteps(previous: readonly SearchDocument[], documents: readonly SearchDocument[]): Steps<Changes> {
  const previousIds = new Map<string, number>();
  for (const [id, doc] of previous.entries()) previousIds.set(documentKey(doc), id);
  yield;
  const newIdOf = new Int32Array(previous.length).fill(-1);
  const added: number[] = [];
  let ordered = true;
  let lastKept = -1;
  for (const [id, doc] of documents.entries()) {
    const old = previousIds.get(documentKey(doc));
    if (old !== undefined && sameDocument(previous[old] as SearchDocument, doc)) {
      newIdOf[old] = id;
      if (old < lastKept) ordered = false;
      lastKept = old;
    } else added.push(id);
    if (id % DOCUMENTS_PER_STEP === DOCUMENTS_PER_STEP - 1) yield;
  }
  return { newIdOf, added, ordered };
}

/**
 * Every term's postings: the previous ones of kept documents (renumbered; their order
 * holds, since kept documents keep their order) merged with the new documents'.
 */
function* mergeSteps(previous: Postings, newIdOf: Int32Array, added: Postings, termCount: number): Steps<Postings> {
  const { postingStart: oldStart, postingDocs: oldDocs, postingFrequency: oldFrequency, postingFirst: oldFirst } = previous;
  const { postingStart: addStart, postingDocs: addDocs, postingFrequency: addFrequency, postingFirst: addFirst } = added;
  const oldTerms = oldStart.length - 1;
  const capacity = oldDocs.length + addDocs.length;
  const docs = new Uint32Array(capacity);
  const frequency = new Uint8Array(capacity);
  const first = new Uint8Array(capacity);
  const start = new Uint32Array(termCount + 1);
  let out = 0;
  let stepEnd = POSTINGS_PER_STEP;
  for (let term = 0; term < termCount; term++) {
    start[term] = out;
    let a = addStart[term] as number;
    const addEnd = addStart[term + 1] as number;
    if (term < oldTerms) {
      const end = oldStart[term + 1] as number;
      for (let p = oldStart[term] as number; p < end; p++) {
        const doc = newIdOf[oldDocs[p] as number] as number;
        if (doc < 0) continue;
        for (; a < addEnd && (addDocs[a] as number) < doc; a++, out++) {
          docs[out] = addDocs[a] as number;
          frequency[out] = addFrequency[a] as number;
          first[out] = addFirst[a] as number;
        }
        docs[out] = doc;
        frequency[out] = oldFrequency[p] as number;
        first[out++] = oldFirst[p] as number;
      }
      if (end >= stepEnd) {
        stepEnd = end + POSTINGS_PER_STEP;
        yield;
      }
    }
    for (; a < addEnd; a++, out++) {
      docs[out] = addDocs[a] as number;
      frequency[out] = addFrequency[a] as number;
      first[out] = addFirst[a] as number;
    }
  }
  start[termCount] = out;
  // Views: the few postings of removed documents are not worth copying everything again.
  return { postingStart: start, postingDocs: docs.subarray(0, out), postingFrequency: frequency.subarray(0, out), postingFirst: first.subarray(0, out) };
}

/** updateSearchIndex, in steps (steps.ts). */
export function* updateSteps(previous: IndexedDocuments, documents: readonly SearchDocument[], catalog: Catalog): Steps<SearchIndex> {
  const { index } = previous;
  const { newIdOf, added, ordered } = yield* changeSteps(previous.documents, documents);
  if (!ordered || added.length > documents.length * MAX_CHANGED_SHARE) return yield* buildSteps(documents, catalog, { fieldOrder: index.fieldOrder });

  const columns = emptyColumns(documents.length);
  for (let old = 0; old < newIdOf.length; old++) {
    const doc = newIdOf[old] as number;
    if (doc < 0) continue;
    columns.documents[doc] = index.documents[old] as IndexedDocument;
    columns.normalized[doc] = index.normalized[old] as string;
    columns.restore[doc] = index.restore[old];
    columns.positionSteps[doc] = index.positionSteps[old] as number;
    columns.fieldStarts.set(index.fieldStarts.subarray(old * FIELDS_PER_DOCUMENT, (old + 1) * FIELDS_PER_DOCUMENT), doc * FIELDS_PER_DOCUMENT);
    columns.lengths[doc] = index.lengths[old] as number;
    columns.kinds[doc] = index.kinds[old] as number;
    columns.days[doc] = index.days[old] as number;
    columns.times[doc] = index.times[old] as number;
    if (old % DOCUMENTS_PER_STEP === DOCUMENTS_PER_STEP - 1) yield;
  }
  const indexer = new DocumentIndexer(columns, index.terms, index.fieldOrder);
  const batch = yield* indexer.addAll(
    added.map((id) => documents[id] as SearchDocument),
    added,
  );
  const termCount = index.terms.count;
  const postings = yield* mergeSteps(index, newIdOf, yield* invertSteps(batch, termCount), termCount);
  return assembleIndex({
    columns,
    postings,
    terms: index.terms,
    fieldOrder: index.fieldOrder,
    catalog,
    synonyms: catalog === index.catalog ? index.synonyms : undefined,
  });
}

/**
 * The index of `documents`, from `previous` when that is cheaper. The previous index
 * stays usable (its term dictionary grows, which it ignores).
 */
export function updateSearchIndex(previous: IndexedDocuments, documents: readonly SearchDocument[], catalog: Catalog): SearchIndex {
  return runNow(updateSteps(previous, documents, catalog));
}
