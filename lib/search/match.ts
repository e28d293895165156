/**
 * Which documents match a query plan, with a first (cheap) BM25 score.
 *
 * Every term must match (AND): OR-combining terms was measured to flood the results.
 * A term matches through any of its alternatives (itself, a synonym, its words
 * reordered). For one alternative:
 *   1. candidates = intersection of its keys' posting lists, rarest first, galloping
 *      through the longer lists (or driven by the running result set when that is
 *      smaller): a document lacking one of the bigrams cannot contain the string;
 *   2. a phrase (more than one key) is confirmed with indexOf in the document's
 *      normalised text: that is the adjacency check that removes 腾讯 … 通讯会议 for
 *      腾讯会议. A single key needs no check: its posting list is exact.
 * The frequency used for the cheap score is the stored one for a single key, and the
 * smallest of its keys' frequencies for a phrase (an upper bound: each occurrence of
 * the phrase is an occurrence of every bigram in it); order.ts recounts exactly for
 * the best candidates.
 */
import { postingRange, type SearchIndex } from './inverted-index';
import type { Alternative, QueryPlan } from './query';
import { inverseDocumentFrequency, K1 } from './rank';
import { findOccurrence as findOccurrenceImport } from './tokenize';

// Local copies for the hot loops (imports compile to getters).
const findOccurrence = findOccurrenceImport;
const BM25_K1 = K1;

export interface DocumentFilter {
  kind?: number;
  section?: string;
  scam?: string;
  /** YYYYMMDD, inclusive */
  fromDay?: number;
  toDay?: number;
}

export function passesFilter(index: SearchIndex, doc: number, filter: DocumentFilter): boolean {
  if (filter.kind !== undefined && index.kinds[doc] !== filter.kind) return false;
  if (filter.fromDay !== undefined || filter.toDay !== undefined) {
    const day = index.days[doc] as number;
    if (day === 0) return false;
    if (filter.fromDay !== undefined && day < filter.fromDay) return false;
    if (filter.toDay !== undefined && day > filter.toDay) return false;
  }
  const meta = index.documents[doc];
  if (!meta) return false;
  if (filter.section !== undefined && meta.section !== filter.section) return false;
  if (filter.scam !== undefined && !meta.scamTypes.includes(filter.scam)) return false;
  return true;
}

export function isEmptyFilter(filter: DocumentFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}

/** First position in docs[from, end) holding a value ≥ target (exponential, then binary search). */
function seek(docs: Uint32Array, from: number, end: number, target: number): number {
  if (from >= end || (docs[from] as number) >= target) return from;
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < end && (docs[high] as number) < target) {
    low = high;
    step <<= 1;
    high = from + step;
  }
  if (high > end) high = end;
  // docs[low] < target; the answer is in (low, high]
  while (low + 1 < high) {
    const middle = (low + high) >>> 1;
    if ((docs[middle] as number) < target) low = middle;
    else high = middle;
  }
  return high;
}

function nextGeneration(index: SearchIndex): number {
  const scratch = index.scratch;
  if (scratch.generation >= 0xfffffff0) {
    scratch.stamp.fill(0);
    scratch.setStamp.fill(0);
    scratch.generation = 0;
  }
  return ++scratch.generation;
}

interface Running {
  docs: Uint32Array;
  generation: number;
}

interface Range {
  start: number;
  end: number;
  /** Where the key starts in the phrase */
  offset: number;
}

/**
 * Documents containing one alternative (within `running` when given), written to
 * scratch.alternativeDocs / alternativeFrequency in ascending order; returns how many.
 */
function matchAlternative(index: SearchIndex, alt: Alternative, running: Running | undefined, filter: DocumentFilter | undefined): number {
  alt.idf = 0;
  const ranges: Range[] = [];
  for (const atom of alt.atoms) {
    const range = postingRange(index, atom);
    if (!range) return 0;
    ranges.push({ ...range, offset: atom.offset });
  }
  if (ranges.length === 0) return 0;
  ranges.sort((a, b) => a.end - a.start - (b.end - b.start));
  const rarest = ranges[0] as Range;
  const rarestLength = rarest.end - rarest.start;
  const needsCheck = !(alt.atoms.length === 1 && alt.atoms[0]?.text === alt.text);
  const { postingDocs, postingFrequency, postingFirst, positionSteps, normalized, scratch } = index;
  const outDocs = scratch.alternativeDocs;
  const outFrequency = scratch.alternativeFrequency;
  const setStamp = scratch.setStamp;
  const needle = alt.text;

  // Drive with the shorter of: the running result set, or the rarest posting list.
  const driveWithRunning = running !== undefined && running.docs.length < rarestLength;
  const others = driveWithRunning ? ranges : ranges.slice(1);
  const otherCount = others.length;
  const otherEnds = new Uint32Array(others.map((range) => range.end));
  const otherOffsets = new Uint32Array(others.map((range) => range.offset));
  const cursors = new Uint32Array(others.map((range) => range.start));
  const driverOffset = rarest.offset;
  const driverDocs = driveWithRunning ? running.docs : postingDocs;
  const driverStart = driveWithRunning ? 0 : rarest.start;
  const driverEnd = driveWithRunning ? running.docs.length : rarest.end;
  const runningGeneration = running && !driveWithRunning ? running.generation : 0;
  const checkFilter = !running && filter !== undefined;
  let checked = 0;
  let count = 0;

  for (let i = driverStart; i < driverEnd; i++) {
    const doc = driverDocs[i] as number;
    let frequency = driveWithRunning ? 255 : (postingFrequency[i] as number);
    if (runningGeneration !== 0 && setStamp[doc] !== runningGeneration) continue;
    if (checkFilter && !passesFilter(index, doc, filter)) continue;
    const step = positionSteps[doc] as number;
    // The phrase cannot start before (first occurrence of a key − its offset in the phrase).
    let earliest = driveWithRunning ? 0 : (postingFirst[i] as number) * step - driverOffset;
    let present = true;
    for (let k = 0; k < otherCount; k++) {
      const end = otherEnds[k] as number;
      let at = cursors[k] as number;
      // Usually the cursor is already there or one step short: avoid the call.
      if (at < end && (postingDocs[at] as number) < doc) at = seek(postingDocs, at + 1, end, doc);
      cursors[k] = at;
      if (at >= end || postingDocs[at] !== doc) {
        present = false;
        break;
      }
      const f = postingFrequency[at] as number;
      if (f < frequency) frequency = f;
      const bound = (postingFirst[at] as number) * step - (otherOffsets[k] as number);
      if (bound > earliest) earliest = bound;
    }
    if (!present) continue;
    if (needsCheck) {
      checked++;
      if (findOccurrence(normalized[doc] as string, needle, earliest > 0 ? earliest : 0) === -1) continue;
    }
    outDocs[count] = doc;
    outFrequency[count++] = frequency;
  }

  // Document frequency: exact for a single key; for a phrase, the rarest key's count
  // scaled by the share of candidates that really contained the phrase.
  const documentFrequency = needsCheck ? (checked ? Math.max(count, Math.round((rarestLength * count) / checked)) : 0) : rarestLength;
  alt.idf = documentFrequency ? inverseDocumentFrequency(documentFrequency, index.size) : 0;
  return count;
}

