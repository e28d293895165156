/**
 * Live publishing in the production topology: deploy/start.sh with two instances behind
 * nginx (sharing Next's cache through Redis), on a copy of the content and of the build.
 * A change under CONTENT_DIR shows on each instance and through nginx, and once it shows
 * through nginx no request gets the old page again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { seen, showsEverywhere as showsOn, startStack, type Stack } from './deploy-stack';
import { save, storyFile } from './live-server';

const NGINX_PORT = Number(process.env.PUBLISH_NGINX_PORT || 3195);

let stack: Stack;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  stack = await startStack('deploy-publish', NGINX_PORT);
});

test.afterAll(() => stack?.stop());

const storyPath = () => path.join(stack.contentDir, 'stories', 'deployed-story.md');
const showsEverywhere = (url: string, text: string, expected?: string) => showsOn(stack.all, url, text, expected);

test('a new story shows on every instance and through nginx, and stays', async () => {
  // Warm nginx's cache with the home page as it is now.
  expect((await seen(stack.all, '/', 'deployed-story'))[0]).toBe('200 false');
  save(storyPath(), storyFile({ title: '多实例实时发布的稿件', date: '2024-01-03' }));
  await showsEverywhere('/', '/news/deployed-story');
  await showsEverywhere('/news/deployed-story', '多实例实时发布的稿件');
  await showsEverywhere('/sitemap.xml', '/news/deployed-story<');
});

test('an edit replaces the page everywhere; a deletion makes it 404 everywhere', async () => {
  save(storyPath(), storyFile({ title: '多实例改过的标题', date: '2024-01-03' }));
  await showsEverywhere('/news/deployed-story', '多实例改过的标题');
  await showsEverywhere('/', '多实例改过的标题');
  fs.rmSync(storyPath());
  await showsEverywhere('/news/deployed-story', '多实例', '404 false');
  await showsEverywhere('/', 'deployed-story', '200 false');
});
