/**
 * The newsroom's guarantee: whatever valid content editors have committed, a day's
 * worth of new, edited and deleted records works through every content-dependent
 * path. The pack is laid over a copy of the seed fixture (tests/fixtures/seed-content, the
 * newspaper's content as first transcribed), never content/ itself: editors change that
 * every day, and an invalid file there must fail only `npm run content:check`. It asserts
 * what follows from the generated pack (tests/helpers/content-pack.ts), never what the base holds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it } from 'vitest';
import { withContentDir } from '../helpers/content-dir';
import { generateMetadata as storyMetadata } from '@/app/news/[slug]/page';
import { GET as searchApi } from '@/app/api/search/route';
import { GET as feed } from '@/app/feed.xml/route';
import { sitemapEntries as sitemap } from '@/lib/seo/sitemap';
import { loadContent } from '@/lib/content/load';
import { errorsOf, formatProblem } from '@/lib/content/problems';
import * as queries from '@/lib/content/queries';
import { collectWarnings } from '@/lib/content/warnings';
import { rankTypesByCases, totalsOf } from '@/lib/fraud/aggregates';
import { helpFor } from '@/lib/fraud/help';
import { parseHelpRequest } from '@/lib/fraud/help-request';
import { signId } from '@/lib/fraud/help-signs';
import { getSearchIndex } from '@/lib/search/store';
import { parseSearchRequest } from '@/lib/search/query';
import { searchIndex } from '@/lib/search/search';
import { absoluteUrl } from '@/lib/site/config';
import { paths } from '@/lib/site/urls';
import { layContentPack, type PackStory } from '../helpers/content-pack';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-pack-'));
fs.cpSync(SEED_CONTENT_DIR, dir, { recursive: true });
const pack = layContentPack(dir);
const base = pack.base.content;
const after = loadContent(dir);

const slugs = (records: readonly { slug: string }[]) => records.map((record) => record.slug);
const newestFirst = (stories: readonly PackStory[]) => [...stories].sort((a, b) => b.date.epochMs - a.date.epochMs);
const packFile = (file: string) => pack.files.some((written) => path.resolve(dir, written) === path.resolve(file));

describe('the newspaper’s content with a pack of new, edited and deleted records', () => {
  it('the base folder itself is valid', () => {
    expect(errorsOf(pack.base.problems).map(formatProblem)).toEqual([]);
  });

  it('loads with no errors, and the pack’s files raise no warnings', () => {
    expect(errorsOf(after.problems).map(formatProblem)).toEqual([]);
    const warnings = collectWarnings(after.content, new Date(pack.now)).filter((warning) => packFile(warning.file));
    expect(warnings.map(formatProblem)).toEqual([]);
  });

  it('has the pack’s records in addition to the folder’s, less the deleted story', () => {
    const { content } = after;
    expect(content.stories).toHaveLength(base.stories.length + pack.stories.length - 1);
    expect(content.cases).toHaveLength(base.cases.length + pack.cases.length);
    expect(content.scamTypes).toHaveLength(base.scamTypes.length + 1);
    expect(slugs(content.sections)).toEqual([...slugs(base.sections), pack.section.slug]);
    expect(slugs(content.stories)).not.toContain(pack.deleted.slug);
    for (const slug of pack.deleted.unlinkedCases) expect(content.cases.find((c) => c.slug === slug)?.story).toBeUndefined();
  });
});

/** Point the site's content store at the packed folder for the rest of the file. */
withContentDir(() => dir);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('queries over the packed folder', () => {
  it('home: every new story is listed, in date order, and the deleted one is gone', () => {
    const listed = slugs(queries.listStories());
    const positions = newestFirst(pack.stories).map((story) => listed.indexOf(story.slug));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(listed).not.toContain(pack.deleted.slug);
    expect(queries.getStory(pack.deleted.slug)).toBeUndefined();
  });

  it('the new section lists exactly its new stories, newest first', () => {
    expect(queries.getSection(pack.section.slug)?.name).toBe(pack.section.name);
    const inSection = pack.stories.filter((story) => story.section === pack.section.slug);
    expect(inSection.length).toBeGreaterThan(1);
    expect(slugs(queries.storiesInSection(pack.section.slug))).toEqual(slugs(newestFirst(inSection)));
  });

  it('each new tag lists exactly the new stories that carry it, with their count', () => {
    expect(pack.newTags.length).toBeGreaterThan(0);
    for (const tag of pack.newTags) {
      const tagged = newestFirst(pack.stories.filter((story) => story.tags.includes(tag)));
      expect(slugs(queries.storiesWithTag(tag)), tag).toEqual(slugs(tagged));
      expect(queries.listTags()).toContainEqual({ tag, count: tagged.length });
    }
  });

  it('the archive month of each new story lists it', () => {
    for (const story of pack.stories) {
      const [year, month] = story.date.day.split('-').map(Number) as [number, number];
      expect(slugs(queries.storiesInMonth(year, month))).toContain(story.slug);
      expect(queries.listArchiveMonths().some((m) => m.year === year && m.month === month)).toBe(true);
    }
  });

  it('the edited story has its new title and updated date', () => {
    const story = queries.getStory(pack.edited.slug);
    expect(story?.title).toBe(pack.edited.title);
    expect(story?.updated?.iso).toBe(pack.edited.updated.iso);
  });

  it('two new stories sharing a new tag and the new section are each other’s first related story', () => {
    const [first, second] = pack.stories.filter((story) => story.section === pack.section.slug);
    const shared = first!.tags.filter((tag) => second!.tags.includes(tag) && pack.newTags.includes(tag));
    expect(shared.length).toBeGreaterThan(0);
    expect(queries.relatedStories(queries.getStory(first!.slug)!)[0]?.slug).toBe(second!.slug);
    expect(queries.relatedStories(queries.getStory(second!.slug)!)[0]?.slug).toBe(first!.slug);
  });

  it('the new scam type lists its cases, and the story shows its cases in its order', () => {
    expect(queries.getScamType(pack.scamType.slug)?.name).toBe(pack.scamType.name);
    const ofType = pack.cases.filter((fraudCase) => fraudCase.scamType === pack.scamType.slug);
    expect(ofType.length).toBeGreaterThan(0);
    expect(slugs(queries.casesOfType(pack.scamType.slug))).toEqual(slugs([...ofType].sort((a, b) => b.date.epochMs - a.date.epochMs)));
    const withCases = pack.stories.find((story) => story.cases.length > 0)!;
    expect(slugs(queries.casesOfStory(queries.getStory(withCases.slug)!))).toEqual(withCases.cases);
  });

  it('the story route gives a new story its metadata, with the new section’s name', async () => {
    const story = pack.stories.find((s) => s.section === pack.section.slug)!;
    const metadata = await storyMetadata({ params: Promise.resolve({ slug: story.slug }) });
    expect(metadata.title).toBe(story.title);
    expect(metadata.openGraph).toMatchObject({ section: pack.section.name, tags: story.tags });
    expect(await storyMetadata({ params: Promise.resolve({ slug: pack.deleted.slug }) })).toEqual({});
  });
});

