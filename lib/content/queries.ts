/** What routes ask for. Drafts are visible only in development (`next dev`). */
import { getContent } from './store';
import type { FraudCase, ScamType, Section, Story } from './records';

export function showDrafts(): boolean {
  return process.env.NODE_ENV === 'development';
}

function visible<T extends { draft?: boolean }>(records: readonly T[]): T[] {
  return showDrafts() ? [...records] : records.filter((record) => !record.draft);
}

/** Newest first. */
export function listStories(): Story[] {
  return visible(getContent().stories);
}

export function getStory(slug: string): Story | undefined {
  return listStories().find((story) => story.slug === slug);
}

/** Newest first. */
export function listCases(): FraudCase[] {
  return visible(getContent().cases);
}

export function getCase(slug: string): FraudCase | undefined {
  return listCases().find((fraudCase) => fraudCase.slug === slug);
}

/** The story's linked cases, in the order its `cases` list gives. */
export function casesOfStory(story: Story): FraudCase[] {
  const cases = listCases();
  return story.cases.flatMap((slug) => cases.find((fraudCase) => fraudCase.slug === slug) ?? []);
}

export function casesOfType(scamType: string): FraudCase[] {
  return listCases().filter((fraudCase) => fraudCase.scamType === scamType);
}

export function listScamTypes(): ScamType[] {
  return getContent().scamTypes;
}

export function getScamType(slug: string): ScamType | undefined {
  return listScamTypes().find((scamType) => scamType.slug === slug);
}

export function listSections(): Section[] {
  return getContent().sections;
}

export function getSection(slug: string): Section | undefined {
  return listSections().find((section) => section.slug === slug);
}
