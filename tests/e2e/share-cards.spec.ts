import { expect, test, type APIRequestContext } from '@playwright/test';
import { imageSize } from 'image-size';
import { site } from '../../lib/site/config';
import { pagedPath, paths } from '../../lib/site/urls';
import { validateStructuredData } from '../helpers/structured-data';
import { content, published } from './content';
import { FIXTURE } from './fixture-content';

const story = published(content.stories)[0]!;
const fraudCase = published(content.cases)[0]!;
const scamType = content.scamTypes[0]!;

/** One page of every kind the site has. */
const ROUTES: Record<string, string> = {
  home: paths.home(),
  story: paths.story(story.slug),
  case: paths.fraudCase(fraudCase.slug),
  'scam type': paths.scamType(scamType.slug),
  'scam types': paths.scamTypes(),
  section: paths.section(FIXTURE.pagedSection),
  'section, page 2': pagedPath(paths.section(FIXTURE.pagedSection), 2),
  tag: paths.tag(FIXTURE.pagedTag),
  archive: paths.archive(),
  month: paths.archiveMonth(FIXTURE.pagedMonth.year, FIXTURE.pagedMonth.month),
  search: paths.search('冒充公检法'),
  help: paths.help(),
  'not found': '/news/no-such-story',
};

const MAX_BYTES = 100 * 1024;

/** The value of every <meta> with this property or name, in page order. */
function metaValues(html: string, key: string): string[] {
  const values: string[] = [];
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    if (tag.includes(`property="${key}"`) || tag.includes(`name="${key}"`)) {
      const value = /content="([^"]*)"/.exec(tag)?.[1];
      if (value !== undefined) values.push(value.replace(/&amp;/g, '&'));
    }
  }
  return values;
}

/** Fetches a site URL (printed absolute with SITE_URL) from the server under test and reads its PNG header. */
async function fetchPng(request: APIRequestContext, url: string) {
  const { pathname, search } = new URL(url, site.url);
  const response = await request.get(pathname + search);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const body = await response.body();
  const { type, width, height } = imageSize(new Uint8Array(body));
  return { type, width, height, bytes: body.length };
}

for (const [kind, path] of Object.entries(ROUTES)) {
  test(`${kind} (${path}) has an og:image that answers 200 with a 1200×630 PNG, and a large Twitter card`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const [image, ...more] = metaValues(html, 'og:image');
    expect(image, 'og:image').toBeDefined();
    expect(more).toEqual([]);
    expect(metaValues(html, 'og:image:width')).toEqual(['1200']);
    expect(metaValues(html, 'og:image:height')).toEqual(['630']);
    expect(metaValues(html, 'og:image:alt')[0]?.length).toBeGreaterThan(0);
    expect(metaValues(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaValues(html, 'twitter:image')).toEqual([image]);
    const png = await fetchPng(request, image!);
    expect(png).toMatchObject({ type: 'png', width: 1200, height: 630 });
    expect(png.bytes).toBeLessThanOrEqual(MAX_BYTES);
  });
}

test('a page’s card is its own: the story’s card sits beside the story', async ({ request }) => {
  const html = await (await request.get(paths.story(story.slug))).text();
  expect(new URL(metaValues(html, 'og:image')[0]!).pathname).toBe(paths.shareCard(paths.story(story.slug)));
  expect(metaValues(html, 'og:image:alt')[0]).toContain(story.title);
});

test('a case offers its large-print family card: shown with alt text, downloadable, 1080×1350', async ({ page, request }) => {
  await page.goto(paths.fraudCase(fraudCase.slug));
  const section = page.getByRole('region', { name: '转给家人看' });
  await expect(section).toBeVisible();
  const image = section.getByRole('img');
  const alt = (await image.getAttribute('alt')) ?? '';
  expect(alt).toContain(fraudCase.title);
  expect(alt).toContain(site.hotline.number);
  const link = section.getByRole('link', { name: /下载/ });
  expect(await link.getAttribute('download')).toMatch(/\.png$/);
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toBe(await image.getAttribute('src'));
  const png = await fetchPng(request, href);
  expect(png).toMatchObject({ type: 'png', width: 1080, height: 1350 });
  expect(png.bytes).toBeLessThanOrEqual(MAX_BYTES);

  // The link really downloads the file.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/转给家人看\.png$/);
});

const STRUCTURED: Record<string, { path: string; schema: string }> = {
  story: { path: paths.story(story.slug), schema: 'NewsArticle' },
  case: { path: paths.fraudCase(fraudCase.slug), schema: 'Article' },
  'scam type': { path: paths.scamType(scamType.slug), schema: 'WebPage' },
};

for (const [kind, { path, schema }] of Object.entries(STRUCTURED)) {
  test(`the ${kind} page passes the structured-data validator (${schema}, Google, Open Graph, Twitter)`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const result = await validateStructuredData(html);
    expect(result.schemas).toContain(schema);
    expect(result.failed).toEqual([]);
  });
}

test('every image the structured data names answers with a PNG, the publisher logo at its declared size', async ({ request }) => {
  const html = await (await request.get(paths.fraudCase(fraudCase.slug))).text();
  const nodes = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(([, json]) => JSON.parse(json!) as Record<string, unknown>);
  const article = nodes.find((node) => node['@type'] === 'Article');
  expect(article).toBeDefined();
  const images = article!.image as string[];
  expect(images.length).toBe(2);
  expect(await fetchPng(request, images[0]!)).toMatchObject({ width: 1200, height: 630 });
  expect(await fetchPng(request, images[1]!)).toMatchObject({ width: 1080, height: 1350 });
  const logo = (article!.publisher as { logo: { url: string } }).logo.url;
  expect(await fetchPng(request, logo)).toMatchObject({ width: site.publisher.logo.width, height: site.publisher.logo.height });
});

test('a share image for a page that does not exist answers 404', async ({ request }) => {
  expect((await request.get(paths.shareCard(paths.story('no-such-story')))).status()).toBe(404);
  expect((await request.get(paths.familyCard('no-such-case'))).status()).toBe(404);
});
