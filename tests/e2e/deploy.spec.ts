/**
 * The production topology (deploy/start.sh: nginx in front of server.ts) serves the
 * same pages with the same headers as Next alone: pages kept a few seconds, each with
 * the sealed policy Next sent (its inline scripts by hash), answers to typed queries
 * shared for a few seconds (sealed, so no visitor shares a nonce); identical requests
 * never queue behind each other.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { MISSING_URLS, sharedCacheSeconds } from './not-found-urls';
import { cspConsole, expectOwnScriptsRun, expectSealed } from './page-scripts';

// Set DEPLOY_E2E_PORT when another checkout runs this test on the same machine.
const NGINX_PORT = Number(process.env.DEPLOY_E2E_PORT || 3190);
const NGINX = `http://127.0.0.1:${NGINX_PORT}`;
const HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];

let stack: ChildProcess | undefined;
let output = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-e2e-'));
  stack = spawn('bash', ['deploy/start.sh'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(NGINX_PORT), NEXT_PORT: String(NGINX_PORT + 1), RUN_DIR: runDir },
  });
  stack.stdout?.on('data', (chunk) => (output += chunk));
  stack.stderr?.on('data', (chunk) => (output += chunk));
  const until = Date.now() + 100_000;
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
});

test('a story through nginx is byte for byte what Next sends, with the same security headers', async ({ request }) => {
  const direct = await request.get('/news/telecom-fraud-crackdown');
  const viaNginx = await request.get(`${NGINX}/news/telecom-fraud-crackdown`);
  expect(viaNginx.status()).toBe(200);
  // From Next or nginx's short page cache, never the build's file (live publishing changes pages).
  expect(viaNginx.headers()['x-cache']).not.toBe('PRERENDERED');
  expect(await viaNginx.text()).toBe(await direct.text());
  for (const name of HEADERS) expect(viaNginx.headers()[name], name).toBe(direct.headers()[name]);
  expectSealed('/news/telecom-fraud-crackdown', viaNginx.headers()['content-security-policy'], await viaNginx.text());
  expect(viaNginx.headers()['x-powered-by']).toBeUndefined();
  const gzipped = await request.get(`${NGINX}/news/telecom-fraud-crackdown`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzipped.headers()['content-encoding']).toBe('gzip');
});

test('a search answer is shared from nginx for a few seconds, sealed: no nonce, the page’s inline scripts by hash', async ({ request }) => {
  const url = `${NGINX}/search?q=${encodeURIComponent('公检法')}`;
  const first = await request.get(url);
  const second = await request.get(url);
  expect(first.status()).toBe(200);
  expect(second.headers()['x-cache']).toBe('HIT');
  expect(await second.text()).toBe(await first.text());
  expect(second.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
  expectSealed(url, second.headers()['content-security-policy'], await second.text());
});

test('a page rendered on its first request and kept by nginx carries its sealed policy from the cache', async ({ request }) => {
  const url = `${NGINX}/sections/livelihood/page/2`;
  const first = await request.get(url);
  const second = await request.get(url);
  expect(second.headers()['x-cache']).toBe('HIT');
  expect(second.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
  expectSealed(url, second.headers()['content-security-policy'], await second.text());
});

/** `count` identical GETs at once; each one's status and time to its full answer. */
async function burst(url: string, count: number): Promise<{ status: number; ms: number }[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const started = performance.now();
      const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' }, redirect: 'manual' });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - started };
    }),
  );
}

test('200 identical searches, helper questions and API calls at once through nginx: every one answers within 2 s', async () => {
  test.setTimeout(60_000);
  // Fresh queries, so the burst starts with nothing cached: one render, shared by all.
  const stamp = Date.now().toString(36);
  for (const url of [
    `/search?q=${encodeURIComponent(`冒充公检法${stamp}`)}`,
    `/help?q=${encodeURIComponent(`对方自称公安局${stamp}`)}`,
    `/api/search?q=${stamp}`,
  ]) {
    const answers = await burst(`${NGINX}${url}`, 200);
    expect(
      answers.filter((answer) => answer.status !== 200),
      url,
    ).toEqual([]);
    expect(Math.max(...answers.map((answer) => answer.ms)), url).toBeLessThan(2000);
  }
});

test('identical requests for a missing page at once never queue behind each other', async () => {
  // Never stored, so each one is Next's work (unlike the searches above): 50 keep that work
  // small, while a cache lock would still hold the later ones for seconds each.
  const answers = await burst(`${NGINX}/news/no-such-story-${Date.now().toString(36)}`, 50);
  expect(answers.filter((answer) => answer.status !== 404)).toEqual([]);
  expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(2000);
});

