import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { absoluteUrl } from '../../lib/site/config';
import { SEED_CONTENT_DIR } from '../helpers/seed-content';
import { E2E_DIST_DIR, FIXTURE } from './fixture-content';
import { cspConsole, expectOwnScriptsRun, expectSealed, scriptSrc } from './page-scripts';

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options'];

async function firstStaticAsset(request: import('@playwright/test').APIRequestContext): Promise<string> {
  const html = await (await request.get('/')).text();
  const src = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  expect(src).toBeDefined();
  return src!;
}

test('every kind of response carries the security headers and no X-Powered-By', async ({ request }) => {
  const urls = [
    '/',
    '/news/telecom-fraud-crackdown',
    '/no/such/page',
    '/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/help?q=x',
    await firstStaticAsset(request),
  ];
  for (const url of urls) {
    const response = await request.get(url);
    const headers = response.headers();
    for (const name of SECURITY_HEADERS) expect(headers[name], `${name} on ${url}`).toBeTruthy();
    expect(headers['x-powered-by'], url).toBeUndefined();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
  }
});

/** A list page the build does not prerender (only first pages are). */
const FIRST_REQUEST_LIST = `/tags/${encodeURIComponent(FIXTURE.pagedTag)}/page/3`;

/** Every kind of HTML page: static ones (prerendered, rendered on first request, dynamic, 404) and the nonce pages that echo input. */
const PAGES = [
  '/',
  '/news/telecom-fraud-crackdown',
  '/cases/credit-record-bait',
  '/scams/fake-loan',
  '/help/verification-code-given',
  '/archive/2021/03/page/2',
  '/cases?outcome=prevented',
  '/no/such/page',
  // Paths that only start like the nonce pages are static (here: not found).
  '/searchlight',
  '/helpers',
  '/search?q=%3Cscript%3E',
  '/search?q=%E5%85%AC%E6%A3%80%E6%B3%95',
  '/help',
  '/help?q=%E8%87%AA%E7%A7%B0%E5%85%AC%E5%AE%89',
];

/** One page of each kind, for the browser. */
const BROWSED_PAGES = [
  '/',
  '/news/telecom-fraud-crackdown',
  '/cases/credit-record-bait',
  '/scams/fake-loan',
  '/archive/2021/03/page/2',
  '/no/such/page',
  '/search?q=%E5%85%AC%E6%A3%80%E6%B3%95',
  '/help',
];

test('every page leaves sealed: each inline script allowed by the hash of its text, nothing else inline, no nonce', async ({ request }) => {
  for (const url of PAGES) {
    const response = await request.get(url);
    expectSealed(url, response.headers()['content-security-policy'], await response.text());
  }
  // A page the build did not prerender: rendered on its first request, then answered from Next's cache with the same policy.
  const distDir = process.env.NEXT_DIST_DIR || E2E_DIST_DIR;
  expect(fs.existsSync(path.join(distDir, 'server/app/tags', FIXTURE.pagedTag, 'page/3.html'))).toBe(false);
  expect(fs.existsSync(path.join(distDir, 'server/app/tags', `${FIXTURE.pagedTag}.html`))).toBe(true);
  const first = await request.get(FIRST_REQUEST_LIST);
  const again = await request.get(FIRST_REQUEST_LIST);
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expectSealed(FIRST_REQUEST_LIST, first.headers()['content-security-policy'], await first.text());
  expect(again.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
  expect(await again.text()).toBe(await first.text());
});

test('answers that are not HTML pages allow no inline script at all', async ({ request }) => {
  for (const url of ['/api/search?q=x', '/feed.xml', '/sitemap.xml', '/robots.txt', '/manifest.webmanifest']) {
    expect(scriptSrc((await request.get(url)).headers()['content-security-policy'] ?? ''), url).toBe("'self'");
  }
  expect(scriptSrc((await request.post('/', { data: 'x=1' })).headers()['content-security-policy'] ?? '')).toBe("'self'");
});

test('under the sealed policy the browser blocks nothing: each page’s own scripts run', async ({ page }) => {
  const violations = cspConsole(page);
  for (const url of BROWSED_PAGES) {
    await page.goto(url);
    await expectOwnScriptsRun(page, url);
    await page.getByRole('button', { name: '标准' }).click();
  }
  // The boot script (allowed by its hash) applies a remembered size before paint.
  await page.getByRole('button', { name: '特大' }).click();
  await page.goto('/search?q=x');
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'larger');
  expect(violations).toEqual([]);
});

