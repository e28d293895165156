import { expect, test, type Locator } from '@playwright/test';
import { FIXTURE } from './fixture-content';

async function expectAttributes(element: Locator, attributes: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(attributes)) await expect(element).toHaveAttribute(name, value);
}

test('a lead image is optimized, sized, captioned and in the structured data after the share card', async ({ page, request }) => {
  await page.goto(`/news/${FIXTURE.illustratedStory}`);
  const lead = page.locator('.lead-image img');
  await expectAttributes(lead, { alt: '社区服务中心外景', width: '960', height: '540' });
  // next/image: served through the optimizer, not as the original file.
  expect(await lead.getAttribute('src')).toMatch(/^\/_next\/image\?url=%2Fmedia%2F/);
  await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('.lead-image figcaption')).toHaveText('社区服务中心（本报记者 摄）');
  // The link preview shows the story's share card (tests/e2e/share-cards.spec.ts); the photo follows it in the NewsArticle.
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  const images = jsonLd.map((text) => JSON.parse(text) as { '@type': string; image?: string[] }).find((data) => data['@type'] === 'NewsArticle')?.image ?? [];
  expect(images).toHaveLength(2);
  expect(images[0]).toBe(ogImage);
  expect(images[1]).toMatch(/^https?:\/\/[^/]+\/media\/[0-9a-f]{10}\/images\/community-hall\.jpg$/);
  const original = await request.get(new URL(images[1]!).pathname);
  expect(original.status()).toBe(200);
  expect(original.headers()['content-type']).toBe('image/jpeg');
  expect(original.headers()['cache-control']).toContain('immutable');
});

test('a body image is lazy, sized and offered in optimized widths', async ({ page, request }) => {
  await page.goto(`/news/${FIXTURE.illustratedStory}`);
  const body = page.locator('.story-body img');
  await expectAttributes(body, { loading: 'lazy', alt: '居民在社区服务中心排队咨询', width: '960' });
  const srcset = await body.getAttribute('srcset');
  const first = srcset!.split(',')[0]!.trim().split(' ')[0]!;
  const optimized = await request.get(first);
  expect(optimized.status()).toBe(200);
  expect(optimized.headers()['content-type']).toMatch(/^image\//);
});

test('only images the content refers to are served', async ({ request }) => {
  for (const url of ['/media/0000000000/images/community-hall.jpg', '/media/x/../../package.json', '/media/%2e%2e/%2e%2e/package.json']) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});
