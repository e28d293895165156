/**
 * What routes ask for. Drafts are visible only in development (`next dev`).
 *
 * Every answer comes from an index built once per loaded content (per Content object,
 * so the preview's reloads get a fresh one): a prerendered page asks several
 * questions, and scanning 100,000 stories for each would cost the build minutes.
 * Lists are shared between callers: treat them as read-only.
 */
import { getContent, isPreview } from './store';
import { readingMinutes } from './text';
import type { Content, FraudCase, ScamType, Section, Story, SurestSign } from './records';

interface ArchiveMonth {
  year: number;
  month: number;
  count: number;
  latest: Story;
}

interface ContentIndex {
  stories: Story[];
  storyBySlug: Map<string, Story>;
  storiesBySection: Map<string, Story[]>;
  storiesByTag: Map<string, Story[]>;
  storiesByMonth: Map<string, Story[]>;
  tags: { tag: string; count: number }[];
  archiveMonths: ArchiveMonth[];
  cases: FraudCase[];
  caseBySlug: Map<string, FraudCase>;
  casesByType: Map<string, FraudCase[]>;
  scamTypeBySlug: Map<string, ScamType>;
  sectionBySlug: Map<string, Section>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

function buildIndex(content: Content, drafts: boolean): ContentIndex {
  const visible = <T extends { draft?: boolean }>(records: readonly T[]): T[] => (drafts ? [...records] : records.filter((record) => !record.draft));
  const stories = visible(content.stories);
  const cases = visible(content.cases);
  const storiesBySection = new Map<string, Story[]>();
  const storiesByTag = new Map<string, Story[]>();
  const storiesByMonth = new Map<string, Story[]>();
  const months = new Map<string, ArchiveMonth>();
  // Stories are newest first, so every list built here is too. A story's tags are
  // unique: the loader drops repeats.
  for (const story of stories) {
    push(storiesBySection, story.section, story);
    for (const tag of story.tags) push(storiesByTag, tag, story);
    const [year, month] = story.date.day.split('-').map(Number) as [number, number];
    const key = monthKey(year, month);
    push(storiesByMonth, key, story);
    const entry = months.get(key);
    if (entry) entry.count++;
    else months.set(key, { year, month, count: 1, latest: story });
  }
  const casesByType = new Map<string, FraudCase[]>();
  for (const fraudCase of cases) push(casesByType, fraudCase.scamType, fraudCase);
  return {
    stories,
    storyBySlug: new Map(stories.map((story) => [story.slug, story])),
    storiesBySection,
    storiesByTag,
    storiesByMonth,
    tags: [...storiesByTag]
      .map(([tag, list]) => ({ tag, count: list.length }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'zh-CN')),
    archiveMonths: [...months.values()].sort((a, b) => b.year - a.year || b.month - a.month),
    cases,
    caseBySlug: new Map(cases.map((fraudCase) => [fraudCase.slug, fraudCase])),
    casesByType,
    scamTypeBySlug: new Map(content.scamTypes.map((scamType) => [scamType.slug, scamType])),
    sectionBySlug: new Map(content.sections.map((section) => [section.slug, section])),
  };
}

const indexes = new WeakMap<Content, ContentIndex>();

function index(): ContentIndex {
  const content = getContent();
  let built = indexes.get(content);
  if (!built) {
    built = buildIndex(content, isPreview());
    indexes.set(content, built);
  }
  return built;
}

/** Newest first. */
export function listStories(): readonly Story[] {
  return index().stories;
}

export function getStory(slug: string): Story | undefined {
  return index().storyBySlug.get(slug);
}

/** Newest first. */
export function listCases(): readonly FraudCase[] {
  return index().cases;
}

export function getCase(slug: string): FraudCase | undefined {
  return index().caseBySlug.get(slug);
}

/** The story's linked cases, in the order its `cases` list gives. */
export function casesOfStory(story: Story): FraudCase[] {
  const { caseBySlug } = index();
  return story.cases.flatMap((slug) => caseBySlug.get(slug) ?? []);
}

/** Minutes to read the story's page: its own text and the cases it shows. */
export function readingMinutesOf(story: Story): number {
  return readingMinutes(casesOfStory(story).reduce((total, fraudCase) => total + fraudCase.characters, story.characters));
}

export function casesOfType(scamType: string): readonly FraudCase[] {
  return index().casesByType.get(scamType) ?? [];
}

export function listScamTypes(): readonly ScamType[] {
  return getContent().scamTypes;
}

export function getScamType(slug: string): ScamType | undefined {
  return index().scamTypeBySlug.get(slug);
}

export function listSurestSigns(): readonly SurestSign[] {
  return getContent().surestSigns;
}

export function listSections(): readonly Section[] {
  return getContent().sections;
}

export function getSection(slug: string): Section | undefined {
  return index().sectionBySlug.get(slug);
}

export function storiesInSection(section: string): readonly Story[] {
  return index().storiesBySection.get(section) ?? [];
}

/** Tags in use on visible stories, with counts, most used first. */
export function listTags(): readonly { tag: string; count: number }[] {
  return index().tags;
}

export function storiesWithTag(tag: string): readonly Story[] {
  return index().storiesByTag.get(tag) ?? [];
}

/** Months (Beijing calendar) that have visible stories, newest first. */
export function listArchiveMonths(): readonly ArchiveMonth[] {
  return index().archiveMonths;
}

export function storiesInMonth(year: number, month: number): readonly Story[] {
  return index().storiesByMonth.get(monthKey(year, month)) ?? [];
}

/**
 * Other stories sharing the section or tags, most shared tags first, then newest.
 * Score: 2 per shared tag, 1 for the same section. Only stories sharing a tag can
 * score 2 or more, so they are scored from the tag index; section-only stories
 * (score 1) fill any places left, newest first, from the section's list.
 */
export function relatedStories(story: Story, limit = 5): Story[] {
  const { storiesByTag, storiesBySection } = index();
  const shared = new Map<Story, number>();
  for (const tag of story.tags) {
    for (const other of storiesByTag.get(tag) ?? []) if (other.slug !== story.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const related = [...shared]
    .map(([other, tags]) => ({ other, score: tags * 2 + (other.section === story.section ? 1 : 0) }))
    .sort((a, b) => b.score - a.score || b.other.date.epochMs - a.other.date.epochMs)
    .slice(0, limit)
    .map(({ other }) => other);
  for (const other of storiesBySection.get(story.section) ?? []) {
    if (related.length >= limit) break;
    if (other.slug !== story.slug && !shared.has(other)) related.push(other);
  }
  return related;
}