test('the sealed policy blocks a script injected into any page (one CSP violation each), while the page’s own scripts run', async ({ page }) => {
  test.setTimeout(60_000);
  const violations = cspConsole(page);
  // Stand in for an injection bug: the server's answer with an inline script added (on search, also one guessing a nonce).
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const scripts = route.request().url().includes('/search?')
      ? '<script>window.injected = true</script><script nonce="guess">window.guessed = true</script>'
      : '<script>window.injected = true</script>';
    await route.fulfill({ response, body: (await response.text()).replace('</body>', `${scripts}</body>`) });
  });
  for (const url of BROWSED_PAGES) {
    const before = violations.length;
    await page.goto(url);
    await expectOwnScriptsRun(page, url);
    await page.getByRole('button', { name: '标准' }).click();
    expect(await page.evaluate(() => ({ injected: 'injected' in window, guessed: 'guessed' in window })), url).toEqual({ injected: false, guessed: false });
    await expect.poll(() => violations.length - before, { message: url }).toBe(url.startsWith('/search?') ? 2 : 1);
  }
});

test('queries that differ only in spacing, full-width or traditional characters go to one canonical address', async ({ request }) => {
  for (const [sent, canonical] of [
    [`/search?q=${encodeURIComponent('　詐騙 　ＡＰＰ ')}`, '/search?q=%E8%AF%88%E9%AA%97+app'],
    [`/api/search?utm_source=wechat&q=${encodeURIComponent('冒充公檢法')}`, '/api/search?q=%E5%86%92%E5%85%85%E5%85%AC%E6%A3%80%E6%B3%95'],
    [`/help?paid=no&q=${encodeURIComponent('對方自稱公安局')}`, '/help?q=%E5%AF%B9%E6%96%B9%E8%87%AA%E7%A7%B0%E5%85%AC%E5%AE%89%E5%B1%80&paid=no'],
  ] as const) {
    const response = await request.get(sent, { maxRedirects: 0 });
    expect(response.status(), sent).toBe(308);
    expect(response.headers()['location'], sent).toBe(canonical);
    expect((await request.get(canonical, { maxRedirects: 0 })).status(), canonical).toBe(200);
  }
  expect(await (await request.get('/search?q=%E8%A9%90%E9%A8%99')).text()).toContain('“诈骗”的搜索结果');
});

test('HTML and documents are compressed with brotli where the client takes it, else gzip', async ({ request }) => {
  for (const url of ['/', '/news/telecom-fraud-crackdown', '/search?q=%E5%85%AC%E6%A3%80%E6%B3%95', '/help', '/sitemap.xml', '/feed.xml']) {
    for (const [accept, expected] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const response = await request.get(url, { headers: { 'Accept-Encoding': accept } });
      expect(response.headers()['content-encoding'], `${url} ${accept}`).toBe(expected);
      expect(response.headers()['vary'], url).toMatch(/Accept-Encoding/i);
    }
  }
});

test('sitemap, feed, robots.txt and manifest declare their charset, carry validators and answer conditional requests with 304', async ({ request }) => {
  for (const [url, type, dated] of [
    ['/sitemap.xml', 'application/xml; charset=utf-8', true],
    ['/feed.xml', 'application/rss+xml; charset=utf-8', true],
    ['/robots.txt', 'text/plain; charset=utf-8', false],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', false],
  ] as const) {
    const response = await request.get(url);
    const headers = response.headers();
    expect(headers['content-type'], url).toBe(type);
    expect(headers['etag'], url).toMatch(/^"[\w-]+"$/);
    expect(Boolean(headers['last-modified']), url).toBe(dated);
    const byTag = await request.get(url, { headers: { 'If-None-Match': headers['etag']! } });
    expect(byTag.status(), url).toBe(304);
    expect(await byTag.body(), url).toHaveLength(0);
    expect((await request.get(url, { headers: { 'If-None-Match': '"not-this-one"' } })).status(), url).toBe(200);
    if (dated) {
      expect((await request.get(url, { headers: { 'If-Modified-Since': headers['last-modified']! } })).status(), url).toBe(304);
      const before = new Date(Date.parse(headers['last-modified']!) - 1000).toUTCString();
      expect((await request.get(url, { headers: { 'If-Modified-Since': before } })).status(), url).toBe(200);
    }
  }
  expect(await (await request.get('/sitemap.xml')).text()).toContain(`<loc>${absoluteUrl('/help')}</loc>`);
  // Every page still links the manifest (no longer a Next file convention).
  expect(await (await request.get('/')).text()).toContain('<link rel="manifest" href="/manifest.webmanifest"');
});