test('spelling variants of a query share one cached answer, and no query is answered with another’s page', async ({ request }) => {
  const stamp = Date.now().toString(36);
  const canonical = `${NGINX}/search?q=${encodeURIComponent(`诈骗${stamp}`)}`;
  // Every spelling is sent to the one canonical address, the only one nginx caches …
  for (const variant of ['\u3000詐騙' + stamp + '\u3000', `诈骗${stamp.toUpperCase()}`, `詐騙${stamp}`]) {
    const redirect = await request.get(`${NGINX}/search?q=${encodeURIComponent(variant)}&utm_source=wechat`, { maxRedirects: 0 });
    expect(redirect.status(), variant).toBe(308);
    expect(`${NGINX}${redirect.headers()['location']}`, variant).toBe(canonical);
  }
  // … which renders once and then answers from the cache.
  expect((await request.get(canonical)).headers()['x-cache']).toBe('MISS');
  expect((await request.get(canonical)).headers()['x-cache']).toBe('HIT');
  // Many different queries at once, each twice: every answer names its own query.
  const queries = Array.from({ length: 40 }, (_, i) => `查询${stamp}${i}`);
  const pages = await Promise.all(
    [...queries, ...queries].map(async (query) => ({ query, html: await (await fetch(`${NGINX}/search?q=${encodeURIComponent(query)}`)).text() })),
  );
  for (const { query, html } of pages) expect(html).toContain(`“${query}”的搜索结果`);
});

test('through nginx a cached page still blocks an injected script (one CSP violation), and its own scripts run', async ({ page }) => {
  const violations = cspConsole(page);
  for (const url of [`${NGINX}/search?q=${encodeURIComponent('公检法')}`, `${NGINX}/news/judicial-aid-for-injured-worker`]) {
    await page.route(url, async (route) => {
      // Asked twice as the browser asks (nginx keeps a variant per Accept-Encoding): the second answer is nginx's copy.
      await route.fetch();
      const response = await route.fetch();
      expect(response.headers()['x-cache'], url).toBe('HIT');
      await route.fulfill({ response, body: (await response.text()).replace('</body>', '<script>window.injected = true</script></body>') });
    });
    const before = violations.length;
    await page.goto(url);
    await expectOwnScriptsRun(page, url);
    await page.getByRole('button', { name: '标准' }).click();
    expect(await page.evaluate(() => 'injected' in window), url).toBe(false);
    await expect.poll(() => violations.length - before, { message: url }).toBe(1);
  }
});

test('through nginx every missing page is the full not-found page, kept at most 60 s', async ({ request }) => {
  for (const url of MISSING_URLS) {
    const response = await request.get(`${NGINX}${url}`);
    expect(response.status(), url).toBe(404);
    const html = await response.text();
    expect(html, url).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/);
    expect(html, url).toContain('<h1>页面没有找到</h1>');
    expect(sharedCacheSeconds(response.headers()['cache-control']), url).toBeLessThanOrEqual(60);
    expect(response.headers()['x-cache'], url).not.toBe('HIT');
  }
});

test.describe('without JavaScript, through nginx', () => {
  test.use({ javaScriptEnabled: false });

  test('the not-found page is readable', async ({ page }) => {
    for (const url of MISSING_URLS) {
      expect((await page.goto(`${NGINX}${url}`))?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { level: 1 }), url).toHaveText('页面没有找到');
    }
  });
});

test('the reader’s settings are never cached: each reader gets the no-script stylesheet of their own cookie', async ({ request }) => {
  for (const cookie of ['reader-mode=elder', '', 'reader-mode=elder; font-size=larger', '']) {
    const response = await request.get(`${NGINX}/noscript.css`, { headers: cookie ? { cookie } : {} });
    expect(response.status()).toBe(200);
    expect(response.headers()['x-cache']).not.toBe('HIT');
    expect(response.headers()['cache-control']).toBe('private, no-cache');
    const css = await response.text();
    if (cookie.includes('elder')) expect(css).toContain('html:root p');
    else expect(css).not.toContain('html:root');
    if (cookie.includes('larger')) expect(css).toContain('html:root:root { font-size: 162.5%; }');
  }
  for (let i = 0; i < 2; i++) {
    const response = await request.get(`${NGINX}/prefs?reader-mode=elder`, { maxRedirects: 0, headers: { referer: `${NGINX}/scams` } });
    expect(response.status()).toBe(303);
    expect(response.headers()['location']).toBe('/scams');
    expect(response.headers()['set-cookie']).toContain('reader-mode=elder');
    expect(response.headers()['x-cache']).not.toBe('HIT');
  }
});

test('other methods are refused, unknown pages are 404, assets are immutable', async ({ request }) => {
  for (const url of ['/news/telecom-fraud-crackdown', '/search?q=x']) {
    const response = await request.fetch(`${NGINX}${url}`, { method: 'POST', data: 'x=1' });
    expect(response.status(), url).toBe(405);
  }
  expect((await request.get(`${NGINX}/news/no-such-story`)).status()).toBe(404);
  const html = await (await request.get(`${NGINX}/`)).text();
  const asset = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  expect(asset).toBeDefined();
  const response = await request.get(`${NGINX}${asset}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
