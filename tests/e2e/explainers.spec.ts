import { expect, test } from '@playwright/test';
import { content, published } from './content';

test('a case page shows its timeline with red flags beside their steps and the stop marker', async ({ page }) => {
  const fraudCase = published(content.cases).find((c) => c.slug === 'fake-shopping-customer-service')!;
  await page.goto(`/cases/${fraudCase.slug}`);
  const steps = page.locator('.timeline__step');
  await expect(steps).toHaveCount(fraudCase.steps.length);
  const stopped = page.locator('.timeline__step--stopped');
  await expect(stopped).toHaveCount(1);
  await expect(stopped).toContainText('在这里被识破');
  await expect(stopped).toContainText(fraudCase.stoppedBy!);
  await expect(steps.nth(fraudCase.stoppedAtStep! - 1)).toHaveClass(/timeline__step--stopped/);
  // The refunded test transfer sits beside step 4: a trust trick, not one of the surest signs,
  // which are the scam's own moves (content/surest-signs.yml), such as "don't answer 96110".
  await expect(steps.nth(3).locator('.flag')).toContainText(['要求她向指定账户转入4.2元,3秒后退回,以获取信任']);
  await expect(page.locator('.callout--danger')).toContainText('最确定的诈骗信号');
  await expect(page.locator('.callout--danger li')).toHaveText(['告知她不要接听96110电话']);
});

test('a case page gives the facts at a glance, the way out, and where to read on', async ({ page }) => {
  await page.goto('/cases/credit-record-bait');
  const facts = page.locator('.glance');
  await expect(facts).toContainText('成功劝阻，未造成损失');
  await expect(facts).toContainText('虚假征信类');
  await expect(facts).toContainText('电话、手机应用');
  await expect(facts).toContainText('6.2万元');
  await expect(facts).toContainText('案发时间2022年6月1日');
  await expect(page.locator('a[href="tel:96110"]').first()).toBeVisible();
  await expect(page.locator('.if-paid a[href="tel:110"]')).toBeVisible();
  await expect(page.locator('.if-paid')).toContainText('冻结');
  await expect(page.getByRole('link', { name: '发布反诈典型案例 增强全民反诈意识' })).toHaveAttribute('href', '/news/typical-anti-fraud-cases');
  await expect(page.getByRole('link', { name: /虚假征信类——怎样识别/ })).toHaveAttribute('href', '/scams/fake-credit-record');
});

test('a scam-type hub shows stages, signs, what the real institution never does, actions, cases and totals', async ({ page }) => {
  const type = content.scamTypes.find((t) => t.slug === 'impersonating-authorities')!;
  await page.goto(`/scams/${type.slug}`);
  await expect(page.locator('.stages li')).toHaveText(type.stages);
  await expect(page.locator('.never-do li')).toHaveText(type.neverDo);
  await expect(page.locator('.actions li')).toHaveText(type.actions);
  const cases = published(content.cases).filter((c) => c.scamType === type.slug);
  await expect(page.locator('#cases-heading ~ .case-list li')).toHaveCount(cases.length);
  await expect(page.locator('.totals')).toContainText(`${cases.length} 个`);
  await expect(page.locator('.totals')).toContainText('15万余元');
});

test('the scam index ranks types by cases and charts them as SVG with a data table', async ({ page }) => {
  await page.goto('/scams');
  await expect(page.locator('.scam-index h2')).toHaveCount(content.scamTypes.length);
  await expect(page.locator('figure.chart')).toHaveCount(2);
  await expect(page.locator('figure.chart svg.chart__svg rect').first()).toBeVisible();
  const table = page.locator('#amounts-by-type-title ~ table');
  await expect(table.locator('tbody tr')).toHaveCount(content.scamTypes.filter((t) => published(content.cases).some((c) => c.scamType === t.slug)).length);
  await expect(table).toContainText('15万余元');
  // No charting library in the browser: the page loads the same scripts as any other.
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src).sort());
  await page.goto('/archive');
  const baseline = await page.locator('script[src]').evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).src).sort());
  expect(scripts).toEqual(baseline);
});
