import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { site } from '../../lib/site/config';
import { content } from './content';

const TEXT = '对方自称公安局，让我视频配合调查';
const PAID_LABEL = '已经转账、付款，或者说了验证码';
const HELP = '/help';

/** A sign the e2e content offers, and the type it belongs to (read from the content, not assumed). */
const TICKED_TYPE = content.scamTypes.find((t) => t.slug !== 'impersonating-authorities')!;
const TICKED_SIGN = TICKED_TYPE.signs[0]!;

function result(page: Page) {
  return page.locator('#result');
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('what the caller said → a shareable result with the likely type and the hotline first', async ({ page }) => {
    await page.goto(HELP);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我该怎么办');
    await expect(page.locator('#result')).toHaveCount(0);
    await page.getByLabel('对方是怎么说的？').fill(TEXT);
    await page.getByRole('button', { name: '看看我该怎么办' }).click();

    await expect(page).toHaveURL(/\/help\?q=/);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe(TEXT);
    expect(url.hash).toBe('#result');

    await expect(result(page).getByRole('heading', { level: 2 })).toHaveText('对照结果');
    const first = result(page).locator('.help-types > li').first();
    await expect(first.getByRole('heading', { level: 4 })).toHaveText('冒充公检法类');
    await expect(first.getByRole('link', { name: '冒充公检法类', exact: true })).toHaveAttribute('href', '/scams/impersonating-authorities');
    await expect(first.locator('.help-confidence')).toHaveText('很可能是这类骗局');
    await expect(first.locator('mark', { hasText: '公安局' }).first()).toBeVisible();
    // A real case of the type, with its outcome
    await expect(first.locator('.help-cases a[href^="/cases/"]').first()).toBeVisible();
    await expect(first.locator('.help-cases .outcome').first()).not.toBeEmpty();

    // Nothing said about money: both sets, the after-payment one (110 first) on top.
    const sets = result(page).locator('.help-action-set');
    await expect(sets).toHaveCount(2);
    await expect(sets.nth(0).locator('.help-actions > li').first().getByRole('link')).toHaveAttribute('href', `tel:${site.emergency}`);
    await expect(sets.nth(1).locator('.help-actions > li').first().getByRole('link')).toHaveAttribute('href', `tel:${site.hotline.number}`);
    await expect(result(page).getByRole('alert')).toHaveCount(0);

    // The form keeps what was typed, to refine; the result stays out of search engines.
    await expect(page.getByLabel('对方是怎么说的？')).toHaveValue(TEXT);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('a ticked sign and 已经转账 → 110 first, then the bank freeze and the evidence', async ({ page }) => {
    await page.goto(HELP);
    await page.getByLabel(TICKED_SIGN, { exact: true }).check();
    await page.getByLabel(PAID_LABEL, { exact: true }).check();
    await page.getByRole('button', { name: '看看我该怎么办' }).click();

    const url = new URL(page.url());
    expect(url.pathname).toBe(HELP);
    expect(url.searchParams.get('paid')).toBe('yes');
    expect(url.searchParams.getAll('s')).toEqual([`${TICKED_TYPE.slug}.1`]);

    await expect(result(page).getByRole('heading', { level: 3, name: /已经给出去了/ })).toBeVisible();
    const actions = result(page).locator('.help-actions > li');
    await expect(actions.nth(0).getByRole('link')).toHaveAttribute('href', `tel:${site.emergency}`);
    await expect(actions.nth(0)).toContainText('报警');
    await expect(actions.nth(1)).toContainText(/冻结|止付/);
    await expect(actions.filter({ hasText: /聊天记录/ })).toHaveCount(1);

    const first = result(page).locator('.help-types > li').first();
    await expect(first.getByRole('heading', { level: 4 })).toHaveText(TICKED_TYPE.name);
    await expect(first.locator('.red-flags li', { hasText: '您勾选了' })).toContainText(TICKED_SIGN);
    await expect(page.getByLabel(TICKED_SIGN, { exact: true })).toBeChecked();
    await expect(page.getByLabel(PAID_LABEL, { exact: true })).toBeChecked();
  });

  test('being told not to answer 96110 is an alert, announced to screen readers', async ({ page }) => {
    await page.goto(`${HELP}?q=${encodeURIComponent('对方让我不要接96110的电话')}`);
    await expect(result(page).getByRole('alert')).toContainText('几乎可以肯定是诈骗');
    await expect(result(page).getByRole('alert')).toContainText('对方让我不要接96110的电话');
  });

  test('a question about a 96110 call: how to check the caller, no alarm, never hang up on 96110', async ({ page }) => {
    await page.goto(`${HELP}?q=${encodeURIComponent('我刚接到96110打来的电话，说我可能被骗了，这是真的吗')}`);
    await expect(result(page).getByRole('alert')).toHaveCount(0);
    const check = result(page).getByRole('region', { name: '怎样确认对方是不是真的警察、银行' });
    await expect(check).toContainText(`接到 ${site.hotline.number} 打来的电话，请接听`);
    for (const text of await result(page).locator('.help-actions > li', { hasText: '挂断' }).allTextContents()) {
      expect(text).toContain(`${site.hotline.number} 打来的反诈预警电话除外`);
    }
  });

  test('words saying the money went: 110 first, whatever the form says', async ({ page }) => {
    await page.goto(`${HELP}?q=${encodeURIComponent('我已经按他说的把3万块转过去了')}&paid=no`);
    const sets = result(page).locator('.help-action-set');
    await expect(sets).toHaveCount(1);
    await expect(sets.locator('.help-actions > li').first().getByRole('link')).toHaveAttribute('href', `tel:${site.emergency}`);
    await expect(result(page).locator('.help-note', { hasText: '您写到' })).toContainText('我已经按他说的把3万块转过去了');
  });

  test('nothing matched: the generic steps and every scam type to browse', async ({ page }) => {
    await page.goto(`${HELP}?q=${encodeURIComponent('今天天气很好')}&paid=no`);
    await expect(result(page).locator('.help-actions > li').first().getByRole('link')).toHaveAttribute('href', `tel:${site.hotline.number}`);
    for (const scamType of content.scamTypes) {
      await expect(result(page).locator(`a[href="/scams/${scamType.slug}"]`)).toHaveText(scamType.name);
    }
  });
});

test('the empty form may be indexed; nothing is stored in cookies or cached', async ({ page, request }) => {
  await page.goto(HELP);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const response = await request.get(`${HELP}?q=${encodeURIComponent(TEXT)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(response.headers()['cache-control']).toMatch(/no-store/);
  expect(await page.context().cookies()).toEqual([]);
  // Unknown ids and an over-long text still answer.
  const odd = await page.goto(`${HELP}?s=no-such.1&s=${'x'.repeat(300)}&paid=maybe&q=${encodeURIComponent('骗'.repeat(800))}`);
  expect(odd?.status()).toBe(200);
  await expect(result(page)).toContainText('只对照了前 500 字');
  await expect(result(page)).toContainText('1 个勾选项已经不存在');
  expect(await page.context().cookies()).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const url of [
    HELP,
    `${HELP}?q=${encodeURIComponent(TEXT)}&paid=no`,
    `${HELP}?q=${encodeURIComponent('对方让我不要接96110的电话')}&s=${TICKED_TYPE.slug}.1&paid=yes`,
  ]) {
    test(`axe finds no violations (${colorScheme}): ${decodeURIComponent(url)}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
