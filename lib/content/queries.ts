/**
 * What routes ask for: published records only. A draft, or a story or case dated in
 * the future (scheduled, publication.ts), is absent from every answer; the preview
 * (`next dev`) shows both, marked.
 *
 * Every answer comes from an index built once per loaded content and valid until the
 * next scheduled record goes public: a prerendered page asks several questions, and
 * scanning 100,000 stories for each would cost the build minutes; and the first
 * question after a release instant gets an index that includes the released record.
 * Lists are shared between callers: treat them as read-only.
 */
import { now } from './clock';
import { isPublic, nextRelease } from './publication';
import { getContent, isPreview } from './store';
import { readingMinutes } from './text';
import type { Content, FraudCase, ScamType, Section, Situation, Story, SurestSign } from './records';

interface ArchiveMonth {
  year: number;
  month: number;
  count: number;
  latest: Story;
}

/** Everything readers may see, for consumers that index it themselves (search, the helper). */
export interface PublishedView {
  stories: readonly Story[];
  cases: readonly FraudCase[];
  scamTypes: readonly ScamType[];
  sections: readonly Section[];
  /** After-care pages: advice, never scheduled */
  situations: readonly Situation[];
}

interface ContentIndex {
  /** The first instant at which this index is out of date (a scheduled record goes public) */
  validUntil: number;
  view: PublishedView;
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
  situationBySlug: Map<string, Situation>;
  sectionBySlug: Map<string, Section>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The index of what is public at `at` (everything, in the preview). */
export function buildIndex(content: Content, { preview, at }: { preview: boolean; at: number }): ContentIndex {
  const visible = <T extends Story | FraudCase>(records: readonly T[]): T[] => (preview ? [...records] : records.filter((record) => isPublic(record, at)));
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
    validUntil: preview ? Infinity : (nextRelease(content, at) ?? Infinity),
    view: { stories, cases, scamTypes: content.scamTypes, sections: content.sections, situations: content.situations },
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
    situationBySlug: new Map(content.situations.map((situation) => [situation.slug, situation])),
    sectionBySlug: new Map(content.sections.map((section) => [section.slug, section])),
  };
}

/**
 * Per process, not per module copy: every route bundle has its own copy of this module,
 * and consumers keyed by the published view (the search index, the sitemap) must see
 * one view per content, or each bundle would build its own after every change.
 */
const indexes = ((globalThis as { [key: symbol]: WeakMap<Content, ContentIndex> | undefined })[Symbol.for('municipal-news.content-index')] ??= new WeakMap());

function index(): ContentIndex {
  const content = getContent();
  const at = now();
  let built = indexes.get(content);
  if (!built || at >= built.validUntil) {
    built = buildIndex(content, { preview: isPreview(), at });
    indexes.set(content, built);
  }
  return built;
}

/** The published records; the same object until content is reloaded or a scheduled record goes public. */
export function publishedView(): PublishedView {
  return index().view;
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

/** The after-care pages, in the editors' order (their `order`). */
export function listSituations(): readonly Situation[] {
  return getContent().situations;
}

export function getSituation(slug: string): Situation | undefined {
  return index().situationBySlug.get(slug);
}

/** After-care pages a record names (a case's `situations`, a page's `related`), in its order. */
export function situationsNamed(slugs: readonly string[]): Situation[] {
  const { situationBySlug } = index();
  return slugs.flatMap((slug) => situationBySlug.get(slug) ?? []);
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
