import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { tabThrough } from './accessibility-checks';
import { content, published } from './content';
import { FIXTURE } from './fixture-content';
import { PAGES, rootFontSize, setPrefs } from './reader';

/** One page of every route type. */
const ROUTES = [
  '/',
  '/news/typical-anti-fraud-cases',
  '/news/telecom-fraud-crackdown',
  `/news/${FIXTURE.correctedStory}`,
  // Every case page: the first-screen answer, the never-do list, a quote on some.
  ...published(content.cases).map((fraudCase) => `/cases/${fraudCase.slug}`),
  '/cases',
  '/cases?scam=sextortion',
  '/help/verification-code-given',
  '/scams',
  '/scams/impersonating-authorities',
  '/sections/law',
  `/sections/${FIXTURE.pagedSection}/page/2`,
  `/tags/${encodeURIComponent('反诈')}`,
  '/archive',
  '/archive/2022/06',
  '/news/no-such-story',
  PAGES.help,
  PAGES.search,
  PAGES.statement,
];

// Both modes: 标准版, and 长辈版 (its own palette, sizes and header).
for (const mode of ['standard', 'elder'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const url of ROUTES) {
      test(`axe finds no violations (${mode}, ${colorScheme}): ${url}`, async ({ page, context, baseURL }) => {
        await setPrefs(context, baseURL!, { mode });
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  }
}

// 长辈版 on a phone has its own tighter header and shorter crumbs (app/reader-modes.css). Axe needs
// JavaScript; without it the same rules arrive as /noscript.css (tests/e2e/case-pages.spec.ts checks that layout).
for (const [url, crumbs] of [
  ['/', []],
  ['/cases/credit-record-bait', ['反诈骗', '虚假征信类']],
  ['/news/telecom-fraud-crackdown', ['政法']],
  // Two crumbs stay as they are.
  [PAGES.help, ['首页', '我该怎么办']],
] as const) {
  test(`axe finds no violations (elder, phone): ${url}`, async ({ page, context, baseURL }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await setPrefs(context, baseURL!, { mode: 'elder' });
    await page.goto(url);
    expect(await rootFontSize(page)).toBe(20);
    await expect(page.locator('.breadcrumbs li').filter({ visible: true })).toHaveText([...crumbs]);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('every control is reachable by keyboard and shows a visible focus ring', async ({ page }) => {
  await page.goto('/news/telecom-fraud-crackdown');
  // Each visible control once, in document order, with a ring of 2 px or more.
  expect(await tabThrough(page, 2)).toBeGreaterThan(10);
});
