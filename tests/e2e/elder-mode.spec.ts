/**
 * 长辈版 (issue 16's acceptance): with JavaScript off it is switched from the header,
 * survives navigation and reload, and gives body text ≥ 20 px, line height ≥ 1.3,
 * paragraph spacing ≥ 1.3 × line height at every text size, body text contrast ≥ 7:1
 * and the 96110 button in view at the end of the page. Pages stay static meanwhile.
 */
import { expect, test } from '@playwright/test';
import { FONT_SIZES } from '../../lib/site/reader-prefs';
import { ELDER_NO_JS, layoutShift, PAGES, paragraphMetrics, pressAndReload, readerPage, rootFontSize, textContrasts, TEXT_PAGES } from './reader';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header switches to 长辈版 on any page; it survives navigation and reload, and switches back', async ({ page }) => {
    await page.goto(PAGES.scamType);
    expect(await rootFontSize(page)).toBe(18);
    await expect(page.getByRole('button', { name: '退出长辈版' })).toBeHidden();
    await pressAndReload(page, page.getByRole('button', { name: '长辈版', exact: true }));
    // Back on the same page, now in 长辈版.
    await expect(page).toHaveURL(PAGES.scamType);
    expect(await rootFontSize(page)).toBe(20);
    await expect(page.getByRole('button', { name: '退出长辈版' })).toBeVisible();
    await expect(page.getByRole('button', { name: '长辈版', exact: true })).toBeHidden();

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我该怎么办' }).click();
    await expect(page).toHaveURL('/help');
    await page.waitForLoadState('load');
    expect(await rootFontSize(page)).toBe(20);
    await page.reload();
    expect(await rootFontSize(page)).toBe(20);
    await page.goto(PAGES.story);
    expect(await rootFontSize(page)).toBe(20);

    await pressAndReload(page, page.getByRole('button', { name: '退出长辈版' }));
    await expect(page).toHaveURL(PAGES.story);
    expect(await rootFontSize(page)).toBe(18);
    await expect(page.getByRole('button', { name: '长辈版', exact: true })).toBeVisible();
  });

  test('the 字号 control works and is remembered', async ({ page }) => {
    await page.goto(PAGES.fraudCase);
    await pressAndReload(page, page.getByRole('button', { name: '特大' }));
    await expect(page).toHaveURL(PAGES.fraudCase);
    expect(await rootFontSize(page)).toBe(24);
    await page.goto(PAGES.home);
    expect(await rootFontSize(page)).toBe(24);
    // The pressed size is marked without JavaScript too.
    await expect(page.locator('.font-size__larger')).toHaveCSS('color', 'rgb(255, 255, 255)');
    // Sizes and 长辈版 combine.
    await pressAndReload(page, page.getByRole('button', { name: '长辈版', exact: true }));
    expect(await rootFontSize(page)).toBe(26);
    await pressAndReload(page, page.getByRole('button', { name: '标准' }));
    expect(await rootFontSize(page)).toBe(20);
  });
});

for (const url of TEXT_PAGES) {
  for (const size of FONT_SIZES) {
    test(`长辈版 without JavaScript, text size ${size.label}: body text ≥ 20 px, line height ≥ 1.3, paragraph spacing ≥ 1.3 × line height: ${url}`, async ({
      browser,
      baseURL,
    }) => {
      const page = await readerPage(browser, baseURL!, { ...ELDER_NO_JS, prefs: { mode: 'elder', fontSize: size.id } });
      await page.goto(url);
      const paragraphs = await paragraphMetrics(page);
      expect(paragraphs.length).toBeGreaterThan(2);
      for (const p of paragraphs) {
        expect(p.fontSize, p.text).toBeGreaterThanOrEqual(20);
        expect(p.lineHeight / p.fontSize, p.text).toBeGreaterThanOrEqual(1.3);
      }
      const pairs = paragraphs.filter((p) => p.gapToNext !== undefined);
      expect(pairs.length).toBeGreaterThan(0);
      for (const p of pairs) expect(p.gapToNext!, p.text).toBeGreaterThanOrEqual(1.3 * Math.max(p.lineHeight, p.nextLineHeight!) - 0.5);
      await page.context().close();
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`长辈版 without JavaScript (${colorScheme}): every text on the page has a contrast of 7:1 or more`, async ({ browser, baseURL }) => {
    const page = await readerPage(browser, baseURL!, { ...ELDER_NO_JS, colorScheme });
    for (const url of [...TEXT_PAGES, PAGES.home, PAGES.help]) {
      await page.goto(url);
      const texts = await textContrasts(page);
      expect(texts.length).toBeGreaterThan(20);
      const low = texts.filter((text) => text.ratio < 7).map((text) => `${text.text} ${text.color} on ${text.background}: ${text.ratio.toFixed(2)}`);
      expect(low, url).toEqual([]);
    }
    await page.context().close();
  });
}

test('长辈版 without JavaScript: the 96110 button is in view at the top, midway and after scrolling to the end', async ({ browser, baseURL }) => {
  const page = await readerPage(browser, baseURL!, { ...ELDER_NO_JS, viewport: { width: 390, height: 700 } });
  for (const url of [PAGES.story, PAGES.scamType]) {
    await page.goto(url);
    const hotline = page.locator('header a.hotline-link[href="tel:96110"]');
    await expect(hotline).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect(hotline).toBeInViewport();
    await page.keyboard.press('End');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight)).toBe(true);
    await expect(hotline).toBeInViewport();
    // It never hides the end of the page: the footer's last line is above it.
    const footerEnd = await page.locator('footer p').last().boundingBox();
    const button = await hotline.boundingBox();
    expect(footerEnd!.y + footerEnd!.height).toBeLessThanOrEqual(button!.y);
  }
  await page.context().close();
});

test('with JavaScript the boot script applies the same 长辈版 before first paint, without layout shift', async ({ browser, baseURL }) => {
  const withScript = await readerPage(browser, baseURL!, { prefs: { mode: 'elder', fontSize: 'large' } });
  const withoutScript = await readerPage(browser, baseURL!, { prefs: { mode: 'elder', fontSize: 'large' }, javaScript: false });
  for (const url of [PAGES.story, PAGES.fraudCase]) {
    await withScript.goto(url);
    await withoutScript.goto(url);
    await expect(withScript.locator('html')).toHaveAttribute('data-mode', 'elder');
    expect(await rootFontSize(withScript)).toBe(23);
    expect(await paragraphMetrics(withScript)).toEqual(await paragraphMetrics(withoutScript));
    expect(await layoutShift(withScript)).toBe(0);
  }
  await withScript.context().close();
  await withoutScript.context().close();
});

test('the settings never make a page dynamic: the same static HTML for every reader, cached as before', async ({ request }) => {
  for (const url of [PAGES.story, PAGES.home, PAGES.statement]) {
    const plain = await request.get(url);
    const elder = await request.get(url, { headers: { cookie: 'reader-mode=elder; font-size=larger' } });
    expect(await elder.text()).toBe(await plain.text());
    expect(elder.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  }
});