/**
 * The documents matching every term of the plan and the filter, in ascending id
 * order. Their cheap score and tier are left in index.scratch.score / .tier.
 */
export function matchPlan(index: SearchIndex, plan: QueryPlan, filter: DocumentFilter | undefined): Uint32Array {
  const { scratch, norms } = index;
  const activeFilter = filter && !isEmptyFilter(filter) ? filter : undefined;

  if (plan.terms.length === 0) {
    // No terms: browsing with filters only.
    const docs: number[] = [];
    for (let doc = 0; doc < index.size; doc++) {
      if (activeFilter && !passesFilter(index, doc, activeFilter)) continue;
      docs.push(doc);
      scratch.score[doc] = 0;
      scratch.tier[doc] = plan.baseTier;
    }
    return Uint32Array.from(docs);
  }

  // Rarest term first: later terms are then checked against a small set.
  const costOf = (alt: Alternative) =>
    alt.atoms.reduce((least, atom) => {
      const range = postingRange(index, atom);
      return Math.min(least, range ? range.end - range.start : 0);
    }, Infinity);
  const terms = plan.terms
    .map((term) => ({ term, cost: term.alternatives.reduce((sum, alt) => sum + (alt.atoms.length ? costOf(alt) : 0), 0) }))
    .sort((a, b) => a.cost - b.cost)
    .map(({ term }) => term);

  const { stamp, termScore, termTier, termDocs, alternativeDocs, alternativeFrequency, score, tier, setStamp } = scratch;
  let running: Running | undefined;
  for (const [termIndex, term] of terms.entries()) {
    const generation = nextGeneration(index);
    let count = 0;
    let contributing = 0;
    for (const alt of term.alternatives) {
      const found = matchAlternative(index, alt, running, termIndex === 0 ? activeFilter : undefined);
      if (found === 0) continue;
      contributing++;
      const weight = alt.weight * alt.idf;
      const altTier = alt.tier;
      for (let i = 0; i < found; i++) {
        const doc = alternativeDocs[i] as number;
        const frequency = alternativeFrequency[i] as number;
        // BM25: idf · f(k1 + 1) / (f + norm); see rank.ts
        const value = (weight * frequency * (BM25_K1 + 1)) / (frequency + (norms[doc] as number));
        if (stamp[doc] !== generation) {
          stamp[doc] = generation;
          termScore[doc] = value;
          termTier[doc] = altTier;
          termDocs[count++] = doc;
        } else if (altTier < (termTier[doc] as number) || (altTier === termTier[doc] && value > (termScore[doc] as number))) {
          termScore[doc] = value;
          termTier[doc] = altTier;
        }
      }
    }
    let docs: Uint32Array;
    if (contributing <= 1) docs = termDocs.slice(0, count);
    else {
      // Several alternatives: their union, in id order, read back from the stamps.
      docs = new Uint32Array(count);
      let at = 0;
      if (running) {
        for (const doc of running.docs) if (stamp[doc] === generation) docs[at++] = doc;
      } else {
        for (let doc = 0; doc < index.size; doc++) if (stamp[doc] === generation) docs[at++] = doc;
      }
    }
    const setGeneration = nextGeneration(index);
    const baseTier = plan.baseTier;
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i] as number;
      const t = Math.max(baseTier, termTier[doc] as number);
      if (termIndex === 0) {
        score[doc] = termScore[doc] as number;
        tier[doc] = t;
      } else {
        score[doc] = (score[doc] as number) + (termScore[doc] as number);
        if (t > (tier[doc] as number)) tier[doc] = t;
      }
      setStamp[doc] = setGeneration;
    }
    running = { docs, generation: setGeneration };
    if (docs.length === 0) break;
  }
  return running?.docs ?? new Uint32Array(0);
}
