/**
 * Content records → search documents. Which record text goes into which weighted
 * field is decided here, and nowhere else.
 */
import type { FraudCase, ScamType, Section, Story } from '../content/records';
import { deriveSummary } from '../content/text';
import { suggestionVocabulary } from '../content/vocabulary';
import { paths } from '../site/urls';
import type { Catalog, SearchDocument } from './types';

const join = (parts: readonly (string | undefined)[]) => parts.filter((part): part is string => Boolean(part && part.trim())).join('\n');

function storyDocument(story: Story, scamTypesOfCase: ReadonlyMap<string, string>): SearchDocument {
  // A summary derived from the first paragraph repeats the body; count it once.
  const editorSummary = story.summary !== deriveSummary(story.body.firstParagraph) ? story.summary : undefined;
  return {
    kind: 'story',
    slug: story.slug,
    url: paths.story(story.slug),
    title: story.title,
    lead: join([story.kicker, story.subtitle, editorSummary]),
    terms: join(story.tags),
    body: story.body.plainText,
    date: story.date,
    section: story.section,
    scamTypes: [...new Set(story.cases.flatMap((slug) => scamTypesOfCase.get(slug) ?? []))],
  };
}

function caseDocument(fraudCase: FraudCase, scamType: ScamType | undefined): SearchDocument {
  return {
    kind: 'case',
    slug: fraudCase.slug,
    url: paths.fraudCase(fraudCase.slug),
    title: fraudCase.title,
    lead: join([fraudCase.impersonates]),
    // The type's name lets 冒充公检法 find the case; its aliases come in as query synonyms.
    terms: join([scamType?.name]),
    body: join([fraudCase.body.plainText, ...fraudCase.redFlags, ...fraudCase.steps, fraudCase.stoppedBy, fraudCase.advice]),
    date: fraudCase.date,
    scamTypes: [fraudCase.scamType],
  };
}

function scamTypeDocument(scamType: ScamType, newestCase: FraudCase | undefined): SearchDocument {
  return {
    kind: 'scam-type',
    slug: scamType.slug,
    url: paths.scamType(scamType.slug),
    title: scamType.name,
    lead: scamType.summary,
    terms: join(scamType.aliases),
    body: join([...scamType.stages, ...scamType.signs, ...scamType.neverDo, ...scamType.actions, scamType.body.plainText]),
    // A scam type has no date of its own; it is as recent as its newest case.
    date: newestCase?.date,
    scamTypes: [scamType.slug],
  };
}

export interface SearchableContent {
  stories: readonly Story[];
  cases: readonly FraudCase[];
  scamTypes: readonly ScamType[];
  sections: readonly Section[];
}

/** Documents for every given record (the caller decides about drafts). */
export function documentsFromContent(content: SearchableContent): SearchDocument[] {
  const types = new Map(content.scamTypes.map((type) => [type.slug, type]));
  const typeOfCase = new Map(content.cases.map((fraudCase) => [fraudCase.slug, fraudCase.scamType]));
  const newestCaseOfType = new Map<string, FraudCase>();
  for (const fraudCase of content.cases) {
    const known = newestCaseOfType.get(fraudCase.scamType);
    if (!known || known.date.epochMs < fraudCase.date.epochMs) newestCaseOfType.set(fraudCase.scamType, fraudCase);
  }
  return [
    ...content.stories.map((story) => storyDocument(story, typeOfCase)),
    ...content.cases.map((fraudCase) => caseDocument(fraudCase, types.get(fraudCase.scamType))),
    ...content.scamTypes.map((type) => scamTypeDocument(type, newestCaseOfType.get(type.slug))),
  ];
}

export function catalogFromContent(content: SearchableContent): Catalog {
  return {
    sections: content.sections.map(({ slug, name }) => ({ slug, name })),
    scamTypes: content.scamTypes.map(({ slug, name, aliases }) => ({ slug, name, aliases })),
    vocabulary: suggestionVocabulary(content),
  };
}
