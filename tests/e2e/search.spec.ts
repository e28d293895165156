import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { documentsFromContent } from '../../lib/search/documents';
import type { ApiSearchResponse } from '../../lib/search/json';
import { SEARCH_FIELDS } from '../../lib/search/fields';
import { normalize } from '../../lib/text/normalize';
import { content, published } from './content';
import { FIXTURE } from './fixture-content';

// The oracle: published documents whose text contains the query, by brute force.
const documents = documentsFromContent({
  stories: published(content.stories),
  cases: published(content.cases),
  scamTypes: content.scamTypes,
  situations: content.situations,
  sections: content.sections,
});
const containing = (q: string) => documents.filter((doc) => normalize(SEARCH_FIELDS.map((field) => doc[field]).join('\n')).includes(normalize(q)));

const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');
const searchConditions = (page: Page) => page.getByRole('form', { name: '搜索条件' });

test.describe('search with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search form leads to server-rendered, highlighted results', async ({ page }) => {
    await page.goto('/');
    const headerSearch = page.getByRole('banner').getByRole('search');
    await headerSearch.getByLabel('搜索', { exact: true }).fill('公检法');
    await headerSearch.getByRole('button', { name: '搜索' }).click();

    await expect(page).toHaveURL(/\/search\?q=%E5%85%AC%E6%A3%80%E6%B3%95$/);
    await expect(page).toHaveTitle(/^“公检法”的搜索结果/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const expected = containing('公检法');
    await expect(page.getByRole('status')).toContainText(`找到 ${expected.length} 条结果`);
    await expect(results(page)).toHaveCount(expected.length);
    await expect(results(page).first().locator('mark').first()).toHaveText('公检法');
    // Title links go to the documents; each result says what it is.
    const hrefs = await results(page)
      .getByRole('heading', { level: 2 })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.sort()).toEqual(expected.map((doc) => doc.url).sort());
    await expect(results(page).first()).toContainText(/骗局类型|案例|稿件/);
  });

  test('filters narrow the results, are listed, and each can be removed', async ({ page }) => {
    await page.goto('/search?q=%E8%AF%88%E9%AA%97');
    const all = containing('诈骗');
    await expect(page.getByRole('status')).toContainText(`找到 ${all.length} 条结果`);

    // The filters are folded away until opened (plain <details>, no script needed).
    await expect(searchConditions(page).getByLabel('类型', { exact: true })).toBeHidden();
    await searchConditions(page).locator('summary', { hasText: '筛选与排序' }).click();
    await searchConditions(page).getByLabel('类型', { exact: true }).selectOption('case');
    await searchConditions(page).getByRole('button', { name: '应用筛选' }).click();
    await expect(page).toHaveURL(/type=case/);
    // With a filter in force, the filters stay open and show it.
    await expect(searchConditions(page).getByLabel('类型', { exact: true })).toHaveValue('case');
    const cases = all.filter((doc) => doc.kind === 'case');
    await expect(results(page)).toHaveCount(cases.length);
    for (const item of await results(page).all()) await expect(item).toContainText('案例');

    const chip = page.getByRole('link', { name: '去掉条件“类型：案例”' });
    await expect(chip).toBeVisible();
    await chip.click();
    await expect(page).not.toHaveURL(/type=/);
    await expect(page).toHaveURL(/q=%E8%AF%88%E9%AA%97/);
    await expect(page.getByRole('status')).toContainText(`找到 ${all.length} 条结果`);
    await expect(page.getByRole('link', { name: /^去掉条件/ })).toHaveCount(0);
  });

  test('filters combine: a scam type and a date range, without a query', async ({ page }) => {
    await page.goto('/search?scam=impersonating-authorities&from=2022-05-01&to=2022-05-31');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('按条件浏览');
    const expected = documents.filter(
      (doc) => doc.scamTypes.includes('impersonating-authorities') && doc.date && doc.date.day >= '2022-05-01' && doc.date.day <= '2022-05-31',
    );
    await expect(results(page)).toHaveCount(expected.length);
    await expect(page.getByRole('link', { name: /^去掉条件“诈骗类型：冒充公检法类”/ })).toBeVisible();
    await expect(page.getByRole('link', { name: '去掉条件“起始日期：2022-05-01”' })).toHaveAttribute(
      'href',
      '/search?scam=impersonating-authorities&to=2022-05-31',
    );
  });

  test('no results: a helpful empty state with popular scam types', async ({ page }) => {
    await page.goto('/search?q=%E7%81%AB%E6%98%9F%E7%A7%BB%E6%B0%91xyz');
    await expect(page.getByRole('heading', { name: '没有找到与“火星移民xyz”相关的内容' })).toBeVisible();
    await expect(page.getByText('检查有没有错别字')).toBeVisible();
    await expect(page.getByText(/减少关键词/)).toBeVisible();
    const popular = page.getByRole('heading', { name: '常见骗局' }).locator('xpath=following-sibling::ul[1]').getByRole('link');
    await expect(popular.first()).toHaveAttribute('href', /^\/scams\//);
    expect(await popular.count()).toBeGreaterThan(0);
  });

  test('drafts are never found', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent(FIXTURE.draftTitle)}`);
    await expect(page.getByRole('list', { name: '搜索结果' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /没有找到/ })).toBeVisible();
  });

  test('pagination: 20 per page, rel prev/next, the current page marked', async ({ page }) => {
    const q = FIXTURE.pagedTag;
    const total = containing(q).length;
    expect(total).toBeGreaterThan(40);
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(results(page)).toHaveCount(20);
    const nav = page.getByRole('navigation', { name: '搜索结果分页' });
    await expect(nav.locator('[aria-current="page"]')).toHaveText('第1页（当前）');
    await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
    await nav.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/page=2/);
    await expect(nav.locator('[aria-current="page"]')).toHaveText('第2页（当前）');
    await expect(nav.locator('a[rel="prev"]')).toHaveCount(1);
    await expect(page.getByRole('status')).toContainText(`第 2 / ${Math.ceil(total / 20)} 页`);
    await expect(results(page)).toHaveCount(Math.min(20, total - 20));
  });

  test('a query with <script> is shown as text, never run', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const response = await page.goto('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('“<script>alert(1)</script>”的搜索结果');
    const html = await response?.text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(dialogs).toBe(0);
  });

  test('invalid parameters are ignored, and an over-long query is cut', async ({ page }) => {
    const response = await page.goto(`/search?q=${encodeURIComponent('征信'.repeat(150))}&type=video&page=abc&from=2022-99-99`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText('关键词太长，只搜索了前 200 个字。')).toBeVisible();
    await expect(page.getByText(/已忽略无效的条件/)).toContainText('type=video');
  });
});

test('/api/search returns the same results as JSON', async ({ request, page }) => {
  const response = await request.get('/api/search?q=%E5%85%AC%E6%A3%80%E6%B3%95');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = (await response.json()) as ApiSearchResponse;
  const expected = containing('公检法');
  expect(body).toMatchObject({ query: '公检法', total: expected.length, page: 1, pages: 1 });
  expect(body.results.map((hit) => hit.url).sort()).toEqual(expected.map((doc) => doc.url).sort());
  for (const hit of body.results) {
    expect(hit).toEqual(expect.objectContaining({ kind: expect.any(String), slug: expect.any(String), title: expect.any(String), date: expect.any(String) }));
    expect(hit.snippet.some((segment) => segment.match && segment.text === '公检法')).toBe(true);
  }
  // The page lists them in the same order.
  await page.goto('/search?q=%E5%85%AC%E6%A3%80%E6%B3%95');
  const pageOrder = await results(page)
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(pageOrder).toEqual(body.results.map((hit) => hit.url));
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const url of [
    '/search',
    '/search?q=%E5%85%AC%E6%A3%80%E6%B3%95',
    '/search?q=%E8%AF%88%E9%AA%97&type=case&sort=newest',
    '/search?q=%E7%81%AB%E6%98%9F%E7%A7%BB%E6%B0%91',
  ]) {
    test(`axe finds no violations on the search page (${colorScheme}): ${decodeURIComponent(url)}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
