/**
 * Every 404 is the full branded not-found page in the HTML — readable without
 * JavaScript (curl, lynx, crawlers), with lang="zh-CN" — and no cache may keep it for
 * more than 60 s, so a story published later is not hidden behind a cached 404.
 */
import { expect, test } from '@playwright/test';
import { MISSING_URLS, sharedCacheSeconds } from './not-found-urls';

test('every kind of missing page answers 404 with the full page in its HTML, short-lived', async ({ request }) => {
  for (const url of MISSING_URLS) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    const html = await response.text();
    expect(html, url).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/);
    expect(html, url).not.toContain('__next_error__');
    expect(html, url).toContain('<h1>页面没有找到</h1>');
    expect(html, url).toContain('返回首页');
    expect(sharedCacheSeconds(response.headers()['cache-control']), `${url}: ${response.headers()['cache-control']}`).toBeLessThanOrEqual(60);
  }
});

test('the server renders a missing page itself, never by fetching it from itself over HTTP', async ({ request }) => {
  // The server listens on 127.0.0.1 (-H, as deploy/start.sh starts it). Had Next taken proxy.ts's rewrite
  // for an external address, it would answer through an HTTP hop to itself, and every reset connection on
  // that hop became a 500; the absolute rewrite header is how it shows.
  for (const url of MISSING_URLS) {
    const rewrite = (await request.get(url)).headers()['x-middleware-rewrite'] ?? '';
    expect(rewrite, url).not.toMatch(/^https?:/);
  }
  const burst = await Promise.all(Array.from({ length: 5 }, () => MISSING_URLS.map((url) => request.get(url))).flat());
  expect(burst.map((response) => response.status())).toEqual(burst.map(() => 404));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the not-found page is readable on every route', async ({ page }) => {
    for (const url of MISSING_URLS) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.locator('html'), url).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('heading', { level: 1 }), url).toHaveText('页面没有找到');
      await expect(page.getByRole('link', { name: '返回首页' }), url).toBeVisible();
    }
  });
});

test('a real page next to the missing ones still answers 200 and stays cacheable', async ({ request }) => {
  for (const url of ['/news/telecom-fraud-crackdown', '/archive/2021/03/page/2', '/sections/livelihood/page/2']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(sharedCacheSeconds(response.headers()['cache-control']), url).toBeGreaterThan(60);
  }
});
