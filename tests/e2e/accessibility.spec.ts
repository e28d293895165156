/**
 * /accessibility (无障碍与适老化说明) and its claims: the page lists every claim of
 * lib/site/accessibility-claims.ts, is linked from every page's footer, tells readers how
 * to reach the paper, and each browser check a claim names passes
 * (tests/e2e/accessibility-checks.ts).
 */
import { expect, test } from '@playwright/test';
import { ALL_CLAIMS, CHECK_IDS, CLAIM_GROUPS } from '../../lib/site/accessibility-claims';
import { site } from '../../lib/site/config';
import { CHECKS } from './accessibility-checks';
import { PAGES } from './reader';

test('the statement lists every claim, item by item, under its standard', async ({ page }) => {
  await page.goto(PAGES.statement);
  await expect(page).toHaveTitle(`无障碍与适老化说明 - ${site.name}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('无障碍与适老化说明');
  for (const group of CLAIM_GROUPS) {
    const section = page.getByRole('region', { name: group.title });
    await expect(section).toBeVisible();
    await expect(section.locator('[data-claim] dt')).toHaveText(group.claims.map((claim) => claim.requirement));
    await expect(section.locator('[data-claim] dd')).toHaveText(group.claims.map((claim) => claim.how));
  }
  // Every WCAG 2.1 A and AA success criterion, once.
  const criteria = ALL_CLAIMS.filter((claim) => claim.id.startsWith('wcag-')).map((claim) => claim.id);
  expect(criteria).toHaveLength(50);
  expect(new Set(criteria).size).toBe(50);
});

test('the statement says how to reach the paper, and every page links to it from the footer', async ({ page }) => {
  await page.goto(PAGES.statement);
  const contact = page.getByRole('region', { name: '遇到问题怎么办' });
  await expect(contact).toContainText(`请告诉${site.publisher.name}`);
  await expect(contact.getByRole('link', { name: site.hotline.number })).toHaveAttribute('href', `tel:${site.hotline.number}`);
  for (const url of [PAGES.home, PAGES.story, PAGES.help, '/news/no-such-story']) {
    await page.goto(url);
    await page.locator('footer').getByRole('link', { name: '无障碍与适老化说明' }).click();
    await expect(page).toHaveURL(PAGES.statement);
  }
});

test('every check a claim names exists, and every check backs a claim', () => {
  const named = new Set(ALL_CLAIMS.flatMap((claim) => claim.checks));
  expect([...named].sort()).toEqual([...CHECK_IDS].sort());
  expect(Object.keys(CHECKS).sort()).toEqual([...CHECK_IDS].sort());
});

for (const id of CHECK_IDS) {
  const claims = ALL_CLAIMS.filter((claim) => claim.checks.includes(id)).map((claim) => claim.id);
  test(`claim check ${id} (${claims.join(', ')})`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    await CHECKS[id]({ browser, baseURL: baseURL! });
  });
}
