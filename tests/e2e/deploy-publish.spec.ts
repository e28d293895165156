/**
 * Live publishing in the production topology: deploy/start.sh with two instances behind
 * nginx, on a copy of the content and of the build. A change under CONTENT_DIR shows on
 * each instance and through nginx, and once it shows through nginx no request gets the
 * old page again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { copyBuild, copyContent, save, storyFile } from './live-server';

const NGINX_PORT = Number(process.env.PUBLISH_NGINX_PORT || 3195);
const NGINX = `http://127.0.0.1:${NGINX_PORT}`;
const INSTANCES = [NGINX_PORT + 1, NGINX_PORT + 2].map((port) => `http://127.0.0.1:${port}`);
const ALL = [NGINX, ...INSTANCES];

let stack: ChildProcess | undefined;
let output = '';
let contentDir = '';
let distDir = '';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  contentDir = copyContent();
  distDir = copyBuild('deploy-publish');
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-publish-'));
  stack = spawn('bash', ['deploy/start.sh'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(NGINX_PORT),
      NEXT_PORT: String(NGINX_PORT + 1),
      NEXT_INSTANCES: '2',
      RUN_DIR: runDir,
      CONTENT_DIR: contentDir,
      NEXT_DIST_DIR: distDir,
    },
  });
  stack.stdout?.on('data', (chunk) => (output += chunk));
  stack.stderr?.on('data', (chunk) => (output += chunk));
  const until = Date.now() + 150_000;
  for (;;) {
    try {
      if ((await fetch(`${NGINX}/robots.txt`)).ok) break;
    } catch {
      // not up yet
    }
    if (stack.exitCode !== null || Date.now() > until) throw new Error(`deploy/start.sh did not come up:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(() => {
  if (stack?.pid) process.kill(-stack.pid, 'SIGTERM');
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.rmSync(distDir, { recursive: true, force: true });
});

const storyPath = () => path.join(contentDir, 'stories', 'deployed-story.md');

/** Status and whether the body contains `text`, from nginx and each instance. */
async function seen(url: string, text: string): Promise<string[]> {
  return Promise.all(
    ALL.map(async (base) => {
      const response = await fetch(`${base}${url}`);
      const body = await response.text();
      return `${response.status} ${body.includes(text)}`;
    }),
  );
}

/** The change shows on nginx and every instance, and from then on no request gets the old page. */
async function showsEverywhere(url: string, text: string, expected = '200 true'): Promise<void> {
  await expect.poll(() => seen(url, text), { timeout: 30_000 }).toEqual(ALL.map(() => expected));
  for (let i = 0; i < 20; i++) expect(await seen(url, text)).toEqual(ALL.map(() => expected));
}

test('a new story shows on every instance and through nginx, and stays', async () => {
  // Warm nginx's cache with the home page as it is now.
  expect((await seen('/', 'deployed-story'))[0]).toBe('200 false');
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
