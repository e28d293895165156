import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { loadContent } from '../../lib/content/load';
import { absoluteUrl } from '../../lib/site/config';
import { paths } from '../../lib/site/urls';
import { content, published } from './content';
import { FIXTURE } from './fixture-content';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

// The server was built from the same content (CONTENT_DIR) and SITE_URL as this
// process sees, so absoluteUrl() here gives exactly the URLs the server printed.
const stories = published(content.stories);
/** The stories of the frozen seed content, which the e2e content includes. */
const seedStories = published(loadContent(SEED_CONTENT_DIR).content.stories);

/** Texts that would betray a draft: its address, title or a tag only a draft uses. */
const draftTraces = [
  ...[...content.stories, ...content.cases].filter((r) => r.draft).flatMap((r) => [`/${r.slug}<`, r.title]),
  `/${FIXTURE.draftStory}<`,
  `/${FIXTURE.draftCase}<`,
  FIXTURE.draftTitle,
  encodeURIComponent('草稿专用标签'),
];

const RFC_822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const SITEMAP_XSD = path.join(process.cwd(), 'tests/fixtures/sitemap-0.9.xsd');

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'url' || name === 'category',
});

/** What the tests read of parser.parse(feed.xml) and parser.parse(sitemap.xml) */
interface ParsedFeed {
  rss: {
    '@_version': string;
    channel: { language: string; item?: { title: string; link: string; guid: { '#text': string }; pubDate: string }[] };
  };
}
interface ParsedSitemap {
  urlset: { url: { loc: string; lastmod?: string }[] };
}

function expectAbsolute(url: string) {
  expect(url.startsWith(absoluteUrl('/')), `${url} should be absolute on ${absoluteUrl('/')}`).toBe(true);
}

/** Every JSON-LD node on the page, whether given one per script, as a list or as @graph. */
async function jsonLdNodes(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const flatten = (value: unknown): Record<string, unknown>[] => {
    if (Array.isArray(value)) return value.flatMap(flatten);
    if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>;
      return node['@graph'] ? flatten(node['@graph']) : [node];
    }
    return [];
  };
  return texts.flatMap((text) => flatten(JSON.parse(text)));
}

test('feed.xml is RSS 2.0 with every published story, newest first, absolute links and no draft', async ({ request }) => {
  const response = await request.get(paths.feed());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const xml = await response.text();
  const { rss } = parser.parse(xml) as ParsedFeed;
  expect(rss['@_version']).toBe('2.0');
  expect(rss.channel.language).toBe('zh-CN');
  const items = rss.channel.item ?? [];

  expect(items.length).toBeLessThanOrEqual(50);
  expect(items.map((item) => item.link)).toEqual(stories.slice(0, 50).map((story) => absoluteUrl(paths.story(story.slug))));
  for (const story of seedStories) expect(items.map((item) => item.link)).toContain(absoluteUrl(paths.story(story.slug)));
  for (const item of items) {
    expectAbsolute(item.link);
    expect(item.guid['#text']).toBe(item.link);
    expect(item.pubDate).toMatch(RFC_822);
  }
  const times = items.map((item) => Date.parse(item.pubDate));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  for (const trace of draftTraces) expect(xml).not.toContain(trace);
});

test('sitemap.xml lists every published page with absolute URLs and lastmod, no draft, and is schema-valid', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();

  // Validate exactly what the server sent against the sitemaps.org 0.9 schema.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-')), 'sitemap.xml');
  fs.writeFileSync(file, xml);
  const lint = spawnSync('xmllint', ['--noout', '--schema', SITEMAP_XSD, file], { encoding: 'utf8' });
  expect(lint.error, 'xmllint must be installed').toBeUndefined();
  expect(lint.stderr).toContain('validates');
  expect(lint.status, lint.stderr).toBe(0);

  const urls = (parser.parse(xml) as ParsedSitemap).urlset.url;
  const lastmodOf = new Map(urls.map((url) => [url.loc, url.lastmod]));
  for (const url of urls) expectAbsolute(url.loc);
  expect(lastmodOf.size).toBe(urls.length);

  for (const story of [...seedStories, ...stories]) {
    expect(lastmodOf.get(absoluteUrl(paths.story(story.slug)))).toBe((story.updated ?? story.date).iso);
  }
  for (const fraudCase of published(content.cases)) expect(lastmodOf.has(absoluteUrl(paths.fraudCase(fraudCase.slug)))).toBe(true);
  for (const scamType of content.scamTypes) expect(lastmodOf.has(absoluteUrl(paths.scamType(scamType.slug)))).toBe(true);
  for (const tag of new Set(stories.flatMap((story) => story.tags))) expect(lastmodOf.has(absoluteUrl(paths.tag(tag)))).toBe(true);
  for (const section of content.sections) expect(lastmodOf.has(absoluteUrl(paths.section(section.slug)))).toBe(true);
  for (const month of new Set(stories.map((story) => story.date.day.slice(0, 7)))) {
    const [year, monthNumber] = month.split('-').map(Number) as [number, number];
    expect(lastmodOf.has(absoluteUrl(paths.archiveMonth(year, monthNumber)))).toBe(true);
  }
  expect(lastmodOf.has(absoluteUrl(paths.scamTypes()))).toBe(true);
  expect(lastmodOf.has(absoluteUrl(paths.cases()))).toBe(true);
  for (const situation of content.situations) expect(lastmodOf.has(absoluteUrl(paths.situation(situation.slug)))).toBe(true);
  expect(lastmodOf.get(absoluteUrl(paths.home()))).toMatch(/\+08:00$/);

  for (const trace of draftTraces) expect(xml).not.toContain(trace);
});

