import { expect, test, type Page } from '@playwright/test';
import { content, published } from './content';
import { FIXTURE } from './fixture-content';

async function relLinks(page: Page) {
  return {
    prev: await page
      .locator('a[rel="prev"]')
      .getAttribute('href')
      .catch(() => null),
    next: await page
      .locator('a[rel="next"]')
      .getAttribute('href')
      .catch(() => null),
  };
}

test('a section pages through its stories 20 at a time with rel prev/next', async ({ page }) => {
  const stories = published(content.stories).filter((s) => s.section === FIXTURE.pagedSection);
  expect(stories.length).toBeGreaterThan(40);
  await page.goto(`/sections/${FIXTURE.pagedSection}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('民生');
  await expect(page.locator('.story-list__item')).toHaveCount(20);
  await expect(page.locator('.story-list__title a').first()).toHaveText(stories[0]!.title);
  expect(await page.locator('a[rel="prev"]').count()).toBe(0);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/sections/${FIXTURE.pagedSection}/page/2$`));
  await expect(page.locator('.story-list__title a').first()).toHaveText(stories[20]!.title);
  await expect(page.locator('.pagination [aria-current="page"]')).toContainText('2');
  const links = await relLinks(page);
  expect(links).toEqual({ prev: `/sections/${FIXTURE.pagedSection}`, next: `/sections/${FIXTURE.pagedSection}/page/3` });
  await page.goto(`/sections/${FIXTURE.pagedSection}/page/3`);
  await expect(page.locator('.story-list__item')).toHaveCount(stories.length - 40);
  expect(await page.locator('a[rel="next"]').count()).toBe(0);
});

test('list items show kicker, title, date and summary', async ({ page }) => {
  await page.goto('/sections/law');
  const first = page.locator('.story-list__item').first();
  const story = published(content.stories).filter((s) => s.section === 'law')[0]!;
  await expect(first.locator('.kicker')).toHaveText(story.kicker!);
  await expect(first.locator('.story-list__title')).toHaveText(story.title);
  await expect(first.locator('time')).toHaveText('2022年6月11日');
  await expect(first.locator('.story-list__summary')).toHaveText(story.summary);
});

test('pages past the end, page 1 in the path and malformed page numbers answer 404', async ({ request }) => {
  for (const url of [
    `/sections/${FIXTURE.pagedSection}/page/4`,
    `/sections/${FIXTURE.pagedSection}/page/1`,
    `/sections/${FIXTURE.pagedSection}/page/02`,
    '/sections/no-such-section',
  ]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
});

test('a Chinese tag URL round-trips: link, percent-encoded address, page, canonical', async ({ page, request }) => {
  await page.goto('/news/telecom-fraud-crackdown');
  const link = page.locator('.tags a', { hasText: '反诈' }).first();
  const href = await link.getAttribute('href');
  expect(href).toBe(`/tags/${encodeURIComponent('反诈')}`);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：反诈');
  const tagged = published(content.stories).filter((s) => s.tags.includes('反诈'));
  await expect(page.locator('.story-list__item')).toHaveCount(Math.min(tagged.length, 20));
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!).pathname).toBe(href);
  // The same page answers to the raw UTF-8 form and to the encoded form; unknown tags 404.
  expect((await request.get('/tags/反诈')).status()).toBe(200);
  expect((await request.get(`/tags/${encodeURIComponent('没有这个标签')}`)).status()).toBe(404);
});