describe('search over the packed folder', () => {
  /** Every URL found for `q`, all pages. */
  async function found(q: string): Promise<string[]> {
    const index = await getSearchIndex();
    const { request, truncated } = parseSearchRequest({ q }, index.catalog);
    return searchIndex(index, { ...request, truncated }, { perPage: 10_000 }).results.map((hit) => hit.url);
  }

  it('finds each new story by a word of its title', async () => {
    for (const story of pack.stories) {
      expect(story.title).toContain(story.titleWord);
      expect(await found(story.titleWord), story.title).toContain(paths.story(story.slug));
    }
  });

  it('finds the edited story by a word only its new title has, and the deleted one no more', async () => {
    expect(await found(pack.edited.titleWord)).toContain(paths.story(pack.edited.slug));
    expect(await found(pack.deleted.title)).not.toContain(paths.story(pack.deleted.slug));
  });

  it('finds the new scam type by its name and its cases by their titles', async () => {
    expect(await found(pack.scamType.name)).toContain(paths.scamType(pack.scamType.slug));
    for (const fraudCase of pack.cases) expect(await found(fraudCase.title)).toContain(paths.fraudCase(fraudCase.slug));
  });

  it('/api/search answers with a new story', async () => {
    const story = pack.stories[0]!;
    const response = await searchApi(new NextRequest(`http://localhost/api/search?q=${encodeURIComponent(story.titleWord)}`));
    const body = (await response.json()) as { results: { url: string }[] };
    expect(body.results.map((hit) => hit.url)).toContain(paths.story(story.slug));
  });
});

