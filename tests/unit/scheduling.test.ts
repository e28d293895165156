/**
 * Scheduled publishing: a story or case dated in the future is absent from everything
 * readers can reach until that instant, then present everywhere, with no reload. The
 * clock is injected (setClock): no waiting, no real time in any assertion.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { withContentDir } from '../helpers/content-dir';
import { parseContentDate } from '@/lib/content/dates';
import { setClock, SYSTEM_CLOCK } from '@/lib/content/clock';
import { loadContent } from '@/lib/content/load';
import { errorsOf } from '@/lib/content/problems';
import { nextRelease, publicationOf, scheduledRecords } from '@/lib/content/publication';
import * as queries from '@/lib/content/queries';
import { totalsOf } from '@/lib/fraud/aggregates';
import { helpFor } from '@/lib/fraud/help';
import { parseHelpRequest } from '@/lib/fraud/help-request';
import { searchSite } from '@/lib/search/store';
import { shareImages } from '@/lib/share/images';
import { newsArticleJsonLd } from '@/lib/seo/json-ld';
import { ScamSources } from '@/components/fraud/ScamSources';
import { PublicationBadge } from '@/components/PublicationBadge';
import { generateMetadata as storyMetadata, generateStaticParams as storyParams } from '@/app/news/[slug]/page';
import { editValid, makeContent } from '../helpers/content-fixture';

/** Beijing wall-clock time → epoch ms. */
function beijing(text: string): number {
  const parsed = parseContentDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value.epochMs;
}

const STORY_AT = '2022-07-02T08:00';
const CASE_AT = '2022-07-02T09:30';

const dir = makeContent({
  'stories/later-story.md': `---
title: 定时稿件标题
date: "${STORY_AT}"
section: livelihood
tags: [反诈, 定时标签]
figures:
  - label: 定时数字
    value: 7
---

定时稿件正文，养老诈骗提醒。
`,
  'cases/later-case.md': `---
title: 定时案例标题
scamType: sample-type
whatHappened: 有人冒充定时客服打电话要求转账。
dateIs: occurred
date: "${CASE_AT}"
channels: [phone]
amountAtRisk: 99999
outcome: prevented
redFlags: [对方自称定时客服要求转账]
---

定时案例经过。
`,
  ...editValid('scam-types/sample-type.md', 'sources: [本报示例报道]', 'sources:\n  - publisher: 本报\n    title: 定时稿件标题\n    story: later-story'),
});

let time = beijing('2022-07-01T12:00');
const setTime = (text: string) => (time = beijing(text));
withContentDir(() => dir);
beforeAll(() => setClock({ now: () => time }));
afterAll(() => setClock(SYSTEM_CLOCK));

/** Every place a reader could meet the scheduled story or case, as text. */
async function everywhere(): Promise<string> {
  const story = queries.getStory('sample-story');
  const parts = [
    queries.listStories(),
    queries.listCases(),
    queries.storiesInSection('livelihood'),
    queries.storiesWithTag('反诈'),
    queries.listTags(),
    queries.listArchiveMonths().map(({ year, month, count }) => ({ year, month, count })),
    queries.storiesInMonth(2022, 7),
    story ? queries.relatedStories(story) : [],
    queries.casesOfType('sample-type'),
    totalsOf(queries.listCases()),
    { stories: queries.publishedView().stories, cases: queries.publishedView().cases },
    (await searchSite({ q: '定时' })).response,
    helpFor(
      { scamTypes: queries.listScamTypes(), cases: queries.listCases(), surestSigns: queries.listSurestSigns(), situations: queries.listSituations() },
      parseHelpRequest({ q: '对方自称定时客服要求转账' }),
    ),
    queries.listStories().map((s) => newsArticleJsonLd(s, { sectionName: s.section, image: shareImages.story(s) })),
  ];
  // A scam type's `sources` are shown only through ScamSources, tested on its own below.
  return JSON.stringify(parts, (key, value: unknown) => (typeof value === 'function' || key === 'sources' ? undefined : value));
}

async function sitemapAndFeed(): Promise<string> {
  const { GET: sitemap } = await import('@/app/sitemap.xml/route');
  const { GET: feed } = await import('@/app/feed.xml/route');
  const request = () => new Request('http://localhost/');
  return (await (await sitemap(request())).text()) + (await feed(request()).text());
}

const sourcesHtml = () =>
  renderToStaticMarkup(
    createElement(ScamSources, {
      sources: queries.getScamType('sample-type')?.sources ?? [],
      storyPublished: (slug: string) => queries.getStory(slug) !== undefined,
    }),
  );

