/**
 * The editors' preview: `next dev` on a copy of the content. Editing a file
 * reloads the page; breaking one shows its errors in the page while the other
 * pages keep working; drafts show with a 草稿 marker.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';

const PORT = Number(process.env.PREVIEW_PORT || 3150);
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;
let contentDir = '';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/dev/content-version`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('next dev did not start');
}

test.beforeAll(async () => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-content-'));
  fs.cpSync(SEED_CONTENT_DIR, contentDir, { recursive: true });
  server = spawn('node_modules/.bin/next', ['dev', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: '.next-preview', NODE_ENV: 'development' },
    stdio: 'ignore',
    detached: true,
  });
  await waitForServer();
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  fs.rmSync(contentDir, { recursive: true, force: true });
});

const storyFile = (slug = 'judicial-aid-for-injured-worker') => path.join(contentDir, 'stories', `${slug}.md`);

/** The page has loaded its content version: from now on, a change reloads it. */
async function watching(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-content-version', /.+/, { timeout: 60_000 });
}

/** Open `url` again until `shown` passes: a new file reaches the pages within seconds. */
async function reloadUntil(page: Page, url: string, shown: () => Promise<void>) {
  await expect(async () => {
    await page.goto(url);
    await shown();
  }).toPass({ timeout: 60_000 });
}

test('editing a content file reloads the page with the change', async ({ page }) => {
  await page.goto(`${BASE}/news/judicial-aid-for-injured-worker`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('受伤瘫痪农民工收到司法救助金');
  await watching(page);
  const text = fs.readFileSync(storyFile(), 'utf8');
  fs.writeFileSync(storyFile(), text.replace(/^title: .*$/m, 'title: "预览：标题已修改"'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('预览：标题已修改', { timeout: 60_000 });
});

test('a broken file shows its errors in the page, and other pages keep working', async ({ page }) => {
  await page.goto(`${BASE}/news/judicial-aid-for-injured-worker`);
  await watching(page);
  const text = fs.readFileSync(storyFile(), 'utf8');
  fs.writeFileSync(storyFile(), text.replace(/^title: /m, 'tittle: '));
  const panel = page.locator('.dev-problems');
  await expect(panel).toBeVisible({ timeout: 60_000 });
  await expect(panel).toContainText('stories/judicial-aid-for-injured-worker.md:2');
  await expect(panel).toContainText('tittle');
  await expect(panel).toContainText('是不是想写 title');
  const other = await page.goto(`${BASE}/news/telecom-fraud-crackdown`);
  expect(other?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('为群众追赃挽损两千余万元');
  await expect(page.locator('.dev-problems')).toContainText('tittle');
});

test('drafts are previewed with a visible 草稿 marker', async ({ page }) => {
  fs.writeFileSync(storyFile('preview-draft'), '---\ntitle: 预览中的草稿\ndate: 2022-06-12\nsection: law\ndraft: true\n---\n\n草稿正文。\n');
  await reloadUntil(page, `${BASE}/news/preview-draft`, () =>
    expect(page.getByRole('heading', { level: 1 })).toContainText('预览中的草稿', { timeout: 2_000 }),
  );
  await expect(page.locator('h1 .draft-badge')).toHaveText('草稿');
});

test('scheduled stories are previewed with a 定时 marker giving their Beijing time', async ({ page }) => {
  fs.writeFileSync(storyFile('preview-scheduled'), '---\ntitle: 预览中的定时稿件\ndate: "2999-03-01T08:00"\nsection: law\n---\n\n定时稿件正文。\n');
  await reloadUntil(page, `${BASE}/`, () => expect(page.getByRole('link', { name: '预览中的定时稿件' }).first()).toBeVisible({ timeout: 2_000 }));
  await page.goto(`${BASE}/news/preview-scheduled`);
  await expect(page.locator('h1 .draft-badge')).toHaveText('定时 2999年3月1日 08:00');
});
