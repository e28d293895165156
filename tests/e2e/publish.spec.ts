/**
 * Live publishing against a production server (server.ts, as `npm start` runs it) of its own, on a copy of
 * the content: a story written, edited and deleted under CONTENT_DIR shows (or stops
 * showing) on its page, the home page, search and /api/search, the sitemap and the
 * feed, with no rebuild or restart; a scheduled story is 404 and absent until its time;
 * an invalid file leaves the last good content in place and is logged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { beijingIn, save, startServer, storyFile, type LiveServer } from './live-server';

const PORT = Number(process.env.PUBLISH_PORT || 3160);
let server: LiveServer;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startServer(PORT, 'publish');
});
test.afterAll(() => server?.stop());

const storyPath = (slug: string) => path.join(server.contentDir, 'stories', `${slug}.md`);

async function text(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${server.url}${url}`);
  return { status: response.status, body: await response.text() };
}

/** Every place a new story shows: its page, home, search page and API, sitemap, feed. */
async function placesShowing(slug: string, title: string): Promise<string[]> {
  const query = encodeURIComponent(title);
  const checks: [string, (page: { status: number; body: string }) => boolean][] = [
    [`/news/${slug}`, (page) => page.status === 200 && page.body.includes(title)],
    ['/', (page) => page.body.includes(`/news/${slug}`) && page.body.includes(title)],
    [`/search?q=${query}`, (page) => page.body.includes(`/news/${slug}`)],
    [`/api/search?q=${query}`, (page) => page.body.includes(`/news/${slug}`)],
    ['/sitemap.xml', (page) => page.body.includes(`/news/${slug}<`)],
    ['/feed.xml', (page) => page.body.includes(`/news/${slug}<`) && page.body.includes(title)],
  ];
  const showing: string[] = [];
  for (const [url, shows] of checks) if (shows(await text(url))) showing.push(url.split('?')[0]!);
  return showing;
}

const EVERY_PLACE = ['/news/', '/', '/search', '/api/search', '/sitemap.xml', '/feed.xml'];
const everywhere = (slug: string) => EVERY_PLACE.map((place) => (place === '/news/' ? `/news/${slug}` : place));

test('a new story shows on its page, the home page, search, the sitemap and the feed', async () => {
  expect(await placesShowing('live-story', '实时发布的新稿件')).toEqual([]);
  save(storyPath('live-story'), storyFile({ title: '实时发布的新稿件', date: '2024-01-02' }));
  await expect.poll(() => placesShowing('live-story', '实时发布的新稿件'), { timeout: 30_000 }).toEqual(everywhere('live-story'));
});

test('an edit replaces the story everywhere', async () => {
  save(storyPath('live-story'), storyFile({ title: '改过标题的实时稿件', date: '2024-01-02' }));
  await expect.poll(() => placesShowing('live-story', '改过标题的实时稿件'), { timeout: 30_000 }).toEqual(everywhere('live-story'));
  expect((await text('/')).body).not.toContain('实时发布的新稿件');
});

test('a deleted story answers 404 and is gone from every list', async () => {
  fs.rmSync(storyPath('live-story'));
  await expect.poll(async () => (await text('/news/live-story')).status, { timeout: 30_000 }).toBe(404);
  expect(await placesShowing('live-story', '改过标题的实时稿件')).toEqual([]);
});

/** How many times the server has applied a change. */
const applied = () => server.output().split('内容已更新').length - 1;

test('a new story’s own image is served with it', async () => {
  fs.copyFileSync(path.join(process.cwd(), 'tests/fixtures/images/community-hall.jpg'), path.join(server.contentDir, 'images', 'live-photo.jpg'));
  const story = storyFile({ title: '带新图片的实时稿件', date: '2024-01-04' }).replace(
    'section: law',
    'section: law\nimage:\n  src: ../images/live-photo.jpg\n  alt: 新图片',
  );
  save(storyPath('live-image-story'), story);
  await expect.poll(async () => (await text('/news/live-image-story')).status, { timeout: 30_000 }).toBe(200);
  const media = /\/media\/[0-9a-f]{10}\/images\/live-photo\.jpg/.exec((await text('/news/live-image-story')).body)?.[0];
  expect(media).toBeDefined();
  const image = await fetch(`${server.url}${media}`);
  expect(image.status).toBe(200);
  expect(image.headers.get('content-type')).toBe('image/jpeg');
});

test('a scheduled story is 404 and absent before its time, and everywhere after it', async () => {
  const before = applied();
  save(storyPath('scheduled-story'), storyFile({ title: '到点发布的定时稿件', date: beijingIn(20_000) }));
  // The server has read the file: it is there, only not yet public.
  await expect.poll(applied, { timeout: 30_000 }).toBe(before + 1);
  expect((await text('/news/scheduled-story')).status).toBe(404);
  expect(await placesShowing('scheduled-story', '到点发布的定时稿件')).toEqual([]);
  await expect
    .poll(() => placesShowing('scheduled-story', '到点发布的定时稿件'), { timeout: 80_000, intervals: [1000] })
    .toEqual(everywhere('scheduled-story'));
});

test('an invalid file is not published: the last good content stays, the problem is logged', async () => {
  const file = path.join(server.contentDir, 'stories', 'telecom-fraud-crackdown.md');
  const original = fs.readFileSync(file, 'utf8');
  save(file, original.replace(/^title: .*$/m, 'tittle: "不该出现的标题"'));
  await expect.poll(() => server.output(), { timeout: 30_000 }).toMatch(/stories\/telecom-fraud-crackdown\.md:2 → tittle：/);
  const page = await text('/news/telecom-fraud-crackdown');
  expect(page.status).toBe(200);
  expect(page.body).toContain('为群众追赃挽损两千余万元');
  expect((await text('/')).body).not.toContain('不该出现的标题');
  save(file, original.replace('为群众追赃挽损两千余万元', '改正后的标题'));
  await expect.poll(async () => (await text('/news/telecom-fraud-crackdown')).body, { timeout: 30_000 }).toContain('改正后的标题');
});