test('static assets are cached for a year; pages are cached by the CDN and revalidated by browsers', async ({ request }) => {
  const asset = await request.get(await firstStaticAsset(request));
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const page = await request.get('/news/telecom-fraud-crackdown');
  expect(page.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(page.headers()['cache-control']).not.toMatch(/private|no-store/);
});

test('HEAD and conditional GET work, and carry the page’s sealed policy', async ({ request }) => {
  const policy = (await request.get('/news/telecom-fraud-crackdown')).headers()['content-security-policy'];
  expect(scriptSrc(policy ?? '')).toMatch(/^'self' 'sha256-/);
  const head = await request.head('/news/telecom-fraud-crackdown');
  expect(head.status()).toBe(200);
  expect(await head.body()).toHaveLength(0);
  expect(head.headers()['content-security-policy']).toBe(policy);
  const etag = head.headers()['etag'];
  expect(etag).toBeTruthy();
  const conditional = await request.get('/news/telecom-fraud-crackdown', { headers: { 'If-None-Match': etag! } });
  expect(conditional.status()).toBe(304);
  // A browser updates the stored page's headers from a 304: any other policy would replace this one.
  expect(conditional.headers()['content-security-policy']).toBe(policy);
});

test('methods other than GET and HEAD are refused cleanly', async ({ request }) => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    for (const url of ['/', '/news/telecom-fraud-crackdown', '/help']) {
      const response = await request.fetch(url, { method, data: 'x=1' });
      expect(response.status(), `${method} ${url}`).toBe(405);
      expect(response.headers()['allow']).toBe('GET, HEAD');
    }
  }
});

test('malformed and overlong addresses get 400/414, unknown ones a quick 404 — never 500', async ({ request }) => {
  for (const url of ['/news/%ZZ', '/tags/%E5%8F', '/%C0%AF', '/cases/%']) {
    expect((await request.get(url)).status(), url).toBe(400);
  }
  expect((await request.get(`/news/${'a'.repeat(5000)}`)).status()).toBe(414);
  const started = Date.now();
  for (let i = 0; i < 20; i++) expect((await request.get(`/no/such/page/${i}`)).status()).toBe(404);
  expect((Date.now() - started) / 20).toBeLessThan(500);
});

test('a crash in one page shows the branded error page, and the other pages keep serving', async ({ page, request }) => {
  const response = await page.goto('/crash-test');
  expect(response?.status()).toBe(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面暂时无法显示');
  await expect(page.locator('a[href="tel:96110"]').first()).toBeVisible();
  expect(await page.content()).not.toContain('Deliberate rendering failure');
  expect((await request.get('/news/telecom-fraud-crackdown')).status()).toBe(200);
  expect((await request.get('/')).status()).toBe(200);
});

test('the server refuses to start on invalid or missing content, with a clear message and no stack trace', () => {
  const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-content-'));
  fs.cpSync(SEED_CONTENT_DIR, broken, { recursive: true });
  const story = path.join(broken, 'stories', 'judicial-aid-for-injured-worker.md');
  fs.writeFileSync(story, fs.readFileSync(story, 'utf8').replace(/^title:/m, 'tittle:'));
  for (const [dir, expected] of [
    [broken, /tittle：未知字段 tittle，是不是想写 title？/],
    [path.join(os.tmpdir(), 'no-such-content-folder'), /找不到内容目录/],
  ] as const) {
    const result = spawnSync('node_modules/.bin/tsx', ['server.ts', '-p', '3399', '-H', '127.0.0.1'], {
      env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: dir, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-e2e' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(1);
    expect(output).toContain('服务器无法启动：内容有误。');
    expect(output).toMatch(expected);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  }
  fs.rmSync(broken, { recursive: true, force: true });
});
