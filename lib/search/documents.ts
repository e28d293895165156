/**
 * Content records → search documents. Which record text goes into which weighted
 * field is decided here, and nowhere else; a document's kind, slug and URL come
 * from the kinds table (lib/content/kinds.ts).
 */
import type { Body } from '../content/body';
import type { RecordOf } from '../content/kind';
import { CONTENT_KINDS, CONTENT_KIND_LIST, type ContentKind } from '../content/kinds';
import type { FraudCase, KindCollections, ScamType, Section } from '../content/records';
import { deriveSummary } from '../content/text';
import { suggestionVocabulary } from '../content/vocabulary';
import { runNow, type Steps } from '../work/steps';
import type { Catalog, SearchDocument } from './types';

const join = (parts: readonly (string | undefined)[]) => parts.filter((part): part is string => Boolean(part && part.trim())).join('\n');

type KindRecord<K extends ContentKind> = RecordOf<(typeof CONTENT_KINDS)[K]>;

/** What a document holds besides its kind, slug and URL. */
type DocumentText = Omit<SearchDocument, 'kind' | 'slug' | 'url'>;

/** Other records a document draws on. */
interface Related {
  scamTypes: ReadonlyMap<string, ScamType>;
  scamTypeOfCase: ReadonlyMap<string, string>;
  newestCaseOfType: ReadonlyMap<string, FraudCase>;
  bodies: BodyTexts;
}

/** What a document takes from a record's body. */
interface BodyText {
  plainText: string;
  /** The summary derived from the first paragraph (a story's default summary) */
  derivedSummary: string;
}

/**
 * Bodies' text, kept per record object. A record is replaced, never changed, when its
 * file changes, so documents for a new version of the content read only the new
 * records' bodies (from the content cache's files), and an unchanged record's text
 * is the very string it was, which makes comparing documents cheap (index-update.ts).
 */
export class BodyTexts {
  private readonly known = new WeakMap<Body, BodyText>();

  of(record: { body: Body }): BodyText {
    let text = this.known.get(record.body);
    if (!text) {
      const { plainText, firstParagraph } = record.body.read();
      text = { plainText, derivedSummary: deriveSummary(firstParagraph) };
      this.known.set(record.body, text);
    }
    return text;
  }
}

/** One entry per kind: a new kind in the table does not compile until it says what it contributes. */
const DOCUMENT_TEXT: { readonly [K in ContentKind]: (record: KindRecord<K>, related: Related) => DocumentText } = {
  story: (story, { scamTypeOfCase, bodies }) => {
    // A summary derived from the first paragraph repeats the body; count it once.
    const body = bodies.of(story);
    const editorSummary = story.summary !== body.derivedSummary ? story.summary : undefined;
    return {
      title: story.title,
      lead: join([story.kicker, story.subtitle, editorSummary]),
      terms: join(story.tags),
      body: body.plainText,
      date: story.date,
      section: story.section,
      scamTypes: [...new Set(story.cases.flatMap((slug) => scamTypeOfCase.get(slug) ?? []))],
    };
  },
  case: (fraudCase, { scamTypes, bodies }) => ({
    title: fraudCase.title,
    lead: join([fraudCase.impersonates]),
    // The type's name lets 冒充公检法 find the case; its aliases come in as query synonyms.
    terms: join([scamTypes.get(fraudCase.scamType)?.name]),
    body: join([fraudCase.whatHappened, bodies.of(fraudCase).plainText, ...fraudCase.redFlags, ...fraudCase.steps, fraudCase.stoppedBy, fraudCase.advice]),
    date: fraudCase.date,
    scamTypes: [fraudCase.scamType],
  }),
  'scam-type': (scamType, { newestCaseOfType, bodies }) => ({
    title: scamType.name,
    lead: scamType.summary,
    terms: join(scamType.aliases),
    body: join([...scamType.stages, ...scamType.signs, ...scamType.neverDo, ...scamType.actions, bodies.of(scamType).plainText]),
    // A scam type has no date of its own; it is as recent as its newest case.
    date: newestCaseOfType.get(scamType.slug)?.date,
    scamTypes: [scamType.slug],
  }),
  help: (situation, { bodies }) => ({
    title: situation.title,
    lead: situation.when,
    terms: '',
    body: join([...situation.steps, bodies.of(situation).plainText]),
    // Advice, not news: no date of its own.
    date: undefined,
    scamTypes: [],
  }),
};

/** Every kind's records (the caller decides about drafts), and the sections. */
export type SearchableContent = { readonly [C in keyof KindCollections]: Readonly<KindCollections[C]> } & { sections: readonly Section[] };

/** Records between two chances for the event loop to run (steps.ts): a first build reads each body from disk. */
const RECORDS_PER_STEP = 128;

function* documentsOf<K extends ContentKind>(kind: K, records: readonly KindRecord<K>[], related: Related, into: SearchDocument[]): Steps<void> {
  const text = DOCUMENT_TEXT[kind];
  for (const [i, record] of records.entries()) {
    into.push({ kind, slug: record.slug, url: CONTENT_KINDS[kind].url(record.slug), ...text(record, related) });
    if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
  }
}

/** documentsFromContent, in steps (steps.ts). */
export function* documentSteps(content: SearchableContent, bodies = new BodyTexts()): Steps<SearchDocument[]> {
  const newestCaseOfType = new Map<string, FraudCase>();
  for (const fraudCase of content.cases) {
    const known = newestCaseOfType.get(fraudCase.scamType);
    if (!known || known.date.epochMs < fraudCase.date.epochMs) newestCaseOfType.set(fraudCase.scamType, fraudCase);
  }
  const related: Related = {
    scamTypes: new Map(content.scamTypes.map((type) => [type.slug, type])),
    scamTypeOfCase: new Map(content.cases.map((fraudCase) => [fraudCase.slug, fraudCase.scamType])),
    newestCaseOfType,
    bodies,
  };
  const documents: SearchDocument[] = [];
  for (const kind of CONTENT_KIND_LIST) yield* documentsOf(kind, content[CONTENT_KINDS[kind].collection], related, documents);
  return documents;
}

/**
 * Documents for every given record, kind by kind in table order. `bodies` keeps what
 * was read of each record's body for the next call (the search store passes its own).
 */
export function documentsFromContent(content: SearchableContent, bodies = new BodyTexts()): SearchDocument[] {
  return runNow(documentSteps(content, bodies));
}

export function catalogFromContent(content: SearchableContent): Catalog {
  return {
    sections: content.sections.map(({ slug, name }) => ({ slug, name })),
    scamTypes: content.scamTypes.map(({ slug, name, aliases }) => ({ slug, name, aliases })),
    vocabulary: suggestionVocabulary(content),
  };
}
