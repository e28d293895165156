/**
 * Issue 13 (points 3 and 5), in the browser with JavaScript off: the /cases index and
 * its filters, the after-care pages and the helper's links to them, and the glossary's
 * explanations opening without script. axe (which needs script) runs with them all open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { OUTCOME_LABELS } from '../../lib/content/labels';
import { paths } from '../../lib/site/urls';
import { content, published } from './content';

test.use({ javaScriptEnabled: false });

const cases = published(content.cases);
const caseLinks = (page: Page) => page.locator('.case-list a[href^="/cases/"]');

test('/cases lists every published case, and is linked from the header and footer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '反诈案例' }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('反诈案例');
  await expect(page.locator('.site-footer').getByRole('link', { name: '反诈案例' })).toHaveAttribute('href', '/cases');
  const hrefs = await caseLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.sort()).toEqual(cases.map((c) => paths.fraudCase(c.slug)).sort());
  await expect(page.getByText(`共 ${cases.length} 个案例`)).toBeVisible();
});

test('the filters are a GET form that works without JavaScript', async ({ page }) => {
  const type = content.scamTypes.find((t) => t.slug === cases[0]!.scamType)!;
  const ofType = cases.filter((c) => c.scamType === type.slug);
  await page.goto('/cases');
  await page.getByLabel('骗局类型').selectOption(type.slug);
  await page.getByRole('button', { name: '筛选' }).click();
  expect(new URL(page.url()).searchParams.get('scam')).toBe(type.slug);
  await expect(page.getByLabel('骗局类型')).toHaveValue(type.slug);
  await expect(caseLinks(page)).toHaveCount(ofType.length);
  await expect(page.getByText(`符合条件的案例 ${ofType.length} 个`)).toBeVisible();

  // Outcome and year narrow it together; an outcome no case has gives the empty message.
  const year = cases[0]!.date.day.slice(0, 4);
  await page.getByLabel('年份').selectOption(year);
  await page.getByLabel('结果').selectOption(cases[0]!.outcome);
  await page.getByRole('button', { name: '筛选' }).click();
  const url = new URL(page.url());
  expect([url.searchParams.get('scam'), url.searchParams.get('outcome'), url.searchParams.get('year')]).toEqual([type.slug, cases[0]!.outcome, year]);
  await expect(caseLinks(page)).toHaveCount(ofType.filter((c) => c.outcome === cases[0]!.outcome && c.date.day.startsWith(year)).length);
  await expect(caseLinks(page).first()).toContainText(ofType[0]!.title);
  await expect(page.locator('.case-list').first()).toContainText(OUTCOME_LABELS[cases[0]!.outcome]);

  await page.getByRole('link', { name: '看全部案例' }).click();
  await expect(caseLinks(page)).toHaveCount(cases.length);
});

test('a filter value that names nothing is ignored and said so', async ({ page }) => {
  await page.goto('/cases?scam=no-such-type');
  await expect(page.getByText('“no-such-type”没有这个骗局类型的案例，已忽略。')).toBeVisible();
  await expect(caseLinks(page)).toHaveCount(cases.length);
});

test('/help lists the after-care pages; each page gives its steps in order', async ({ page }) => {
  const situation = content.situations.find((s) => s.slug === 'verification-code-given')!;
  await page.goto('/help');
  const list = page.locator('section.situations');
  await expect(list.getByRole('heading', { level: 2 })).toHaveText('已经发生了？按情况看怎么办');
  await expect(list.getByRole('link')).toHaveCount(content.situations.length);
  await list.getByRole('link', { name: situation.title }).click();
  await expect(page).toHaveURL(paths.situation(situation.slug));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(situation.title);
  await expect(page.locator('.situation-steps > li')).toHaveText(situation.steps);
  await expect(page.getByRole('heading', { name: '资料来源' })).toBeVisible();
});

test('the helper links what the resident says happened, as 您的情况', async ({ page }) => {
  await page.goto('/help');
  await page.getByLabel('对方是怎么说的？').fill('他让我下载了一个会议软件共享了屏幕，我把验证码告诉他了');
  await page.getByRole('button', { name: '看看我该怎么办' }).click();
  const mine = page.locator('#result section.situations');
  await expect(mine.getByRole('heading', { level: 3 })).toHaveText('您的情况');
  await expect(mine.getByRole('link')).toHaveText(['验证码告诉了别人', '共享了屏幕，或者装了对方让装的软件']);
});

test('a case links its after-care pages', async ({ page }) => {
  const fraudCase = cases.find((c) => c.situations.length > 1)!;
  await page.goto(paths.fraudCase(fraudCase.slug));
  const links = page.locator('#case-situations-heading + p + ul a');
  await expect(links).toHaveCount(fraudCase.situations.length);
  for (const [index, slug] of fraudCase.situations.entries()) await expect(links.nth(index)).toHaveAttribute('href', paths.situation(slug));
});

test('a glossary explanation opens without JavaScript', async ({ page }) => {
  await page.goto('/cases/credit-record-bait');
  // The headline's words, explained in one line under the headline.
  const notes = page.locator('.glossary-notes details');
  await expect(notes.locator('summary')).toHaveText('词语解释：个人征信、作饵');
  await expect(notes.locator('dfn', { hasText: '作饵' })).toBeHidden();
  await notes.locator('summary').click();
  await expect(notes).toHaveAttribute('open', '');
  await expect(notes.locator('dfn', { hasText: '作饵' })).toBeVisible();
  // A word of the narrative, explained after its paragraph, its use marked in the text.
  const word = page.locator('.prose details.gloss', { hasText: '“屏幕共享”是什么意思？' });
  await expect(page.locator('.prose .gloss-term', { hasText: '屏幕共享' })).toHaveCount(1);
  await word.locator('summary').press('Enter');
  await expect(word.getByText('让对方在他的手机或电脑上')).toBeVisible();
});

test.describe('axe (it needs script to run)', () => {
  test.use({ javaScriptEnabled: true });

  for (const url of ['/cases/credit-record-bait', '/scams/fake-credit-record', '/help/loan-in-my-name']) {
    test(`no violations with every explanation open: ${url}`, async ({ page }) => {
      await page.goto(url);
      const explanations = page.locator('details.gloss');
      expect(await explanations.count()).toBeGreaterThan(0);
      for (const summary of await explanations.locator('summary').all()) await summary.click();
      await expect(explanations.and(page.locator(':not([open])'))).toHaveCount(0);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
