/** What routes ask for. Drafts are visible only in development (`next dev`). */
import { getContent, isPreview } from './store';
import type { FraudCase, ScamType, Section, Story } from './records';

export function showDrafts(): boolean {
  return isPreview();
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

export function storiesInSection(section: string): Story[] {
  return listStories().filter((story) => story.section === section);
}

/** Tags in use on visible stories, with counts, most used first. */
export function listTags(): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const story of listStories()) for (const tag of story.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh-CN'));
}

export function storiesWithTag(tag: string): Story[] {
  return listStories().filter((story) => story.tags.includes(tag));
}

/** Months (Beijing calendar) that have visible stories, newest first. */
export function listArchiveMonths(): { year: number; month: number; count: number; latest: Story }[] {
  const months = new Map<string, { year: number; month: number; count: number; latest: Story }>();
  for (const story of listStories()) {
    const [year, month] = story.date.day.split('-').map(Number) as [number, number];
    const key = `${year}-${month}`;
    const entry = months.get(key);
    if (entry) entry.count++;
    else months.set(key, { year, month, count: 1, latest: story });
  }
  return [...months.values()].sort((a, b) => b.year - a.year || b.month - a.month);
}

export function storiesInMonth(year: number, month: number): Story[] {
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  return listStories().filter((story) => story.date.day.startsWith(prefix));
}

/** Other stories sharing the section or tags, most shared tags first, then newest. */
export function relatedStories(story: Story, limit = 5): Story[] {
  return listStories()
    .filter((other) => other.slug !== story.slug)
    .map((other) => ({
      other,
      score: other.tags.filter((tag) => story.tags.includes(tag)).length * 2 + (other.section === story.section ? 1 : 0),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.date.epochMs - a.other.date.epochMs)
    .slice(0, limit)
    .map(({ other }) => other);
}

/** When a record last changed: its `updated` date, else its `date`. */
export function lastModified(record: { date: { epochMs: number; iso: string }; updated?: { epochMs: number; iso: string } }): string {
  return (record.updated ?? record.date).iso;
}