test('every page the sitemap lists answers 200', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = (parser.parse(xml) as ParsedSitemap).urlset.url.map((url) => new URL(url.loc));
  expect(locs.length).toBeGreaterThan(0);
  const broken: string[] = [];
  for (const loc of locs) {
    const response = await request.get(loc.pathname + loc.search, { maxRedirects: 0 });
    if (response.status() !== 200) broken.push(`${response.status()} ${decodeURIComponent(loc.pathname)}`);
  }
  expect(broken).toEqual([]);
});

test('robots.txt allows crawling and names the absolute sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((line) => line.trim());
  expect(lines).toContain('User-Agent: *');
  expect(lines).toContain('Allow: /');
  expect(lines).not.toContain('Disallow: /');
  expect(lines).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
});

// Crawlers read the HTML the server sends; with JavaScript on, hydration could
// re-create head tags from the React payload and hide a missing one.
test.describe('in the HTML as served', () => {
  test.use({ javaScriptEnabled: false });

  for (const pagePath of [paths.home(), paths.story('telecom-fraud-crackdown')]) {
    test(`${pagePath} advertises the RSS feed with <link rel="alternate">`, async ({ page }) => {
      await page.goto(pagePath);
      const feedLink = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
      await expect(feedLink).toHaveCount(1);
      await expect(feedLink).toHaveAttribute('href', absoluteUrl(paths.feed()));
    });
  }

  test('story pages carry NewsArticle and BreadcrumbList JSON-LD', async ({ page }) => {
    const story = stories.find((s) => s.slug === 'telecom-fraud-crackdown');
    if (!story) throw new Error('seed story telecom-fraud-crackdown is missing');
    const storyUrl = absoluteUrl(paths.story(story.slug));
    await page.goto(paths.story(story.slug));
    const nodes = await jsonLdNodes(page);

    const article = nodes.find((node) => node['@type'] === 'NewsArticle');
    expect(article, 'a NewsArticle node').toBeDefined();
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: '为群众追赃挽损两千余万元',
      description: story.summary,
      datePublished: '2022-06-11T00:00:00+08:00',
      dateModified: (story.updated ?? story.date).iso,
      author: [
        { '@type': 'Person', name: '杨沫', jobTitle: '记者' },
        { '@type': 'Person', name: '杨宇雨', jobTitle: '通讯员' },
      ],
      publisher: { '@type': 'NewsMediaOrganization', url: absoluteUrl('/') },
      articleSection: '政法',
      keywords: story.tags,
      inLanguage: 'zh-CN',
      url: storyUrl,
    });
    const mainEntity = article?.mainEntityOfPage;
    expect(typeof mainEntity === 'string' ? mainEntity : (mainEntity as { '@id'?: string } | undefined)?.['@id']).toBe(storyUrl);
    expect(String(article?.dateModified)).toMatch(/\+08:00$/);

    const breadcrumb = nodes.find((node) => node['@type'] === 'BreadcrumbList');
    expect(breadcrumb, 'a BreadcrumbList node').toBeDefined();
    const trail = breadcrumb?.itemListElement as { '@type': string; position: number; name: string; item: string }[];
    expect(trail.length).toBeGreaterThanOrEqual(2);
    expect(trail.map((item) => item.position)).toEqual(trail.map((_, index) => index + 1));
    for (const item of trail) {
      expect(item['@type']).toBe('ListItem');
      expectAbsolute(item.item);
    }
    expect(trail[0]?.item).toBe(absoluteUrl(paths.home()));
    expect(trail.at(-1)?.item).toBe(storyUrl);
  });

  test('the home page carries WebSite JSON-LD with a SearchAction', async ({ page }) => {
    await page.goto(paths.home());
    const website = (await jsonLdNodes(page)).find((node) => node['@type'] === 'WebSite');
    expect(website, 'a WebSite node').toBeDefined();
    expect(website).toMatchObject({
      name: '市报新闻网',
      url: absoluteUrl(paths.home()),
      inLanguage: 'zh-CN',
      potentialAction: {
        '@type': 'SearchAction',
        target: `${absoluteUrl(paths.search())}?q={search_term_string}`,
        'query-input': 'required name=search_term_string',
      },
    });
  });
});
