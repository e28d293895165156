import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fs from 'node:fs';
import path from 'node:path';
import XMLBuilder from 'fast-xml-builder';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { withContentDir } from '../helpers/content-dir';
import { fromInstant } from '@/lib/content/dates';
import { loadContent } from '@/lib/content/load';
import type { Story } from '@/lib/content/records';
import { absoluteUrl, site } from '@/lib/site/config';
import { paths } from '@/lib/site/urls';
import { breadcrumbJsonLd, newsArticleJsonLd, publisherJsonLd, serializeJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld';
import { shareImages, type CardImage } from '@/lib/share/images';
import { buildRssFeed, FEED_LIMIT } from '@/lib/seo/feed';
import { JsonLd } from '@/components/JsonLd';
import { runNow } from '@/lib/work/steps';
import { generateMetadata as storyMetadata } from '@/app/news/[slug]/page';
import { metadata as homeMetadata } from '@/app/page';
import { editValid, makeContent } from '../helpers/content-fixture';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

const { content } = loadContent(SEED_CONTENT_DIR);
const published = content.stories.filter((story) => !story.draft);
const sectionName = (story: Story) => content.sections.find((section) => section.slug === story.section)?.name ?? '';
/** A share card for the builders (its address only matters where a test says so). */
const card: CardImage = { url: '/news/x/share.png?v=1', width: 1200, height: 630, alt: '分享图' };

const BEIJING_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const RFC_822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

function storyBySlug(slug: string): Story {
  const story = content.stories.find((s) => s.slug === slug);
  if (!story) throw new Error(`seed story ${slug} is missing`);
  return story;
}

/** An absolute URL on this site whose path is exactly `pathname`. */
function expectSiteUrl(url: unknown, pathname: string) {
  expect(typeof url).toBe('string');
  const parsed = new URL(String(url));
  expect(`${parsed.protocol}//${parsed.host}`).toBe(site.url);
  expect(parsed.pathname + parsed.search).toBe(pathname);
}

describe('NewsArticle JSON-LD', () => {
  it('the seed has stories to describe', () => {
    expect(published.length).toBeGreaterThan(0);
  });

  for (const story of content.stories) {
    it(`describes ${story.slug} with Beijing-time dates, persons and absolute URLs`, () => {
      const ld = newsArticleJsonLd(story, { sectionName: sectionName(story), image: card });
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(story.title);
      expect(ld.description).toBe(story.summary);
      expect(ld.description.length).toBeGreaterThan(0);
      expect(ld.datePublished).toMatch(BEIJING_ISO);
      expect(ld.dateModified).toMatch(BEIJING_ISO);
      expect(Date.parse(ld.datePublished)).toBe(story.date.epochMs);
      expect(Date.parse(ld.dateModified)).toBe((story.updated ?? story.date).epochMs);
      expect(ld.author).toEqual(story.authors.length ? story.authors.map((a) => ({ '@type': 'Person', name: a.name, jobTitle: a.role })) : [publisherJsonLd()]);
      expect(ld.publisher).toEqual(publisherJsonLd());
      expect(ld.image[0]).toBe(absoluteUrl(card.url));
      expect(ld.image.slice(1)).toEqual(story.image ? [absoluteUrl(story.image.url)] : []);
      expect(ld.articleSection).toBe('政法');
      expect(ld.keywords).toEqual(story.tags);
      expect(ld.inLanguage).toBe('zh-CN');
      expectSiteUrl(ld.mainEntityOfPage, `/news/${story.slug}`);
      expectSiteUrl(ld.url, `/news/${story.slug}`);
    });
  }

  it('names the reporter and the correspondent of the telecom-fraud story with their roles', () => {
    const ld = newsArticleJsonLd(storyBySlug('telecom-fraud-crackdown'), { sectionName: '政法', image: card });
    expect(ld.author).toEqual([
      { '@type': 'Person', name: '杨沫', jobTitle: '记者' },
      { '@type': 'Person', name: '杨宇雨', jobTitle: '通讯员' },
    ]);
    expect(ld.datePublished).toBe('2022-06-11T00:00:00+08:00');
    expect(ld.dateModified).toBe('2022-06-11T00:00:00+08:00');
    expect(ld.keywords).toEqual(['市政府新闻办发布会', '反诈', '电信网络诈骗', '追赃挽损']);
  });

  it('takes dateModified from `updated` when the story was updated', () => {
    const story = storyBySlug('judicial-aid-for-injured-worker');
    const updated = fromInstant(Date.UTC(2022, 5, 12, 1, 30)); // 09:30 in Beijing
    const ld = newsArticleJsonLd({ ...story, updated }, { sectionName: '政法', image: card });
    expect(ld.dateModified).toBe('2022-06-12T09:30:00+08:00');
    expect(ld.datePublished).toBe('2022-06-11T00:00:00+08:00');
  });
});

describe('BreadcrumbList and WebSite JSON-LD', () => {
  it('numbers the trail from 1 with absolute item URLs', () => {
    const story = storyBySlug('typical-anti-fraud-cases');
    const ld = breadcrumbJsonLd([
      { name: '首页', path: paths.home() },
      { name: '政法', path: paths.section('law') },
      { name: story.title, path: paths.story(story.slug) },
    ]);
    expect(ld['@type']).toBe('BreadcrumbList');
    expect(ld.itemListElement.map((item) => [item['@type'], item.position, item.name])).toEqual([
      ['ListItem', 1, '首页'],
      ['ListItem', 2, '政法'],
      ['ListItem', 3, story.title],
    ]);
    expectSiteUrl(ld.itemListElement[0]?.item, '/');
    expectSiteUrl(ld.itemListElement[1]?.item, '/sections/law');
    expectSiteUrl(ld.itemListElement[2]?.item, '/news/typical-anti-fraud-cases');
  });

  it('describes the site with a search action that search engines can fill in', () => {
    const ld = webSiteJsonLd();
    expect(ld['@type']).toBe('WebSite');
    expect(ld.name).toBe('市报新闻网');
    expect(ld.inLanguage).toBe('zh-CN');
    expectSiteUrl(ld.url, '/');
    expect(ld.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: `${site.url}/search?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('JsonLd escaping', () => {
  const hostile = '</script><script>alert(1)</script><!-- & \u2028\u2029 >';
  const article = newsArticleJsonLd({ ...storyBySlug('telecom-fraud-crackdown'), title: hostile }, { sectionName: '政法', image: card });

  it('renders a single script element whose JSON gives back the hostile title unchanged', () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data: article }));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.endsWith('</script>')).toBe(true);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    const json = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(article);
    expect((JSON.parse(json) as typeof article).headline).toBe(hostile);
  });

  it('escapes a list of nodes the same way', () => {
    const serialized = serializeJsonLd([article, webSiteJsonLd()]);
    expect(serialized).not.toMatch(/[<>&\u2028\u2029]/);
    expect(serialized).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(serialized)).toEqual([article, webSiteJsonLd()]);
  });
});

describe('page metadata (the routes’ own metadata)', () => {
  withContentDir(() => SEED_CONTENT_DIR);
  const feedLink = [{ url: absoluteUrl('/feed.xml'), title: '市报新闻网 - 最新稿件' }];
  const storyParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

  it('gives an article its canonical URL, the feed link and Open Graph article fields', async () => {
    const story = storyBySlug('telecom-fraud-crackdown');
    const metadata = await storyMetadata(storyParams(story.slug));
    const image = shareImages.story(story);
    expect(metadata.title).toBe(story.title);
    expect(metadata.description).toBe(story.summary);
    expectSiteUrl(metadata.alternates?.canonical, '/news/telecom-fraud-crackdown');
    expect(metadata.alternates?.types).toEqual({ 'application/rss+xml': feedLink });
    expect(metadata.openGraph).toEqual({
      title: story.title,
      description: story.summary,
      url: absoluteUrl('/news/telecom-fraud-crackdown'),
      siteName: '市报新闻网',
      locale: 'zh_CN',
      type: 'article',
      publishedTime: '2022-06-11T00:00:00+08:00',
      modifiedTime: '2022-06-11T00:00:00+08:00',
      authors: ['杨沫', '杨宇雨'],
      section: '政法',
      tags: story.tags,
      images: [{ url: absoluteUrl(image.url), width: 1200, height: 630, alt: image.alt, type: 'image/png' }],
    });
    expect(image.url).toMatch(/^\/news\/telecom-fraud-crackdown\/share\.png\?v=[\w-]{10}$/);
    expect(metadata.twitter).toEqual({
      card: 'summary_large_image',
      title: story.title,
      description: story.summary,
      images: [{ url: absoluteUrl(image.url), width: 1200, height: 630, alt: image.alt, type: 'image/png' }],
    });
  });

  it('gives an unknown story no metadata of its own (the page answers 404)', async () => {
    expect(await storyMetadata(storyParams('no-such-story'))).toEqual({});
  });

  it('keeps the home page title to the site name alone and advertises the feed there too', () => {
    expect(homeMetadata.title).toEqual({ absolute: '市报新闻网' });
    expect(homeMetadata.description).toBe(site.description);
    expect(homeMetadata.openGraph).toMatchObject({ type: 'website', locale: 'zh_CN', siteName: '市报新闻网', url: absoluteUrl('/') });
    expect(homeMetadata.alternates?.types).toEqual({ 'application/rss+xml': feedLink });
    expect(homeMetadata.openGraph?.images).toEqual([
      expect.objectContaining({ url: expect.stringMatching(/\/share\.png\?v=/) as string, width: 1200, height: 630 }),
    ]);
    expect(homeMetadata.twitter).toMatchObject({ card: 'summary_large_image' });
  });
});

interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
  category: string[];
  'dc:creator'?: { '#text': string };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'category',
});

function parseFeed(xml: string): { channel: Record<string, unknown>; items: FeedItem[] } {
  const parsed = parser.parse(xml) as { rss?: { '@_version': string; channel: Record<string, unknown> & { item?: FeedItem[] } } };
  if (!parsed.rss) throw new Error('not an RSS document');
  expect(parsed.rss['@_version']).toBe('2.0');
  return { channel: parsed.rss.channel, items: parsed.rss.channel.item ?? [] };
}

/** Copies of a seed story published `count` successive days apart, the first in `draft`. */
function manyStories(count: number, { draftIndex }: { draftIndex: number }): Story[] {
  const base = storyBySlug('telecom-fraud-crackdown');
  return Array.from({ length: count }, (_, i) => ({
    ...base,
    slug: `story-${i}`,
    title: `第${i}篇稿件`,
    date: fromInstant(Date.UTC(2022, 0, 1) + i * 86_400_000),
    draft: i === draftIndex,
  }));
}

describe('RSS feed', () => {
  const { channel, items } = parseFeed(buildRssFeed(content.stories, content.sections));

  it('describes the site in Chinese', () => {
    expect(channel.title).toBe('市报新闻网');
    expect(channel.description).toBe(site.description);
    expect(channel.language).toBe('zh-CN');
    expectSiteUrl(channel.link, '/');
  });

  it('has every published seed story, newest first, in the site order', () => {
    expect(items.length).toBeLessThanOrEqual(FEED_LIMIT);
    expect(items.map((item) => item.title)).toEqual(published.map((story) => story.title));
    const times = items.map((item) => Date.parse(item.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('gives each item an absolute link and permalink guid, the summary, an RFC 822 date, byline and categories', () => {
    for (const [index, item] of items.entries()) {
      const story = published[index]!;
      expectSiteUrl(item.link, `/news/${story.slug}`);
      expect(item.guid['#text']).toBe(item.link);
      expect(item.guid['@_isPermaLink']).toBe('true');
      expect(item.description).toBe(story.summary);
      expect(item.pubDate).toMatch(RFC_822);
      expect(Date.parse(item.pubDate)).toBe(story.date.epochMs);
      expect(item.category).toEqual(['政法', ...story.tags]);
      for (const author of story.authors) expect(item['dc:creator']?.['#text']).toContain(author.name);
    }
    expect(items.find((item) => item.title === '为群众追赃挽损两千余万元')?.['dc:creator']?.['#text']).toBe('记者 杨沫 通讯员 杨宇雨');
  });

  it('keeps only the newest 50, newest first, whatever order it is given, and never a draft', () => {
    const stories = manyStories(60, { draftIndex: 59 });
    const shuffled = [...stories].sort((a, b) => a.slug.localeCompare(b.slug));
    const { items: limited } = parseFeed(buildRssFeed(shuffled, content.sections));
    expect(limited).toHaveLength(50);
    // story-59 is the newest but a draft: the feed starts at story-58 and ends at story-9.
    expect(limited.map((item) => item.title)).toEqual(Array.from({ length: 50 }, (_, i) => `第${58 - i}篇稿件`));
    expect(limited.some((item) => item.link.endsWith('/story-59'))).toBe(false);
    for (const item of limited) expect(item.pubDate).toMatch(RFC_822);
  });
});

describe('routes built from content with a draft (query layer in production mode)', () => {
  const draftStory = `---
title: 尚未发布的草稿
date: 2030-01-01
section: law
tags: [草稿专用标签]
authors:
  - name: 王五
    role: 记者
draft: true
---

还没有审核的正文。
`;
  withContentDir(() =>
    makeContent({
      'stories/secret-draft.md': draftStory,
      // An update the day after publication: pages listing the story change with it.
      ...editValid('stories/sample-story.md', 'date: 2022-06-11', 'date: 2022-06-11\nupdated: 2022-06-12T10:00'),
    }),
  );

  it('the fixture really holds a draft', () => {
    const { content: fixture, problems } = loadContent(process.env.CONTENT_DIR!);
    expect(problems).toEqual([]);
    expect(fixture.stories.map((s) => [s.slug, s.draft])).toEqual([
      ['secret-draft', true],
      ['sample-story', false],
    ]);
    expect(fixture.stories[1]?.updated?.iso).toBe('2022-06-12T10:00:00+08:00');
  });

  it('/feed.xml lists the published story only, as RSS', async () => {
    const { GET } = await import('@/app/feed.xml/route');
    const response = GET(new Request('http://localhost/feed.xml'));
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const xml = await response.text();
    const { items } = parseFeed(xml);
    expect(items.map((item) => item.title)).toEqual(['示例稿件']);
    expect(xml).not.toContain('secret-draft');
    expect(xml).not.toContain('尚未发布的草稿');
  });

  it('/sitemap.xml lists every public page with Beijing-time lastmod and no trace of the draft', async () => {
    const { sitemapEntries: sitemap } = await import('@/lib/seo/sitemap');
    const entries = sitemap();
    const byPath = new Map(entries.map((e) => [new URL(e.url).pathname, e.lastModified]));
    for (const e of entries) expect(e.url.startsWith(`${site.url}/`)).toBe(true);
    expect([...byPath.keys()].sort()).toEqual(
      [
        '/',
        '/news/sample-story',
        '/cases',
        '/cases/sample-case',
        '/scams',
        '/scams/sample-type',
        '/sections/law',
        '/sections/livelihood',
        `/tags/${encodeURIComponent('反诈')}`,
        '/archive',
        '/archive/2022/06',
        '/accessibility',
        '/help',
      ].sort(),
    );
    expect(byPath.get('/news/sample-story')).toBe('2022-06-12T10:00:00+08:00');
    expect(byPath.get('/cases/sample-case')).toBe('2022-06-01T00:00:00+08:00');
    expect(byPath.get('/scams/sample-type')).toBe('2022-06-01T00:00:00+08:00');
    expect(byPath.get('/scams')).toBe('2022-06-01T00:00:00+08:00');
    expect(byPath.get('/sections/law')).toBe('2022-06-12T10:00:00+08:00');
    // A section with no stories yet has no date to give.
    expect(byPath.get('/sections/livelihood')).toBeUndefined();
    expect(byPath.get(`/tags/${encodeURIComponent('反诈')}`)).toBe('2022-06-12T10:00:00+08:00');
    expect(byPath.get('/archive/2022/06')).toBe('2022-06-12T10:00:00+08:00');
    expect(byPath.get('/archive')).toBe('2022-06-12T10:00:00+08:00');
    // The home page changes with the newest published record — not with the 2030 draft.
    expect(byPath.get('/')).toBe('2022-06-12T10:00:00+08:00');
    expect(JSON.stringify(entries)).not.toMatch(/secret-draft|2030|%E8%8D%89%E7%A8%BF/);
  });

  it('the story route gives a draft no metadata, and its published neighbour its own', async () => {
    expect(await storyMetadata({ params: Promise.resolve({ slug: 'secret-draft' }) })).toEqual({});
    const published = await storyMetadata({ params: Promise.resolve({ slug: 'sample-story' }) });
    expect(published.title).toBe('示例稿件');
    expect(published.openGraph).toMatchObject({ modifiedTime: '2022-06-12T10:00:00+08:00', section: '政法', tags: ['反诈'] });
  });

  it('/robots.txt allows everything and names the absolute sitemap', async () => {
    const { robotsTxt } = await import('@/lib/seo/robots');
    expect(robotsTxt()).toBe(`User-Agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`);
  });
});

describe('sitemap of long lists', () => {
  const stories = Object.fromEntries(
    Array.from({ length: 21 }, (_, i) => [
      `stories/extra-${i + 1}.md`,
      `---\ntitle: 第${i + 1}篇\ndate: 2022-05-${String(i + 1).padStart(2, '0')}\nsection: livelihood\ntags: [社区]\n---\n\n正文。\n`,
    ]),
  );
  withContentDir(() => makeContent(stories));

  it('lists every /page/N of a section, tag and month, with the list lastmod', async () => {
    const { sitemapEntries: sitemap } = await import('@/lib/seo/sitemap');
    const byPath = new Map(sitemap().map((e) => [new URL(e.url).pathname, e.lastModified]));
    const tag = `/tags/${encodeURIComponent('社区')}`;
    for (const list of ['/sections/livelihood', tag, '/archive/2022/05']) {
      expect(byPath.get(list)).toBe('2022-05-21T00:00:00+08:00');
      expect(byPath.get(`${list}/page/2`)).toBe('2022-05-21T00:00:00+08:00');
      expect(byPath.has(`${list}/page/3`)).toBe(false);
    }
    // 20 a page: the one-story section has no second page.
    expect(byPath.has('/sections/law')).toBe(true);
    expect(byPath.has('/sections/law/page/2')).toBe(false);
  });

  it('dates a sitemap of 300,000 entries (an archive of 100,000 stories and its list pages) by its newest', async () => {
    const { sitemapLastModified } = await import('@/lib/seo/sitemap');
    const entries = Array.from({ length: 300_000 }, (_, i) => ({ url: `/news/s-${i}`, lastModified: fromInstant(Date.UTC(2020, 0, 1) + i * 60_000).iso }));
    entries.push({ url: '/accessibility', lastModified: '' });
    expect(sitemapLastModified(entries)?.getTime()).toBe(Date.UTC(2020, 0, 1) + 299_999 * 60_000);
  });
});

describe('sitemap made in steps', () => {
  const stories = Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [
      `stories/many-${i + 1}.md`,
      `---\ntitle: 第${i + 1}篇\ndate: 2022-04-${String((i % 28) + 1).padStart(2, '0')}\nsection: livelihood\ntags: [社区, 标签${i}]\n---\n\n正文。\n`,
    ]),
  );
  let dir = '';
  withContentDir(() => (dir = makeContent(stories)));

  it('writes the same document in parts as in one go, escaping alike', async () => {
    const { sitemapXml } = await import('@/lib/seo/sitemap');
    const entries = Array.from({ length: 4500 }, (_, i) => ({
      url: `http://localhost:3000/search?q=${i % 7 === 0 ? '<&>"\'' : i}`,
      ...(i % 3 ? { lastModified: fromInstant(Date.UTC(2022, 0, 1) + i * 60_000).iso } : {}),
    }));
    const oneGo = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build({
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      urlset: {
        '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
        url: entries.map((item) => (item.lastModified ? { loc: item.url, lastmod: item.lastModified } : { loc: item.url })),
      },
    });
    expect(sitemapXml(entries)).toBe(oneGo);
  });

  it('starts again when the content changes between steps, so every entry is of one version', async () => {
    const { sitemapEntries, sitemapEntrySteps } = await import('@/lib/seo/sitemap');
    const { reloadContent } = await import('@/lib/content/store');
    const steps = sitemapEntrySteps();
    expect(steps.next().done).toBe(false);
    fs.writeFileSync(path.join(dir, 'stories/published-meanwhile.md'), stories['stories/many-1.md']!.replace('第1篇', '其间发布'));
    expect(reloadContent().status).toBe('published');
    const entries = runNow(steps);
    expect(entries.map((item) => item.url)).toContain(absoluteUrl('/news/published-meanwhile'));
    expect(entries).toEqual(sitemapEntries());
  });
});

describe('sitemap of the seed content', () => {
  withContentDir(() => SEED_CONTENT_DIR);

  it('uses the newest story as lastmod of the home page and of each list page', async () => {
    const { sitemapEntries: sitemap } = await import('@/lib/seo/sitemap');
    const entries = sitemap();
    const byPath = new Map(entries.map((e) => [new URL(e.url).pathname, e.lastModified]));
    for (const story of published) expect(byPath.get(`/news/${story.slug}`)).toBe(story.date.iso);
    for (const tag of new Set(published.flatMap((s) => s.tags))) expect(byPath.has(paths.tag(tag))).toBe(true);
    for (const lastmod of byPath.values()) if (lastmod !== undefined) expect(lastmod).toMatch(BEIJING_ISO);
  });
});
