import { expect, test } from '@playwright/test';
import { content, published } from './content';

const SEED_TITLES = ['为群众追赃挽损两千余万元', '发布反诈典型案例 增强全民反诈意识', '受伤瘫痪农民工收到司法救助金'];

test('the home page leads with the newest stories, in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const [lead, ...latest] = published(content.stories);
  await expect(page.locator('.lead-story__title a')).toHaveText(lead!.title);
  await expect(page.locator('#latest-heading ~ .story-list .story-list__title a')).toHaveText(latest.slice(0, 10).map((s) => s.title));
  // The three stories of the seed page are the newest; the featured press conference leads.
  expect(lead!.title).toBe(SEED_TITLES[0]);
  expect(
    latest
      .slice(0, 2)
      .map((s) => s.title)
      .sort(),
  ).toEqual(SEED_TITLES.slice(1).sort());
});

test('every story page shows its kicker, title and date', async ({ page }) => {
  test.setTimeout(120_000);
  for (const story of published(content.stories)) {
    const response = await page.goto(`/news/${story.slug}`);
    expect(response?.status(), story.slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(story.title);
    if (story.kicker) await expect(page.locator('.story__header .kicker')).toHaveText(story.kicker);
    await expect(page.locator('.story__meta time').first()).toHaveAttribute('datetime', story.date.hasTime ? story.date.iso : story.date.day);
  }
});

test('a seed story shows its day in Beijing time', async ({ page }) => {
  await page.goto('/news/telecom-fraud-crackdown');
  await expect(page.locator('.story__meta time').first()).toHaveText('2022年6月11日');
  await expect(page.locator('.story__meta time').first()).toHaveAttribute('datetime', '2022-06-11');
});

for (const fraudCase of published(content.cases)) {
  test(`case page: ${fraudCase.title}`, async ({ page }) => {
    const response = await page.goto(`/cases/${fraudCase.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fraudCase.title);
    await expect(page.locator('a[href="tel:96110"]').first()).toBeVisible();
  });
}

for (const scamType of content.scamTypes) {
  test(`scam type page: ${scamType.name}`, async ({ page }) => {
    const response = await page.goto(`/scams/${scamType.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(scamType.name);
    const cases = published(content.cases).filter((c) => c.scamType === scamType.slug);
    await expect(page.locator('#cases-heading ~ .case-list a')).toHaveText(cases.map((c) => c.title));
  });
}

test('the second story reads introduction, the five cases in order, then the closing quote', async ({ page }) => {
  await page.goto('/news/typical-anti-fraud-cases');
  const caseHeadings = page.locator('.story-case h2');
  await expect(caseHeadings).toHaveText(['影响个人征信作饵', '冒充购物客服诈骗', '冒充公检法人员诈骗', '浑水摸鱼催贷诈骗', '设置裸聊陷阱敲诈']);
  const text = (await page.locator('.story-body').innerText()).replace(/\s+/g, '');
  const intro = text.indexOf('本报讯(记者杨沫通讯员杨宇雨)在6月10日');
  const firstCase = text.indexOf('6月1日,市民刘女士');
  const lastCase = text.indexOf('他也表示今后要谨慎交友');
  const closing = text.indexOf('“事实证明,转账前拨打96110咨询');
  expect(intro).toBeGreaterThanOrEqual(0);
  expect(firstCase).toBeGreaterThan(intro);
  expect(lastCase).toBeGreaterThan(firstCase);
  expect(closing).toBeGreaterThan(lastCase);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('a story still renders in full', async ({ page }) => {
    await page.goto('/news/judicial-aid-for-injured-worker');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('受伤瘫痪农民工收到司法救助金');
    await expect(page.locator('.story-body')).toContainText('远在四川老家的刘某收到救助金后');
  });
});

for (const url of ['/news/no-such-story', '/cases/no-such-case', '/scams/no-such-type', '/news/%2e%2e%2fpackage.json', '/no/such/page']) {
  test(`an unknown address answers 404 with the not-found page: ${url}`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面没有找到');
    await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible();
  });
}