test('a tag with more than 20 stories pages through them', async ({ page }) => {
  await page.goto(`/tags/${encodeURIComponent(FIXTURE.pagedTag)}/page/2`);
  await expect(page.locator('.story-list__item')).toHaveCount(20);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/tags/${encodeURIComponent(FIXTURE.pagedTag)}`);
});

test('the archive lists months and a month lists its stories', async ({ page }) => {
  await page.goto('/archive');
  await page.getByRole('link', { name: /6月/ }).first().click();
  await expect(page).toHaveURL(/\/archive\/2022\/06$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2022年6月稿件');
  const { year, month } = FIXTURE.pagedMonth;
  await page.goto(`/archive/${year}/${String(month).padStart(2, '0')}/page/3`);
  await expect(page.locator('.story-list__item')).toHaveCount(FIXTURE.pagedCount - 40);
});

test('a story page has breadcrumbs, byline with roles, outline, figures, tags and related stories', async ({ page }) => {
  await page.goto('/news/telecom-fraud-crackdown');
  await expect(page.locator('.breadcrumbs li')).toHaveText(['首页', '政法', '为群众追赃挽损两千余万元']);
  await expect(page.locator('.byline')).toContainText('记者 杨沫');
  await expect(page.locator('.byline')).toContainText('通讯员 杨宇雨');
  await expect(page.locator('.story-body .dateline')).toHaveText('本报讯(记者 杨沫 通讯员 杨宇雨)');
  await expect(page.locator('.story__meta')).toContainText(/阅读约 \d+ 分钟/);
  await expect(page.locator('.outline a')).toHaveCount(3);
  await page.locator('.outline a').nth(1).click();
  await expect(page.locator('h2', { hasText: '精准防范' })).toBeInViewport();
  await expect(page.locator('.figures dd').first()).toContainText('385万元');
  await expect(page.locator('.figures')).toContainText('43.9%');
  await expect(page.locator('.related .story-list__title a')).toContainText(['发布反诈典型案例 增强全民反诈意识']);
});

test('a corrected story shows its updated time and corrections at the foot', async ({ page }) => {
  await page.goto(`/news/${FIXTURE.correctedStory}`);
  await expect(page.locator('.story__meta time').nth(1)).toHaveAttribute('datetime', '2021-03-20T10:30:00+08:00');
  await expect(page.locator('.story__meta')).toContainText('更新于 2021年3月20日 10:30');
  await expect(page.locator('.corrections li')).toHaveText(['2021年3月20日：更正活动时间：由半天改为一天。']);
});

test('drafts appear nowhere in the production build', async ({ page, request }) => {
  expect((await request.get(`/news/${FIXTURE.draftStory}`)).status()).toBe(404);
  expect((await request.get(`/cases/${FIXTURE.draftCase}`)).status()).toBe(404);
  expect((await request.get(`/tags/${encodeURIComponent('草稿专用标签')}`)).status()).toBe(404);
  for (const url of [
    '/',
    '/sections/law',
    `/tags/${encodeURIComponent('反诈')}`,
    '/archive',
    '/archive/2022/06',
    '/scams/sextortion',
    '/sitemap.xml',
    '/feed.xml',
  ]) {
    const body = await (await request.get(url)).text();
    expect(body, url).not.toContain(FIXTURE.draftTitle);
    expect(body, url).not.toContain(FIXTURE.draftStory);
    expect(body, url).not.toContain(FIXTURE.draftCase);
  }
  await page.goto('/');
  await expect(page.getByText('草稿', { exact: true })).toHaveCount(0);
});

test('the font-size control enlarges text, is remembered across pages, and keeps rem-based zoom', async ({ page }) => {
  await page.goto('/');
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const standard = await rootSize();
  await page.getByRole('button', { name: '特大' }).click();
  await expect(page.getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
  const larger = await rootSize();
  expect(larger / standard).toBeCloseTo(150 / 112.5, 2);
  await page.goto('/news/telecom-fraud-crackdown');
  expect(await rootSize()).toBeCloseTo(larger, 1);
  await expect(page.getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '标准' }).click();
  expect(await rootSize()).toBeCloseTo(standard, 1);
});

for (const url of ['/', '/news/typical-anti-fraud-cases', '/cases/credit-record-bait', '/scams/impersonating-authorities', '/sections/law', '/archive']) {
  test(`fits a 320 px wide phone without sideways scrolling: ${url}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the 404 page helps: a search box and links to sections', async ({ page }) => {
  const response = await page.goto('/news/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.locator('.not-found form[role="search"] input[name="q"]')).toBeVisible();
  for (const section of content.sections) {
    await expect(page.locator('.not-found').getByRole('link', { name: section.name })).toHaveAttribute('href', `/sections/${section.slug}`);
  }
});

test('every page has a skip link to the main landmark, and the hotline one tap away', async ({ page }) => {
  await page.goto('/news/telecom-fraud-crackdown');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('header a[href="tel:96110"]')).toBeVisible();
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
});

test('links are not prefetched (residents pay for their data), and following one still works', async ({ page }) => {
  const prefetches: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('_rsc=') || request.headers()['next-router-prefetch']) prefetches.push(request.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  // Scroll the whole page so every link has been in view.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(1500);
  expect(prefetches).toEqual([]);
  const storyLink = page.locator('main a[href^="/news/"]').first();
  const href = await storyLink.getAttribute('href');
  await storyLink.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator('h1')).toBeVisible();
});