describe('the helper over the packed folder', () => {
  const ask = (params: Parameters<typeof parseHelpRequest>[0]) =>
    helpFor(
      { scamTypes: queries.listScamTypes(), cases: queries.listCases(), surestSigns: queries.listSurestSigns(), situations: queries.listSituations() },
      parseHelpRequest(params),
    );
  const packCasesOfType = pack.cases.filter((fraudCase) => fraudCase.scamType === pack.scamType.slug).map((c) => c.slug);

  it('ticking the new type’s signs ranks it first, with its new cases', () => {
    const first = ask({ s: pack.scamType.signs.map((_, index) => signId(pack.scamType.slug, index)) }).likely[0];
    expect(first?.scamType.slug).toBe(pack.scamType.slug);
    expect(first!.signs.filter((sign) => sign.ticked).map((sign) => sign.text)).toEqual(pack.scamType.signs);
    expect(first!.cases.map((match) => match.fraudCase.slug).sort()).toEqual([...packCasesOfType].sort());
  });

  it('a resident’s words from one of the new type’s signs point to it', () => {
    const result = ask({ q: pack.scamType.signs[0]! });
    expect(result.likely[0]?.scamType.slug).toBe(pack.scamType.slug);
    expect(result.allTypes.map((type) => type.slug)).toContain(pack.scamType.slug);
  });
});

describe('sitemap and feed over the packed folder', () => {
  it('the sitemap has every new page, the edited story’s update and no deleted story', () => {
    const entries = new Map(sitemap().map((entry) => [new URL(entry.url).pathname, entry.lastModified]));
    for (const story of pack.stories) expect(entries.get(paths.story(story.slug))).toBe(story.date.iso);
    for (const fraudCase of pack.cases) expect(entries.has(paths.fraudCase(fraudCase.slug))).toBe(true);
    expect(entries.has(paths.scamType(pack.scamType.slug))).toBe(true);
    expect(entries.get(paths.section(pack.section.slug))).toBe(newestFirst(pack.stories.filter((s) => s.section === pack.section.slug))[0]!.date.iso);
    for (const tag of pack.newTags) expect(entries.has(paths.tag(tag))).toBe(true);
    expect(entries.get(paths.story(pack.edited.slug))).toBe(pack.edited.updated.iso);
    expect(entries.has(paths.story(pack.deleted.slug))).toBe(false);
  });

  it('the feed has the new stories and not the deleted one', async () => {
    const xml = await feed(new Request('http://localhost/feed.xml')).text();
    for (const story of pack.stories) expect(xml).toContain(`<link>${absoluteUrl(paths.story(story.slug))}</link>`);
    expect(xml).not.toContain(absoluteUrl(paths.story(pack.deleted.slug)));
  });
});

describe('figures over the packed folder', () => {
  it('the totals grow by exactly the pack’s cases', () => {
    const before = totalsOf(base.cases.filter((fraudCase) => !fraudCase.draft));
    const now = totalsOf(queries.listCases());
    const sum = (pick: (c: (typeof pack.cases)[number]) => number) => pack.cases.reduce((total, c) => total + pick(c), 0);
    // The pack's amounts are exact, so the sums stay as approximate as the folder's were.
    expect(now).toEqual({
      cases: before.cases + pack.cases.length,
      sought: { value: before.sought.value + sum((c) => c.amountAtRisk), approx: before.sought.approx },
      prevented: before.prevented + sum((c) => (c.outcome === 'prevented' ? 1 : 0)),
      lost: { value: before.lost.value + sum((c) => c.amountLost), approx: before.lost.approx },
    });
  });

  it('the new scam type counts its own cases and their money', () => {
    const ranked = rankTypesByCases(queries.listScamTypes(), queries.listCases());
    const mine = ranked.find((entry) => entry.scamType.slug === pack.scamType.slug);
    const ofType = pack.cases.filter((fraudCase) => fraudCase.scamType === pack.scamType.slug);
    expect(mine).toMatchObject({
      cases: ofType.length,
      sought: { value: ofType.reduce((total, c) => total + c.amountAtRisk, 0), approx: false },
      lost: { value: ofType.reduce((total, c) => total + c.amountLost, 0), approx: false },
    });
  });
});