describe('scheduled publishing', () => {
  it('the fixture loads without errors, with one story and one case scheduled', () => {
    const { content, problems } = loadContent(dir);
    expect(errorsOf(problems)).toEqual([]);
    expect(scheduledRecords(content, time).map((record) => record.slug)).toEqual(['later-story', 'later-case']);
    expect(nextRelease(content, time)).toBe(beijing(STORY_AT));
    expect(nextRelease(content, beijing(STORY_AT))).toBe(beijing(CASE_AT));
    expect(nextRelease(content, beijing(CASE_AT))).toBeUndefined();
  });

  it('before its time, nothing readers can reach mentions the scheduled story or case', async () => {
    setTime('2022-07-02T07:59:59');
    const text = (await everywhere()) + (await sitemapAndFeed());
    const around = (trace: string) => text.slice(Math.max(0, text.indexOf(trace) - 200), text.indexOf(trace) + 50);
    for (const trace of ['later-story', 'later-case', '定时稿件标题', '定时案例标题', '定时标签', '99999', '定时数字'])
      expect(text.includes(trace) ? around(trace) : '', trace).toBe('');
    expect(queries.getStory('later-story')).toBeUndefined();
    expect(queries.getCase('later-case')).toBeUndefined();
    expect(queries.listArchiveMonths().map(({ month }) => month)).toEqual([6]);
    expect(storyParams()).toEqual([{ slug: 'sample-story' }]);
    expect(await storyMetadata({ params: Promise.resolve({ slug: 'later-story' }) })).toEqual({});
    // The scam type cites the story as its source: the citation waits for the story.
    expect(sourcesHtml()).toBe('');
  });

  it('at its instant the story is everywhere, without reloading the content; the case follows at its own', async () => {
    const content = queries.publishedView();
    setTime(STORY_AT);
    expect(queries.getStory('later-story')?.title).toBe('定时稿件标题');
    expect(queries.listStories()[0]?.slug).toBe('later-story');
    expect(queries.storiesInSection('livelihood').map((s) => s.slug)).toEqual(['later-story']);
    expect(queries.storiesWithTag('定时标签').map((s) => s.slug)).toEqual(['later-story']);
    expect(queries.listArchiveMonths().map(({ month, count }) => [month, count])).toEqual([
      [7, 1],
      [6, 1],
    ]);
    expect(queries.relatedStories(queries.getStory('sample-story')!).map((s) => s.slug)).toEqual(['later-story']);
    expect((await searchSite({ q: '定时稿件' })).response.results.map((r) => r.url)).toEqual(['/news/later-story']);
    expect(storyParams()).toEqual([{ slug: 'later-story' }, { slug: 'sample-story' }]);
    expect(sourcesHtml()).toContain('本报<a href="/news/later-story">《定时稿件标题》</a>');
    const published = await sitemapAndFeed();
    expect(published).toContain('/news/later-story');
    expect(published).toContain('定时稿件标题');
    expect(queries.publishedView()).not.toBe(content);
    // The case is still scheduled.
    expect(queries.getCase('later-case')).toBeUndefined();
    expect(JSON.stringify((await searchSite({ q: '定时案例' })).response.results)).not.toContain('later-case');

    setTime(CASE_AT);
    expect(queries.getCase('later-case')?.title).toBe('定时案例标题');
    expect(queries.casesOfType('sample-type').map((c) => c.slug)).toEqual(['later-case', 'sample-case']);
    expect(totalsOf(queries.listCases()).sought.value).toBe(99999);
    expect(await sitemapAndFeed()).toContain('/cases/later-case');
  });

  it('the preview lists scheduled records with a 定时 marker giving the Beijing time', () => {
    setTime('2022-07-01T12:00');
    const story = loadContent(dir).content.stories.find((s) => s.slug === 'later-story')!;
    expect(publicationOf(story, time)).toBe('scheduled');
    expect(renderToStaticMarkup(createElement(PublicationBadge, { record: story }))).toContain('定时 2022年7月2日 08:00');
    expect(renderToStaticMarkup(createElement(PublicationBadge, { record: { ...story, draft: true } }))).toContain('草稿');
    setTime(STORY_AT);
    expect(renderToStaticMarkup(createElement(PublicationBadge, { record: story }))).toBe('');

    vi.stubEnv('NODE_ENV', 'development');
    try {
      setTime('2022-07-01T12:00');
      expect(queries.listStories().map((s) => s.slug)).toContain('later-story');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a draft is never published, whatever its date', () => {
    const { date } = loadContent(dir).content.stories.find((s) => s.slug === 'later-story')!;
    expect(publicationOf({ draft: true, date }, beijing('2030-01-01T00:00'))).toBe('draft');
    expect(publicationOf({ draft: false, date }, beijing('2030-01-01T00:00'))).toBe('published');
  });
});
